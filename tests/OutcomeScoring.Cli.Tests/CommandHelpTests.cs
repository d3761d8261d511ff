namespace OutcomeScoring.Cli.Tests;

/// <summary>The first hour with the command line (issue 16): the British spelling of summarise, and help that says what a command needs.</summary>
public sealed class CommandHelpTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fft_summarise_is_fft_summarize()
    {
        string input = _cli.Write("fft.csv", "ward,answer\nA,Very good\nA,Poor\n");
        (int exit, string output, string error) = CliRunner.Run("fft", "summarise", input, "--unit", "ward");
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(CliRunner.Run("fft", "summarize", input, "--unit", "ward").Output, output);
    }

    [Theory]
    [InlineData("spc", "Needs: --value <column>.")]
    [InlineData("funnel", "Needs: --numerator <column> and --denominator <column> (proportions), --mean, --sd and --size <column> (means), or --observed and --expected <column> (ratios)")]
    [InlineData("score", "Needs: <instrument> <input.csv>")]
    public void Help_names_what_a_command_needs_before_the_options(string command, string needs)
    {
        (int exit, string output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.InRange(output.IndexOf(needs, StringComparison.Ordinal), 0, output.IndexOf("Options:", StringComparison.Ordinal));
    }

    [Fact]
    public void Fft_summarize_help_names_its_required_unit_and_answer_column()
    {
        string help = CliRunner.Run("fft", "summarize", "--help").Output;
        Assert.Contains("Needs: --unit <column>, and an 'answer' column in the file.", help, StringComparison.Ordinal);
    }
}
