namespace OutcomeScoring.Comparison;

/// <summary>Whether a point on an XmR chart shows special-cause variation, and what it means for the measure.</summary>
/// <remarks>Source: NHS England, "Making Data Count" (variation icons: common cause, special cause improvement, concern or neither).</remarks>
public enum SpecialCause
{
    /// <summary>Common-cause variation only: no rule applies to the point.</summary>
    None = 0,

    /// <summary>Special cause on the side that the improvement direction calls better.</summary>
    Improvement = 1,

    /// <summary>Special cause on the side that the improvement direction calls worse.</summary>
    Concern = 2,

    /// <summary>Special cause for a measure with <see cref="ImprovementDirection.Neutral"/>: a signal without a value judgement; see <see cref="XmrPoint.Side"/>.</summary>
    Neutral = 3,
}
