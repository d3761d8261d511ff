using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.Tests.FriendsAndFamily;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Issue 15, end to end: with strict disclosure nothing that `fft summarize` writes, and nothing in the report (tables,
/// intervals, chart points, captions, contents line), lets a suppressed unit's counts be worked out.
/// </summary>
public sealed class FftDisclosureTests
{
    /// <summary>
    /// One row per response, by unit then month, so that the order in which units first appear (the order of report rows)
    /// does not depend on which months they had responses in.
    /// </summary>
    private static string Responses(IEnumerable<FftWitness.Leaf> data, string unit, string parent)
    {
        var csv = new StringBuilder($"month,{parent},{unit},answer\n");
        foreach (FftWitness.Leaf leaf in data.OrderBy(l => string.Join('/', l.Path), StringComparer.Ordinal).ThenBy(l => l.Period, StringComparer.Ordinal))
        {
            foreach (FftAnswer answer in Enum.GetValues<FftAnswer>())
            {
                for (long i = 0; i < leaf.Counts[answer]; i++)
                {
                    csv.Append(leaf.Period).Append(',').Append(leaf.Path.Length > 1 ? leaf.Path[^2] : "").Append(',').Append(leaf.Unit).Append(',').Append((int)answer).Append('\n');
                }
            }
        }

        return csv.ToString();
    }

    private static string Summarize(List<FftWitness.Leaf> data, string disclosure)
    {
        using var runner = new CliRunner();
        (int exit, string output, string error) = CliRunner.Run("fft", "summarize", runner.Write("r.csv", Responses(data, "ward", "site")), "--unit", "ward", "--parent", "site", "--period", "month", "--disclosure", disclosure);
        return exit == 0 && error.Length == 0 ? output : throw new InvalidOperationException($"exit {exit}: {error}");
    }

    [Fact]
    public void Fft_summarize_strict_discloses_nothing_about_a_suppressed_unit()
    {
        int compared = 0;
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            List<FftWitness.Leaf> data = FftWitness.Generate(seed, maxLevels: 2, periods: 2);
            List<string> problems = FftWitness.Problems(data, [.. data.Select(l => l.Period).Distinct()], d => Summarize(d, "strict"), compensate: false, out int n);
            compared += n;
            return problems.Count == 0 ? true : throw new InvalidOperationException($"seed {seed}: {string.Join("; ", problems)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
        Assert.True(compared > 20, $"only {compared} outputs were compared");
    }

    [Fact]
    public void Fft_summarize_in_NHS_Englands_format_fails_the_same_check()
    {
        List<FftWitness.Leaf> data =
        [
            new("2026-01", ["S", "W1"], new FftCounts(3, 0, 0, 0, 0, 0)),
            new("2026-01", ["S", "W2"], new FftCounts(20, 10, 2, 1, 1, 0)),
            new("2026-01", ["S", "W3"], new FftCounts(30, 10, 0, 0, 0, 0)),
        ];
        Assert.Empty(FftWitness.Problems(data, ["2026-01"], d => Summarize(d, "strict"), compensate: false, out _));
        Assert.Equal(2, FftWitness.Problems(data, ["2026-01"], d => Summarize(d, "nhse"), compensate: false, out _).Count);
    }

    private static string Report(List<FftWitness.Leaf> data)
    {
        using var runner = new CliRunner();
        string folder = runner.PathOf("inputs");
        Directory.CreateDirectory(folder);
        // The generated paths start with the whole service, which the report shows as its summary and monthly chart.
        File.WriteAllText(Path.Combine(folder, "fft-responses.csv"), Responses(data.Select(l => l with { Path = l.Path[1..] }), "team", "site"));
        (int exit, _, string html, _) = ReportCommandTests.Report(folder);
        return exit == 0 ? html : throw new InvalidOperationException($"report exit {exit}");
    }

    [Fact]
    public void The_report_discloses_nothing_about_a_suppressed_unit_in_the_latest_month_or_the_whole_period()
    {
        int compared = 0;
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            List<FftWitness.Leaf> data = FftWitness.Generate(seed, maxLevels: 2, periods: 3, minimumLevels: 2, service: "Service");
            List<string> problems = FftWitness.Problems(data, ["2026-03", null], Report, compensate: true, out int n, onlyPublication: true);
            compared += n;
            return problems.Count == 0 ? true : throw new InvalidOperationException($"seed {seed}: {string.Join("; ", problems)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12));
        Assert.True(compared > 5, $"only {compared} reports were compared");
    }

    /// <summary>
    /// Found by the property above: one team with 2 responses in the whole period, so the service's own total is suppressed.
    /// Seed 1613226148: the closing section's count of the file's rows gave that total (one row per response). Seed 1854304307:
    /// the section's opening said how many months had responses, which bounds it.
    /// </summary>
    [Theory]
    [InlineData(1613226148)]
    [InlineData(1854304307)]
    public void A_suppressed_service_total_is_not_given_by_the_files_row_count_or_its_months(int seed)
    {
        List<FftWitness.Leaf> data = FftWitness.Generate(seed, maxLevels: 2, periods: 3, minimumLevels: 2, service: "Service");
        Assert.Equal(2, data.Sum(l => l.Counts.Total));
        Assert.Empty(FftWitness.Problems(data, ["2026-03", null], Report, compensate: true, out int compared, onlyPublication: true));
        Assert.True(compared > 0);
        string html = Report(data);
        Assert.Contains("withheld (too few to publish)", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" months (", html, StringComparison.Ordinal);
    }
}
