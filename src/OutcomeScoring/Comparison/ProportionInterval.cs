namespace OutcomeScoring.Comparison;

/// <summary>A proportion with its confidence interval.</summary>
/// <param name="Estimate">The observed proportion, successes / total (0-1).</param>
/// <param name="Lower">The lower bound (0-1).</param>
/// <param name="Upper">The upper bound (0-1).</param>
/// <param name="Confidence">The confidence level, for example 0.95.</param>
public readonly record struct ProportionInterval(double Estimate, double Lower, double Upper, double Confidence);
