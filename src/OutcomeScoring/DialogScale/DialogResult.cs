using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.DialogScale;

/// <summary>
/// A scored DIALOG administration: SQOL and TS (each computed, or not computable with the reason), unmet needs,
/// and the lowest-rated life domains.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record DialogResult
{
    internal DialogResult(
        InstrumentResult scores,
        int? unmetNeeds,
        int helpQuestionsAnswered,
        int? lowestRating,
        ImmutableArray<DialogDomain> lowestRatedDomains,
        int itemsNotApplicable)
    {
        Scores = scores;
        UnmetNeeds = unmetNeeds;
        HelpQuestionsAnswered = helpQuestionsAnswered;
        LowestRating = lowestRating;
        LowestRatedDomains = lowestRatedDomains;
        ItemsNotApplicable = itemsNotApplicable;
    }

    /// <summary>Gets both subscale scores as the engine computed them (ratings 1-7; clinical score = mean).</summary>
    public InstrumentResult Scores { get; }

    /// <summary>Gets the number of items where more help was wanted, or <see langword="null"/> when no help question was answered.</summary>
    public int? UnmetNeeds { get; }

    /// <summary>Gets the number of "more help wanted?" questions answered yes or no.</summary>
    public int HelpQuestionsAnswered { get; }

    /// <summary>Gets the lowest rating among the life domains (items 1-8), or <see langword="null"/> when none was rated.</summary>
    public int? LowestRating { get; }

    /// <summary>Gets the life domains that share the lowest rating, in MHSDS order.</summary>
    public ImmutableArray<DialogDomain> LowestRatedDomains { get; }

    /// <summary>Gets the number of items marked not applicable.</summary>
    public int ItemsNotApplicable { get; }

    /// <summary>Gets subjective quality of life (mean of items 1-8, 1-7).</summary>
    public Score QualityOfLife => Scores["sqol"];

    /// <summary>Gets treatment satisfaction (mean of items 9-11, 1-7).</summary>
    public Score TreatmentSatisfaction => Scores["ts"];

    /// <summary>Describes the result for people: SQOL and TS (or why not), the items they use, and unmet needs.</summary>
    /// <returns>For example "DIALOG: SQOL 3.75 (8 items), TS 3.6667 (3 items), unmet needs 6".</returns>
    public override string ToString()
    {
        static string Mean(string name, Score score) =>
            $"{name} {(score.Mean is { } m ? Display.Number(m) : "not computable")} ({Display.Whole(score.ItemsAnswered)} items)";
        return $"DIALOG: {Mean("SQOL", QualityOfLife)}, {Mean("TS", TreatmentSatisfaction)}, unmet needs {(UnmetNeeds is { } u ? Display.Whole(u) : "not asked")}";
    }
}
