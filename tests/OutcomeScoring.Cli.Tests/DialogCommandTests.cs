namespace OutcomeScoring.Cli.Tests;

/// <summary>`score dialog`: columns item1..item11 and optional help1..help11; the output contract of issue 3.</summary>
public sealed class DialogCommandTests : IDisposable
{
    private static readonly string Header =
        "id," + string.Join(",", Enumerable.Range(1, 11).Select(i => $"item{i}")) + "," + string.Join(",", Enumerable.Range(1, 11).Select(i => $"help{i}"));

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Row(string id, string ratings, string help = ",,,,,,,,,,") => $"{id},{ratings},{help}";

    [Fact]
    public void Output_columns_are_the_documented_contract_and_means_are_exact()
    {
        var (exit, rows, _) = _cli.Score("dialog", Header + "\n" + Row("a", "1,2,3,4,5,6,7,4,7,6,2", "yes,no,YES,,n,y,,,no,no,") + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(["id", "sqol_mean", "sqol_items", "ts_mean", "ts_items", "unmet_needs", "error"], rows[0]);
        Assert.Equal(["a", "4", "8", "5", "3", "3", ""], rows[1]);
    }

    [Fact]
    public void NA_is_not_applicable_blank_is_not_answered_and_both_leave_the_mean()
    {
        var (_, rows, _) = _cli.Score("dialog", Header + "\n" + Row("a", "4,4,NA,4,4,4,4,6,n/a,5,") + "\n");
        Assert.Equal(["a", (30 / 7.0).ToString("R"), "7", "", "1", "", "Treatment satisfaction not computable: 2 of its 3 items missing; at most 1 may be missing."], rows[1]);
    }

    [Fact]
    public void Help_columns_are_optional_and_unmet_needs_is_blank_without_them()
    {
        string header = "id," + string.Join(",", Enumerable.Range(1, 11).Select(i => $"item{i}"));
        var (exit, rows, _) = _cli.Score("dialog", header + "\na,4,4,4,4,4,4,4,4,4,4,4\n");
        Assert.Equal(0, exit);
        Assert.Equal(["a", "4", "8", "4", "3", "", ""], rows[1]);
    }

    [Theory]
    [InlineData("0", "item2 (physical-health): '0' is not a rating; ratings are 1-7, NA or blank")]
    [InlineData("8", "item2 (physical-health): '8' is not a rating; ratings are 1-7, NA or blank")]
    [InlineData("x", "item2 (physical-health): 'x' is not a rating; ratings are 1-7, NA or blank")]
    public void Only_1_to_7_is_a_rating_and_the_row_says_which_item(string bad, string message)
    {
        var (exit, rows, _) = _cli.Score("dialog", Header + "\n" + Row("bad", $"4,{bad},4,4,4,4,4,4,4,4,4") + "\n" + Row("ok", "5,5,5,5,5,5,5,5,5,5,5") + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(["bad", "", "", "", "", "", message], rows[1]);
        Assert.Equal("5", Csv.Cell(rows, 2, "sqol_mean"));
    }

    [Fact]
    public void A_help_answer_other_than_yes_or_no_is_reported()
    {
        var (_, rows, _) = _cli.Score("dialog", Header + "\n" + Row("a", "4,4,4,4,4,4,4,4,4,4,4", "maybe,,,,,,,,,,") + "\n");
        Assert.Equal("help1: 'maybe' is not yes, no or blank", Csv.Cell(rows, 1, "error"));
    }

    [Fact]
    public void Zero_to_six_coding_only_when_asked_for()
    {
        string row = Row("a", "0,6,3,3,3,3,3,3,3,3,3");
        Assert.StartsWith("item1 (mental-health): '0' is not a rating", Csv.Cell(_cli.Score("dialog", Header + "\n" + row + "\n").Rows, 1, "error"), StringComparison.Ordinal);
        var (_, rows, _) = _cli.Score("dialog", Header + "\n" + row + "\n", "--coding", "0-6");
        Assert.Equal((1 + 7 + 6 * 4) / 8.0, double.Parse(Csv.Cell(rows, 1, "sqol_mean"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("", Csv.Cell(rows, 1, "error"));
    }

    [Fact]
    public void Item_order_moves_positions_6_and_7_but_not_the_means_and_names_the_right_item()
    {
        string row = Row("a", "4,4,4,4,4,9,4,4,4,4,4");
        Assert.StartsWith("item6 (friendships)", Csv.Cell(_cli.Score("dialog", Header + "\n" + row + "\n").Rows, 1, "error"), StringComparison.Ordinal);
        Assert.StartsWith("item6 (partner-family)", Csv.Cell(_cli.Score("dialog", Header + "\n" + row + "\n", "--order", "dialog-plus").Rows, 1, "error"), StringComparison.Ordinal);
    }

    [Fact]
    public void Minimums_are_options()
    {
        string row = Row("a", "4,4,,,4,4,4,4,4,,");
        var (_, strict, _) = _cli.Score("dialog", Header + "\n" + row + "\n");
        Assert.Equal("", Csv.Cell(strict, 1, "sqol_mean"));
        var (_, lenient, _) = _cli.Score("dialog", Header + "\n" + row + "\n", "--sqol-minimum", "6", "--ts-minimum", "1");
        Assert.Equal("4", Csv.Cell(lenient, 1, "sqol_mean"));
        Assert.Equal("4", Csv.Cell(lenient, 1, "ts_mean"));

        var (exit, _, error) = _cli.Score("dialog", Header + "\n", "--sqol-minimum", "9");
        Assert.NotEqual(0, exit);
        Assert.Contains("--sqol-minimum must be between 1 and 8; got 9.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_item_columns_are_unusable_input()
    {
        var (exit, _, error) = _cli.Score("dialog", "id,item1,item2\n");
        Assert.Equal(1, exit);
        Assert.Contains("lacks the item column(s) item3, item4", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--order", "mhsds")]
    [InlineData("--coding", "0-6")]
    public void Dialog_options_with_another_instrument_are_usage_errors(string option, string value)
    {
        var (exit, _, error) = _cli.Score("core-10", "id\n", option, value);
        Assert.NotEqual(0, exit);
        Assert.Contains($"{option} applies only to dialog, not core-10.", error, StringComparison.Ordinal);
    }
}
