namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// <c>score --shape mhsds</c> and <c>pairs</c> (issue 19, item 6): options that do not go together are usage errors, every
/// form gives at least one row, and a long table comes back as first and last scores for <c>change</c>.
/// </summary>
public sealed class MhsdsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Sample(string path) => Path.Combine(GoldenOutputTests.RepositoryRoot.Value, "samples", path);

    [Theory]
    [InlineData("phq-9", "--prorated-sums", "prorate")]
    [InlineData("dialog", "--shape", "mhsds", "--order", "dialog-plus")]
    [InlineData("core-om", "--shape", "mhsds", "--reference", "evans2002")]
    [InlineData("eq-5d-5l", "--shape", "mhsds")]
    [InlineData("phq-9", "--shape", "long")]
    public void Options_that_do_not_go_together_are_usage_errors(string instrument, params string[] options)
    {
        (int exit, string output, string error) = CliRunner.Run(["score", instrument, _cli.Write("x.csv", "id,item1\n"), .. options]);
        Assert.Equal((1, ""), (exit, output));
        Assert.NotEqual("", error);
    }

    [Fact]
    public void Every_form_gives_at_least_one_row_in_input_order()
    {
        string[] ids = [.. File.ReadAllLines(Sample("core-om.csv")).Skip(1).Select(l => l.Split(',')[0])];
        (int exit, string output, _) = CliRunner.Run("score", "core-om", Sample("core-om.csv"), "--shape", "mhsds");
        Assert.Equal(0, exit);
        string[][] rows = Csv.Parse(output);
        Assert.Equal(["CodedAssToolType", "PersScore", "scored", "error"], rows[0][^4..]);
        Assert.Equal(ids, rows.Skip(1).Select(r => r[0]).Distinct());
        Assert.All(rows.Skip(1), r => Assert.True(r[^4].Length > 0 || r[^1].Length > 0, string.Join(",", r)));
    }

    [Fact]
    public void A_definition_without_snomed_codes_has_no_mhsds_shape()
    {
        (int exit, _, string error) = CliRunner.Run("score", "--definition", Sample("definitions/made-up-wellbeing.json"), Sample("definitions/made-up-wellbeing.csv"), "--shape", "mhsds");
        Assert.Equal(1, exit);
        Assert.Contains("has no SNOMED CT code", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_then_change_gives_reliable_change_from_a_long_table()
    {
        string pairs = _cli.PathOf("pairs.csv");
        Assert.Equal(0, CliRunner.Run("pairs", Sample("mental-health/mhsds-assessments.csv"), "--instrument", "phq-9", "-o", pairs).Exit);
        (int exit, string output, _) = CliRunner.Run("change", pairs, "--instrument", "phq-9");
        Assert.Equal(0, exit);
        string[][] rows = Csv.Parse(output);
        // P01: 18 on 2026-01-05, 7 on 2026-03-09 (the sample); PHQ-9's reliable change is 6 points (NHS Talking Therapies).
        Assert.Equal(("-11", "improvement"), (Csv.Cell(rows, 1, "change"), Csv.Cell(rows, 1, "reliable_change")));
    }

    [Theory]
    [InlineData("person,when,CodedAssToolType,PersScore\n", new[] { "--instrument", "phq-9" }, "the header lacks the column(s) date.")]
    [InlineData("person,date,CodedAssToolType,PersScore\n", new[] { "--instrument", "core-om", "--measure", "all" }, "has no SNOMED CT code")]
    [InlineData("person,date,CodedAssToolType,PersScore\n", new[] { "--instrument", "core-om", "--measure", "total" }, "--measure total is not a score of core-om")]
    public void Pairs_says_what_it_cannot_use(string csv, string[] options, string message)
    {
        (int exit, string output, string error) = CliRunner.Run(["pairs", _cli.Write("long.csv", csv), .. options]);
        Assert.Equal((1, ""), (exit, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_takes_only_instruments_with_codes() =>
        Assert.Equal(1, CliRunner.Run("pairs", _cli.Write("long.csv", "person,date,CodedAssToolType,PersScore\n"), "--instrument", "core-sf-a").Exit);
}
