namespace OutcomeScoring;

/// <summary>
/// A published, fixed reliable change threshold on the clinical scale (for example 5 points for CORE-OM).
/// </summary>
/// <param name="ClinicalPoints">The size of change, in clinical-score points, that counts as reliable.</param>
/// <param name="Confidence">The confidence level the threshold was computed at (for example 0.90), or <see langword="null"/> when the source does not say.</param>
/// <param name="Source">Where the threshold comes from.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReliableChangeThreshold(double ClinicalPoints, double? Confidence, string Source);
