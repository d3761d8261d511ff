namespace OutcomeScoring.Comparison;

/// <summary>One row of a funnel's limits table: the 95% and 99.8% limits at one size.</summary>
/// <remarks>Sources: Spiegelhalter 2005, Stat Med 24:1185-1202; comparison sheet, "Funnel limits". Immutable and thread-safe.</remarks>
public readonly record struct FunnelLimit
{
    internal FunnelLimit(double size, double lower95, double upper95, double lower998, double upper998)
    {
        Size = size;
        Lower95 = lower95;
        Upper95 = upper95;
        Lower998 = lower998;
        Upper998 = upper998;
    }

    /// <summary>Gets the size: the denominator (proportions), the number of people (means) or the expected count (ratios).</summary>
    public double Size { get; }

    /// <summary>Gets the lower 95% limit (tail 2.5%).</summary>
    public double Lower95 { get; }

    /// <summary>Gets the upper 95% limit (tail 97.5%).</summary>
    public double Upper95 { get; }

    /// <summary>Gets the lower 99.8% limit (tail 0.1%).</summary>
    public double Lower998 { get; }

    /// <summary>Gets the upper 99.8% limit (tail 99.9%).</summary>
    public double Upper998 { get; }
}
