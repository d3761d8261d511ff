namespace OutcomeScoring.Activation;

/// <summary>How a person measure is estimated from the answered items.</summary>
/// <remarks>Sources: Linacre, Rasch Measurement Transactions 10:2 and 12:2; Warm 1989, Psychometrika 54:427-450.</remarks>
public enum RaschEstimator
{
    /// <summary>
    /// Maximum likelihood: solve sum E_i(t) = R. No finite solution exists at R = 0 or R = max, so the raw score
    /// is replaced there by the extreme-score adjustment (default 0.3) or max minus it.
    /// </summary>
    MaximumLikelihood = 1,

    /// <summary>Warm's weighted likelihood: solve R - sum E_i + sum T_i / (2 sum V_i) = 0; finite at the extremes.</summary>
    WeightedLikelihood = 2,
}
