using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Comparison;

/// <summary>A proportion with its confidence interval.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ProportionInterval
{
    internal ProportionInterval(double estimate, double lower, double upper, double confidence)
    {
        Estimate = estimate;
        Lower = lower;
        Upper = upper;
        Confidence = confidence;
    }

    /// <summary>Gets the observed proportion, successes / total (0-1).</summary>
    public double Estimate { get; }

    /// <summary>Gets the lower bound (0-1).</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound (0-1).</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level, for example 0.95.</summary>
    public double Confidence { get; }

    /// <summary>Describes the proportion for people, as percentages.</summary>
    /// <returns>For example "93.3% (95% CI 91.2%-95.0%)".</returns>
    public override string ToString() =>
        $"{Display.Percent(Estimate)} ({Display.Number(Confidence * 100)}% CI {Display.Percent(Lower)}-{Display.Percent(Upper)})";
}
