using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// How <see cref="RaschModel"/> estimates a person measure: the estimator, the extreme-score adjustment for
/// maximum likelihood, and the Newton-Raphson controls (step clamp, tolerance, iteration cap).
/// </summary>
/// <remarks>
/// The defaults follow Linacre (Rasch Measurement Transactions 10:2 and 12:2): steps clamped to 1 logit and an
/// extreme-score adjustment of 0.3. Immutable and thread-safe. <c>new PersonEstimationOptions()</c> is
/// <see cref="Default"/>.
/// </remarks>
public sealed record PersonEstimationOptions
{
    /// <summary>Gets the default options: Warm's weighted likelihood, adjustment 0.3, step clamp 1, tolerance 1e-10, 100 iterations.</summary>
    public static PersonEstimationOptions Default { get; } = new();

    /// <summary>Gets the estimator; the default is <see cref="RaschEstimator.WeightedLikelihood"/>.</summary>
    public RaschEstimator Estimator { get; init; } = RaschEstimator.WeightedLikelihood;

    /// <summary>
    /// Gets the extreme-score adjustment for maximum likelihood: a raw score of 0 is replaced by this value and
    /// the maximum by the maximum minus it. Must lie in (0, 1); the usual values are 0.3 (default) and 0.5.
    /// </summary>
    public double ExtremeScoreAdjustment { get; init; } = 0.3;

    /// <summary>Gets the largest Newton-Raphson step, in logits (default 1). Must be positive and finite.</summary>
    public double MaximumStep { get; init; } = 1.0;

    /// <summary>
    /// Gets the convergence tolerance in logits (default 1e-10): iteration stops when a step is smaller than this.
    /// Must be positive and finite.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Gets the iteration cap (default 100); reaching it without convergence is a failure. Must be at least 1.</summary>
    public int MaximumIterations { get; init; } = 100;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its allowed range; the message names it.</exception>
    internal void Validate()
    {
        if (!Enum.IsDefined(Estimator))
        {
            Throw(nameof(Estimator), Estimator, "must be MaximumLikelihood or WeightedLikelihood");
        }

        if (!(ExtremeScoreAdjustment > 0 && ExtremeScoreAdjustment < 1))
        {
            Throw(nameof(ExtremeScoreAdjustment), ExtremeScoreAdjustment, "must lie strictly between 0 and 1");
        }

        if (!(MaximumStep > 0 && double.IsFinite(MaximumStep)))
        {
            Throw(nameof(MaximumStep), MaximumStep, "must be positive and finite");
        }

        if (!(Tolerance > 0 && double.IsFinite(Tolerance)))
        {
            Throw(nameof(Tolerance), Tolerance, "must be positive and finite");
        }

        if (MaximumIterations < 1)
        {
            Throw(nameof(MaximumIterations), MaximumIterations, "must be at least 1");
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Throw(string option, object value, string rule, string paramName = "options") =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"Person estimation option {option} is {value}; it {rule}."));
}
