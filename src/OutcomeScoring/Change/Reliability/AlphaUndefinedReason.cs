namespace OutcomeScoring.Change;

/// <summary>Why Cronbach's alpha could not be computed (<see cref="CronbachAlphaResult.Reason"/>).</summary>
public enum AlphaUndefinedReason
{
    /// <summary>Alpha was computed.</summary>
    None = 0,

    /// <summary>There are fewer than 2 items.</summary>
    TooFewItems = 1,

    /// <summary>There are fewer than 2 complete cases (rows with every item present).</summary>
    TooFewCompleteCases = 2,

    /// <summary>The total score does not vary over the complete cases, so its variance is zero.</summary>
    TotalDoesNotVary = 3,
}
