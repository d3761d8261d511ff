using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// One person's forms (or one episode's, from <see cref="Cohort.ByEpisode"/>) in cohort order: by date, and forms of the same date
/// in the order they were given (the earlier row first). Positions are indexes into the sequence given to the rule, so a caller
/// finds its own records (answers, age, team) from them.
/// </summary>
/// <remarks>Built only by <see cref="Cohort"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PersonForms
{
    internal PersonForms(string person, string? episode, ImmutableArray<int> positions, ImmutableArray<int> computablePositions)
    {
        Person = person;
        Episode = episode;
        Positions = positions;
        ComputablePositions = computablePositions;
    }

    /// <summary>Gets the person.</summary>
    public string Person { get; }

    /// <summary>Gets the episode (from <see cref="Cohort.ByEpisode"/>), or <see langword="null"/> (from <see cref="Cohort.ByPerson"/>, or a person with one episode).</summary>
    public string? Episode { get; }

    /// <summary>Gets the positions of all the forms in cohort order (never empty).</summary>
    public ImmutableArray<int> Positions { get; }

    /// <summary>Gets the positions of the forms with a computable score, in cohort order (empty when none has one).</summary>
    public ImmutableArray<int> ComputablePositions { get; }

    /// <summary>Gets the position of the first form.</summary>
    public int First => Positions[0];

    /// <summary>Gets the position of the last form (the latest; of several on the last date, the later row).</summary>
    public int Last => Positions[^1];

    /// <summary>Gets the position of the first form with a computable score, or <see langword="null"/> when none has one.</summary>
    public int? FirstComputable => ComputablePositions.IsEmpty ? null : ComputablePositions[0];

    /// <summary>Gets the position of the last form with a computable score, or <see langword="null"/> when none has one.</summary>
    public int? LastComputable => ComputablePositions.IsEmpty ? null : ComputablePositions[^1];

    /// <summary>Describes the forms.</summary>
    /// <returns>For example "p1: 3 forms, 2 with a score".</returns>
    public override string ToString() =>
        $"{Person}{(Episode is null ? "" : $" ({Episode})")}: {Display.Whole(Positions.Length)} {Display.Plural("form", Positions.Length)}, {Display.Whole(ComputablePositions.Length)} with a score";
}
