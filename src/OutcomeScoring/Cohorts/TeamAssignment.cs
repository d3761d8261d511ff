using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// Each person's team by the cohort rule (<see cref="Cohort.Teams"/>): the team of the person's first form, so that every person is
/// counted in exactly one team, even when their forms name several.
/// </summary>
/// <remarks>Built only by <see cref="Cohort"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class TeamAssignment
{
    private readonly ImmutableDictionary<string, string> _teamOf;

    internal TeamAssignment(ImmutableArray<string> teams, ImmutableArray<string> people, ImmutableDictionary<string, string> teamOf, ImmutableArray<string> seenInSeveralTeams)
    {
        Teams = teams;
        People = people;
        _teamOf = teamOf;
        SeenInSeveralTeams = seenInSeveralTeams;
    }

    /// <summary>
    /// Gets every team any form names, in order of first appearance in the input (so a team whose forms all belong to people counted
    /// elsewhere is still listed, with no people).
    /// </summary>
    public ImmutableArray<string> Teams { get; }

    /// <summary>Gets every person, in order of first appearance in the input.</summary>
    public ImmutableArray<string> People { get; }

    /// <summary>Gets the people whose forms name more than one team (each is counted in the team of their first form), in order of first appearance.</summary>
    public ImmutableArray<string> SeenInSeveralTeams { get; }

    /// <summary>A person's team: the team of their first form.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The team.</returns>
    /// <exception cref="ArgumentException"><paramref name="person"/> has no form in the input.</exception>
    public string TeamOf(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return _teamOf.TryGetValue(person, out string? team) ? team : throw new ArgumentException($"'{person}' has no form in the input the teams were assigned from.", nameof(person));
    }

    /// <summary>The people counted in a team, in order of first appearance.</summary>
    /// <param name="team">The team.</param>
    /// <returns>The people whose first form is in <paramref name="team"/> (empty for a team not in <see cref="Teams"/>).</returns>
    public ImmutableArray<string> PeopleIn(string team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return [.. People.Where(p => string.Equals(_teamOf[p], team, StringComparison.Ordinal))];
    }

    /// <summary>Describes the assignment.</summary>
    /// <returns>For example "12 people in 3 teams (1 seen in several teams)".</returns>
    public override string ToString() =>
        $"{Display.Whole(People.Length)} {(People.Length == 1 ? "person" : "people")} in {Display.Whole(Teams.Length)} {Display.Plural("team", Teams.Length)} ({Display.Whole(SeenInSeveralTeams.Length)} seen in several teams)";
}
