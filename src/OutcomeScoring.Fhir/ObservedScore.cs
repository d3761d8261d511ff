using System.Globalization;

namespace OutcomeScoring.Fhir;

/// <summary>
/// A score read back from an Observation this package wrote: the clinical score and mean at full precision, the
/// items answered, whether it was prorated, or why it was not computable.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ObservedScore
{
    internal ObservedScore(
        string scoreId,
        double? clinicalScore,
        double? mean,
        int itemsAnswered,
        int itemsInScore,
        bool isProrated,
        string? explanation)
    {
        ScoreId = scoreId;
        ClinicalScore = clinicalScore;
        Mean = mean;
        ItemsAnswered = itemsAnswered;
        ItemsInScore = itemsInScore;
        IsProrated = isProrated;
        Explanation = explanation;
    }

    /// <summary>Gets the score's id (for example "total").</summary>
    public string ScoreId { get; }

    /// <summary>Gets the clinical score (CORE: mean x 10), or <see langword="null"/> when not computable.</summary>
    public double? ClinicalScore { get; }

    /// <summary>Gets the mean item score, or <see langword="null"/> when not computable.</summary>
    public double? Mean { get; }

    /// <summary>Gets how many of the score's items were answered.</summary>
    public int ItemsAnswered { get; }

    /// <summary>Gets how many items the score is made of.</summary>
    public int ItemsInScore { get; }

    /// <summary>Gets whether the score was computed from fewer than all its items.</summary>
    public bool IsProrated { get; }

    /// <summary>Gets why the score was not computable, or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>Gets whether the score was computed.</summary>
    public bool IsComputable => ClinicalScore is not null;

    /// <summary>Gets whether this is the same score as one the library computed: same id, values (exactly), items answered, prorating and explanation.</summary>
    /// <param name="score">The library's score.</param>
    /// <returns><see langword="true"/> when every part agrees.</returns>
    public bool Matches(Score score) =>
        score.Id == ScoreId && score.ClinicalScore == ClinicalScore && score.Mean == Mean && score.ItemsAnswered == ItemsAnswered
        && score.Definition.Items.Length == ItemsInScore && score.IsProrated == IsProrated && score.Explanation == Explanation;

    /// <summary>Returns the score's id and value, or why it was not computable.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsComputable
        ? string.Create(CultureInfo.InvariantCulture, $"{ScoreId}: clinical {ClinicalScore:R}, mean {Mean:R}, {ItemsAnswered} of {ItemsInScore} items{(IsProrated ? " (prorated)" : "")}")
        : $"{ScoreId}: {Explanation}";
}
