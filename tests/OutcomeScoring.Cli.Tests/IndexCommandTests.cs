using System.Globalization;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli.Tests;

/// <summary>`index`: the output contract of issue 6, its extra tables, bad rows and usage errors.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private const string Components = """
        unit,component,value,n,se
        A,outcomes,0.6,40,0.07
        A,quality_of_life,5.2,30,0.2
        A,experience,0.9,100,0.03
        B,outcomes,0.4,35,0.08
        B,quality_of_life,4.1,28,0.25
        B,activation,58,20,2
        B,experience,0.8,90,0.04
        C,experience,0.95,50,0.03
        D,outcomes,0.5,30,0.09
        D,experience,0.85,60,0.05
        """;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string[][] Rows, string Error) Index(string csv, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(["index", _cli.Write("components.csv", csv), "--spec", "integration-1.0", .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static ComponentValue[] Values() =>
    [
        new("A", "outcomes", 0.6, 0.07, 40), new("A", "quality_of_life", 5.2, 0.2, 30), new("A", "experience", 0.9, 0.03, 100),
        new("B", "outcomes", 0.4, 0.08, 35), new("B", "quality_of_life", 4.1, 0.25, 28), new("B", "activation", 58, 2, 20), new("B", "experience", 0.8, 0.04, 90),
        new("C", "experience", 0.95, 0.03, 50),
        new("D", "outcomes", 0.5, 0.09, 30), new("D", "experience", 0.85, 0.05, 60),
    ];

    [Fact]
    public void Columns_are_the_contract_and_numbers_are_the_librarys_with_the_default_seed()
    {
        var (exit, rows, error) = Index(Components);
        Assert.Equal(0, exit);
        Assert.Equal(["unit", "index", "index_lower", "index_upper", "rank", "rank_lower", "rank_upper", "components_used", "coverage", "error"], rows[0]);
        Assert.Equal(["A", "B", "C", "D"], rows[1..].Select(r => r[0]));
        IndexResult result = CompositeIndex.Compute(IntegrationProfile.Specification, Values());
        SamplingUncertainty sampling = CompositeIndex.SamplingUncertainty(IntegrationProfile.Specification, Values(), new SamplingOptions { Seed = 1 });
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(result.Units[i].Index?.ToString("R", CultureInfo.InvariantCulture) ?? "", Csv.Cell(rows, i + 1, "index"));
            Assert.Equal(sampling.Units[i].IndexLower?.ToString("R", CultureInfo.InvariantCulture) ?? "", Csv.Cell(rows, i + 1, "index_lower"));
            Assert.Equal(sampling.Units[i].RankUpper?.ToString(CultureInfo.InvariantCulture) ?? "", Csv.Cell(rows, i + 1, "rank_upper"));
        }

        Assert.Equal(["3", "4", "1", "2"], rows[1..].Select(r => Csv.Cell(rows, Array.IndexOf(rows, r), "components_used")));
        Assert.Equal("no index: 1 component (experience) present; the specification needs at least 2", Csv.Cell(rows, 3, "error"));
        Assert.Equal("", Csv.Cell(rows, 3, "rank"));
        Assert.Equal(result.Units.Select(u => u.Coverage.Text), rows[1..].Select(r => Csv.Cell(rows, Array.IndexOf(rows, r), "coverage")));
        Assert.Contains("version 1.0", error, StringComparison.Ordinal);
        Assert.Contains("seed 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_table_and_another_seed_other_intervals()
    {
        string a = CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", "integration-1.0", "--seed", "9", "--draws", "200").Output;
        string b = CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", "integration-1.0", "--seed", "9", "--draws", "200").Output;
        string c = CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", "integration-1.0", "--seed", "10", "--draws", "200").Output;
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Details_give_one_row_per_unit_and_component_whose_contributions_sum_to_the_index()
    {
        var (exit, rows, _) = Index(Components, "--details");
        Assert.Equal(0, exit);
        Assert.Equal(["unit", "component", "value", "normalised", "weight", "contribution", "missing_reason"], rows[0]);
        Assert.Equal(16, rows.Length - 1);
        string[][] a = [.. rows.Where(r => r[0] == "A")];
        Assert.Equal(["outcomes", "quality_of_life", "activation", "experience"], a.Select(r => r[1]));
        Assert.Equal(["", "", "0", "", "no value given"], a[2][2..]);
        double index = D(Csv.Cell(Index(Components).Rows, 1, "index"));
        Assert.Equal(index, a.Where(r => r[5].Length > 0).Sum(r => D(r[5])), 12);
        Assert.Equal(1, a.Sum(r => D(r[4])), 12);
    }

    [Fact]
    public void A_period_column_adds_a_leading_period_and_ranks_within_each_period()
    {
        var (exit, rows, _) = Index("unit,component,value,period\nA,outcomes,0.2,2026-01\nA,experience,0.9,2026-01\nB,outcomes,0.6,2026-01\nB,experience,0.9,2026-01\nA,outcomes,0.8,2026-02\nA,experience,0.9,2026-02\n");
        Assert.Equal(0, exit);
        Assert.Equal("period", rows[0][0]);
        Assert.Equal(["2026-01,A,2", "2026-01,B,1", "2026-02,A,1"], rows[1..].Select(r => $"{r[0]},{r[1]},{Csv.Cell(rows, Array.IndexOf(rows, r), "rank")}"));
        Assert.Equal(85, D(Csv.Cell(rows, 3, "index")), 12);   // goalposts: comparable across periods
        Assert.Equal(["period", "unit", "component"], Index("unit,component,value,period\nA,outcomes,0.2,p\nA,experience,0.9,p\n", "--details").Rows[0][..3]);
    }

    [Fact]
    public void Bad_rows_keep_their_unit_with_the_problem_in_error_and_blank_values_are_missing()
    {
        var (exit, rows, error) = Index("unit,component,value,n,se\nA,outcomes,x,10,0.1\nA,experience,0.9,ten,0.1\nA,quality_of_life,,,\nB,outcomes,0.5,10,-1\nB,experience,0.9,,\n");
        Assert.Equal(0, exit);
        Assert.Equal(
            "row 1: value 'x' is not a number; row 2: n 'ten' is not a whole number, 0 or more; no index: no component has a value",
            Csv.Cell(rows, 1, "error"));
        Assert.StartsWith("row 4: se '-1' is not a number, 0 or more", Csv.Cell(rows, 2, "error"), StringComparison.Ordinal);
        Assert.Contains("row 1 (A): value 'x' is not a number; not used", error, StringComparison.Ordinal);
        Assert.Contains("warning: 3 of 5 rows were not used", error, StringComparison.Ordinal);
        string[][] details = Index("unit,component,value\nA,outcomes,\nA,experience,0.9\n", "--details").Rows;
        Assert.Equal("blank value (row 1)", Csv.Cell(details, 1, "missing_reason"));
    }

    [Fact]
    public void An_unknown_component_code_is_an_error_naming_it()
    {
        var (exit, rows, error) = Index("unit,component,value\nA,outcomes,0.5\nA,expereince,0.9\n");
        Assert.Equal(1, exit);
        Assert.Empty(rows);
        Assert.Contains("error: component code(s) not in the specification 'OutcomeScoring default integration profile' (components: outcomes, quality_of_life, activation, experience): 'expereince' (row 2).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_unit_and_component_rows_are_unusable_input()
    {
        var (exit, _, error) = Index("unit,component,value\nA,outcomes,0.5\nB,outcomes,0.5\nA,outcomes,0.6\n");
        Assert.Equal(1, exit);
        Assert.Contains("error: rows 1 and 3 both give unit 'A', component 'outcomes'; give one row per unit and component.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_columns_empty_input_and_unused_columns()
    {
        Assert.Contains("error: the header lacks the column(s) component, value.", Index("unit,val\nA,1\n").Error, StringComparison.Ordinal);
        Assert.Equal(1, Index("unit,component,value\n").Exit);
        var (exit, _, error) = Index("unit,component,value,std_err\nA,outcomes,0.5,0.1\nA,experience,0.9,0.1\n");
        Assert.Equal(0, exit);
        Assert.Contains("note: column 'std_err' is not used", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Specification_files_are_read_and_their_errors_named()
    {
        string spec = _cli.Write("spec.json", IntegrationProfile.Specification.ToJson());
        Assert.Equal(Index(Components).Rows, Csv.Parse(CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", spec).Output));

        string bad = _cli.Write("bad.json", IntegrationProfile.Specification.ToJson().Replace("\"direction\": 1", "\"direction\": 0", StringComparison.Ordinal));
        var (exit, output, error) = CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", bad);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        int wrong = IntegrationProfile.Specification.Components.Count(c => c.Direction == IndexDirection.HigherIsBetter);
        Assert.StartsWith($"error: specification file bad.json: The index specification has {wrong} problems:\n", error, StringComparison.Ordinal);
        Assert.Contains("\n- $.components[0].direction: Component 'outcomes': \"direction\" is 0; it must be 1 (higher is better) or -1 (lower is better).\n", error, StringComparison.Ordinal);
        Assert.Contains("error: specification file not found", CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", _cli.PathOf("none.json")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_uncertainty_and_leave_one_out_tables()
    {
        var (exit, rows, error) = Index(Components, "--method-uncertainty", "--runs", "200", "--normalisations", "goalposts,min-max", "--aggregations", "arithmetic,geometric,power:2");
        Assert.Equal(0, exit);
        Assert.Equal(["unit", "nominal_rank", "median_rank", "rank_lower", "rank_upper", "mean_abs_rank_shift"], rows[0]);
        MethodUncertainty library = CompositeIndex.MethodUncertainty(IntegrationProfile.Specification, Values(), new MethodUncertaintyOptions
        {
            Seed = 1,
            Runs = 200,
            Normalisations = [NormalisationMethod.Goalposts, NormalisationMethod.MinMax],
            Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric, Aggregation.Power(2)],
        });
        Assert.Equal(library.Units.Select(u => u.MedianRank?.ToString("R", CultureInfo.InvariantCulture) ?? ""), rows[1..].Select(r => r[2]));
        Assert.Contains("200 runs with seed 1", error, StringComparison.Ordinal);

        var (loo, looRows, _) = Index(Components, "--leave-one-out");
        Assert.Equal(0, loo);
        Assert.Equal(["component", "mean_abs_rank_shift", "units_compared"], looRows[0]);
        Assert.Equal(["outcomes", "quality_of_life", "activation", "experience"], looRows[1..].Select(r => r[0]));

        Assert.Contains("error: The alternative DistanceToTarget", Index(Components, "--method-uncertainty", "--normalisations", "distance-to-target").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Give at most one of --details, --method-uncertainty, --leave-one-out, --sensitivity and --correlations", "--details", "--leave-one-out")]
    [InlineData("Give at most one of", "--sensitivity", "--correlations")]
    [InlineData("--samples applies only with --sensitivity.", "--method-uncertainty", "--samples", "200")]
    [InlineData("--thresholds applies only with --sensitivity.", "--thresholds", "0.5,0.75")]
    [InlineData("--noise applies only with --method-uncertainty or --sensitivity.", "--noise", "0.1")]
    [InlineData("--seed does nothing with --correlations, which uses no random numbers.", "--correlations", "--seed", "3")]
    [InlineData("--samples must be between 100 and 100000; got 5.", "--sensitivity", "--samples", "5")]
    [InlineData("--thresholds: '1.5' is not a number above 0 and at most 1.", "--sensitivity", "--thresholds", "0.5,1.5")]
    [InlineData("--winsorise must be above 0 and below 0.5; got 0.5.", "--winsorise", "0.5")]
    [InlineData("error: One aggregation alternative was given", "--sensitivity", "--aggregations", "geometric")]
    [InlineData("error: The sensitivity analysis would vary nothing", "--sensitivity", "--noise", "0")]
    [InlineData("--draws sets the sampling bootstrap of the summary table; it does nothing with --details.", "--details", "--draws", "500")]
    [InlineData("--seed does nothing with --leave-one-out, which uses no random numbers.", "--leave-one-out", "--seed", "3")]
    [InlineData("--runs applies only with --method-uncertainty.", "--runs", "500")]
    [InlineData("--draws must be between 100 and 1000000; got 10.", "--draws", "10")]
    [InlineData("--noise must be at least 0 and below 1; got 1.5.", "--method-uncertainty", "--noise", "1.5")]
    [InlineData("--normalisations: 'rescale' is not one of", "--method-uncertainty", "--normalisations", "min-max,rescale")]
    [InlineData("--aggregations: 'power:0' is not one of", "--method-uncertainty", "--aggregations", "power:0")]
    public void Options_that_do_nothing_or_are_out_of_range_are_usage_errors(string expected, params string[] options)
    {
        var (exit, output, error) = CliRunner.Run(["index", _cli.Write("c.csv", Components), "--spec", "integration-1.0", .. options]);
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_incomplete_is_an_error_when_the_specification_already_ranks_incomplete_units_apart()
    {
        IndexSpecification spec = IntegrationProfileV2.Specification with { Availability = IntegrationProfileV2.Specification.Availability with { IncompleteUnits = IncompleteRanking.RankedSeparately } };
        var (exit, output, error) = CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", _cli.Write("spec2.json", spec.ToJson()), "--rank-incomplete");
        Assert.Equal(CliApp.UnusableInput, exit);
        Assert.Equal("", output);
        Assert.Contains("--rank-incomplete does nothing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_and_correlations_are_the_librarys_numbers()
    {
        var (exit, rows, error) = Index(Components, "--sensitivity", "--samples", "100", "--aggregations", "arithmetic,geometric");
        Assert.Equal(0, exit);
        SensitivityAnalysis expected = CompositeIndex.Sensitivity(IntegrationProfile.Specification, Values(), new SensitivityOptions { Seed = 1, BaseSamples = 100, Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric] });
        Assert.Equal(["unit", "nominal_rank", "choice", "first_order", "first_order_se", "total_effect", "total_effect_se", "note"], rows[0]);
        Assert.Equal(expected.Units.SelectMany(u => u.Choices.Select(c => c.FirstOrder?.ToString("R", CultureInfo.InvariantCulture) ?? "")), rows[1..].Select(r => r[3]));
        Assert.Contains("from 400 runs (N = 100) with seed 1", error, StringComparison.Ordinal);

        var (correlationsExit, correlations, _) = Index(Components, "--correlations");
        Assert.Equal(0, correlationsExit);
        MultivariateCheck check = CompositeIndex.Correlations(IntegrationProfile.Specification, Values());
        Assert.Equal(check.Pillars[0].Correlation("outcomes", "quality_of_life")?.ToString("R", CultureInfo.InvariantCulture) ?? "", correlations[1][4]);
        Assert.Equal(["", "cronbach_alpha", "outcomes quality_of_life activation experience", "", check.Pillars[0].Alpha.Alpha?.ToString("R", CultureInfo.InvariantCulture) ?? "", "1"], correlations[^1][..6]);
    }

    [Fact]
    public void Output_goes_to_a_file_when_asked()
    {
        string target = _cli.PathOf("index.csv");
        var (exit, output, _) = CliRunner.Run("index", _cli.Write("c.csv", Components), "--spec", "integration-1.0", "--output", target);
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Equal(Index(Components).Rows, Csv.Parse(File.ReadAllText(target)));
    }

    [Fact]
    public void The_bundled_sample_gives_an_index_table_per_team_with_intervals()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "samples", "index");
        var (exit, output, _) = CliRunner.Run("index", Path.Combine(folder, "components.csv"), "--spec", Path.Combine(folder, "spec.json"));
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(["north", "south", "east", "west", "central"], rows[1..].Select(r => r[0]));
        Assert.All(rows[1..5], r => Assert.True(D(r[2]) < D(r[1]) && D(r[1]) < D(r[3])));
        Assert.StartsWith("no index:", Csv.Cell(rows, 5, "error"), StringComparison.Ordinal);
    }
}
