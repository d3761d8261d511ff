namespace OutcomeScoring.Comparison;

/// <summary>Which way is better for a measure on an XmR chart; decides whether a special cause is improvement or concern.</summary>
/// <remarks>Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT), <c>improvement_direction</c>.</remarks>
public enum ImprovementDirection
{
    /// <summary>Higher values are better: high-side signals (above the centre, an increasing trend) are improvement.</summary>
    Increase = 1,

    /// <summary>Lower values are better: low-side signals (below the centre, a decreasing trend) are improvement.</summary>
    Decrease = 2,

    /// <summary>No value judgement: every special cause is <see cref="SpecialCause.Neutral"/>, and there is no target assurance.</summary>
    Neutral = 3,
}
