namespace OutcomeScoring.Comparison;

/// <summary>One unit's size and within-unit standard deviation, for <see cref="FunnelChart.PooledStandardDeviation"/>.</summary>
/// <param name="Size">The number of people, 0 or more.</param>
/// <param name="StandardDeviation">The unit's sample SD (n - 1 denominator), finite and 0 or more; ignored when <paramref name="Size"/> is below 2.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct UnitSpread(long Size, double StandardDeviation);
