namespace OutcomeScoring.Change;

/// <summary>Per-item statistics of a <see cref="CronbachAlphaResult"/>, computed over the same complete cases.</summary>
/// <param name="Item">The item's 0-based position in each row.</param>
/// <param name="Mean">The item's mean.</param>
/// <param name="Variance">The item's sample variance (divisor n - 1).</param>
/// <param name="ItemRestCorrelation">
/// The Pearson correlation of the item with the sum of the other items (the corrected item-total correlation), or
/// <see langword="null"/> when the item or the rest score does not vary.
/// </param>
/// <param name="AlphaIfDeleted">
/// Cronbach's alpha of the other k - 1 items, or <see langword="null"/> when k = 2 (one item left: alpha needs at least two)
/// or when the sum of the other items does not vary.
/// </param>
public readonly record struct ItemReliability(int Item, double Mean, double Variance, double? ItemRestCorrelation, double? AlphaIfDeleted);
