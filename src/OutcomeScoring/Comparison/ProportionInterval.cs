using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Comparison;

/// <summary>A proportion with its confidence interval.</summary>
/// <param name="Estimate">The observed proportion, successes / total (0-1).</param>
/// <param name="Lower">The lower bound (0-1).</param>
/// <param name="Upper">The upper bound (0-1).</param>
/// <param name="Confidence">The confidence level, for example 0.95.</param>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ProportionInterval(double Estimate, double Lower, double Upper, double Confidence)
{
    /// <summary>Describes the proportion for people, as percentages.</summary>
    /// <returns>For example "93.3% (95% CI 91.2%-95.0%)".</returns>
    public override string ToString() =>
        $"{Display.Percent(Estimate)} ({Display.Number(Confidence * 100)}% CI {Display.Percent(Lower)}-{Display.Percent(Upper)})";
}
