namespace OutcomeScoring.Cli.Tests;

/// <summary>The `talking-therapies` command: the sheet's worked examples per referral, its summary and its bad input.</summary>
public sealed class TalkingTherapiesCommandTests : IDisposable
{
    private const string Header = "phq9_first,phq9_last,gad7_first,gad7_last";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    // specs/mental-health-proms.md, section 4: the four worked examples.
    [Theory]
    [InlineData("15,8,12,6", "-7,-6,true,true,improvement,true,")]
    [InlineData("12,9,7,7", "-3,0,true,true,no_change,false,")]
    [InlineData("8,4,6,2", "-4,-4,false,,improvement,,")]
    [InlineData("10,17,14,9", "7,-5,true,false,deterioration,false,")]
    public void Every_worked_example_of_the_sheet_gives_its_outcome(string scores, string expected)
    {
        (int exit, string output, _) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", Header + "\n" + scores + "\n"));
        Assert.Equal(0, exit);
        Assert.Equal("phq9_change,gad7_change,case_at_start,recovered,reliable_change,reliable_recovery,error\n" + expected + "\n", output);
    }

    [Fact]
    public void A_mixed_case_is_no_change_with_the_option()
    {
        (_, string output, _) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", Header + "\n10,17,14,9\n"), "--mixed", "no-change");
        Assert.EndsWith("\n7,-5,true,false,no_change,false,\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x,8,12,6", "phq9_first: 'x' is not a number")]
    [InlineData("15,8,22,6", "gad7_first: 22 is outside the GAD-7 score range 0-21")]
    [InlineData("15,8,12,", "Not assessable: no anxiety last score (both measures are needed at the first and the last score).")]
    public void A_bad_or_missing_score_is_named_and_the_other_rows_are_kept(string scores, string problem)
    {
        (int exit, string output, _) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", Header + "\n" + scores + "\n15,8,12,6\n"));
        Assert.Equal(0, exit);
        string[][] rows = Csv.Parse(output);
        Assert.Equal(3, rows.Length);
        Assert.Equal(problem, rows[1][^1]);
        Assert.Equal("true", rows[2][^2]);
    }

    [Fact]
    public void A_file_without_the_columns_is_unusable_input()
    {
        (int exit, _, string error) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", "pre,post\n1,2\n"));
        Assert.Equal(1, exit);
        Assert.Contains("the header lacks the column(s) phq9_first, phq9_last, gad7_first, gad7_last", error, StringComparison.Ordinal);
        (exit, _, error) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", "pre,post\n1,2\n"), "--summary");
        Assert.Equal(1, exit);
        Assert.Contains("the header lacks the column(s) phq9_first, phq9_last, gad7_first, gad7_last.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "team")]
    [InlineData("--mixed", "improvement")]
    public void A_bad_option_is_a_usage_error(string option, string value)
    {
        (int exit, string output, _) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", Header + "\n15,8,12,6\n"), option, value);
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
    }

    [Fact]
    public void The_summary_counts_recovery_over_the_cases_at_the_start()
    {
        string csv = Header + "\n15,8,12,6\n12,9,7,7\n8,4,6,2\n10,17,14,9\n";
        (int exit, string output, _) = CliRunner.Run("talking-therapies", _cli.Write("tt.csv", csv), "--summary");
        Assert.Equal(0, exit);
        string[][] rows = Csv.Parse(output);
        Assert.Equal(["recovery", "2", (2 / 3.0 * 100).ToString("R", System.Globalization.CultureInfo.InvariantCulture)], rows.Single(r => r[0] == "recovery")[..3]);
        Assert.Equal(["cases_at_start", "3"], rows.Single(r => r[0] == "cases_at_start")[..2]);
        Assert.Equal(["reliable_improvement", "2", "50"], rows.Single(r => r[0] == "reliable_improvement")[..3]);
    }
}
