using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using CsvHelper;
using OutcomeScoring.Comparison;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>fft summarize</c>: one response per input row (an <c>answer</c> column holding a label or its number 1-6 in
/// the order of the spec sheet), or one row of published counts per unit (the six count columns), to one
/// NHS-format summary row per unit and per unit above it. Units form a hierarchy of any number of levels
/// (<c>--level</c>, lowest first), or the two-level <c>--unit</c>/<c>--parent</c> form. Column names are a contract
/// with users (docs/cli.md).
/// </summary>
internal static class FftSummarizeCommand
{
    private static readonly string[] Counts2020 = ["very_good", "good", "neither", "poor", "very_poor", "dont_know"];
    private static readonly string[] Counts2013 = ["extremely_likely", "likely", "neither", "unlikely", "extremely_unlikely", "dont_know"];

    /// <summary>The library's default question (as <see cref="FftReport.Build"/> and <see cref="Fft.Summarise"/>).</summary>
    internal const FftQuestion DefaultQuestion = FftQuestion.Experience2020;

    /// <summary>Each question by the year it was introduced, newest first.</summary>
    internal static readonly OptionValues<FftQuestion> Questions = new([.. Enum.GetValues<FftQuestion>().OrderDescending().Select(q => (Year(q), q))]);

    /// <summary>The disclosure modes by name; <c>fft summarize</c> defaults to NHS England's format (issue 15), the report always uses strict.</summary>
    internal static readonly OptionValues<FftDisclosure> Disclosures = new(("nhse", FftDisclosure.Nhse), ("strict", FftDisclosure.Strict));

    /// <summary>The numbers an answer may be given as (the standard coding, in the NHS order).</summary>
    private static readonly string AnswerCodes = string.Create(CultureInfo.InvariantCulture, $"{(int)Enum.GetValues<FftAnswer>().Min()}-{(int)Enum.GetValues<FftAnswer>().Max()}");

    /// <summary>Builds <c>summarize</c> (a subcommand of <c>fft</c>).</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var responsesArgument = new Argument<FileInfo>("responses.csv")
        {
            Description = $"CSV with a header: one response per row, its answer in an 'answer' column (a label such as '{Fft.Label(FftAnswer.VeryGood, DefaultQuestion)}' or '{Fft.Label(FftAnswer.DontKnow, DefaultQuestion)}', any case, or its number {AnswerCodes} in the NHS order); or, without an 'answer' column, one row of counts per unit in the six count columns of the output.",
        };
        var unitOption = new Option<string?>("--unit") { Description = "The column naming each response's unit (for example ward); with --parent, the two-level form with unit and parent output columns." };
        var parentOption = new Option<string?>("--parent") { Description = "The column naming the unit above it (for example site); parents get rows of their own from summed counts." };
        var levelOption = new Option<string[]>("--level") { Description = "A column naming one level of the hierarchy, lowest first, repeated for each level (for example --level ward --level site --level trust --level icb); a unit is known by its name and those above it. Instead of --unit and --parent.", AllowMultipleArgumentsPerToken = false };
        var tieOption = new Option<string[]>("--tie-break") { Description = "A column whose values order lowest-level units with equal totals when ranking for second-level suppression, repeated in order, then the unit's name (NHS England's wards: --tie-break first_speciality --tie-break second_speciality). Higher levels: the name." };
        var eligibleOption = new Option<string?>("--eligible") { Description = "With one row of counts per unit: the column of the number of people eligible to respond (NHS England's Total Eligible), summed like the counts; adds eligible and response_rate (total / eligible) columns." };
        var periodOption = new Option<string?>("--period") { Description = "A column naming each response's period (for example month): one summary per period, each suppressed on its own; adds a leading period column." };
        var questionOption = Questions.Option(
            "--question",
            $"Which question: {Usage.OneOf([.. Questions.Names.Select(year => $"{year} ({QuestionNote(Questions[year])}{(Questions[year] == DefaultQuestion ? "; default" : "")})")])}.",
            DefaultQuestion);
        var disclosureOption = Disclosures.Option(
            "--disclosure",
            $"What a suppressed row shows: {Usage.OneOf(["nhse (default: exactly NHS England's published format; the six counts hidden, a first-level row's percentages too, the total always shown)", "strict (nothing but the reason: no counts, total, percentages or intervals)"])}.",
            FftDisclosure.Nhse);
        var outputOption = CommandFiles.OutputOption("the summary (Parquet when the name ends in .parquet)");
        var formatOption = TabularFiles.FormatOption();
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var delimiterOption = CommandFiles.DelimiterOption();
        var summarize = new Command("summarize", "Summarise FFT responses per unit as NHS England does: counts, % positive and % negative with Wilson 95% intervals, suppression for publication." + Usage.Needs("--unit <column>, and an 'answer' column in the file"))
        {
            responsesArgument, unitOption, parentOption, levelOption, tieOption, periodOption, eligibleOption, questionOption, disclosureOption, outputOption, formatOption, delimiterOption, excelSafeOption,
        };
        summarize.Aliases.Add("summarise");
        summarize.SetAction(parse =>
        {
            if (FftLayout.Create(parse.GetValue(unitOption), parse.GetValue(parentOption), parse.GetValue(levelOption) ?? [], parse.GetValue(tieOption) ?? [], parse.GetValue(periodOption), parse.GetValue(eligibleOption)) is not { } layout)
            {
                error.WriteLine("error: give the hierarchy as --unit (and optionally --parent), or as --level for each level, lowest first; not both.");
                return CliApp.UnusableInput;
            }

            return CommandFiles.WithTable(parse.GetValue(responsesArgument)!, parse.GetValue(formatOption), parse.GetValue(outputOption), CommandFiles.Destination(output, parse.GetValue(excelSafeOption)), error, (reader, writer) =>
                Run(reader, writer, error, layout, Questions[parse.GetValue(questionOption)!], Disclosures[parse.GetValue(disclosureOption)!]), CommandFiles.Reading(parse.GetValue(delimiterOption)));
        });
        return summarize;
    }

    private static string Year(FftQuestion question) => ((int)question).ToString(CultureInfo.InvariantCulture);

    private static string QuestionNote(FftQuestion question) =>
        question == FftQuestion.Experience2020 ? "from April 2020, experience" : "April 2013 - March 2020, recommend";

    /// <summary>The names of the six count columns for a question, in the order of <see cref="FftAnswer"/>.</summary>
    internal static string[] CountColumns(FftQuestion question) => question == FftQuestion.Experience2020 ? Counts2020 : Counts2013;

    /// <summary>Summarises <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, FftLayout layout, FftQuestion question, FftDisclosure disclosure)
    {
        string? malformed = null;
        using CsvReader reader = CsvInput.Open(input, record => malformed ??= CsvScorer.Describe(record.Reason));
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        if (FftColumns.Find(header, layout, CountColumns(question), error) is not { } columns)
        {
            return CliApp.UnusableInput;
        }

        var units = new FftUnits(layout);
        var rows = new List<FftPeriodCounts>();
        int rowNumber = 0, notCounted = 0;
        malformed = null;
        while (reader.Read())
        {
            rowNumber++;
            string[] record = reader.Current.ToArray();
            string? problem = malformed is not null ? $"malformed CSV ({malformed})"
                : record.Length != header.Length ? CsvInput.FieldCountProblem(record.Length, header.Length)
                : null;
            malformed = null;
            string unitName = columns.Levels[0] < record.Length ? record[columns.Levels[0]].Trim() : "";
            (string period, string[] path, FftCounts counts, long? eligible) = ("", [], default, null);
            if (problem is null)
            {
                problem = columns.Read(record, layout, question, out period, out path, out counts, out eligible);
            }

            if (problem is null && !units.TryAdd(record, columns, period, path, counts, eligible, rows, out problem))
            {
                error.WriteLine($"error: {problem}");
                return CliApp.UnusableInput;
            }

            if (problem is not null)
            {
                notCounted++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {rowNumber}{(unitName.Length > 0 ? $" ({unitName})" : "")}: {problem}; not counted"));
                if (record.Length == header.Length && columns.Place(record, layout, out string keptPeriod, out string[] keptPath) is null)
                {
                    units.TryAdd(record, columns, keptPeriod, keptPath, default, null, rows, out _);
                }
            }
        }

        // With no period column, one period: the same rows as FftReport.Build.
        if (!CliApp.TryCompute(() => FftReport.BuildByPeriod(columns.Period < 0 ? rows.Select(r => r with { Period = "all" }) : rows, question, tieBreakKey: units.TieBreakKey), error, out ImmutableArray<FftPeriodReport> reports))
        {
            return CliApp.UnusableInput;
        }

        Write(reports, columns.Period >= 0, question, disclosure, layout, units, output);
        if (notCounted > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {notCounted} of {rowNumber} rows were not counted (see above)."));
        }

        return 0;
    }

    /// <summary>Reads an answer: its number in the standard coding, or its label for the question.</summary>
    internal static bool TryParseAnswer(string cell, FftQuestion question, out FftAnswer answer)
    {
        if (int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            return FftCoding.Standard.TryRead(code, out answer);
        }

        return Fft.TryParseLabel(cell, question, out answer);
    }

    internal static string AnswerProblem(string cell, FftQuestion question) =>
        $"answer '{cell}' is not one of the {Year(question)} question's answers (a label such as '{Fft.Label(FftAnswer.VeryGood, question)}', or {AnswerCodes})";

    private static void Write(IReadOnlyList<FftPeriodReport> reports, bool withPeriod, FftQuestion question, FftDisclosure disclosure, FftLayout layout, FftUnits units, TextWriter output)
    {
        using CsvOutput writer = CsvInput.CreateWriter(output);
        string[] identity = layout.Legacy ? ["unit", "parent"] : ["level", .. layout.Levels.Reverse()];
        CsvInput.WriteRecord(writer, [.. withPeriod ? ["period"] : Array.Empty<string>(), .. identity, "total", .. CountColumns(question), "pct_positive", "pct_positive_lower", "pct_positive_upper", "pct_negative", "pct_negative_lower", "pct_negative_upper", "suppressed", "suppression_reason", .. layout.Eligible is null ? Array.Empty<string>() : ["eligible", "response_rate"]]);
        foreach ((string periodLabel, FftUnitSummary row) in reports.SelectMany(r => r.Rows.Select(row => (r.Period, row))))
        {
            if (withPeriod)
            {
                writer.WriteField(periodLabel);
            }

            foreach (string cell in units.Identity(row))
            {
                writer.WriteField(cell);
            }

            FftPublishedFigures published = row.Publish(disclosure);
            writer.WriteField(published.Total is { } total ? total.ToString(CultureInfo.InvariantCulture) : "");
            foreach (FftAnswer answer in Enum.GetValues<FftAnswer>())
            {
                writer.WriteField(published.Counts is { } counts ? counts[answer].ToString(CultureInfo.InvariantCulture) : "");
            }

            foreach (ProportionInterval? share in new[] { published.Positive, published.Negative })
            {
                writer.WriteField(share is { } s ? RowScorer.Number(s.Estimate) : "");
                writer.WriteField(share is { } l ? RowScorer.Number(l.Lower) : "");
                writer.WriteField(share is { } u ? RowScorer.Number(u.Upper) : "");
            }

            writer.WriteField(RowScorer.Bool(row.HidesCounts));
            writer.WriteField(row.Suppression switch
            {
                SuppressionReason.FirstLevel => "first-level",
                SuppressionReason.SecondLevel => "second-level",
                SuppressionReason.Cascade => "cascade",
                _ => "",
            });
            if (layout.Eligible is not null)
            {
                writer.WriteField(published.Eligible is { } eligible ? eligible.ToString(CultureInfo.InvariantCulture) : "");
                writer.WriteField(published.ResponseRate is { } rate ? RowScorer.Number(rate) : "");
            }

            writer.EndRecord();
        }

        writer.Flush();
    }
}
