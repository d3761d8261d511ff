namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Rows with errors are counted (issue 16): a one-line summary on standard error when writing to --output, and
/// --fail-on-row-errors for pipelines that want a non-zero exit; every row is written either way.
/// </summary>
public sealed class RowTallyTests : IDisposable
{
    private const string Header = "id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Input(params string[] rows) => _cli.Write("input.csv", string.Join("\n", [Header, .. rows]) + "\n");

    [Fact]
    public void With_output_the_rows_read_and_those_with_errors_are_counted_on_standard_error()
    {
        string input = Input("a,1,1,1,1,1,1,1,1,1,1", "b,x,1,1,1,1,1,1,1,1,1", "c,,,,1,1,1,1,1,1,1");
        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input, "--output", _cli.PathOf("out.csv"));
        Assert.Equal((0, ""), (exit, output));
        Assert.Equal("3 rows read: 1 scored, 1 not computable, 1 with errors (cells that could not be read); the error column says why.\n", error);
        Assert.Equal(4, File.ReadAllLines(_cli.PathOf("out.csv")).Length);
    }

    [Fact]
    public void Quiet_leaves_out_the_summary_and_standard_output_never_has_it()
    {
        string input = Input("b,x,1,1,1,1,1,1,1,1,1");
        Assert.Equal("", CliRunner.Run("score", "core-10", input, "--output", _cli.PathOf("out.csv"), "--quiet").Error);
        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input);
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Fail_on_row_errors_exits_2_and_still_writes_every_row()
    {
        string input = Input("a,1,1,1,1,1,1,1,1,1,1", "b,9,1,1,1,1,1,1,1,1,1");
        (int exit, string output, _) = CliRunner.Run("score", "core-10", input, "--fail-on-row-errors");
        Assert.Equal(2, exit);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        string file = _cli.PathOf("out.csv");
        Assert.Equal(2, CliRunner.Run("score", "core-10", input, "--fail-on-row-errors", "-o", file).Exit);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void Fail_on_row_errors_exits_0_when_every_row_is_clean() =>
        Assert.Equal(0, CliRunner.Run("score", "core-10", Input("a,1,1,1,1,1,1,1,1,1,1"), "--fail-on-row-errors").Exit);

    [Theory]
    [InlineData("NA")]
    [InlineData("N/A")]
    [InlineData("na")]
    public void Na_as_r_writes_it_is_not_answered_not_an_error(string missing)
    {
        var (exit, rows, _) = _cli.Score("core-10", Header + "\n" + $"a,{missing},1,1,1,1,1,1,1,1,1\n", "--fail-on-row-errors");
        Assert.Equal(0, exit);
        Assert.Equal(("9", ""), (rows[1][3], rows[1][^1]));
    }
}
