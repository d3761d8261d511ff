using System.Globalization;
using System.Text;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// The one join the command line does not do, by the library's cohort rules (docs/cohorts.md), as the report pairs people: from a
/// scored file with <c>id</c>, <c>date</c> and <c>team</c> columns, one row per person with the first and last computable score by date
/// (<see cref="Episodes.Pair"/>) as <c>pre</c> and <c>post</c>, in the team of their first form (<see cref="Cohort.Teams"/>), with
/// carried columns (age, gender) from their first computable form.
/// </summary>
internal static class CohortPairs
{
    /// <summary>The scored rows (header first) as forms: person, date, team and the score column's value.</summary>
    public static Administration[] Forms(string[][] rows, string score)
    {
        string[] header = rows[0];
        int id = Column(header, "id"), date = Column(header, "date"), team = Column(header, "team"), value = Column(header, score);
        return [.. rows[1..].Select(r => new Administration(r[id], null, DateOnly.Parse(r[date], CultureInfo.InvariantCulture),
            r[value].Length == 0 ? null : double.Parse(r[value], CultureInfo.InvariantCulture)) { Team = r[team] })];
    }

    /// <summary>The pairs file: columns <paramref name="keys"/> (of <c>team</c> and <c>id</c>), <paramref name="carry"/>, pre, post.</summary>
    public static string Write(string[][] rows, string[] keys, string[] carry, string score)
    {
        string[] header = rows[0];
        string[][] body = rows[1..];
        Administration[] forms = Forms(rows, score);
        TeamAssignment teams = Cohort.Teams(forms);
        Dictionary<string, PersonForms> people = Cohort.ByPerson(forms).ToDictionary(p => p.Person, StringComparer.Ordinal);
        int value = Column(header, score);
        var text = new StringBuilder();
        text.Append(string.Join(',', [.. keys, .. carry, "pre", "post"])).Append('\n');
        foreach (EpisodePair episode in Episodes.Pair(forms))
        {
            string[] first = body[episode.BaselinePosition ?? people[episode.Person].First];
            string Cell(string column) => column == "team" ? teams.TeamOf(episode.Person) : first[Column(header, column)];
            string[] fields = [.. keys.Select(Cell), .. carry.Select(Cell),
                episode.BaselinePosition is int b ? body[b][value] : "", episode.FollowUpPosition is int f ? body[f][value] : ""];
            text.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    private static int Column(string[] header, string name)
    {
        int at = Array.IndexOf(header, name);
        return at >= 0 ? at : throw new InvalidOperationException($"The scored file has no column {name}.");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
