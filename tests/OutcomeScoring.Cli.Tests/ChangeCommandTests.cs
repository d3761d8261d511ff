namespace OutcomeScoring.Cli.Tests;

/// <summary>`change` and `reliability`: the output contracts of issue 5.</summary>
public sealed class ChangeCommandTests : IDisposable
{
    private const string Pairs = "id,team,pre,post\n1,north,20,10\n2,north,20,14\n3,south,10,16\n4,south,,12\n5,north,x,3\n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string[][] Rows, string Error) Run(string command, string csv, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run([command, _cli.Write("in.csv", csv), .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    [Fact]
    public void Per_pair_columns_follow_the_contract_with_CORE_10_criteria()
    {
        var (exit, rows, _) = Run("change", Pairs, "--instrument", "core-10");
        Assert.Equal(0, exit);
        Assert.Equal(["id", "team", "change", "reliable_change", "pre_clinical", "post_clinical", "outcome", "error"], rows[0]);
        Assert.Equal(["1", "north", "-10", "improvement", "true", "false", "recovered", ""], rows[1]);
        Assert.Equal(["2", "north", "-6", "improvement", "true", "true", "improved", ""], rows[2]);
        Assert.Equal(["3", "south", "6", "deterioration", "false", "true", "deteriorated", ""], rows[3]);
        Assert.Equal(["4", "south", "", "", "", "true", "", "no pre score"], rows[4]);
        Assert.Equal("pre: 'x' is not a number", Csv.Cell(rows, 5, "error"));
    }

    [Fact]
    public void A_change_equal_to_the_threshold_in_decimal_terms_counts_whatever_the_scores()
    {
        // Issue 15: 4.1 - 3.1 and 2.7 - 1.7 are both exactly 1, and the documented rule counts a change equal to the threshold.
        var (exit, rows, _) = Run("change", "id,pre,post\na,3.1,4.1\nb,1.7,2.7\n", "--rci", "1", "--higher-is-better");
        Assert.Equal(0, exit);
        Assert.Equal(["1", "1"], rows.Skip(1).Select(r => Csv.Cell(rows, Array.IndexOf(rows, r), "change")));
        Assert.Equal(["improvement", "improvement"], rows.Skip(1).Select(r => Csv.Cell(rows, Array.IndexOf(rows, r), "reliable_change")));
    }

    [Fact]
    public void Explicit_rci_cutoff_and_direction()
    {
        var (_, rows, _) = Run("change", "pre,post\n45,52\n52,50\n", "--rci", "3", "--cutoff", "47", "--higher-is-better");
        Assert.Equal(["7", "improvement", "true", "false", "recovered", ""], rows[1]);
        Assert.Equal(["-2", "no_change", "false", "false", "unchanged", ""], rows[2]);
    }

    [Fact]
    public void Summary_by_group_gives_counts_and_percentages_with_intervals()
    {
        var (exit, rows, error) = Run("change", Pairs, "--instrument", "core-10", "--summary", "--by", "team");
        Assert.Equal(0, exit);
        Assert.Equal(["group", "category", "n", "percent", "lower", "upper"], rows[0]);
        string[] north = [.. rows.Skip(1).Where(r => r[0] == "north").Select(r => $"{r[1]}={r[2]}")];
        Assert.Contains("pairs=3", north);
        Assert.Contains("not_computable=1", north);
        Assert.Contains("reliable_improvement=2", north);
        Assert.Contains("eligible_to_recover=2", north);
        Assert.Contains("reliable_recovery=1", north);
        Assert.Equal("50", rows.Single(r => r[0] == "north" && r[1] == "recovered")[3]);
        Assert.Contains("row 5: pre: 'x' is not a number", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--rci", "5" }, "--rci with --lower-is-better or --higher-is-better")]
    [InlineData(new[] { "--instrument", "k10" }, "k10 has no published reliable change threshold")]
    [InlineData(new[] { "--rci", "5", "--lower-is-better", "--higher-is-better" }, "only one of")]
    [InlineData(new[] { "--instrument", "core-10", "--by", "team" }, "--by goes with --summary")]
    public void Incomplete_or_contradictory_criteria_are_usage_errors(string[] options, string message)
    {
        var (exit, _, error) = Run("change", Pairs, options);
        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_pre_or_post_columns_are_unusable_input() =>
        Assert.Equal(1, Run("change", "before,after\n1,2\n", "--instrument", "core-10").Exit);

    [Fact]
    public void Reliability_table_has_alpha_interval_and_item_statistics()
    {
        // 4 complete people x 3 items (the last row is incomplete and left out).
        var (exit, rows, _) = Run("reliability", "id,q1,q2,q3\na,1,2,2\nb,2,2,3\nc,3,4,3\nd,4,4,5\ne,2,,3\n");
        Assert.Equal(0, exit);
        Assert.Equal(["item", "alpha", "lower", "upper", "n_complete", "item_rest_r", "alpha_if_deleted"], rows[0]);
        Assert.Equal("all", rows[1][0]);
        Assert.Equal("4", rows[1][4]);
        double alpha = double.Parse(rows[1][1], System.Globalization.CultureInfo.InvariantCulture);
        double lower = double.Parse(rows[1][2], System.Globalization.CultureInfo.InvariantCulture);
        double upper = double.Parse(rows[1][3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(alpha, lower, upper);
        Assert.Equal(["q1", "q2", "q3"], rows.Skip(2).Select(r => r[0]));
    }
    [Theory]
    [InlineData("-1", "20", "pre: -1 is outside the CORE-10 score range 0-40")]
    [InlineData("20", "41", "post: 41 is outside the CORE-10 score range 0-40")]
    [InlineData("1e20", "20", "pre: 1e20 is outside the CORE-10 score range 0-40")]
    [InlineData("1e308", "-1e308", "pre: 1e308 is outside the CORE-10 score range 0-40; post: -1e308 is outside the CORE-10 score range 0-40")]
    [InlineData("-0.001", "20", "pre: -0.001 is outside the CORE-10 score range 0-40")]
    [InlineData("20", "40.001", "post: 40.001 is outside the CORE-10 score range 0-40")]
    public void With_an_instrument_a_score_outside_its_range_is_a_row_error(string pre, string post, string problem)
    {
        // Issue 21, D6: these were classified (1e308 to -1e308 as a change of -Infinity, "recovered").
        var (exit, rows, _) = Run("change", $"id,pre,post\n1,{pre},{post}\n", "--instrument", "core-10");
        Assert.Equal(0, exit);
        Assert.Equal(["1", "", "", "", "", "", problem], rows[1]);

        (exit, rows, string error) = Run("change", $"id,pre,post\n1,{pre},{post}\n", "--instrument", "core-10", "--summary");
        Assert.Equal(0, exit);
        Assert.Equal($"row 1: {problem}; counted as not computable\n", error);
        Assert.Equal(["not_computable", "1", "", "", ""], rows[3]);
    }

    [Theory]
    [InlineData("core-10", "0", "40")]
    [InlineData("dialog", "1", "7")]
    public void The_ends_of_the_range_are_scores(string instrument, string lowest, string highest)
    {
        var (exit, rows, _) = Run("change", $"id,pre,post\n1,{lowest},{highest}\n2,{highest},{lowest}\n", "--instrument", instrument, "--rci", "1");
        Assert.Equal(0, exit);
        Assert.Equal("", Csv.Cell(rows, 1, "error"));
        Assert.Equal("", Csv.Cell(rows, 2, "error"));
        Assert.NotEqual("", Csv.Cell(rows, 1, "change"));
    }

    [Fact]
    public void DIALOG_scores_below_1_are_outside_its_range()
    {
        var (_, rows, _) = Run("change", "id,pre,post\n1,0.99,5\n", "--instrument", "dialog", "--rci", "1");
        Assert.Equal("pre: 0.99 is outside the DIALOG score range 1-7", Csv.Cell(rows, 1, "error"));
    }

    [Fact]
    public void Without_an_instrument_a_change_too_large_to_compute_is_a_row_error()
    {
        var (exit, rows, _) = Run("change", "id,pre,post\n1,1e308,-1e308\n2,1e300,-1e300\n", "--rci", "6", "--lower-is-better");
        Assert.Equal(0, exit);
        Assert.Equal("the change from pre to post is too large to compute", Csv.Cell(rows, 1, "error"));
        Assert.Equal("", Csv.Cell(rows, 1, "change"));
        Assert.Equal("", Csv.Cell(rows, 2, "error"));
    }
}

/// <summary>YP-CORE change: a computed RCI and the cut-off for each person's age and gender.</summary>
public sealed class YpCoreChangeCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Each_row_gets_the_cut_off_for_its_age_and_gender()
    {
        // Blackshaw (corrected 2025): F 11 -> 14.32 clinical; M 16 -> 14.87; age 19 has no cut-off.
        string csv = "id,age,gender,pre,post\na,11,F,20,8\nb,16,M,14,8\nc,19,F,20,8\nd,11,female,20,8\ne,16,Male,14,8\n";
        var (exit, output, _) = CliRunner.Run("change", _cli.Write("p.csv", csv), "--instrument", "yp-core", "--rci", "8");
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(["a", "11", "F", "-12", "improvement", "true", "false", "recovered", ""], rows[1]);
        Assert.Equal(["b", "16", "M", "-6", "no_change", "false", "false", "unchanged", ""], rows[2]);
        Assert.Equal("no cut-off: Blackshaw gives no cut-off for age 19; it covers ages 11-18.", Csv.Cell(rows, 3, "error"));
        Assert.Equal("improved", Csv.Cell(rows, 3, "outcome"));
        Assert.Equal(["d", "11", "female", "-12", "improvement", "true", "false", "recovered", ""], rows[4]);
        Assert.Equal(["e", "16", "Male", "-6", "no_change", "false", "false", "unchanged", ""], rows[5]);
    }

}
