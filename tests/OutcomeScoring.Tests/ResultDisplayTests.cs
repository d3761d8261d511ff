using System.Diagnostics;
using System.Reflection;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Comparison;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Tests;

/// <summary>Result types print what a person looking at them needs, in the invariant culture, rounded only for display.</summary>
public sealed class ResultDisplayTests
{
    public static TheoryData<Type> DisplayedTypes =>
    [
        typeof(InstrumentResult), typeof(Score), typeof(ChangePair), typeof(CategoryRate), typeof(ChangeSummary),
        typeof(ProportionInterval), typeof(FftCounts), typeof(FftFigures), typeof(FftUnitSummary),
        typeof(FunnelChart), typeof(FunnelUnitResult), typeof(XmrChart), typeof(XmrPoint),
        typeof(Pam13Result), typeof(DialogResult), typeof(DialogItemChange),
    ];

    [Theory]
    [MemberData(nameof(DisplayedTypes))]
    public void The_debugger_shows_ToString(Type type)
    {
        DebuggerDisplayAttribute? attribute = type.GetCustomAttribute<DebuggerDisplayAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal("{ToString(),nq}", attribute.Value);
        Assert.Equal(type, type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType);
    }

    [Fact]
    public void Instrument_and_Score_give_name_id_and_value_or_why_not()
    {
        Assert.Equal("CORE-10 (core-10)", Core10.Instrument.ToString());
        InstrumentResult prorated = Core10.Instrument.Score([2, 1, Answer.NotAnswered, 3, 2, 4, 1, 2, 3, 3]);
        Assert.Equal("total: mean 2.5555555555555554, clinical 25.555555555555557 (prorated)", prorated.Primary.ToString());
        Assert.Equal("total: mean 2, clinical 20", Core10.Instrument.Score(SpecFacts.Uniform(10, 2)).Primary.ToString());
        Assert.Equal(
            "total: Total not computable: 10 of its 10 items missing; at most 1 may be missing.",
            Core10.Instrument.Score(SpecFacts.Blank(10)).Primary.ToString());
        Assert.Equal("(no score)", default(Score).ToString());
    }

    [Fact]
    public void InstrumentResult_gives_the_score_band_risk_and_items()
    {
        InstrumentResult result = Core10.Instrument.Score([2, 1, Answer.NotAnswered, 3, 2, 4, 1, 2, 3, 3]);
        Assert.Equal("CORE-10: clinical 25.5556 (prorated), band severe, risk flagged; 9 of 10 items answered", result.ToString());
        Assert.Equal("(no result)", default(InstrumentResult).ToString());
    }

    [Fact]
    public void InstrumentResult_names_each_score_when_there_are_several()
    {
        DialogResponse response = DialogResponse.FromPositional([3, 5, 2, 2, 6, 2, 4, 6, 2, 6, 3]);
        string text = Dialog.Score(response).Scores.ToString();
        Assert.Equal("DIALOG: sqol 3.75, ts 3.6667; 11 of 11 items answered", text);
    }

    [Fact]
    public void ChangePair_gives_the_scores_change_and_outcome()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        Assert.Equal("25 -> 8 (-17): reliable improvement, clinical to non clinical, recovered", criteria.Classify(25, 8).ToString());
        Assert.Equal("8 -> 18 (+10): reliable deterioration, non clinical to clinical, deteriorated", criteria.Classify(8, 18).ToString());
        Assert.Equal("20 -> none: not computable (no follow up)", criteria.Classify(20, null).ToString());
        var noCutoff = new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(6, ChangeBoundary.AtLeast, "test"));
        Assert.Equal("18 -> 16.5 (-1.5): no reliable change, unchanged", noCutoff.Classify(18, 16.5).ToString());
    }

    [Fact]
    public void Cohort_rates_and_summaries_give_counts_and_percentages()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        ChangeSummary summary = ChangeCohort.Summarise([("North", criteria.Classify(25, 8)), ("North", criteria.Classify(30, 20)), ("North", criteria.Classify(20, null))])[0];
        CategoryRate recovered = summary.Outcomes[0];
        Assert.Equal($"recovered: 1 of 2, {recovered.Rate}", recovered.ToString());
        Assert.Equal("North: 3 pairs, 2 computable; recovered 1 (50.0%), improved 1 (50.0%), unchanged 0 (0.0%), deteriorated 0 (0.0%); 2 eligible to recover", summary.ToString());
        Assert.Equal("none: 0 of 0", new CategoryRate("none", 0, 0, null).ToString());
    }

    [Fact]
    public void ProportionInterval_prints_percentages_with_the_confidence()
    {
        Assert.Equal("93.3% (95% CI 91.2%-95.0%)", new ProportionInterval(0.93333, 0.91234, 0.95, 0.95).ToString());
        Assert.Equal("50.0% (99.8% CI 10.0%-90.0%)", new ProportionInterval(0.5, 0.1, 0.9, 0.998).ToString());
    }

    [Fact]
    public void Fft_counts_figures_and_rows_print_as_published()
    {
        var counts = new FftCounts(10, 5, 1, 0, 1, 0);
        Assert.Equal("17 responses: very good 10, good 5, neither 1, poor 0, very poor 1, don't know 0", counts.ToString());
        FftFigures figures = Fft.Summarise(counts);
        Assert.Equal($"17 responses: {figures.Positive} positive, {figures.Negative} negative", figures.ToString());
        Assert.StartsWith("17 responses: 88.2% (95% CI ", figures.ToString(), StringComparison.Ordinal);
        Assert.Equal("no responses", Fft.Summarise(default).ToString());

        var rows = FftReport.Build([new("Ward A", "Site", counts), new("Ward B", "Site", new FftCounts(2, 1, 0, 0, 0, 0))]);
        Assert.Equal($"Site: {rows[0].Figures}", rows[0].ToString());
        Assert.Equal("Ward A (in Site): suppressed (second level)", rows[1].ToString());
        Assert.Equal($"17 responses: {figures.Positive} positive, {figures.Negative} negative; suppressed (second level)", rows[1].Publish(FftDisclosure.Nhse).ToString());
        Assert.Equal("3 responses; suppressed (first level)", rows[2].Publish(FftDisclosure.Nhse).ToString());
        Assert.Equal("Ward B (in Site): suppressed (first level)", rows[2].ToString());
        Assert.Equal($"Ward A: {figures}", FftReport.Build([new("Ward A", null, counts)])[0].ToString());
    }

    [Fact]
    public void Funnel_results_print_value_z_and_side_without_judgement()
    {
        FunnelChart chart = FunnelChart.ForProportions([new("North", 880, 950), new("South", 380, 480), new("West", 108, 120), new("Memory", 0, 0)], null);
        FunnelUnitResult north = chart.Units[0];
        Assert.Equal($"North: 0.9263 (size 950), z {north.ZScore!.Value:0.####}, above the 99.8% limits", north.ToString());
        Assert.EndsWith("below the 99.8% limits", chart.Units[1].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("within the limits", chart.Units[2].ToString(), StringComparison.Ordinal);
        Assert.Equal("Memory: no value (The denominator is 0, so there is no proportion.)", chart.Units[3].ToString());
        Assert.Equal($"Proportion funnel (Normal limits): 4 units, target {chart.Target:0.####} (pooled); 2 outside the 99.8% limits, 2 outside the 95%", chart.ToString());
    }

    [Fact]
    public void Xmr_points_and_charts_print_their_signals()
    {
        double[] values = [4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 20];
        XmrChart chart = XmrChart.Compute(values.Select((v, i) => new SpcObservation(v, $"m{i + 1}")), new XmrOptions { Direction = ImprovementDirection.Decrease, Target = 4 });
        XmrPoint last = chart.Points[^1];
        Assert.Equal($"m15: 20 (mean {last.Centre:0.####}, limits {last.LowerLimit:0.####}-{last.UpperLimit:0.####}), concern (outside limits)", last.ToString());
        Assert.EndsWith("common cause", chart.Points[0].ToString(), StringComparison.Ordinal);
        Assert.Equal($"XmR chart: 15 points, 1 segment, mean {last.Centre:0.####}, limits {last.LowerLimit:0.####}-{last.UpperLimit:0.####}; 1 special-cause points (concern 1); target {AssuranceWords(chart.Segments[0].Assurance)}", chart.ToString());
    }

    [Fact]
    public void Dialog_results_and_item_changes_print_means_and_categories()
    {
        DialogResponse first = DialogResponse.FromPositional([3, 5, 2, 2, 6, 2, 4, 6, 2, 6, 3], helpWanted: [true, true, null, null, true, false, true, null, true, true, false]);
        Assert.Equal("DIALOG: SQOL 3.75 (8 items), TS 3.6667 (3 items), unmet needs 6", Dialog.Score(first).ToString());
        DialogResponse sparse = DialogResponse.FromPositional([3, Answer.NotAnswered, Answer.NotAnswered, 2, 6, 2, 4, 6, 2, 6, 3]);
        Assert.Equal("DIALOG: SQOL not computable (6 items), TS 3.6667 (3 items), unmet needs not asked", Dialog.Score(sparse).ToString());

        var changes = Dialog.CompareItems(first, sparse);
        Assert.Equal("mental-health: 3 -> 3 (0), no reliable change", changes[0].ToString());
        Assert.Equal("physical-health: 5 -> none, not assessable", changes[1].ToString());
        Assert.Equal("medication: 2 -> 2 (0), no reliable change (treatment item: not an outcome)", changes[8].ToString());
        Assert.Equal("leisure-activities: 6 -> 6 (0), no reliable change", changes[4].ToString());
        Assert.Equal("mental-health: 3 -> 5 (+2), reliable improvement", Dialog.CompareItems(first, DialogResponse.FromPositional([5, 5, 2, 2, 6, 2, 4, 6, 2, 6, 3]))[0].ToString());
    }

    private static string AssuranceWords(TargetAssurance assurance) => assurance switch
    {
        TargetAssurance.ConsistentlyPass => "consistently pass",
        TargetAssurance.ConsistentlyFail => "consistently fail",
        _ => "hit and miss",
    };
}
