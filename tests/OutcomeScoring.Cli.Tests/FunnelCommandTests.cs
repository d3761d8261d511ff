using System.Globalization;

namespace OutcomeScoring.Cli.Tests;

/// <summary>`funnel`: the output contract of issue 4.</summary>
public sealed class FunnelCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string[][] Rows, string Error) Funnel(string csv, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(["funnel", _cli.Write("units.csv", csv), "--numerator", "pos", "--denominator", "n", .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Columns_are_the_contract_and_normal_limits_follow_the_formula()
    {
        var (exit, rows, error) = Funnel("unit,pos,n\nA,93,100\nB,80,100\n", "--target", "0.93");
        Assert.Equal(0, exit);
        Assert.Equal(["unit", "value", "z", "lower95", "upper95", "lower998", "upper998", "outside95", "outside998", "error"], rows[0]);
        double se = Math.Sqrt(0.93 * 0.07 / 100);
        Assert.Equal(0.93 - (1.959964 * se), D(Csv.Cell(rows, 1, "lower95")), 5);
        Assert.Equal(Math.Min(1, 0.93 + (3.090232 * se)), D(Csv.Cell(rows, 1, "upper998")), 5); // clamped to [0, 1]
        Assert.Equal(["no", "no"], rows[1][7..9]);
        Assert.Equal(["below", "below"], rows[2][7..9]);
        Assert.True(D(Csv.Cell(rows, 2, "z")) < 0);
        Assert.Contains("exploratory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_method_matches_the_sheet_at_n_100()
    {
        var (_, rows, _) = Funnel("unit,pos,n\nA,93,100\n", "--target", "0.93", "--method", "exact");
        Assert.Equal(0.8711, D(Csv.Cell(rows, 1, "lower95")), 4);
        Assert.Equal(0.9704, D(Csv.Cell(rows, 1, "upper95")), 4);
        Assert.Equal(0.8343, D(Csv.Cell(rows, 1, "lower998")), 4);
        Assert.Equal(0.9894, D(Csv.Cell(rows, 1, "upper998")), 4);
    }

    [Fact]
    public void Arcsine_method_matches_the_sheet_at_n_100()
    {
        var (_, rows, _) = Funnel("unit,pos,n\nA,93,100\n", "--target", "0.93", "--method", "arcsine");
        Assert.Equal(0.8721, D(Csv.Cell(rows, 1, "lower95")), 4);
        Assert.Equal(0.9715, D(Csv.Cell(rows, 1, "upper95")), 4);
    }

    [Fact]
    public void Overdispersion_widens_the_limits_when_units_differ_more_than_chance()
    {
        string csv = "unit,pos,n\n" + string.Join("\n", Enumerable.Range(0, 20).Select(i => $"U{i},{(i % 2 == 0 ? 60 : 95)},100")) + "\n";
        double plain = D(Csv.Cell(Funnel(csv).Rows, 1, "lower95"));
        double additive = D(Csv.Cell(Funnel(csv, "--overdispersion", "additive").Rows, 1, "lower95"));
        double multiplicative = D(Csv.Cell(Funnel(csv, "--overdispersion", "multiplicative").Rows, 1, "lower95"));
        Assert.True(additive < plain, $"{additive} < {plain}");
        Assert.True(multiplicative < plain, $"{multiplicative} < {plain}");
    }

    [Theory]
    [InlineData("A,12,10", "pos 12 exceeds n 10")]
    [InlineData("A,-1,10", "counts cannot be negative")]
    [InlineData("A,x,10", "pos 'x' is not a whole number")]
    [InlineData(",1,10", "no unit")]
    public void A_bad_row_keeps_its_place_with_the_error(string line, string message)
    {
        var (exit, rows, error) = Funnel($"unit,pos,n\nOK,90,100\n{line}\nOK2,80,100\n");
        Assert.Equal(0, exit);
        Assert.Equal(4, rows.Length);
        Assert.Equal(message, Csv.Cell(rows, 2, "error"));
        Assert.Equal("", Csv.Cell(rows, 2, "value"));
        Assert.Contains($"row 2", error, StringComparison.Ordinal);
        Assert.NotEqual("", Csv.Cell(rows, 3, "value"));
    }

    [Fact]
    public void A_zero_denominator_has_no_value_and_says_why()
    {
        var (_, rows, _) = Funnel("unit,pos,n\nA,90,100\nB,0,0\n");
        Assert.Equal("", Csv.Cell(rows, 2, "value"));
        Assert.NotEqual("", Csv.Cell(rows, 2, "error"));
    }

    [Fact]
    public void Missing_columns_are_unusable_input()
    {
        var (exit, _, error) = Funnel("unit,positives,n\nA,1,2\n");
        Assert.Equal(1, exit);
        Assert.Contains("the header lacks the column(s) pos", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_limits_with_overdispersion_are_refused_clearly()
    {
        var (exit, _, error) = Funnel("unit,pos,n\nA,90,100\nB,80,100\n", "--method", "exact", "--overdispersion", "additive");
        Assert.Equal(1, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }
}
