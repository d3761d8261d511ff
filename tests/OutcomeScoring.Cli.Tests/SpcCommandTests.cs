using System.Globalization;

namespace OutcomeScoring.Cli.Tests;

/// <summary>`spc`: the output contract of issue 4.</summary>
public sealed class SpcCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string[][] Rows, string Error) Spc(string csv, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(["spc", _cli.Write("series.csv", csv), .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Columns_are_the_documented_contract_and_limits_follow_the_moving_range()
    {
        // 1, -1, 1, -1, ...: centre 0, every moving range 2, limits 0 +/- 2.66 x 2.
        string csv = "value\n" + string.Join("\n", Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "1" : "-1")) + "\n";
        var (exit, rows, error) = Spc(csv, "--value", "value");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(["date_or_index", "value", "centre", "lower", "upper", "signal", "rule", "assurance"], rows[0]);
        Assert.Equal("1", rows[1][0]);
        Assert.Equal(0, D(rows[1][2]), 12);
        Assert.Equal(-5.32, D(rows[1][3]), 12);
        Assert.Equal(5.32, D(rows[1][4]), 12);
        Assert.All(rows.Skip(1), r => Assert.Equal("", r[5]));
    }

    [Fact]
    public void A_point_outside_the_limits_is_a_signal_judged_by_direction()
    {
        string csv = "month,v\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"m{i},{(i % 2 == 0 ? 10 : 11)}")) + "\nm13,30\n";
        Assert.Equal(["m13", "30"], Spc(csv, "--value", "v", "--date", "month", "--improvement", "increase").Rows[13][..2]);
        Assert.Equal(["improvement", "outside-limits"], Spc(csv, "--value", "v", "--date", "month", "--improvement", "increase").Rows[13][5..7]);
        Assert.Equal(["concern", "outside-limits"], Spc(csv, "--value", "v", "--date", "month", "--improvement", "decrease").Rows[13][5..7]);
        Assert.Equal(["neutral", "outside-limits"], Spc(csv, "--value", "v", "--date", "month").Rows[13][5..7]);
    }

    [Fact]
    public void Target_assurance_is_reported_on_every_point()
    {
        string csv = "v\n" + string.Join("\n", Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "10" : "11")) + "\n";
        Assert.Equal("consistently-pass", Spc(csv, "--value", "v", "--improvement", "increase", "--target", "5").Rows[1][7]);
        Assert.Equal("consistently-fail", Spc(csv, "--value", "v", "--improvement", "increase", "--target", "20").Rows[1][7]);
        Assert.Equal("hit-and-miss", Spc(csv, "--value", "v", "--improvement", "increase", "--target", "10.5").Rows[1][7]);
    }

    [Fact]
    public void A_bad_value_keeps_its_row_empty_and_is_reported()
    {
        var (exit, rows, error) = Spc("m,v\na,1\nb,x\nc,2\nd,1\n", "--value", "v", "--date", "m");
        Assert.Equal(0, exit);
        Assert.Equal(5, rows.Length);
        Assert.Equal(["b", "", "", "", "", "", "", ""], rows[2]);
        Assert.Contains("row 2 (b): value 'x' is not a number; not charted", error, StringComparison.Ordinal);
        Assert.Contains("limits are provisional", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebasing_starts_new_limits()
    {
        string csv = "v\n" + string.Join("\n", Enumerable.Range(0, 20).Select(i => i < 10 ? (i % 2 == 0 ? "1" : "2") : (i % 2 == 0 ? "11" : "12"))) + "\n";
        var (_, rows, _) = Spc(csv, "--value", "v", "--rebase-at", "11");
        Assert.Equal(1.5, D(rows[1][2]), 12);
        Assert.Equal(11.5, D(rows[11][2]), 12);
    }

    [Fact]
    public void Too_few_values_or_a_missing_column_are_unusable_input()
    {
        Assert.Equal(1, Spc("v\n1\n", "--value", "v").Exit);
        var (exit, _, error) = Spc("v\n1\n2\n", "--value", "rate");
        Assert.Equal(1, exit);
        Assert.Contains("the header lacks the column(s) rate.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_of_three_is_read_as_NHSRplotthedots_does_unless_asked_for_the_earlier_reading()
    {
        // Twelve points alternating 1, -1, then 4.5, 4.8, -0.5, -1: centre 0.4875, upper limit 6.4459, near edge 4.4597, so
        // 4.5 and 4.8 are near the upper limit with -0.5 below the centre: NHSRplotthedots needs all three on one side,
        // the earlier reading does not.
        string csv = "value\n" + string.Concat(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "1\n" : "-1\n")) + "4.5\n4.8\n-0.5\n-1\n";
        var (exit, rows, _) = Spc(csv, "--value", "value");
        Assert.Equal(0, exit);
        Assert.DoesNotContain(rows.Skip(1), r => r[6] == "two-of-three");
        var (_, earlier, _) = Spc(csv, "--value", "value", "--two-of-three", "beyond-near-edge");
        Assert.Equal(2, earlier.Skip(1).Count(r => r[6] == "two-of-three"));
        Assert.NotEqual(0, Spc(csv, "--value", "value", "--two-of-three", "both").Exit);
    }

    [Fact]
    public void Baseline_fixes_the_centre_and_limits_from_the_first_points()
    {
        // The first 12 points alternate 1, -1: centre 0, AMR 2, limits +/-5.32; the later points do not move them.
        string csv = "value\n" + string.Concat(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "1\n" : "-1\n")) + "4.5\n4.8\n6\n-1\n";
        var (exit, rows, error) = Spc(csv, "--value", "value", "--baseline", "12");
        Assert.Equal((0, ""), (exit, error));
        Assert.All(rows.Skip(1), r => Assert.Equal((0.0, 5.32), (D(r[2]), Math.Round(D(r[4]), 10))));
        Assert.Equal("outside-limits", rows[15][6]);
        var (badExit, _, badError) = Spc(csv, "--value", "value", "--baseline", "1");
        Assert.Equal(1, badExit);
        Assert.Contains("BaselineLength", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_gives_one_chart_per_value_as_if_each_were_its_own_file()
    {
        string a = "1\n3\n2\n4\n3\n", b = "10\n12\n11\n40\n";
        string mixed = "team,value\n" + string.Concat(a.Split('\n', StringSplitOptions.RemoveEmptyEntries).Zip(b.Split('\n', StringSplitOptions.RemoveEmptyEntries).Append("x")).SelectMany(p => new[] { $"North,{p.First}\n", p.Second == "x" ? "" : $"South,{p.Second}\n" }));
        var (exit, rows, error) = Spc(mixed + "West,5\n", "--value", "value", "--series", "team");
        Assert.Equal(0, exit);
        Assert.Equal(["series", "date_or_index", "value"], rows[0][..3]);
        string[][] North(string[][] r) => [.. r.Skip(1).Where(x => x[0] == "North").Select(x => x[1..])];
        Assert.Equal(Spc("value\n" + a, "--value", "value").Rows.Skip(1), North(rows));
        Assert.Equal(Spc("value\n" + b, "--value", "value").Rows.Skip(1), rows.Skip(1).Where(x => x[0] == "South").Select(x => x[1..]));
        Assert.Equal(["West", "1", "", "", "", "", "", "", ""], rows[^1]);
        Assert.Contains("series West: not charted", error, StringComparison.Ordinal);
        Assert.Contains("the header lacks the column(s) site.", Spc(mixed, "--value", "value", "--series", "site").Error, StringComparison.Ordinal);
    }
}
