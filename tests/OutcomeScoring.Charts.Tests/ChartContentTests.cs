using System.Globalization;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Comparison;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;

namespace OutcomeScoring.Charts.Tests;

public sealed class JacobsonPlotTests
{
    [Fact]
    public void Legend_counts_each_outcome_and_names_the_lines()
    {
        JacobsonPlot plot = Fixtures.Jacobson();
        Assert.Equal((2, 2, 2, 1, 1), (plot.Count(ChangeOutcome.Recovered), plot.Count(ChangeOutcome.Improved), plot.Count(ChangeOutcome.Unchanged), plot.Count(ChangeOutcome.Deteriorated), plot.NotComputable));
        var svg = ChartAssert.IsSvg(plot.Render(ChartFormat.Svg, 900, 600), 900, 600);
        foreach (string text in new[]
        {
            "Recovered: 2", "Improved: 2", "No reliable change: 2", "Deteriorated: 1", "Not shown: 1 without both scores",
            "No change (same score)", "Reliable change band (\u00B16)", "Clinical cut-off (11)",
            "Baseline: CORE-10 clinical score (0-40)", "Follow-up: CORE-10 clinical score (0-40)", "Better at follow-up", "Worse at follow-up",
        })
        {
            ChartAssert.HasText(svg, text);
        }
    }

    [Fact]
    public void Description_gives_the_counts_in_words()
    {
        Assert.Equal(
            "Jacobson plot of 7 people's CORE-10 clinical score (0-40) at baseline and follow-up: 2 recovered, 2 improved, 2 no reliable change, 1 deteriorated (reliable change 6 points, clinical cut-off 11; lower is better); 1 without both scores not shown.",
            Fixtures.Jacobson().Description);
    }

    [Fact]
    public void Without_a_cut_off_no_cut_off_line_is_drawn_and_nobody_recovers()
    {
        var criteria = new ChangeCriteria(ScoreDirection.HigherIsBetter, new ReliableChangeCriterion(1, ChangeBoundary.AtLeast, "test"));
        var plot = new JacobsonPlot([criteria.Classify(3, 5), criteria.Classify(5, 3), criteria.Classify(4, 4.5)], criteria) { ScoreName = "SQOL (1-7)" };
        var svg = ChartAssert.IsSvg(plot.Render(ChartFormat.Svg, 800, 600), 800, 600);
        Assert.DoesNotContain(ChartAssert.Texts(svg), t => t.StartsWith("Clinical cut-off", StringComparison.Ordinal));
        ChartAssert.HasText(svg, "Recovered: 0");
        ChartAssert.HasText(svg, "Improved: 1");
        Assert.Contains("no clinical cut-off; higher is better", plot.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void For_an_instrument_spans_its_clinical_range_and_takes_its_criteria()
    {
        JacobsonPlot plot = JacobsonPlot.For(Core10.Instrument, []);
        Assert.Equal((0.0, 40.0), (plot.ScaleMinimum, plot.ScaleMaximum));
        Assert.Equal(ChangeCriteria.For(Core10.Instrument), plot.Criteria);
        Assert.Equal("CORE-10 clinical score (0-40)", plot.ScoreName);
        ChartAssert.IsPng(plot.Render(ChartFormat.Png, 500, 400), 500, 400);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new JacobsonPlot(null!, ChangeCriteria.For(Core10.Instrument)));
        Assert.Throws<ArgumentNullException>(() => new JacobsonPlot([], null!));
        Assert.Throws<ArgumentException>(() => JacobsonPlot.For(Instruments.Get("k10"), [])); // no published reliable change threshold
    }
}

public sealed class FunnelPlotTests
{
    [Fact]
    public void Units_outside_the_95_percent_limits_are_named_and_those_inside_are_not()
    {
        FunnelChart funnel = Fixtures.Funnel();
        FunnelUnitResult[] outside = [.. funnel.Units.Where(u => u.Outside95 != FunnelSide.None)];
        FunnelUnitResult[] inside = [.. funnel.Units.Where(u => u.HasValue && u.Outside95 == FunnelSide.None)];
        Assert.NotEmpty(outside);
        Assert.NotEmpty(inside);

        string[] texts = ChartAssert.Texts(ChartAssert.IsSvg(new FunnelPlot(funnel).Render(ChartFormat.Svg, 900, 600), 900, 600));
        Assert.All(outside, u => Assert.Contains(u.Id, texts));
        Assert.All(inside, u => Assert.DoesNotContain(u.Id, texts));
        Assert.Contains("Not shown: Memory (no value)", texts);
    }

    [Theory]
    [InlineData(FunnelLabels.All)]
    [InlineData(FunnelLabels.None)]
    [InlineData(FunnelLabels.Outside998)]
    public void Labels_option_chooses_the_named_units(FunnelLabels labels)
    {
        FunnelChart funnel = Fixtures.Funnel();
        string[] texts = ChartAssert.Texts(ChartAssert.IsSvg(new FunnelPlot(funnel) { Labels = labels }.Render(ChartFormat.Svg, 900, 600), 900, 600));
        foreach (FunnelUnitResult unit in funnel.Units.Where(u => u.HasValue))
        {
            bool named = labels == FunnelLabels.All || (labels == FunnelLabels.Outside998 && unit.Outside998 != FunnelSide.None);
            Assert.Equal(named, texts.Contains(unit.Id));
        }
    }

    [Fact]
    public void Units_carry_no_red_or_green()
    {
        string svg = new FunnelPlot(Fixtures.Funnel()) { Labels = FunnelLabels.All }.Render(ChartFormat.Svg, 900, 600).ToSvgText();
        foreach (string colour in new[] { "#009E73", "#D55E00", "#FF0000", "#00FF00", "#008000", "\"red\"", "\"green\"" })
        {
            Assert.DoesNotContain(colour, svg, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Legend_gives_target_limits_and_axes_as_percentages()
    {
        FunnelChart funnel = Fixtures.Funnel();
        var svg = ChartAssert.IsSvg(new FunnelPlot(funnel) { ValueName = "Positive responses (%)", SizeName = "Responses", UnitName = "Team" }.Render(ChartFormat.Svg, 900, 600), 900, 600);
        ChartAssert.HasText(svg, $"Target {(funnel.Target * 100).ToString("0.#", CultureInfo.InvariantCulture)}% (pooled)");
        ChartAssert.HasText(svg, "95% limits");
        ChartAssert.HasText(svg, "99.8% limits");
        ChartAssert.HasText(svg, $"One dot per team ({funnel.Units.Count(u => u.HasValue)} drawn)");
        ChartAssert.HasText(svg, "Positive responses (%)");
        ChartAssert.HasText(svg, "Responses");
    }

    [Fact]
    public void Over_dispersion_adjusted_limits_are_said_so_and_the_plain_ones_drawn_faintly()
    {
        FunnelChart adjusted = Fixtures.Funnel(OverdispersionAdjustment.Multiplicative);
        Assert.True(adjusted.IsAdjusted);
        var plot = new FunnelPlot(adjusted) { Unadjusted = Fixtures.Funnel() };
        var svg = ChartAssert.IsSvg(plot.Render(ChartFormat.Svg, 900, 600), 900, 600);
        ChartAssert.HasText(svg, "95% limits (adjusted)");
        ChartAssert.HasText(svg, $"Over-dispersion: multiplicative, phi {adjusted.Phi.ToString("0.00", CultureInfo.InvariantCulture)}");
        ChartAssert.HasText(svg, "Limits before adjustment");
        Assert.Contains("limits widened for over-dispersion", plot.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_names_the_units_outside_and_their_side()
    {
        FunnelChart funnel = Fixtures.Funnel();
        string description = new FunnelPlot(funnel).Description;
        foreach (FunnelUnitResult unit in funnel.Units.Where(u => u.Outside998 != FunnelSide.None))
        {
            Assert.Contains($"{unit.Id} ({(unit.Outside998 == FunnelSide.Above ? "above" : "below")})", description, StringComparison.Ordinal);
        }

        Assert.EndsWith("1 without a value not shown.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Means_and_ratios_draw_on_their_own_scale()
    {
        var means = FunnelChart.ForMeans([new("A", 4.1, 30), new("B", 4.6, 12), new("C", 3.9, 50)], 1.1, null);
        ChartAssert.HasText(ChartAssert.IsSvg(new FunnelPlot(means).Render(ChartFormat.Svg, 700, 500), 700, 500), "Mean");
        var ratios = FunnelChart.ForRatios([new("A", 12, 10.5), new("B", 3, 6.2), new("C", 30, 20.0)], null);
        ChartAssert.HasText(ChartAssert.IsSvg(new FunnelPlot(ratios).Render(ChartFormat.Svg, 700, 500), 700, 500), "Observed / expected");
        Assert.Throws<ArgumentNullException>(() => new FunnelPlot(null!));
    }

    [Fact]
    public void Units_all_of_one_size_get_flat_limits()
    {
        var funnel = FunnelChart.ForProportions([new("A", 40, 50), new("B", 45, 50), new("C", 30, 50)], null);
        Assert.Single(funnel.Limits);
        ChartAssert.IsPng(new FunnelPlot(funnel).Render(ChartFormat.Png, 600, 400), 600, 400);
    }
}

public sealed class SpcChartTests
{
    [Theory]
    [InlineData(ImprovementDirection.Increase, SpecialCause.Concern, "#FAB428", "Special cause: concern")]
    [InlineData(ImprovementDirection.Decrease, SpecialCause.Improvement, "#289DE0", "Special cause: improvement")]
    [InlineData(ImprovementDirection.Neutral, SpecialCause.Neutral, "#361475", "Special cause: neutral")]
    public void Special_causes_take_the_Making_Data_Count_colours(ImprovementDirection direction, SpecialCause signal, string colour, string legend)
    {
        XmrChart xmr = Fixtures.Xmr(direction);
        int count = xmr.Points.Count(p => p.Signal == signal);
        Assert.True(count > 0);
        string text = new SpcChart(xmr).Render(ChartFormat.Svg, 900, 500).ToSvgText();
        Assert.Contains($"fill=\"{colour}\"", text, StringComparison.OrdinalIgnoreCase);
        ChartAssert.HasText(System.Xml.Linq.XDocument.Parse(text), $"{legend}: {count}");
        foreach ((SpecialCause other, string otherColour) in new[] { (SpecialCause.Concern, "#FAB428"), (SpecialCause.Improvement, "#289DE0"), (SpecialCause.Neutral, "#361475") })
        {
            bool drawn = text.Contains($"fill=\"{otherColour}\"", StringComparison.OrdinalIgnoreCase);
            Assert.Equal(xmr.Points.Any(p => p.Signal == other), drawn);
        }
    }

    [Fact]
    public void Target_mean_limits_and_months_are_drawn_and_named()
    {
        XmrChart xmr = Fixtures.Xmr();
        var svg = ChartAssert.IsSvg(new SpcChart(xmr) { ValueName = "Positive (%)", ValueFormat = "0%" }.Render(ChartFormat.Svg, 1000, 500), 1000, 500);
        ChartAssert.HasText(svg, "Target 90%: hit and miss");
        ChartAssert.HasText(svg, "Mean");
        ChartAssert.HasText(svg, "Process limits");
        ChartAssert.HasText(svg, "Positive (%)");
        ChartAssert.HasText(svg, xmr.Points[0].Label!);
        Assert.DoesNotContain(ChartAssert.Texts(svg), t => t.StartsWith("Limits provisional", StringComparison.Ordinal));
    }

    [Fact]
    public void Fewer_than_twelve_points_say_the_limits_are_provisional()
    {
        XmrChart xmr = Fixtures.Xmr(points: 9);
        Assert.True(xmr.HasProvisionalLimits);
        var chart = new SpcChart(xmr);
        ChartAssert.HasText(ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, 800, 500), 800, 500), "Limits provisional: fewer than 12 points");
        Assert.EndsWith("Limits are provisional (fewer than 12 points).", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_lists_the_special_causes_by_month()
    {
        XmrChart xmr = Fixtures.Xmr();
        string description = new SpcChart(xmr) { ValueFormat = "0%" }.Description;
        Assert.StartsWith($"SPC chart of 20 points ({xmr.Points[0].Label} to {xmr.Points[^1].Label}): mean ", description, StringComparison.Ordinal);
        Assert.Contains("concern at " + string.Join(", ", xmr.Points.Where(p => p.Signal == SpecialCause.Concern).Select(p => p.Label)), description, StringComparison.Ordinal);
        Assert.Contains("Target 90%: hit and miss.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebased_segments_each_get_their_own_limits()
    {
        XmrChart xmr = XmrChart.Compute(Fixtures.Monthly, new XmrOptions { RebaseAt = [12] });
        Assert.Equal(2, xmr.Segments.Length);
        Assert.Contains("from 13: mean", new SpcChart(xmr).Description, StringComparison.Ordinal);
        ChartAssert.IsPng(new SpcChart(xmr).Render(ChartFormat.Png, 800, 400), 800, 400);
        Assert.Throws<ArgumentNullException>(() => new SpcChart(null!));
    }
}

public sealed class DialogProfileTests
{
    [Fact]
    public void Means_are_over_the_ratings_given()
    {
        DialogProfile profile = Fixtures.Profile();
        Assert.Equal(11, profile.Domains.Length);
        for (int i = 0; i < 11; i++)
        {
            int[] first = [.. Fixtures.DialogFirst.Select(r => r[i]).Where(r => r > 0)];
            int[] latest = [.. Fixtures.DialogLatest.Select(r => r[i]).Where(r => r > 0)];
            DialogDomainRatings row = profile.Domains[i];
            Assert.Equal(Dialog.Items[i].Domain, row.Domain);
            Assert.Equal((first.Length, latest.Length), (row.FirstCount, row.SecondCount));
            Assert.Equal(first.Length == 0 ? null : first.Average(), row.FirstMean);
            Assert.Equal(latest.Length == 0 ? null : latest.Average(), row.SecondMean);
            Assert.Equal(row.SecondMean - row.FirstMean, row.Change);
        }

        Assert.Equal(1, profile.Domains.Single(d => d.Domain == DialogDomain.Friendships).FirstCount);
    }

    [Fact]
    public void Every_item_is_named_with_the_occasions_in_the_legend()
    {
        var svg = ChartAssert.IsSvg(Fixtures.Profile().Render(ChartFormat.Svg, 900, 650), 900, 650);
        foreach (DialogItem item in Dialog.Items)
        {
            ChartAssert.HasText(svg, DialogProfile.Name(item.Domain));
        }

        ChartAssert.HasText(svg, "First DIALOG (2)");
        ChartAssert.HasText(svg, "Latest DIALOG (2)");
    }

    [Fact]
    public void An_item_nobody_rated_has_no_mean()
    {
        DialogResponse empty = DialogResponse.FromPositional(Enumerable.Repeat(Answer.NotAnswered, 11).ToArray());
        var profile = new DialogProfile([empty], []);
        Assert.All(profile.Domains, d => Assert.Null(d.FirstMean));
        Assert.All(profile.Domains, d => Assert.Null(d.Change));
        ChartAssert.IsPng(profile.Render(ChartFormat.Png, 600, 500), 600, 500);
        Assert.Contains("Mental health none to none", profile.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_sets_or_responses_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new DialogProfile(null!, []));
        Assert.Throws<ArgumentNullException>(() => new DialogProfile([], null!));
        var ex = Assert.Throws<ArgumentNullException>(() => new DialogProfile([], [null!]));
        Assert.Equal("second", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => DialogProfile.Name((DialogDomain)99));
    }
}

/// <summary>Issue 15: an SPC chart's time axis always labels the latest point, whatever the width.</summary>
public sealed class SpcAxisTests
{
    [Theory]
    [InlineData(24, 400)]
    [InlineData(25, 600)]
    [InlineData(37, 1000)]
    public void The_latest_point_has_its_label(int months, int width)
    {
        XmrChart xmr = XmrChart.Compute(
            Enumerable.Range(1, months).Select(i => new SpcObservation(10 + (i % 3), $"m{i:00}")),
            XmrOptions.Default);
        var chart = new SpcChart(xmr);
        var svg = ChartAssert.IsSvg(chart.Render(ChartFormat.Svg, width, 420), width, 420);
        ChartAssert.HasText(svg, $"m{months:00}");
    }
}
