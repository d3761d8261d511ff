using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OutcomeScoring.Charts;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Charts.Tests;

public sealed class IndexBreakdownChartTests
{
    /// <summary>The Okabe-Ito colours of the components, in the specification's order.</summary>
    private static readonly string[] ComponentColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"];

    private static string Num(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static int Fills(string svg, string colour) => Regex.Count(svg, $"<rect fill=\"{colour}\"", RegexOptions.IgnoreCase);

    [Fact]
    public void Under_the_arithmetic_mean_each_present_contribution_is_a_segment_with_its_component_colour()
    {
        IndexBreakdownChart chart = Fixtures.Breakdown();
        Assert.True(chart.IsStacked);
        string svg = chart.Render(ChartFormat.Svg, 900, 560).ToSvgText();
        IndexSpecification spec = chart.Result.Specification;
        for (int j = 0; j < spec.Components.Length; j++)
        {
            // One segment per unit with a non-zero contribution, and one legend swatch.
            int segments = chart.Result.Units.Count(u => u.Components[j].Contribution is { } c && c != 0);
            Assert.Equal(segments + 1, Fills(svg, ComponentColours[j]));
        }

        XDocument document = XDocument.Parse(svg);
        Assert.All(spec.Components, c => ChartAssert.HasText(document, c.Name));
        ChartAssert.HasText(document, "95% sampling interval (200 draws)");
        ChartAssert.HasText(document, "Index (0-100, higher is better)");
    }

    [Fact]
    public void Each_unit_is_named_with_its_index_and_components_used_and_a_unit_without_an_index_says_why()
    {
        IndexBreakdownChart chart = Fixtures.Breakdown();
        XDocument svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 900, 560), 900, 560);
        foreach (IndexUnitResult unit in chart.Result.Units)
        {
            // A unit below full coverage is labelled "k of n" (issue 15).
            ChartAssert.HasText(svg, unit.HasIndex && unit.ComponentsUsed < unit.Components.Length ? $"{unit.Unit} ({unit.ComponentsUsed} of {unit.Components.Length})" : unit.Unit);
        }

        IndexUnitResult west = chart.Result.Find("West")!;
        Assert.Equal(3, west.ComponentsUsed);
        ChartAssert.HasText(svg, $"{Num(west.Index!.Value)} (3 of 4 components)");
        ChartAssert.HasText(svg, Num(chart.Result.Find("North")!.Index!.Value));
        IndexUnitResult central = chart.Result.Find("Central")!;
        Assert.False(central.HasIndex);
        ChartAssert.HasText(svg, $"No index: {central.Explanation}");
        Assert.Contains($"Central: no index ({central.Explanation})", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_are_drawn_by_rank_then_those_without_an_index()
    {
        IndexBreakdownChart chart = Fixtures.Breakdown();
        IndexUnitResult[] units = [.. chart.Units];
        Assert.Equal(chart.Result.Units.Length, units.Length);
        Assert.Equal([.. chart.Result.Units.Where(u => u.HasIndex).OrderBy(u => u.Rank).Select(u => u.Unit), "Central"], units.Select(u => u.Unit));
    }

    [Fact]
    public void Description_gives_each_index_with_its_interval_and_contributions()
    {
        IndexBreakdownChart chart = Fixtures.Breakdown();
        SamplingUncertainty sampling = chart.Sampling!;
        string description = chart.Description;
        Assert.StartsWith("Integration index (OutcomeScoring default integration profile, version 1.0) of 4 of 5 units, highest first; each bar is the components' contributions", description, StringComparison.Ordinal);
        Assert.Contains("error bars are 95% sampling intervals from 200 bootstrap draws (seed 7)", description, StringComparison.Ordinal);
        for (int i = 0; i < chart.Result.Units.Length; i++)
        {
            IndexUnitResult unit = chart.Result.Units[i];
            if (unit.HasIndex)
            {
                Assert.Contains($"{unit.Unit} {Num(unit.Index!.Value)} ({Num(sampling.Units[i].IndexLower!.Value)} to {Num(sampling.Units[i].IndexUpper!.Value)}): ", description, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Under_another_mean_contributions_are_not_stacked_and_the_chart_says_so()
    {
        IndexSpecification geometric = Fixtures.GeometricProfile;
        var chart = new IndexBreakdownChart(Fixtures.Index(geometric), Fixtures.IndexSampling(geometric));
        Assert.False(chart.IsStacked);
        string svg = chart.Render(ChartFormat.Svg, 900, 560).ToSvgText();

        // One bar per unit with an index, in one colour, and no component colours.
        Assert.Equal(chart.Result.Units.Count(u => u.HasIndex) + 1, Fills(svg, ComponentColours[0]));
        Assert.All(ComponentColours.Skip(1), c => Assert.Equal(0, Fills(svg, c)));
        XDocument document = XDocument.Parse(svg);
        ChartAssert.HasText(document, "Index (weighted geometric mean)");
        ChartAssert.HasText(document, "Contributions not stacked: under this mean they do not sum to the index");
        Assert.All(geometric.Components, c => Assert.DoesNotContain(c.Name, ChartAssert.Texts(document)));
        Assert.Contains("bars show the index only: under the weighted geometric mean the contributions do not sum to the index, so they are not stacked", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_sampling_intervals_no_error_bars_are_drawn()
    {
        var chart = new IndexBreakdownChart(Fixtures.Index(), null);
        XDocument svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 800, 500), 800, 500);
        Assert.DoesNotContain(ChartAssert.Texts(svg), t => t.Contains("sampling interval", StringComparison.Ordinal));
        Assert.Contains("; no sampling intervals.", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Z_scores_can_be_negative_and_are_stacked_either_side_of_zero()
    {
        IndexSpecification z = IntegrationProfile.Specification with
        {
            Version = "z",
            Components = [.. IntegrationProfile.Specification.Components.Select(c => c with { Normalisation = Normalisation.ZScore })],
        };
        var chart = new IndexBreakdownChart(Fixtures.Index(z), Fixtures.IndexSampling(z));
        Assert.Contains(chart.Result.Units, u => u.Components.Any(c => c.Contribution < 0));
        XDocument svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 900, 560), 900, 560);
        ChartAssert.HasText(svg, "Index (mean z-score, higher is better)");
        ChartAssert.IsPng(chart.Render(ChartFormat.Png, 900, 560), 900, 560);
    }

    [Fact]
    public void A_result_in_which_no_unit_has_an_index_is_drawn_with_the_reasons()
    {
        ComponentValue[] values = [.. Fixtures.IndexValues.Where(v => v.Component == IntegrationProfile.ExperienceCode)];
        var chart = new IndexBreakdownChart(Fixtures.Index(values: values), Fixtures.IndexSampling(values: values));
        XDocument svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 800, 500), 800, 500);
        Assert.Equal(values.Length, ChartAssert.Texts(svg).Count(t => t.StartsWith("No index: ", StringComparison.Ordinal)));
        Assert.Contains(" of 0 of 5 units", chart.Description, StringComparison.Ordinal);
        ChartAssert.IsPng(chart.Render(ChartFormat.Png, 800, 500), 800, 500);

        IndexSpecification z = IntegrationProfile.Specification with
        {
            Version = "z",
            Components = [.. IntegrationProfile.Specification.Components.Select(c => c with { Normalisation = Normalisation.ZScore })],
        };
        var none = new IndexBreakdownChart(Fixtures.Index(z, values), null);
        Assert.Equal(values.Length, ChartAssert.Texts(ChartAssert.IsSvg(none.Render(ChartFormat.Svg, 800, 500), 800, 500)).Count(t => t.StartsWith("No index: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sampling_intervals_of_other_values_or_another_specification_are_refused()
    {
        ComponentValue[] fewer = [.. Fixtures.IndexValues.Where(v => v.Unit != "South")];
        var units = Assert.Throws<ArgumentException>(() => new IndexBreakdownChart(Fixtures.Index(), Fixtures.IndexSampling(values: fewer)));
        Assert.Equal("sampling", units.ParamName);
        Assert.Contains("The sampling uncertainty has 4 units but the index result has 5", units.Message, StringComparison.Ordinal);

        var spec = Assert.Throws<ArgumentException>(() => new IndexBreakdownChart(Fixtures.Index(), Fixtures.IndexSampling(Fixtures.GeometricProfile)));
        Assert.Contains("version 1.0-geometric, not the index result's", spec.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new IndexBreakdownChart(null!, null));
    }

    [Fact]
    public void With_several_periods_one_is_chosen()
    {
        ComponentValue[] values = [.. Fixtures.IndexValues.Select(v => v with { Period = "2025" }), .. Fixtures.IndexValues.Select(v => v with { Period = "2026", Value = v.Value * 0.95 })];
        IndexResult result = Fixtures.Index(values: values);
        var none = Assert.Throws<ArgumentException>(() => new IndexBreakdownChart(result, null));
        Assert.Equal("period", none.ParamName);
        Assert.Contains("The index result has 2 periods ('2025', '2026'); give the period to chart.", none.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => new IndexBreakdownChart(result, null, "2024"));
        Assert.Contains("no unit in period '2024'", unknown.Message, StringComparison.Ordinal);

        var chart = new IndexBreakdownChart(result, Fixtures.IndexSampling(values: values), "2026");
        Assert.Equal("2026", chart.Period);
        Assert.All(chart.Units, u => Assert.Equal("2026", u.Period));
        Assert.Equal(5, chart.Units.Length);
        Assert.Contains(", period 2026)", chart.Description, StringComparison.Ordinal);
    }
}

public sealed class IndexRankChartTests
{
    [Fact]
    public void Units_are_sorted_by_rank_with_both_intervals_in_the_legend()
    {
        IndexRankChart chart = Fixtures.Ranks();
        // More components first, then rank (issue 15: an index of fewer components is never drawn above one of more).
        Assert.Equal([.. chart.Result.Units.Where(u => u.HasIndex).OrderByDescending(u => u.ComponentsUsed).ThenBy(u => u.Rank).Select(u => u.Unit), "Central"], chart.Units.Select(u => u.Unit));
        XDocument svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 900, 480), 900, 480);
        ChartAssert.HasText(svg, "Rank");
        ChartAssert.HasText(svg, "95% sampling interval (200 draws)");
        ChartAssert.HasText(svg, "Method: 5th-95th percentile (200 runs)");
        ChartAssert.HasText(svg, "Rank (1 = highest index)");
        ChartAssert.HasText(svg, "No index, so no rank");
        Assert.All(chart.Result.Units, u => ChartAssert.HasText(svg, u.HasIndex && u.ComponentsUsed < u.Components.Length ? $"{u.Unit} ({u.ComponentsUsed} of {u.Components.Length})" : u.Unit));
    }

    [Fact]
    public void Description_gives_each_rank_with_its_sampling_and_method_intervals()
    {
        IndexRankChart chart = Fixtures.Ranks();
        string description = chart.Description;
        Assert.StartsWith("Ranks of 4 of 5 units by the integration index (OutcomeScoring default integration profile, version 1.0; 1 = highest), with sampling intervals 95% from 200 bootstrap draws (seed 7) and method intervals the 5th to 95th percentile rank over 200 runs", description, StringComparison.Ordinal);
        for (int i = 0; i < chart.Result.Units.Length; i++)
        {
            IndexUnitResult unit = chart.Result.Units[i];
            UnitSamplingInterval s = chart.Sampling!.Units[i];
            UnitRankStability m = chart.Method!.Units[i];
            Assert.Contains(
                unit.HasIndex ? $"{unit.Unit} {unit.Rank} (sampling {s.RankLower}-{s.RankUpper}; method {m.RankLower}-{m.RankUpper})" : $"{unit.Unit}: no index, so no rank",
                description,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_method_interval_is_dashed_and_the_sampling_interval_solid()
    {
        string svg = Fixtures.Ranks().Render(ChartFormat.Svg, 900, 480).ToSvgText();
        Assert.Matches("stroke=\"#E69F00\" stroke-dasharray=\"", svg);
        Assert.Matches("stroke=\"#0072B2\"", svg);
        Assert.DoesNotMatch("stroke=\"#0072B2\" stroke-dasharray", svg);
    }

    [Fact]
    public void Either_interval_alone_is_enough_but_one_is_needed()
    {
        var sampling = new IndexRankChart(Fixtures.Index(), Fixtures.IndexSampling(), null);
        XDocument svg = ChartAssert.IsSvg(sampling.Render(ChartFormat.Svg, 800, 450), 800, 450);
        Assert.DoesNotContain(ChartAssert.Texts(svg), t => t.StartsWith("Method:", StringComparison.Ordinal));
        Assert.DoesNotContain("method", sampling.Description, StringComparison.Ordinal);

        var method = new IndexRankChart(Fixtures.Index(), null, Fixtures.IndexMethod(coverage: 0.8));
        svg = ChartAssert.IsSvg(method.Render(ChartFormat.Svg, 800, 450), 800, 450);
        ChartAssert.HasText(svg, "Method: 10th-90th percentile (200 runs)");
        Assert.DoesNotContain(ChartAssert.Texts(svg), t => t.Contains("sampling", StringComparison.Ordinal));

        var neither = Assert.Throws<ArgumentException>(() => new IndexRankChart(Fixtures.Index(), null, null));
        Assert.Contains("a rank-interval plot needs an interval", neither.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uncertainty_of_another_specification_or_other_units_is_refused()
    {
        var method = Assert.Throws<ArgumentException>(() => new IndexRankChart(Fixtures.Index(), null, Fixtures.IndexMethod(Fixtures.GeometricProfile)));
        Assert.Equal("method", method.ParamName);
        ComponentValue[] renamed = [.. Fixtures.IndexValues.Select(v => v.Unit == "East" ? v with { Unit = "Eastern" } : v)];
        var units = Assert.Throws<ArgumentException>(() => new IndexRankChart(Fixtures.Index(), Fixtures.IndexSampling(values: renamed), null));
        Assert.Equal("sampling", units.ParamName);
        Assert.Contains("is 'Eastern' but the index result's is 'East'", units.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_units_get_whole_number_rank_ticks_and_a_readable_chart()
    {
        ComponentValue[] values = [.. Enumerable.Range(1, 40).SelectMany(u => new[]
        {
            new ComponentValue($"Team {u}", IntegrationProfile.OutcomesCode, 0.3 + (u * 0.01), 0.05, 50),
            new ComponentValue($"Team {u}", IntegrationProfile.ExperienceCode, 0.95 - (u * 0.005), 0.03, 80),
        })];
        var chart = new IndexRankChart(Fixtures.Index(values: values), Fixtures.IndexSampling(values: values), null);
        XDocument svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 900, 1400), 900, 1400);
        ChartAssert.HasText(svg, "1");
        ChartAssert.HasText(svg, "40");
        Assert.DoesNotContain("39", ChartAssert.Texts(svg));
    }
}

/// <summary>Profile 2.0's coverage on both charts: k of n components and the pillars missing; unranked and separately ranked units apart.</summary>
public sealed class IndexCoverageChartTests
{
    private static IEnumerable<ComponentValue> Unit(string unit, double fraction, params string[] without) =>
        IntegrationProfileV2.Specification.Components.Where(c => !without.Contains(c.Code)).Select(c =>
            new ComponentValue(unit, c.Code, c.Normalisation.Lower!.Value + (fraction * (c.Normalisation.Upper!.Value - c.Normalisation.Lower!.Value))));

    private static IndexSpecification Spec(IncompleteRanking rule) =>
        IntegrationProfileV2.Specification with { Availability = IntegrationProfileV2.Specification.Availability with { IncompleteUnits = rule } };

    private static ComponentValue[] Values() => [.. Unit("Full", 0.5), .. Unit("Other", 0.4), .. Unit("Partial", 0.9, "ascof-1d")];

    private static IndexResult Result(IncompleteRanking rule) => CompositeIndex.Compute(Spec(rule), Values());

    private static SamplingUncertainty Sampling(IncompleteRanking rule) => CompositeIndex.SamplingUncertainty(Spec(rule), Values(), new SamplingOptions { Seed = 1, Draws = 100 });

    [Fact]
    public void An_unranked_incomplete_unit_is_drawn_after_the_ranked_ones_and_says_its_coverage()
    {
        IndexResult result = Result(IncompleteRanking.NotRanked);
        var breakdown = new IndexBreakdownChart(result, null);
        XDocument svg = ChartAssert.IsSvg(breakdown.Render(ChartFormat.Svg, 900, 560), 900, 560);
        ChartAssert.HasText(svg, $"{result.Find("Partial")!.Index!.Value.ToString("0.0", CultureInfo.InvariantCulture)} (7 of 8 components, pillars missing: carers, not ranked)");

        var ranks = new IndexRankChart(result, Sampling(IncompleteRanking.NotRanked), null);
        XDocument rankSvg = ChartAssert.IsSvg(ranks.Render(ChartFormat.Svg, 900, 560), 900, 560);
        ChartAssert.HasText(rankSvg, "Not ranked: 7 of 8 components");
        Assert.Contains("Ranks of 2 of 3", ranks.Description, StringComparison.Ordinal);
        Assert.Contains("Partial: not ranked (7 of 8 components, pillars missing: carers; components missing: ascof-1d)", ranks.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_ranked_among_incomplete_units_is_drawn_after_the_complete_ones_and_says_so()
    {
        var ranks = new IndexRankChart(Result(IncompleteRanking.RankedSeparately), Sampling(IncompleteRanking.RankedSeparately), null);
        string text = ranks.Description;
        int full = text.IndexOf("Full 1 (", StringComparison.Ordinal), other = text.IndexOf("Other 2 (", StringComparison.Ordinal);
        int partial = text.IndexOf("Partial 1 (among units without every component: 7 of 8 components", StringComparison.Ordinal);
        Assert.True(full >= 0 && other > full && partial > other, text);
    }
}
