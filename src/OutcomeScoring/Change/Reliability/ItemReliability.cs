namespace OutcomeScoring.Change;

/// <summary>Per-item statistics of a <see cref="CronbachAlphaResult"/>, computed over the same complete cases.</summary>
public readonly record struct ItemReliability
{
    internal ItemReliability(int item, double mean, double variance, double? itemRestCorrelation, double? alphaIfDeleted)
    {
        Item = item;
        Mean = mean;
        Variance = variance;
        ItemRestCorrelation = itemRestCorrelation;
        AlphaIfDeleted = alphaIfDeleted;
    }

    /// <summary>Gets the item's 0-based position in each row.</summary>
    public int Item { get; }

    /// <summary>Gets the item's mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the item's sample variance (divisor n - 1).</summary>
    public double Variance { get; }

    /// <summary>Gets the Pearson correlation of the item with the sum of the other items (the corrected item-total correlation), or <see langword="null"/> when the item or the rest score does not vary.</summary>
    public double? ItemRestCorrelation { get; }

    /// <summary>Gets Cronbach's alpha of the other k - 1 items, or <see langword="null"/> when k = 2 (one item left: alpha needs at least two) or when the sum of the other items does not vary.</summary>
    public double? AlphaIfDeleted { get; }
}
