using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CsvHelper;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>talking-therapies &lt;file.csv&gt;</c>: NHS Talking Therapies paired outcomes per referral from its first and last PHQ-9
/// and GAD-7 totals (<see cref="TalkingTherapiesRowScorer"/>), or with <c>--summary</c> the cohort table
/// <c>[group,]category,n,percent,lower,upper</c> (percentages 0-100 with Wilson 95% intervals). The rules are the library's
/// (<see cref="TalkingTherapiesRules.Phq9WithGad7"/>); the option names and values are the command line's contract.
/// </summary>
internal static class TalkingTherapiesCommand
{
    private static readonly OptionValues<MixedReliableChange> MixedRules = new(("deterioration", MixedReliableChange.Deterioration), ("no-change", MixedReliableChange.NoReliableChange));

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<FileInfo>("file.csv") { Description = $"CSV with a header; columns {string.Join(", ", TalkingTherapiesRowScorer.Inputs.Select(i => i.Column))} (totals; blank = no score); other columns are passed through." };
        Option<string> mixed = MixedRules.Option(
            "--mixed",
            $"A referral whose PHQ-9 reliably improves and GAD-7 reliably deteriorates, or the reverse: {MixedRules.Describe(TalkingTherapiesRules.Phq9WithGad7.Mixed)} (the Talking Therapies rule was not found; the default is NHS England's CYP rule).",
            TalkingTherapiesRules.Phq9WithGad7.Mixed);
        var summary = new Option<bool>("--summary") { Description = "Print the cohort table (category, n, percent, lower, upper) instead of one row per referral; recovery is a share of the cases at the start." };
        var by = new Option<string?>("--by") { Description = "With --summary: one table per value of this column (for example team)." };
        Option<FileInfo?> outputFile = CommandFiles.OutputOption();
        Option<bool> excelSafe = CommandFiles.ExcelSafeOption();
        Option<char> delimiter = CommandFiles.DelimiterOption();
        var command = new Command("talking-therapies", "NHS Talking Therapies outcomes per referral from its first and last PHQ-9 and GAD-7: caseness, recovery, reliable change across both, reliable recovery; or a cohort summary.")
        {
            input, mixed, summary, by, outputFile, delimiter, excelSafe,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(by) is not null && !result.GetValue(summary))
            {
                result.AddError("--by goes with --summary.");
            }
        });
        command.SetAction(parse =>
        {
            TalkingTherapiesRules rules = TalkingTherapiesRules.Phq9WithGad7 with { Mixed = MixedRules[parse.GetValue(mixed)!] };
            TextWriter destination = CommandFiles.Destination(output, parse.GetValue(excelSafe));
            return parse.GetValue(summary)
                ? CommandFiles.WithFiles(parse.GetValue(input)!, parse.GetValue(outputFile), destination, error, (reader, writer) => Summarise(reader, writer, error, rules, parse.GetValue(by)), CommandFiles.Reading(parse.GetValue(delimiter)))
                : CsvScorer.ScoreFile(parse.GetValue(input)!, parse.GetValue(outputFile), new TalkingTherapiesRowScorer(rules), destination, error, showProgress: false, delimiter: parse.GetValue(delimiter));
        });
        return command;
    }

    /// <summary>Reads every referral (a row that cannot be read is reported and counted as not assessable) and writes the cohort table.</summary>
    private static int Summarise(TextReader input, TextWriter output, TextWriter error, TalkingTherapiesRules rules, string? byColumn)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        int[] columns = [.. TalkingTherapiesRowScorer.Inputs.Select(i => CsvInput.Find(header, i.Column))];
        int by = byColumn is null ? -1 : CsvInput.Find(header, byColumn);
        if (CsvInput.Lacks(header, [.. TalkingTherapiesRowScorer.Inputs.Select(i => i.Column), byColumn]) is { } lacks)
        {
            error.WriteLine($"error: {lacks}");
            return CliApp.UnusableInput;
        }

        var referrals = new List<(string?, TalkingTherapiesPair)>();
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            var problems = new List<string>();
            TalkingTherapiesPair? referral = record.Length == header.Length
                ? TalkingTherapiesRowScorer.Read(rules, record, columns, problems)
                : null;
            if (record.Length != header.Length)
            {
                problems.Add(CsvInput.FieldCountProblem(record.Length, header.Length));
            }

            if (problems.Count > 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}: {string.Join("; ", problems)}; counted as not assessable"));
            }

            string? group = by >= 0 && by < record.Length ? record[by].Trim() : null;
            referrals.Add((group, referral ?? rules.Classify(null, null, null, null)));
        }

        Write(TalkingTherapies.Summarise(referrals), output, byColumn);
        return 0;
    }

    private static void Write(IEnumerable<TalkingTherapiesSummary> summaries, TextWriter output, string? byColumn)
    {
        using CsvOutput writer = CsvInput.CreateWriter(output);
        string[] columns = ["category", "n", "percent", "lower", "upper"];
        CsvInput.WriteRecord(writer, byColumn is null ? columns : ["group", .. columns]);
        foreach (TalkingTherapiesSummary summary in summaries)
        {
            void Line(string category, int n, Comparison.ProportionInterval? rate)
            {
                string[] cells = [category, n.ToString(CultureInfo.InvariantCulture), Percent(rate?.Estimate), Percent(rate?.Lower), Percent(rate?.Upper)];
                CsvInput.WriteRecord(writer, byColumn is null ? cells : [summary.Group ?? "", .. cells]);
            }

            Line("referrals", summary.Referrals, null);
            Line("assessable", summary.Assessable, null);
            Line("not_assessable", summary.Referrals - summary.Assessable, null);
            foreach (CategoryRate rate in summary.ReliableChange)
            {
                Line(rate.Category, rate.Count, rate.Rate);
            }

            Line("cases_at_start", summary.CasesAtStart, null);
            Line(summary.Recovery.Category, summary.Recovery.Count, summary.Recovery.Rate);
            Line(summary.ReliableRecovery.Category, summary.ReliableRecovery.Count, summary.ReliableRecovery.Rate);
        }

        writer.Flush();
    }

    private static string Percent(double? proportion) => RowScorer.Number(proportion * 100);
}
