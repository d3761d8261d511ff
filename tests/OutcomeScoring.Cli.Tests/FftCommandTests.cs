using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.Tests.FriendsAndFamily;

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

/// <summary>`fft summarize` with NHS England's hierarchies (issue 15): any number of levels, published counts as input, ties.</summary>
public sealed class FftHierarchyCommandTests : IDisposable
{
    private const string Header = "icb,trust,site,ward,spec1,spec2,very_good,good,neither,poor,very_poor,dont_know\n";
    private static readonly string[] Levels = ["--level", "ward", "--level", "site", "--level", "trust", "--level", "icb"];
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string[][] Rows, string Error) Summarize(string csv, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(["fft", "summarize", _cli.Write("counts.csv", csv), .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    [Fact]
    public void Four_levels_give_a_row_per_unit_at_each_level_and_a_ward_is_known_by_its_site()
    {
        string csv = Header + "Q,T,S1,Ward 1,,,10,0,0,0,0,0\nQ,T,S2,Ward 1,,,20,5,0,0,0,0\nQ,T,S2,Ward 2,,,6,0,0,0,0,1\n";
        var (exit, rows, error) = Summarize(csv, Levels);
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(["level", "icb", "trust", "site", "ward", "total"], rows[0][..6]);
        Assert.Equal(
            [["icb", "Q", "", "", "", "42"], ["trust", "Q", "T", "", "", "42"], ["site", "Q", "T", "S1", "", "10"], ["ward", "Q", "T", "S1", "Ward 1", "10"],
             ["site", "Q", "T", "S2", "", "32"], ["ward", "Q", "T", "S2", "Ward 1", "25"], ["ward", "Q", "T", "S2", "Ward 2", "7"]],
            rows.Skip(1).Select(r => r[..6]));
    }

    [Fact]
    public void Published_counts_and_one_row_per_response_give_the_same_summary()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            List<FftWitness.Leaf> data = FftWitness.Generate(seed, maxLevels: 4, periods: 1, minimumLevels: 4);
            string counts = "icb,trust,site,ward,very_good,good,neither,poor,very_poor,dont_know\n" + string.Concat(data.Select(l =>
                string.Join(',', [.. l.Path, .. Enum.GetValues<FftAnswer>().Select(a => l.Counts[a].ToString(System.Globalization.CultureInfo.InvariantCulture))]) + "\n"));
            string responses = "icb,trust,site,ward,answer\n" + string.Concat(data.SelectMany(l =>
                Enum.GetValues<FftAnswer>().SelectMany(a => Enumerable.Repeat(string.Join(',', [.. l.Path, ((int)a).ToString(System.Globalization.CultureInfo.InvariantCulture)]) + "\n", (int)l.Counts[a]))));
            // A unit with no responses has no response rows, so compare the units that have any.
            string[][] fromCounts = Summarize(counts, Levels).Rows, fromResponses = Summarize(responses, Levels).Rows;
            return fromCounts.Where(r => r[5] != "0").Select(r => string.Join(',', r)).SequenceEqual(fromResponses.Where(r => r[5] != "0").Select(r => string.Join(',', r)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    [Fact]
    public void Ties_are_broken_by_the_tie_break_columns_then_the_name_as_NHS_England_ranks_wards()
    {
        // Ward Z and Ward A both have 20 responses beside a first-level ward: one of them is second-level suppressed.
        string csv = Header + "Q,T,S,Ward Y,Urology,,3,0,0,0,0,0\nQ,T,S,Ward Z,Cardiology,,20,0,0,0,0,0\nQ,T,S,Ward A,Neurology,,20,0,0,0,0,0\nQ,T,S,Ward B,Surgery,,40,0,0,0,0,0\n";
        string SecondLevel(params string[] extra) => Summarize(csv, [.. Levels, .. extra]).Rows.Single(r => r[^1] == "second-level")[4];
        Assert.Equal("Ward A", SecondLevel());                                   // by name
        Assert.Equal("Ward Z", SecondLevel("--tie-break", "spec1"));             // Cardiology before Neurology
        string withSecond = csv.Replace("Q,T,S,Ward Z,Cardiology,,", "Q,T,S,Ward Z,Neurology,Trauma,", StringComparison.Ordinal).Replace("Q,T,S,Ward A,Neurology,,", "Q,T,S,Ward A,Neurology,Stroke,", StringComparison.Ordinal);
        Assert.Equal("Ward A", Summarize(withSecond, [.. Levels, "--tie-break", "spec1", "--tie-break", "spec2"]).Rows.Single(r => r[^1] == "second-level")[4]);
    }

    [Fact]
    public void Bad_counts_and_gaps_in_the_hierarchy_are_reported_and_not_counted()
    {
        string csv = Header + "Q,T,S,W1,,,10,0,0,0,0,0\nQ,T,S,W2,,,-1,0,0,0,0,0\nQ,T,S,W3,,,x,0,0,0,0,0\nQ,,S,W4,,,5,0,0,0,0,0\n";
        var (exit, rows, error) = Summarize(csv, Levels);
        Assert.Equal(0, exit);
        Assert.Contains("row 2 (W2): very_good '-1' is not a whole number of responses (0 or more); not counted", error, StringComparison.Ordinal);
        Assert.Contains("row 3 (W3): very_good 'x' is not a whole number", error, StringComparison.Ordinal);
        Assert.Contains("row 4 (W4): no trust but icb 'Q'; not counted", error, StringComparison.Ordinal);
        Assert.Contains("warning: 3 of 4 rows were not counted", error, StringComparison.Ordinal);
        Assert.Equal("10", rows.Single(r => r[0] == "icb")[5]);
        Assert.Equal("0", rows.Single(r => r[4] == "W2")[5]);
    }

    [Fact]
    public void Unusable_options_and_inconsistent_tie_break_values_are_errors()
    {
        string csv = Header + "Q,T,S,W1,A,,10,0,0,0,0,0\nQ,T,S,W1,B,,5,0,0,0,0,0\n";
        var (exit, _, error) = Summarize(csv, [.. Levels, "--tie-break", "spec1"]);
        Assert.Equal(1, exit);
        Assert.Contains("ward 'W1' has two sets of spec1 values ('A' and 'B')", error, StringComparison.Ordinal);
        Assert.Equal(1, Summarize(csv, [.. Levels, "--unit", "ward"]).Exit);
        Assert.Contains("not both", Summarize(csv, [.. Levels, "--parent", "site"]).Error, StringComparison.Ordinal);
        Assert.Contains("the header lacks the column(s) ward_name, answer", Summarize("ward,response\n", "--level", "ward_name").Error, StringComparison.Ordinal);
        Assert.Contains("the header lacks the column(s) answer", Summarize("ward,very_good,good\nW,1,2\n", "--level", "ward").Error, StringComparison.Ordinal);
    }
}

/// <summary>`fft summarize --eligible`: eligible counts and response rates from rows of counts.</summary>
public sealed class FftEligibleCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Eligible_adds_eligible_and_response_rate_columns_summed_up_the_levels()
    {
        string csv = "site,ward,very_good,good,neither,poor,very_poor,dont_know,eligible\nS,W1,10,0,0,0,0,0,40\nS,W2,5,1,0,0,0,0,60\nS,W3,1,0,0,0,0,0,10\nS,W4,1,0,0,0,0,0,x\n";
        var (exit, output, error) = CliRunner.Run("fft", "summarize", _cli.Write("c.csv", csv), "--level", "ward", "--level", "site", "--eligible", "eligible", "--disclosure", "strict");
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Contains("row 4 (W4): eligible 'x' is not a whole number of people (0 or more); not counted", error, StringComparison.Ordinal);
        Assert.Equal(["eligible", "response_rate"], rows[0][^2..]);
        Assert.Equal(["", ""], rows.Single(r => r[2] == "")[^2..]);                                            // S: W4's eligible count is not known
        Assert.Equal(["40", "0.25"], rows.Single(r => r[2] == "W1")[^2..]);
        Assert.Equal(["", ""], rows.Single(r => r[2] == "W3")[^2..]);                                         // first level, strict
    }

    [Fact]
    public void Eligible_with_one_response_per_row_is_an_error()
    {
        var (exit, _, error) = CliRunner.Run("fft", "summarize", _cli.Write("r.csv", "ward,answer,eligible\nW,Good,10\n"), "--level", "ward", "--eligible", "eligible");
        Assert.Equal(1, exit);
        Assert.Contains("--eligible needs one row of counts per unit", error, StringComparison.Ordinal);
    }
}
