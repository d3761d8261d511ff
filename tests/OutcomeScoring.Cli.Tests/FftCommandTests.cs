namespace OutcomeScoring.Cli.Tests;

/// <summary>`fft summarize`: the output contract of issue 4.</summary>
public sealed class FftCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Responses(params (string Ward, string Site, string Answer, int Times)[] groups) =>
        "ward,site,answer\n" + string.Concat(groups.SelectMany(g => Enumerable.Repeat($"{g.Ward},{g.Site},{g.Answer}\n", g.Times)));

    private (int Exit, string[][] Rows, string Error) Summarize(string csv, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(["fft", "summarize", _cli.Write("responses.csv", csv), .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    [Fact]
    public void Columns_are_the_documented_contract_and_figures_follow_NHS_England()
    {
        var (exit, rows, error) = Summarize(Responses(("W1", "S", "Very good", 10), ("W1", "S", "good", 3), ("W1", "S", "3", 1), ("W1", "S", "Don't know", 1)), "--unit", "ward");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            ["unit", "parent", "total", "very_good", "good", "neither", "poor", "very_poor", "dont_know", "pct_positive", "pct_positive_lower", "pct_positive_upper", "pct_negative", "pct_negative_lower", "pct_negative_upper", "suppressed", "suppression_reason"],
            rows[0]);
        Assert.Equal(["W1", "", "15", "10", "3", "1", "0", "0", "1"], rows[1][..9]);
        Assert.Equal((13 / 15.0).ToString("R"), Csv.Cell(rows, 1, "pct_positive"));
        Assert.Equal("0", Csv.Cell(rows, 1, "pct_negative"));
        Assert.Equal("false", Csv.Cell(rows, 1, "suppressed"));
    }

    [Fact]
    public void Wilson_interval_matches_the_sheet()
    {
        var (_, rows, _) = Summarize(Responses(("W", "S", "Very good", 93), ("W", "S", "Poor", 7)), "--unit", "ward");
        Assert.Equal(0.8625, double.Parse(Csv.Cell(rows, 1, "pct_positive_lower"), System.Globalization.CultureInfo.InvariantCulture), 4);
        Assert.Equal(0.9657, double.Parse(Csv.Cell(rows, 1, "pct_positive_upper"), System.Globalization.CultureInfo.InvariantCulture), 4);
    }

    [Fact]
    public void Parents_are_rows_from_summed_counts_and_suppression_says_why_in_NHS_Englands_format_by_default()
    {
        string csv = Responses(("W1", "S1", "Very good", 3), ("W2", "S1", "Very good", 20), ("W3", "S1", "Poor", 40));
        var (_, rows, _) = Summarize(csv, "--unit", "ward", "--parent", "site");
        Assert.Equal(["S1", "W1", "W2", "W3"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal("63", Csv.Cell(rows, 1, "total"));
        // NHS England (fft_pipeline suppress_values): the total is always published; the six counts of any suppressed row
        // and the percentages of a first-level one are hidden.
        Assert.Equal(["W1", "S1", "3", "", "", "", "", "", "", "", "", "", "", "", "", "true", "first-level"], rows[2]);
        Assert.Equal(["W2", "S1", "20", "", "", "", "", "", ""], rows[3][..9]);
        Assert.Equal("1", Csv.Cell(rows, 3, "pct_positive"));
        Assert.Equal("second-level", Csv.Cell(rows, 3, "suppression_reason"));
        Assert.Equal("40", Csv.Cell(rows, 4, "total"));
        Assert.Equal(rows, Summarize(csv, "--unit", "ward", "--parent", "site", "--disclosure", "nhse").Rows);
    }

    [Fact]
    public void Strict_disclosure_shows_nothing_but_the_reason_for_a_suppressed_row()
    {
        string csv = Responses(("W1", "S1", "Very good", 3), ("W2", "S1", "Very good", 20), ("W3", "S1", "Poor", 40));
        var (exit, rows, error) = Summarize(csv, "--unit", "ward", "--parent", "site", "--disclosure", "strict");
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(["W1", "S1", "", "", "", "", "", "", "", "", "", "", "", "", "", "true", "first-level"], rows[2]);
        Assert.Equal(["W2", "S1", "", "", "", "", "", "", "", "", "", "", "", "", "", "true", "second-level"], rows[3]);
        Assert.Equal("63", Csv.Cell(rows, 1, "total"));
        Assert.Equal("40", Csv.Cell(rows, 4, "total"));
    }

    [Fact]
    public void An_unknown_disclosure_mode_is_refused_with_the_modes_there_are()
    {
        var (exit, _, error) = Summarize(Responses(("W1", "S1", "Good", 6)), "--unit", "ward", "--disclosure", "none");
        Assert.NotEqual(0, exit);
        Assert.Contains("nhse", error, StringComparison.Ordinal);
        Assert.Contains("strict", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2013_question_names_its_own_columns_and_answers()
    {
        var (exit, rows, _) = Summarize(Responses(("W", "S", "Extremely likely", 8), ("W", "S", "extremely unlikely", 2)), "--unit", "ward", "--question", "2013");
        Assert.Equal(0, exit);
        Assert.Equal(["extremely_likely", "likely", "neither", "unlikely", "extremely_unlikely", "dont_know"], rows[0][3..9]);
        Assert.Equal(["8", "0", "0", "0", "2", "0"], rows[1][3..9]);
    }

    [Fact]
    public void A_bad_row_is_reported_with_its_number_and_the_rest_are_counted()
    {
        var (exit, rows, error) = Summarize("ward,answer\nW,Very good\nW,Excellent\n,Good\nW,7\nW,Good\nW,Good\nW,Good\nW,Poor\n", "--unit", "ward");
        Assert.Equal(0, exit);
        Assert.Contains("row 2 (W): answer 'Excellent' is not one of the 2020 question's answers", error, StringComparison.Ordinal);
        Assert.Contains("row 3: no ward; not counted", error, StringComparison.Ordinal);
        Assert.Contains("row 4 (W): answer '7'", error, StringComparison.Ordinal);
        Assert.Contains("warning: 3 of 8 rows were not counted", error, StringComparison.Ordinal);
        Assert.Equal("5", Csv.Cell(rows, 1, "total"));
    }

    [Fact]
    public void A_unit_whose_rows_are_all_bad_still_appears_with_zero_responses_and_no_percentage()
    {
        var (_, rows, _) = Summarize("ward,answer\nW,Excellent\n", "--unit", "ward");
        Assert.Equal(["W", "", "0", "0", "0", "0", "0", "0", "0", "", "", "", "", "", "", "false", ""], rows[1]);
    }

    [Fact]
    public void Missing_columns_are_unusable_input()
    {
        var (exit, _, error) = Summarize("ward,response\nW,Good\n", "--unit", "ward", "--parent", "site");
        Assert.Equal(1, exit);
        Assert.Contains("the header lacks the column(s) site, answer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_is_required()
    {
        var (exit, _, _) = Summarize("ward,answer\nW,Good\n");
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public void The_bundled_sample_summarises()
    {
        var (exit, output, error) = CliRunner.Run("fft", "summarize", Path.Combine(AppContext.BaseDirectory, "samples", "fft-responses.csv"), "--unit", "ward", "--parent", "site");
        Assert.Equal(0, exit);
        Assert.Contains("2 of 286 rows were not counted", error, StringComparison.Ordinal);
        Assert.Equal(8, Csv.Parse(output).Length);
    }
}

/// <summary>`fft summarize --period`: one summary per period with a leading period column.</summary>
public sealed class FftPeriodCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Period_adds_a_leading_column_and_one_summary_per_period()
    {
        string csv = "month,ward,answer\n" + string.Concat(Enumerable.Repeat("2026-05,W,Good\n", 6)) + string.Concat(Enumerable.Repeat("2026-04,W,Poor\n", 7));
        var (exit, output, _) = CliRunner.Run("fft", "summarize", _cli.Write("r.csv", csv), "--unit", "ward", "--period", "month");
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(["period", "unit", "parent", "total"], rows[0][..4]);
        Assert.Equal(["2026-04", "W", "", "7"], rows[1][..4]);
        Assert.Equal(["2026-05", "W", "", "6"], rows[2][..4]);
    }
}
