using System.Globalization;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Fhir;

/// <summary>A PAM-13 result read back from an Observation this package wrote.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ObservedActivation
{
    internal ObservedActivation(double? score, double? standardError, int? level, int itemsAnswered, string? explanation)
    {
        Score = score;
        StandardError = standardError;
        Level = level;
        ItemsAnswered = itemsAnswered;
        Explanation = explanation;
    }

    /// <summary>Gets the activation score at full precision, or <see langword="null"/> when not computable.</summary>
    public double? Score { get; }

    /// <summary>Gets its standard error, or <see langword="null"/> when the calibration gives none.</summary>
    public double? StandardError { get; }

    /// <summary>Gets the activation level 1-4, or <see langword="null"/>.</summary>
    public int? Level { get; }

    /// <summary>Gets how many of the 13 items were answered.</summary>
    public int ItemsAnswered { get; }

    /// <summary>Gets why the score was not computable, or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>Gets whether the score was computed.</summary>
    public bool IsComputable => Score is not null;

    /// <summary>Gets whether this is the same result as one the library computed: score and standard error (exactly), level, items answered and explanation.</summary>
    /// <param name="result">The library's result.</param>
    /// <returns><see langword="true"/> when every part agrees.</returns>
    public bool Matches(Pam13Result result) =>
        result.Score == Score && result.StandardError == StandardError && result.Level == Level
        && result.ItemsAnswered == ItemsAnswered && result.Explanation == Explanation;

    /// <summary>Returns the score, standard error and level, or why it was not computable.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsComputable
        ? string.Create(CultureInfo.InvariantCulture, $"PAM-13 {Score:R}{(StandardError is { } se ? $" (SE {se:R})" : "")}, level {Level}, {ItemsAnswered} of 13 items")
        : $"PAM-13: {Explanation}";
}
