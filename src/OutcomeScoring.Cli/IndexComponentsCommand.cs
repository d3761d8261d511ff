using System.Globalization;
using System.Text;
using CsvHelper;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.Comparison;
using OutcomeScoring.Forms;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>index-components</c>: the default profile's (2.0) component values (<c>unit,component,value,n,se</c>) from the outputs of the
/// other commands: <c>change --summary --by</c> (outcomes), <c>score dialog</c> (quality of life), <c>score pam-13</c> (activation),
/// <c>fft summarize</c> (experience), <c>score p3ceq</c> (coordination and person-centredness), <c>score ascof-1a</c> and
/// <c>score ascof-1d</c> (social care users' and carers' quality of life). The same numbers as the library's <see cref="IntegrationProfile"/>
/// and <see cref="IntegrationProfileV2.SurveyValue"/> helpers and cohort rules, and so as the report's integration index (docs/cli.md, docs/cohorts.md).
/// </summary>
internal static partial class IndexComponentsCommand
{
    /// <summary>The column naming each person in the --dialog, --pam and survey files (passed through by score).</summary>
    private const string PersonColumn = "id";

    /// <summary>The source key of the --p3ceq file, which gives two components.</summary>
    public const string P3ceqSource = "p3ceq";

    /// <summary>The survey files: source key, the score command, and each component's score column and measure.</summary>
    private static readonly (string Source, string Command, (string Column, SurveyScale Measure)[] Scores)[] Surveys =
    [
        (P3ceqSource, "score p3ceq", [("cc", SurveyScale.P3ceqCoordination), ("pc", SurveyScale.P3ceqPersonCentredness)]),
        (IntegrationProfileV2.CarerQualityOfLifeCode, "score ascof-1d", [("total", SurveyScale.Ascof1D)]),
        (IntegrationProfileV2.SocialCareQualityOfLifeCode, "score ascof-1a", [("total", SurveyScale.Ascof1A)]),
    ];

    /// <summary>Reads each given file and writes one row per unit and component; returns the exit code.</summary>
    public static int Run((string Component, FileInfo? File)[] sources, string unitColumn, TextWriter output, TextWriter error)
    {
        var rows = new List<ComponentValue>();
        foreach ((string component, FileInfo? file) in sources)
        {
            if (file is null)
            {
                continue;
            }

            using StreamReader reader = CommandFiles.OpenText(file.FullName);
            using CsvReader csv = CsvInput.Open(reader);
            if (!CsvInput.TryReadHeader(csv, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
            {
                return CliApp.UnusableInput;
            }

            string? problem = component switch
            {
                IntegrationProfile.OutcomesCode => ReadRates(csv, header, file.Name, "group", "--by", (header, row) => Category(header, row), rows, error),
                IntegrationProfile.ExperienceCode => ReadRates(csv, header, file.Name, "unit", "--unit", null, rows, error),
                IntegrationProfile.QualityOfLifeCode or IntegrationProfile.ActivationCode => ReadMeans(csv, header, file.Name, unitColumn, component, rows, error),
                _ => ReadSurvey(csv, header, file.Name, unitColumn, Surveys.Single(x => x.Source == component), rows, error),
            };
            if (problem is not null)
            {
                error.WriteLine($"error: {problem}");
                return CliApp.UnusableInput;
            }
        }

        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["unit", "component", "value", "n", "se"]);
        foreach (ComponentValue value in rows)
        {
            CsvInput.WriteRecord(writer, [value.Unit, value.Component, RowScorer.Number(value.Value), value.Count?.ToString(CultureInfo.InvariantCulture) ?? "", RowScorer.Number(value.StandardError)]);
        }

        writer.Flush();
        return 0;
    }

    private static string Category(string[] header, string[] row) => row[CsvInput.Find(header, "category")].Trim();

    /// <summary>
    /// Outcomes from <c>change --summary --by</c> (percent 0-100 of the <c>reliable_improvement</c> row, n of the <c>computable</c> row)
    /// or experience from <c>fft summarize</c> (<c>pct_positive</c> 0-1, n = <c>total</c>); SE = (upper - lower) / (2 x 1.959964) of the
    /// Wilson interval, as <see cref="ComponentValue.ForProportion"/>.
    /// </summary>
    private static string? ReadRates(CsvReader csv, string[] header, string file, string unitName, string option, Func<string[], string[], string>? category, List<ComponentValue> rows, TextWriter error)
    {
        bool change = category is not null;
        string[] needed = change ? [unitName, "category", "n", "percent", "lower", "upper"] : [unitName, "total", "pct_positive", "pct_positive_lower", "pct_positive_upper"];
        string[] missing = [.. needed.Where(n => CsvInput.Find(header, n) < 0)];
        if (missing.Length > 0)
        {
            return change
                ? $"{file} lacks the column(s) {string.Join(", ", missing)}; give the output of change --summary {option} <unit column>."
                : $"{file} lacks the column(s) {string.Join(", ", missing)}; give the output of fft summarize {option} <unit column>.";
        }

        if (!change && CsvInput.Find(header, "period") >= 0)
        {
            return $"{file} has a period column; index-components builds one period at a time, so run fft summarize without --period (or on one period's responses).";
        }

        int unit = CsvInput.Find(header, unitName);
        int count = CsvInput.Find(header, change ? "n" : "total");
        int value = CsvInput.Find(header, change ? "percent" : "pct_positive");
        int lower = CsvInput.Find(header, change ? "lower" : "pct_positive_lower");
        int upper = CsvInput.Find(header, change ? "upper" : "pct_positive_upper");
        double scale = change ? 100 : 1;
        string component = change ? IntegrationProfile.OutcomesCode : IntegrationProfile.ExperienceCode;
        var computable = new Dictionary<string, long>(StringComparer.Ordinal);
        var rates = new List<(string Unit, string Value, string Lower, string Upper, string Count, int Row)>();
        int line = 0;
        while (csv.Read())
        {
            line++;
            string[] row = csv.Current.ToArray();
            if (row.Length != header.Length)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} row {line}: {CsvInput.FieldCountProblem(row.Length, header.Length)}; not used"));
                continue;
            }

            string id = row[unit].Trim();
            if (change)
            {
                string what = category!(header, row);
                if (what == "computable" && long.TryParse(row[count].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long n))
                {
                    computable[id] = n;
                }

                if (what != "reliable_improvement")
                {
                    continue;
                }
            }

            rates.Add((id, row[value].Trim(), row[lower].Trim(), row[upper].Trim(), change ? "" : row[count].Trim(), line));
        }

        double z2 = 2 * Wilson.Z(0.95);
        foreach ((string id, string text, string low, string high, string countText, int row) in rates)
        {
            long? n = change ? (computable.TryGetValue(id, out long c) ? c : null)
                : long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out long total) ? total : null;
            if (text.Length == 0)
            {
                rows.Add(new ComponentValue(id, component, null, null, n));
                continue;
            }

            if (!TryNumber(text, out double v) || !TryNumber(low, out double l) || !TryNumber(high, out double h))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} row {row} ({id}): the rate or its interval is not a number; not used"));
                continue;
            }

            rows.Add(new ComponentValue(id, component, v / scale, (h - l) / scale / z2, n));
        }

        return null;
    }

    /// <summary>
    /// Quality of life (<c>sqol_mean</c> of score dialog) or activation (<c>activation</c> of score pam-13): per unit, the mean of one
    /// value per person, SE = SD / sqrt(n), with the library's cohort rules (<see cref="Cohort.TeamMeans"/>, docs/cohorts.md): each
    /// person (<c>id</c>) gives the score of their latest form with one (by <c>date</c>; of two on one date, or without a date column,
    /// the later row) and is counted in the unit of their first form. Without an <c>id</c> column every row is a person of its own.
    /// </summary>
    private static string? ReadMeans(CsvReader csv, string[] header, string file, string unitColumn, string component, List<ComponentValue> rows, TextWriter error)
    {
        string column = component == IntegrationProfile.QualityOfLifeCode ? "sqol_mean" : "activation";
        string command = component == IntegrationProfile.QualityOfLifeCode ? "score dialog" : "score pam-13";
        if (ReadForms(csv, header, file, unitColumn, [column], command, error, out List<Administration>[] forms) is { } problem)
        {
            return problem;
        }

        rows.AddRange(Cohort.TeamMeans(forms[0]).Select(team => ComponentValue.ForMean(team.Team, component, team.Values)));
        return null;
    }

    /// <summary>
    /// Profile 2.0's survey components from the output of <c>score p3ceq</c> (<c>cc</c> and <c>pc</c>: coordination and person-centredness),
    /// <c>score ascof-1a</c> or <c>score ascof-1d</c> (<c>total</c>), by the same cohort rules as <see cref="ReadMeans"/>, through
    /// <see cref="SurveyComponents.TeamMeans"/> and <see cref="IntegrationProfileV2.SurveyValue"/> (P3CEQ as a share of the subscale range).
    /// A score outside the measure's range makes the file unusable (the wrong column or file).
    /// </summary>
    private static string? ReadSurvey(CsvReader csv, string[] header, string file, string unitColumn, (string Source, string Command, (string Column, SurveyScale Measure)[] Scores) survey, List<ComponentValue> rows, TextWriter error)
    {
        if (ReadForms(csv, header, file, unitColumn, [.. survey.Scores.Select(s => s.Column)], survey.Command, error, out List<Administration>[] forms) is { } problem)
        {
            return problem;
        }

        for (int i = 0; i < survey.Scores.Length; i++)
        {
            try
            {
                rows.AddRange(SurveyComponents.TeamMeans(forms[i], survey.Scores[i].Measure).Select(IntegrationProfileV2.SurveyValue));
            }
            catch (ArgumentException ex)
            {
                return $"{file}: {ex.Message.Split(" (Parameter", 2)[0]} Give the output of {survey.Command}.";
            }
        }

        return null;
    }

    /// <summary>
    /// Reads one form per row (person, date, unit and one score per column) for the cohort rules; a row without a unit, person or readable
    /// date is reported and not used; a blank score is not computable (the scoring command gave the reason) but the form still counts for
    /// the person's unit; a score that is not a number is reported and counts as not computable.
    /// </summary>
    private static string? ReadForms(CsvReader csv, string[] header, string file, string unitColumn, string[] columns, string command, TextWriter error, out List<Administration>[] forms)
    {
        forms = [.. columns.Select(_ => new List<Administration>())];
        string[] missing = [.. new[] { unitColumn }.Concat(columns).Where(n => CsvInput.Find(header, n) < 0)];
        if (missing.Length > 0)
        {
            return $"{file} lacks the column(s) {string.Join(", ", missing)}; give the output of {command} with the unit column (--unit, default team) passed through.";
        }

        int unit = CsvInput.Find(header, unitColumn);
        int[] scores = [.. columns.Select(c => CsvInput.Find(header, c))];
        int person = CsvInput.Find(header, PersonColumn), date = CsvInput.Find(header, FormCells.DateColumn);
        int line = 0;
        while (csv.Read())
        {
            line++;
            string[] row = csv.Current.ToArray();
            string Cell(int at) => at >= 0 && at < row.Length ? row[at].Trim() : "";
            string id = Cell(unit), who = person >= 0 ? Cell(person) : string.Create(CultureInfo.InvariantCulture, $"row {line}");
            DateOnly when = default;
            string? problem = id.Length == 0 ? $"no {unitColumn}"
                : row.Length != header.Length ? CsvInput.FieldCountProblem(row.Length, header.Length)
                : who.Length == 0 ? $"no {PersonColumn}"
                : date >= 0 && !FormCells.TryReadDate(Cell(date), out when, out FormProblem notDate) ? notDate.Message
                : null;
            if (problem is not null)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} row {line}: {problem}; not used"));
                continue;
            }

            for (int c = 0; c < columns.Length; c++)
            {
                // A blank score is not computable (the scoring command gave the reason); the form still counts for the person's unit.
                string text = row[scores[c]].Trim();
                double? value = null;
                if (text.Length > 0 && TryNumber(text, out double parsed))
                {
                    value = parsed;
                }
                else if (text.Length > 0)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} row {line} ({id}): {columns[c]} '{text}' is not a number; not used"));
                }

                forms[c].Add(new Administration(who, null, when, value) { Team = id });
            }
        }

        return null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
