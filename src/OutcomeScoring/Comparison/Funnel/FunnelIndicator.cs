namespace OutcomeScoring.Comparison;

/// <summary>What a <see cref="FunnelChart"/> compares: proportions, means or ratios of observed to expected counts.</summary>
/// <remarks>Sources: Spiegelhalter 2005, Stat Med 24:1185-1202; comparison sheet, "Funnel limits".</remarks>
public enum FunnelIndicator
{
    /// <summary>A proportion, numerator / denominator (for example FFT % positive); size is the denominator.</summary>
    Proportion = 1,

    /// <summary>A mean score; size is the number of people, and precision comes from the pooled within-unit SD.</summary>
    Mean = 2,

    /// <summary>A ratio of observed to expected counts (O/E); size is the expected count E.</summary>
    Ratio = 3,
}
