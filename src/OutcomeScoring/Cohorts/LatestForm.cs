using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// A person's latest form with a computable score in a period (<see cref="Cohort.Latest"/>): the one value the person contributes
/// to a mean of people (a team's mean SQOL or PAM-13 score), or none when no form of theirs in the period has a score.
/// </summary>
/// <remarks>Built only by <see cref="Cohort"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record LatestForm
{
    internal LatestForm(string person, int? position, DateOnly? date, double? score, int forms)
    {
        Person = person;
        Position = position;
        Date = date;
        Score = score;
        Forms = forms;
    }

    /// <summary>Gets the person.</summary>
    public string Person { get; }

    /// <summary>Gets the position (in the sequence given) of the latest form with a score, or <see langword="null"/> when none has one.</summary>
    public int? Position { get; }

    /// <summary>Gets that form's date, or <see langword="null"/>.</summary>
    public DateOnly? Date { get; }

    /// <summary>Gets that form's score, or <see langword="null"/> when none of the person's forms in the period has a score.</summary>
    public double? Score { get; }

    /// <summary>Gets how many forms the person has in the period (with a score or not).</summary>
    public int Forms { get; }

    /// <summary>Gets whether the person has a score (<see cref="Score"/> is not <see langword="null"/>).</summary>
    public bool HasScore => Score is not null;

    /// <summary>Describes the latest form.</summary>
    /// <returns>For example "p1: 4.25 on 2026-02-01 (latest of 3 forms)" or "p2: no score in 1 form".</returns>
    public override string ToString() => Score is { } s
        ? $"{Person}: {Display.Number(s)} on {Date:yyyy-MM-dd} (latest of {Display.Whole(Forms)} {Display.Plural("form", Forms)})"
        : $"{Person}: no score in {Display.Whole(Forms)} {Display.Plural("form", Forms)}";
}
