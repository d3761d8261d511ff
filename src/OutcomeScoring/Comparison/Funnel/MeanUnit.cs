namespace OutcomeScoring.Comparison;

/// <summary>One unit's mean score for a mean funnel (for example mean DIALOG or mean CORE change) and its size.</summary>
/// <param name="Id">The unit's identifier, carried through to the result; must not be <see langword="null"/>.</param>
/// <param name="Mean">The unit's mean; must be finite when <paramref name="Size"/> is above 0 (ignored when it is 0).</param>
/// <param name="Size">The number of people the mean is over, 0 or more; 0 gives the unit a result with no value (never dropped).</param>
/// <remarks>
/// Precision comes from the pooled within-unit SD passed to <see cref="FunnelChart.ForMeans"/> (see
/// <see cref="FunnelChart.PooledStandardDeviation"/>), not from a per-unit SD. Sources: comparison sheet, "Funnel limits".
/// Immutable and thread-safe.
/// </remarks>
public readonly record struct MeanUnit(string Id, double Mean, long Size);
