using System.CommandLine;
using System.Globalization;
using CsvHelper;
using OutcomeScoring.Change;
using OutcomeScoring.Forms;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>pairs &lt;long.csv&gt; --instrument &lt;id&gt;</c>: a long table of coded scored assessments as the Mental Health Services
/// Data Set holds them (person, date, <c>CodedAssToolType</c>, <c>PersScore</c>) to one row per person (and episode) with
/// the first and last computable score of the instrument's score (<see cref="Mhsds.Administrations"/>, <see cref="Episodes.Pair"/>),
/// in the columns <c>change</c> reads (<c>pre</c>, <c>post</c>). Rows of other concepts are left out; rows that cannot be read
/// are listed on standard error (docs/cli.md).
/// </summary>
internal static class PairsCommand
{
    /// <summary>The output columns (a contract, docs/cli.md).</summary>
    public static readonly string[] Columns = ["person", "episode", "pre_date", "pre", "post_date", "post", "forms", "status"];

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("long.csv") { Description = "CSV with a header; one coded score per row: person, date (yyyy-MM-dd), concept id, score (MHSDS's CodedAssToolType and PersScore)." };
        string[] withCodes = [.. Instruments.All.Where(i => i.Scores.Any(s => s.Codes.Any(c => c.System == PublicCode.SnomedCt))).Select(i => i.Id)];
        var instrument = new Option<string>("--instrument") { Description = $"Whose score to pair: {Usage.OneOf(withCodes)}.", Required = true };
        instrument.AcceptOnlyFromAmong(withCodes);
        var measure = new Option<string?>("--measure") { Description = "The score of the instrument to pair (for example wellbeing for core-om); by default its primary score. It must have a SNOMED CT code." };
        var person = new Option<string>("--person") { Description = "The column naming the person (default: person).", DefaultValueFactory = _ => "person" };
        var date = new Option<string>("--date") { Description = "The column of the assessment date, yyyy-MM-dd (default: date).", DefaultValueFactory = _ => "date" };
        var code = new Option<string>("--code") { Description = "The column of the SNOMED CT concept id (default: CodedAssToolType).", DefaultValueFactory = _ => "CodedAssToolType" };
        var score = new Option<string>("--score") { Description = "The column of the score (default: PersScore).", DefaultValueFactory = _ => "PersScore" };
        var episode = new Option<string?>("--episode") { Description = "A column naming the episode of care (a referral): one pair per person and episode." };
        Option<FileInfo?> outputFile = CommandFiles.OutputOption();
        Option<char> delimiter = CommandFiles.DelimiterOption();
        Option<bool> excelSafe = CommandFiles.ExcelSafeOption();
        var command = new Command("pairs", "First and last computable score per person from a long MHSDS-shaped table of coded scored assessments, as pre and post for change." + Usage.Needs("--instrument <id>; columns person, date, CodedAssToolType, PersScore (or named with options)"))
        {
            input, instrument, measure, person, date, code, score, episode, outputFile, delimiter, excelSafe,
        };
        command.SetAction(parse =>
        {
            Instrument chosen = Instruments.Get(parse.GetValue(instrument)!);
            string? scoreId = parse.GetValue(measure);
            if (scoreId is not null && !chosen.Scores.Any(s => s.Id == scoreId))
            {
                error.WriteLine($"error: --measure {scoreId} is not a score of {chosen.Id}; it has {string.Join(", ", chosen.Scores.Select(s => s.Id))}.");
                return CliApp.UnusableInput;
            }

            string[] columns = [parse.GetValue(person)!, parse.GetValue(date)!, parse.GetValue(code)!, parse.GetValue(score)!, .. parse.GetValue(episode) is { } e ? [e] : Array.Empty<string>()];
            return CommandFiles.WithFiles(parse.GetValue(input)!, parse.GetValue(outputFile), CommandFiles.Destination(output, parse.GetValue(excelSafe)), error, (reader, writer) =>
                Run(reader, writer, error, chosen, scoreId, columns), CommandFiles.Reading(parse.GetValue(delimiter)));
        });
        return command;
    }

    /// <summary>Reads the long table and writes the pairs; returns the exit code.</summary>
    private static int Run(TextReader input, TextWriter output, TextWriter error, Instrument instrument, string? scoreId, string[] columns)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        if (CsvInput.Lacks(header, columns) is { } lacks)
        {
            error.WriteLine($"error: {lacks}");
            return CliApp.UnusableInput;
        }

        ScoreDefinition measure = scoreId is null ? instrument.Scores[instrument.PrimaryScoreIndex] : instrument.Scores[instrument.IndexOfScore(scoreId)];
        if (!measure.Codes.Any(c => c.System == PublicCode.SnomedCt))
        {
            error.WriteLine($"error: {instrument.Name}'s score '{measure.Id}' has no SNOMED CT code, so MHSDS does not hold it; give --measure with one of: {string.Join(", ", instrument.Scores.Where(s => s.Codes.Any(c => c.System == PublicCode.SnomedCt)).Select(s => s.Id))}.");
            return CliApp.UnusableInput;
        }

        int[] at = [.. columns.Select(c => CsvInput.Find(header, c))];
        List<CodedAssessment> rows = Read(reader, at, error, header.Length);
        var pairs = Episodes.Pair(Mhsds.Administrations(rows, instrument, measure.Id));
        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, Columns);
        foreach (EpisodePair pair in pairs)
        {
            CsvInput.WriteRecord(writer, [pair.Person, pair.Episode ?? "", Date(pair.BaselineDate), RowScorer.Number(pair.Baseline), Date(pair.FollowUpDate), RowScorer.Number(pair.FollowUp),
                pair.Administrations.ToString(CultureInfo.InvariantCulture), Status(pair.Status)]);
        }

        writer.Flush();
        return 0;
    }

    /// <summary>Reads every row; a row that cannot be read (field count, date, score, a concept id that is not well formed) is listed on standard error and left out.</summary>
    private static List<CodedAssessment> Read(CsvReader reader, int[] at, TextWriter error, int fields)
    {
        var rows = new List<CodedAssessment>();
        int row = 1, badCodes = 0;
        while (reader.Read())
        {
            row++;
            string[] cells = reader.Current.ToArray();
            DateOnly when = default;
            string? problem = cells.Length != fields ? CsvInput.FieldCountProblem(cells.Length, fields) : null;
            if (problem is null && !FormCells.TryReadDate(cells[at[1]], out when, out FormProblem notDate))
            {
                problem = notDate.Message;
            }

            if (problem is null && cells[at[3]].Trim() is { Length: > 0 } text && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number)))
            {
                problem = $"score '{text}' is not a number";
            }

            if (problem is not null)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}: {problem}; left out."));
                continue;
            }

            string concept = cells[at[2]].Trim();
            if (!Mhsds.IsWellFormedConceptId(concept))
            {
                badCodes++;
                continue;
            }

            double? value = cells[at[3]].Trim() is { Length: > 0 } given ? double.Parse(given, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
            rows.Add(new CodedAssessment(cells[at[0]].Trim(), when, concept, value) { Episode = at.Length > 4 ? cells[at[4]].Trim() : null });
        }

        if (badCodes > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {badCodes} {(badCodes == 1 ? "row has" : "rows have")} a concept id that is not a well-formed SNOMED CT id (6-18 digits ending in the Verhoeff check digit; a spreadsheet may have rounded a 16-digit id); they were left out."));
        }

        return rows;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Status(EpisodeStatus status) => status switch
    {
        EpisodeStatus.Paired => "paired",
        EpisodeStatus.SingleScore => "single_score",
        _ => "no_scores",
    };
}
