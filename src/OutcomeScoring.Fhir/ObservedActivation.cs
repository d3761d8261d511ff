using System.Globalization;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Fhir;

/// <summary>A PAM-13 result read back from an Observation this package wrote.</summary>
/// <param name="Score">The activation score at full precision, or <see langword="null"/> when not computable.</param>
/// <param name="StandardError">Its standard error, or <see langword="null"/> when the calibration gives none.</param>
/// <param name="Level">The activation level 1-4, or <see langword="null"/>.</param>
/// <param name="ItemsAnswered">How many of the 13 items were answered.</param>
/// <param name="Explanation">Why the score was not computable, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ObservedActivation(double? Score, double? StandardError, int? Level, int ItemsAnswered, string? Explanation)
{
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
