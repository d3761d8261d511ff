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

    private (int Exit, string[][] Rows, string Error) Run(string csv, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(["funnel", _cli.Write("units.csv", csv), .. args]);
        return (exit, Csv.Parse(output), error);
    }

    [Fact]
    public void Means_use_the_pooled_sd_and_the_size_weighted_target()
    {
        // Pooled SD sqrt((9 * 4 + 9 * 16) / 18) = sqrt(10); target (10 * 10 + 10 * 12) / 20 = 11; limits 11 +/- z sqrt(10) / sqrt(10).
        var (exit, rows, error) = Run("team,m,s,n\nA,10,2,10\nB,12,4,10\n", "--unit", "team", "--mean", "m", "--sd", "s", "--size", "n");
        Assert.Equal(0, exit);
        Assert.Equal(10, D(Csv.Cell(rows, 1, "value")), 12);
        Assert.Equal(11 - 1.959964, D(Csv.Cell(rows, 1, "lower95")), 5);
        Assert.Equal(11 + 3.090232, D(Csv.Cell(rows, 2, "upper998")), 5);
        Assert.Equal(-1, D(Csv.Cell(rows, 1, "z")), 12);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"pooled SD {Math.Sqrt(10):R}"), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A,x,2,10", "m 'x' is not a number")]
    [InlineData("A,10,-1,10", "s '-1' is not a number of 0 or more")]
    [InlineData("A,10,2,1.5", "n '1.5' is not a whole number of 0 or more")]
    [InlineData("A,10,,5", "s '' is not a number of 0 or more")]
    public void A_bad_mean_row_keeps_its_place_with_the_error(string line, string message)
    {
        var (exit, rows, error) = Run($"unit,m,s,n\nOK,10,2,10\n{line}\nOK2,12,4,10\n", "--mean", "m", "--sd", "s", "--size", "n");
        Assert.Equal(0, exit);
        Assert.Equal(message, Csv.Cell(rows, 2, "error"));
        Assert.Equal("", Csv.Cell(rows, 2, "value"));
        Assert.Contains("row 2 (A): " + message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_one_needs_no_sd_but_some_unit_needs_two_people()
    {
        var (exit, rows, _) = Run("unit,m,s,n\nA,10,2,10\nB,12,,1\n", "--mean", "m", "--sd", "s", "--size", "n");
        Assert.Equal(0, exit);
        Assert.Equal(12, D(Csv.Cell(rows, 2, "value")));
        var (none, _, error) = Run("unit,m,s,n\nA,10,,1\n", "--mean", "m", "--sd", "s", "--size", "n");
        Assert.Equal(1, none);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratios_have_exact_poisson_limits_around_one()
    {
        // O0 = E = 10: lower chi2(0.025, 20) / 20 = 9.590777 / 20, upper chi2(0.975, 22) / 20 = 36.78071 / 20.
        var (exit, rows, error) = Run("unit,o,e\nA,20,10\nB,0,0\n", "--observed", "o", "--expected", "e");
        Assert.Equal(0, exit);
        Assert.Equal(2, D(Csv.Cell(rows, 1, "value")));
        Assert.Equal(9.590777 / 20, D(Csv.Cell(rows, 1, "lower95")), 5);
        Assert.Equal(36.78071 / 20, D(Csv.Cell(rows, 1, "upper95")), 5);
        Assert.Equal("above", Csv.Cell(rows, 1, "outside95"));
        Assert.Equal("The expected count is 0, so there is no O/E ratio.", Csv.Cell(rows, 2, "error"));
        Assert.Contains("method ExactPoisson", error, StringComparison.Ordinal);
        Assert.Equal(D(Csv.Cell(rows, 1, "lower95")), D(Csv.Cell(Run("unit,o,e\nA,20,10\n", "--observed", "o", "--expected", "e", "--method", "poisson").Rows, 1, "lower95")));
    }

    [Theory]
    [InlineData("A,-1,2", "o '-1' is not a whole number of 0 or more")]
    [InlineData("A,1,x", "e 'x' is not a number of 0 or more")]
    [InlineData("A,1,-2", "e '-2' is not a number of 0 or more")]
    public void A_bad_ratio_row_keeps_its_place_with_the_error(string line, string message)
    {
        var (exit, rows, _) = Run($"unit,o,e\nOK,10,9\n{line}\n", "--observed", "o", "--expected", "e");
        Assert.Equal(0, exit);
        Assert.Equal(message, Csv.Cell(rows, 2, "error"));
    }

    [Theory]
    [InlineData(new[] { "--mean", "m", "--sd", "s" }, "A funnel for a mean per unit also needs --size.")]
    [InlineData(new[] { "--observed", "o" }, "A funnel for an observed/expected ratio per unit also needs --expected.")]
    [InlineData(new[] { "--mean", "m", "--observed", "o" }, "Give the columns of one kind of funnel only:")]
    [InlineData(new string[0], "Say what the units are: give --numerator and --denominator")]
    [InlineData(new[] { "--observed", "o", "--expected", "e", "--method", "normal" }, "--method normal does not apply to an observed/expected ratio per unit; it takes poisson.")]
    [InlineData(new[] { "--numerator", "o", "--denominator", "e", "--method", "poisson" }, "--method poisson does not apply to a proportion per unit; it takes normal, exact or arcsine.")]
    [InlineData(new[] { "--mean", "m", "--sd", "s", "--size", "n", "--method", "arcsine" }, "--method arcsine does not apply to a mean per unit; it takes normal.")]
    public void Options_that_do_not_make_one_funnel_are_refused_before_reading(string[] args, string message)
    {
        var (exit, output, error) = CliRunner.Run(["funnel", _cli.Write("units.csv", "unit,o,e\nA,1,2\n"), .. args]);
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
