using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// A score on a calibration's reporting scale for one response set, or why it could not be computed.
/// </summary>
/// <remarks>
/// Values are kept at full precision; round only for display. Immutable and thread-safe.
/// <c>default(CalibratedScore)</c> is not a score.
/// </remarks>
public readonly record struct CalibratedScore
{
    private readonly double _score;
    private readonly double? _standardError;
    private readonly string? _explanation;

    internal CalibratedScore(double score, double? standardError, int rawScore, int maximumScore, int itemsAnswered, PersonMeasure? measure)
    {
        _score = score;
        _standardError = standardError;
        RawScore = rawScore;
        MaximumScore = maximumScore;
        ItemsAnswered = itemsAnswered;
        Measure = measure;
        IsComputable = true;
    }

    internal CalibratedScore(ActivationNotComputableReason reason, string explanation, int rawScore, int maximumScore, int itemsAnswered, PersonMeasure? measure)
    {
        Reason = reason;
        _explanation = explanation;
        RawScore = rawScore;
        MaximumScore = maximumScore;
        ItemsAnswered = itemsAnswered;
        Measure = measure;
    }

    /// <summary>Gets whether the score was computed.</summary>
    public bool IsComputable { get; }

    /// <summary>Gets the score on the reporting scale (full precision), or <see langword="null"/> when not computable.</summary>
    public double? Score => IsComputable ? _score : null;

    /// <summary>
    /// Gets the standard error on the reporting scale, or <see langword="null"/> when the score is not computable or
    /// the calibration gives none (a lookup table without standard errors). For an item-parameter calibration it is
    /// the transform's slope times the measure's standard error in logits.
    /// </summary>
    public double? StandardError => IsComputable ? _standardError : null;

    /// <summary>Gets the raw score over the answered items (categories recoded from 0).</summary>
    public int RawScore { get; }

    /// <summary>Gets the highest possible raw score over the answered items.</summary>
    public int MaximumScore { get; }

    /// <summary>Gets how many items were answered.</summary>
    public int ItemsAnswered { get; }

    /// <summary>Gets the Rasch person measure for an item-parameter calibration, or <see langword="null"/> for a lookup table or when no estimate was attempted.</summary>
    public PersonMeasure? Measure { get; }

    /// <summary>Gets why the score could not be computed, or <see cref="ActivationNotComputableReason.None"/>.</summary>
    public ActivationNotComputableReason Reason { get; }

    /// <summary>Gets a sentence saying why the score could not be computed, or <see langword="null"/> when it was.</summary>
    public string? Explanation => IsComputable ? null : _explanation ?? "No score (default value).";

    /// <summary>Returns the score and its standard error, or why it is not computable.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsComputable
        ? string.Create(CultureInfo.InvariantCulture, $"score {Score:R}{(StandardError is { } se ? $" (SE {se:R})" : "")}, raw {RawScore}/{MaximumScore} over {ItemsAnswered} items")
        : Explanation!;
}
