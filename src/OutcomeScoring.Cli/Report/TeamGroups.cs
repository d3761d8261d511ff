namespace OutcomeScoring.Cli.Report;

/// <summary>The rows of a table by team: each team that has people, in the given order, then "All teams" when there is more than one.</summary>
internal static class TeamGroups
{
    /// <summary>What the row of every team is called.</summary>
    public const string AllTeams = "All teams";

    /// <summary>Each of <paramref name="teams"/> with its people (teams with none are left out), then everyone when more than one team has people.</summary>
    public static List<(string Name, List<T> Group)> WithAll<T>(IEnumerable<string> teams, List<T> people, Func<T, string> teamOf)
    {
        List<(string Name, List<T> Group)> groups = [.. teams.Select(t => (t, people.Where(p => teamOf(p) == t).ToList())).Where(g => g.Item2.Count > 0)];
        if (groups.Count > 1)
        {
            groups.Add((AllTeams, people));
        }

        return groups;
    }
}
