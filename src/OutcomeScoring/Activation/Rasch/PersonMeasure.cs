using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// A person measure (theta, in logits) estimated from the answered items, with its standard error, or why it
/// could not be estimated. Never holds NaN or an infinity.
/// </summary>
/// <remarks>
/// <para>
/// Standard error: 1/sqrt(sum V_i(theta)) over the answered items, evaluated at the estimate, for both
/// estimators (model standard error; Linacre, Rasch Measurement Transactions 12:2). For Warm's weighted
/// likelihood this is the usual asymptotic standard error at the WLE theta, which is what the activation
/// sheet's check table shows.
/// </para>
/// <para>Immutable and thread-safe. <c>default(PersonMeasure)</c> is not a measure: <see cref="IsSuccess"/> is <see langword="false"/>.</para>
/// </remarks>
public readonly record struct PersonMeasure
{
    private readonly double _theta;
    private readonly double _standardError;
    private readonly string? _message;

    internal PersonMeasure(
        RaschEstimator estimator,
        double theta,
        double standardError,
        double rawScore,
        int maximumScore,
        int itemsAnswered,
        int iterations,
        bool isExtreme)
    {
        Estimator = estimator;
        _theta = theta;
        _standardError = standardError;
        RawScore = rawScore;
        MaximumScore = maximumScore;
        ItemsAnswered = itemsAnswered;
        Iterations = iterations;
        IsExtreme = isExtreme;
        Failure = PersonMeasureFailure.None;
    }

    internal PersonMeasure(
        RaschEstimator estimator,
        PersonMeasureFailure failure,
        string message,
        double rawScore,
        int maximumScore,
        int itemsAnswered,
        int iterations)
    {
        Estimator = estimator;
        Failure = failure;
        _message = message;
        RawScore = rawScore;
        MaximumScore = maximumScore;
        ItemsAnswered = itemsAnswered;
        Iterations = iterations;
        IsExtreme = itemsAnswered > 0 && (rawScore <= 0 || rawScore >= maximumScore);
    }

    /// <summary>Gets the estimator used.</summary>
    public RaschEstimator Estimator { get; }

    /// <summary>Gets the person measure in logits, or <see langword="null"/> when it could not be estimated.</summary>
    public double? Theta => IsSuccess ? _theta : null;

    /// <summary>Gets the standard error of <see cref="Theta"/> in logits (1/sqrt(sum V_i) at the estimate), or <see langword="null"/> when there is no estimate.</summary>
    public double? StandardError => IsSuccess ? _standardError : null;

    /// <summary>Gets the raw score over the answered items (sum of the categories 0..M_i), before any extreme-score adjustment.</summary>
    public double RawScore { get; }

    /// <summary>Gets the highest possible raw score over the answered items (sum of M_i).</summary>
    public int MaximumScore { get; }

    /// <summary>Gets how many items were answered (the measure uses these only).</summary>
    public int ItemsAnswered { get; }

    /// <summary>Gets how many Newton-Raphson iterations were made.</summary>
    public int Iterations { get; }

    /// <summary>
    /// Gets whether the raw score was 0 or the maximum (for maximum likelihood, the adjusted score was used).
    /// </summary>
    public bool IsExtreme { get; }

    /// <summary>Gets why the measure could not be estimated, or <see cref="PersonMeasureFailure.None"/>.</summary>
    public PersonMeasureFailure Failure { get; }

    /// <summary>Gets whether a measure was estimated.</summary>
    public bool IsSuccess => Failure == PersonMeasureFailure.None && ItemsAnswered > 0;

    /// <summary>Gets a sentence saying why the measure could not be estimated, or <see langword="null"/> on success.</summary>
    public string? Message => IsSuccess ? null : _message ?? "No person measure was estimated (default value).";

    /// <summary>Returns theta and its standard error, or the failure message.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsSuccess
        ? string.Create(CultureInfo.InvariantCulture, $"theta {Theta:R} (SE {StandardError:R}), raw {RawScore:R}/{MaximumScore} over {ItemsAnswered} items, {Estimator}")
        : Message!;
}
