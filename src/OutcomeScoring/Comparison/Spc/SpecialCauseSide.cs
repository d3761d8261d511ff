namespace OutcomeScoring.Comparison;

/// <summary>Which side a special cause points to, before any value judgement.</summary>
public enum SpecialCauseSide
{
    /// <summary>No special cause.</summary>
    None = 0,

    /// <summary>High: above the upper limit, an increasing trend, near the upper limit, or a run above the centre.</summary>
    High = 1,

    /// <summary>Low: below the lower limit, a decreasing trend, near the lower limit, or a run below the centre.</summary>
    Low = 2,
}
