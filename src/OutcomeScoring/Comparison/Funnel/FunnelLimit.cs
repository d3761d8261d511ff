namespace OutcomeScoring.Comparison;

/// <summary>One row of a funnel's limits table: the 95% and 99.8% limits at one size.</summary>
/// <param name="Size">The size: the denominator (proportions), the number of people (means) or the expected count (ratios).</param>
/// <param name="Lower95">The lower 95% limit (tail 2.5%).</param>
/// <param name="Upper95">The upper 95% limit (tail 97.5%).</param>
/// <param name="Lower998">The lower 99.8% limit (tail 0.1%).</param>
/// <param name="Upper998">The upper 99.8% limit (tail 99.9%).</param>
/// <remarks>Sources: Spiegelhalter 2005, Stat Med 24:1185-1202; comparison sheet, "Funnel limits". Immutable and thread-safe.</remarks>
public readonly record struct FunnelLimit(double Size, double Lower95, double Upper95, double Lower998, double Upper998);
