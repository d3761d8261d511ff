namespace OutcomeScoring.Activation;

/// <summary>Why a calibrated (activation) score could not be computed.</summary>
public enum ActivationNotComputableReason
{
    /// <summary>The score was computed.</summary>
    None = 0,

    /// <summary>Fewer items were answered than the calibration's <see cref="ICalibration.MinimumAnswered"/>.</summary>
    TooFewItemsAnswered = 1,

    /// <summary>
    /// Every answered item had the same extreme answer (all lowest or all highest) and the calibration's
    /// <see cref="ICalibration.RejectUniformExtremes"/> rule rejects that pattern.
    /// </summary>
    UniformExtremePattern = 2,

    /// <summary>The person measure could not be estimated (for example, no convergence); see the explanation.</summary>
    EstimationFailed = 3,
}
