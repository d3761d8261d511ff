namespace OutcomeScoring.Cli.Tests;

/// <summary>A semicolon- or tab-separated file gets a hint about the delimiter, not only "the header lacks item1" (issue 16).</summary>
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
