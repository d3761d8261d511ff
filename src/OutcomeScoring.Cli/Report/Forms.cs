using System.Globalization;
using OutcomeScoring.Change;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli.Report;

/// <summary>One questionnaire form read from a CSV row: who, when, which team, and its answers.</summary>
internal sealed record Form(CsvRow Row, string Id, DateOnly? Date, string Team, Answer[] Answers);

/// <summary>
/// Reads forms from a table with the library's form reader (<see cref="FormReader"/>), as the score command does
/// (docs/cli.md): item columns itemN (case-insensitive), blank = not answered, NA where the instrument allows it;
/// optional id, date (yyyy-mm-dd) and team columns. Rows that cannot be read are reported, never silently dropped.
/// </summary>
internal static class Forms
{
    /// <summary>The column naming each person.</summary>
    public const string IdColumn = "id";

    /// <summary>The column with each form's date (yyyy-mm-dd).</summary>
    public const string DateColumn = FormCells.DateColumn;

    /// <summary>The column naming each person's team.</summary>
    public const string TeamColumn = "team";

    /// <summary>What a row without a team is counted under.</summary>
    public const string NoTeam = "(no team)";

    /// <summary>Binds a form layout to the table's header; returns the problem (naming the file) when an item column is missing or twice.</summary>
    public static string? Bind(CsvTable table, FormLayout layout, out FormReader? reader) =>
        FormReader.TryBind(layout, table.Header, out reader, out FormProblem problem) ? null : $"{table.Name}: {problem.Message}";

    /// <summary>
    /// Reads every row's answers with the form reader, and its id and date; a row with a cell that cannot be read goes to
    /// <paramref name="problems"/> as one message naming the row and every such cell.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="reader">The form reader bound to the table's header.</param>
    /// <param name="problems">Receives one message per row not read.</param>
    public static List<Form> Read(CsvTable table, FormReader reader, List<string> problems)
    {
        int id = table.Column(IdColumn), date = table.Column(DateColumn), team = table.Column(TeamColumn);
        var forms = new List<Form>();
        var cells = new List<FormProblem>();
        foreach (CsvRow row in table.Rows)
        {
            cells.Clear();
            var errors = new List<string>();
            reader.TryReadAnswers(row.Cells, out Answer[]? answers, cells);
            errors.AddRange(cells.Select(c => c.Message));

            DateOnly? when = null;
            if (date >= 0)
            {
                if (FormCells.TryReadDate(row[date], out DateOnly parsed, out FormProblem notDate))
                {
                    when = parsed;
                }
                else
                {
                    errors.Add(notDate.Message);
                }
            }

            string who = row[id];
            if (id >= 0 && who.Length == 0)
            {
                errors.Add("no id");
            }

            if (errors.Count > 0 || answers is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {row.Number}: {string.Join("; ", errors)}"));
                continue;
            }

            string teamName = row[team];
            forms.Add(new Form(row, who, when, teamName.Length == 0 ? NoTeam : teamName, answers));
        }

        return forms;
    }

    /// <summary>
    /// The forms as the input of the library's cohort rules (docs/cohorts.md): person, date, team and score. A table without a date
    /// column gives every form one date, so its forms are in file order. Positions in the rules' results are positions in
    /// <paramref name="scored"/>.
    /// </summary>
    /// <param name="scored">The forms, each with its score (<see langword="null"/> when not computable, or when the rule needs none).</param>
    public static Administration[] Administrations(IEnumerable<(Form Form, double? Score)> scored) =>
        [.. scored.Select(s => new Administration(s.Form.Id, null, s.Form.Date ?? default, s.Score) { Team = s.Form.Team })];
}
