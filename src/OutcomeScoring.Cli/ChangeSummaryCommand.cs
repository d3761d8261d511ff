using System.Globalization;
using CsvHelper;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>change --summary [--by col]</c>: the cohort table (a contract, docs/cli.md):
/// <c>[group,]category,n,percent,lower,upper</c>, percentages 0-100 with Wilson 95% intervals.
/// </summary>
internal static class ChangeSummaryCommand
{
    /// <summary>Summarises <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, ChangeCriteria criteria, Instrument? instrument, string? byColumn)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        int pre = CsvInput.Find(header, "pre"), post = CsvInput.Find(header, "post"), by = byColumn is null ? -1 : CsvInput.Find(header, byColumn);
        int age = CsvInput.Find(header, "age"), gender = CsvInput.Find(header, "gender");
        if (CsvInput.Lacks(header, "pre", "post", byColumn) is { } lacks)
        {
            error.WriteLine($"error: {lacks}");
            return CliApp.UnusableInput;
        }

        var pairs = new List<(string?, ChangePair)>();
        int row = 0, unreadable = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            var problems = new List<string>();
            if (record.Length != header.Length)
            {
                problems.Add(CsvInput.FieldCountProblem(record.Length, header.Length));
            }

            bool fits = problems.Count == 0;
            double? before = fits ? ChangeRowScorer.Read(record[pre], "pre", problems, instrument) : null;
            double? after = fits ? ChangeRowScorer.Read(record[post], "post", problems, instrument) : null;
            ChangeRowScorer.CheckChange(before, after, problems);
            if (problems.Count > 0)
            {
                unreadable++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}: {string.Join("; ", problems)}; counted as not computable"));
            }

            string? group = by >= 0 && by < record.Length ? record[by].Trim() : null;
            ChangeCriteria person = criteria;
            if (problems.Count == 0)
            {
                // An age or gender that cannot be read is reported (the pair is still counted, without a cut-off); the table's own reasons are not.
                person = ChangeRowScorer.PersonCriteria(criteria, instrument, record, age, gender, problems, out _);
                foreach (string problem in problems)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}: {problem}"));
                }

                problems.Clear();
            }

            pairs.Add((group, problems.Count > 0 ? criteria.Classify(null, null) : person.Classify(before, after)));
        }

        Write(pairs, output, byColumn);
        return 0;
    }

    /// <summary>Writes the cohort table: per group, the counts of pairs, then each category's count and rate.</summary>
    private static void Write(List<(string?, ChangePair)> pairs, TextWriter output, string? byColumn)
    {
        using CsvOutput writer = CsvInput.CreateWriter(output);
        string[] columns = ["category", "n", "percent", "lower", "upper"];
        CsvInput.WriteRecord(writer, byColumn is null ? columns : ["group", .. columns]);
        foreach (ChangeSummary summary in ChangeCohort.Summarise(pairs))
        {
            void Line(string category, int n, Comparison.ProportionInterval? rate)
            {
                string[] cells = [category, n.ToString(CultureInfo.InvariantCulture), Percent(rate?.Estimate), Percent(rate?.Lower), Percent(rate?.Upper)];
                CsvInput.WriteRecord(writer, byColumn is null ? cells : [summary.Group ?? "", .. cells]);
            }

            Line("pairs", summary.Pairs, null);
            Line("computable", summary.Computable, null);
            Line("not_computable", summary.Pairs - summary.Computable, null);
            foreach (CategoryRate rate in summary.ReliableChange.Concat(summary.Outcomes))
            {
                Line(rate.Category, rate.Count, rate.Rate);
            }

            Line("eligible_to_recover", summary.EligibleToRecover, null);
            foreach (CategoryRate? rate in new[] { summary.Recovery, summary.ReliableRecovery })
            {
                if (rate is { } r)
                {
                    Line(r.Category, r.Count, r.Rate);
                }
            }
        }

        writer.Flush();
    }

    private static string Percent(double? proportion) => RowScorer.Number(proportion * 100);
}
