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
        if (Problem() is { } problem)
        {
            Throw(problem.Value, problem.Message);
        }
    }

    /// <summary>The first option outside its allowed range, its value and the sentence that says so; or <see langword="null"/>.</summary>
    internal (string Option, object Value, string Message)? Problem()
    {
        (string Option, object Value, string Rule)? broken =
            !Enum.IsDefined(Estimator) ? (nameof(Estimator), Estimator, "must be MaximumLikelihood or WeightedLikelihood")
            : !(ExtremeScoreAdjustment > 0 && ExtremeScoreAdjustment < 1) ? (nameof(ExtremeScoreAdjustment), ExtremeScoreAdjustment, "must lie strictly between 0 and 1")
            : !(MaximumStep > 0 && double.IsFinite(MaximumStep)) ? (nameof(MaximumStep), MaximumStep, "must be positive and finite")
            : !(Tolerance > 0 && double.IsFinite(Tolerance)) ? (nameof(Tolerance), Tolerance, "must be positive and finite")
            : MaximumIterations < 1 ? (nameof(MaximumIterations), MaximumIterations, "must be at least 1")
            : null;
        return broken is { } b
            ? (b.Option, b.Value, string.Create(CultureInfo.InvariantCulture, $"Person estimation option {b.Option} is {b.Value}; it {b.Rule}."))
            : null;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Throw(object value, string message, string paramName = "options") =>
        throw new ArgumentOutOfRangeException(paramName, value, message);
}
