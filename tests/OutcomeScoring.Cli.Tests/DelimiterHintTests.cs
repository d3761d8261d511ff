namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// A semicolon- or tab-separated file gets a hint naming the <c>--delimiter</c> to give, not only "the header lacks item1", and
/// <c>--delimiter</c> reads it (issue 16); GoldenOutputTests holds every sample read with semicolons and tabs to the committed output.
/// </summary>
public sealed class DelimiterHintTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData(";", "semicolon-separated")]
    [InlineData("\t", "tab-separated")]
    public void Score_of_a_file_with_another_delimiter_says_so(string delimiter, string looks)
    {
        string input = _cli.Write("input.csv", string.Join(delimiter, ["id", .. Enumerable.Range(1, 10).Select(i => $"item{i}")]) + "\n" + string.Join(delimiter, Enumerable.Repeat("1", 11)) + "\n");
        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input);
        Assert.Equal((1, ""), (exit, output));
        Assert.StartsWith("error: the header lacks the item column(s) item1", error, StringComparison.Ordinal);
        Assert.Contains($"the file looks {looks}", error, StringComparison.Ordinal);
        Assert.Contains($"give --delimiter {(delimiter == ";" ? "';'" : "tab")}", error, StringComparison.Ordinal);

        (exit, output, error) = CliRunner.Run("score", "core-10", input, "--delimiter", delimiter == ";" ? ";" : "tab");
        Assert.Equal((0, ""), (exit, error));
        string commas = _cli.Write("commas.csv", File.ReadAllText(input).Replace(delimiter, ",", StringComparison.Ordinal));
        Assert.Equal(CliRunner.Run("score", "core-10", commas).Output, output);
    }

    [Fact]
    public void A_comma_file_read_with_semicolons_gets_the_hint_to_leave_the_option_out()
    {
        string input = _cli.Write("input.csv", "id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\n1,1,1,1,1,1,1,1,1,1,1\n");
        (int exit, _, string error) = CliRunner.Run("score", "core-10", input, "--delimiter", ";");
        Assert.Equal(1, exit);
        Assert.Contains("the file looks comma-separated; give --delimiter ',' (the default)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Passed_through_cells_with_commas_are_quoted_in_the_comma_separated_output()
    {
        string input = _cli.Write("input.csv", "name;item1;item2;item3;item4;item5;item6;item7;item8;item9;item10\nSmith, J;0;0;0;0;0;0;0;0;0;0\n\"a;\"\"b\"\"\";;;;;;;;;;\n");
        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input, "--delimiter", ";");
        Assert.Equal((0, ""), (exit, error));
        string[][] rows = Csv.Parse(output);
        Assert.Equal((3, "Smith, J", ""), (rows.Length, rows[1][0], rows[1][^1]));
        Assert.Equal("a;\"b\"", rows[2][0]);
        Assert.StartsWith("\"Smith, J\",", output.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";;")]
    [InlineData("\"")]
    [InlineData("\n")]
    [InlineData("semicolon")]
    public void A_delimiter_that_cannot_separate_fields_is_a_usage_error(string delimiter)
    {
        string input = _cli.Write("input.csv", "id,item1\n");
        foreach (string[] command in new[] { new[] { "score", "core-10", input }, ["change", input, "--rci", "1", "--lower-is-better"], ["reliability", input], ["spc", input, "--value", "x"] })
        {
            (int exit, string output, string error) = CliRunner.Run([.. command, "--delimiter", delimiter]);
            Assert.Equal((1, ""), (exit, output));
            Assert.Contains("--delimiter takes one character", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fft_summarise_of_a_semicolon_file_says_so()
    {
        string input = _cli.Write("fft.csv", "ward;answer\nA;Very good\n");
        (int exit, _, string error) = CliRunner.Run("fft", "summarise", input, "--unit", "ward");
        Assert.Equal(1, exit);
        Assert.Contains("the file looks semicolon-separated", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_file_missing_a_column_gets_no_hint()
    {
        string input = _cli.Write("input.csv", "id,item1\n1,2\n");
        (_, _, string error) = CliRunner.Run("score", "core-10", input);
        Assert.DoesNotContain("separated", error, StringComparison.Ordinal);
    }
}
