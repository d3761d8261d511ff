using System.Globalization;

namespace OutcomeScoring.Cli.Report;

/// <summary>One questionnaire form read from a CSV row: who, when, which team, and its answers.</summary>
internal sealed record Form(CsvRow Row, string Id, DateOnly? Date, string Team, Answer[] Answers);

/// <summary>
/// Reads forms from a table with the same rules as the score command (docs/cli.md): item columns itemN
/// (case-insensitive), blank = not answered, NA where the instrument allows it; optional id, date (yyyy-mm-dd)
/// and team columns. Rows that cannot be read are reported, never silently dropped.
/// </summary>
internal static class Forms
{
    /// <summary>The column naming each person.</summary>
    public const string IdColumn = "id";

    /// <summary>The column with each form's date (yyyy-mm-dd).</summary>
    public const string DateColumn = "date";

    /// <summary>The column naming each person's team.</summary>
    public const string TeamColumn = "team";

    /// <summary>What a row without a team is counted under.</summary>
    public const string NoTeam = "(no team)";

    /// <summary>Maps item1..itemN; returns the problem when one is missing or twice.</summary>
    public static string? MapItems(CsvTable table, string prefix, int count, out int[] columns)
    {
        columns = new int[count];
        Array.Fill(columns, -1);
        for (int column = 0; column < table.Header.Length; column++)
        {
            string name = table.Header[column].Trim();
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && number >= 1 && number <= count)
            {
                if (columns[number - 1] >= 0)
                {
                    return $"{table.Name} has the column {prefix}{number} more than once.";
                }

                columns[number - 1] = column;
            }
        }

        int[] found = columns;
        string[] missing = [.. Enumerable.Range(0, count).Where(i => found[i] < 0).Select(i => $"{prefix}{i + 1}")];
        return missing.Length == 0 ? null : $"{table.Name} lacks the column(s) {string.Join(", ", missing)}; it needs {prefix}1 to {prefix}{count}.";
    }

    /// <summary>Reads every row's answers; rows with an unreadable answer or date go to <paramref name="problems"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="items">The item columns.</param>
    /// <param name="low">The lowest answer.</param>
    /// <param name="high">The highest answer.</param>
    /// <param name="allowNotApplicable">Whether NA (or N/A) means not applicable.</param>
    /// <param name="problems">Receives one message per row not read.</param>
    public static List<Form> Read(CsvTable table, int[] items, int low, int high, bool allowNotApplicable, List<string> problems)
    {
        int id = table.Column(IdColumn), date = table.Column(DateColumn), team = table.Column(TeamColumn);
        var forms = new List<Form>();
        foreach (CsvRow row in table.Rows)
        {
            var errors = new List<string>();
            var answers = new Answer[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                string cell = row[items[i]];
                if (cell.Length == 0)
                {
                    answers[i] = Answer.NotAnswered;
                }
                else if (allowNotApplicable && (cell.Equals("NA", StringComparison.OrdinalIgnoreCase) || cell.Equals("N/A", StringComparison.OrdinalIgnoreCase)))
                {
                    answers[i] = Answer.NotApplicable;
                }
                else if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= low && value <= high)
                {
                    answers[i] = value;
                }
                else
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"item{i + 1}: '{cell}' is not an answer {low}-{high}{(allowNotApplicable ? ", NA" : "")} or blank"));
                }
            }

            DateOnly? when = null;
            if (date >= 0)
            {
                if (DateOnly.TryParseExact(row[date], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
                {
                    when = parsed;
                }
                else
                {
                    errors.Add($"date: '{row[date]}' is not a date yyyy-mm-dd");
                }
            }

            string who = row[id];
            if (id >= 0 && who.Length == 0)
            {
                errors.Add("no id");
            }

            if (errors.Count > 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {row.Number}: {string.Join("; ", errors)}"));
                continue;
            }

            string teamName = row[team];
            forms.Add(new Form(row, who, when, teamName.Length == 0 ? NoTeam : teamName, answers));
        }

        return forms;
    }

    /// <summary>Each person's team: the team of their first form.</summary>
    public static Dictionary<string, string> TeamOf(IEnumerable<Form> forms)
    {
        var teams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Form form in forms.OrderBy(f => f.Date))
        {
            teams.TryAdd(form.Id, form.Team);
        }

        return teams;
    }

    /// <summary>The teams in order of first appearance in the file.</summary>
    public static List<string> Teams(IEnumerable<Form> forms) => [.. forms.Select(f => f.Team).Distinct(StringComparer.Ordinal)];
}
