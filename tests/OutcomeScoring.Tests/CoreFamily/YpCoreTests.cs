using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.CoreFamily;

/// <summary>The checks of specs/core.md for YP-CORE, as examples.</summary>
public class YpCoreTests
{
    private static readonly Instrument Yp = YpCore.Instrument;

    [Fact]
    public void Items_3_5_10_are_reversed_and_at_most_one_may_be_missing()
    {
        Assert.Equal([3, 5, 10], Yp.Items.Where(i => i.Keying == ItemKeying.Reversed).Select(i => i.Number));
        Assert.Equal(1, Yp.Scores.Single().MaximumMissing);
        Assert.Equal(8, Yp.Interpretation.ReliableChange!.ClinicalPoints); // NHS England CYP, specs/mental-health-proms.md section 11
        Assert.Null(Yp.Interpretation.SeverityBands);
    }

    [Fact]
    public void Default_reference_is_Blackshaw()
    {
        Assert.Same(YpCore.Blackshaw, Yp.Interpretation.DefaultCutoffs);
    }

    // The table of specs/core.md, column by column: age, Blackshaw 2020 app M/F, Twigg M/F, Di Biase M/F. Di Biase boys 15-17
    // are withheld (checked 2026-12-06: the paper's one group has two tabulated values).
    public static TheoryData<int, double?, double?, double?, double?, double?, double?> Table => new()
    {
        { 11, 1.0, 1.1, 1.03, 1.44, 1.18, 1.34 },
        { 12, 1.0, 1.5, 1.03, 1.44, 1.18, 1.34 },
        { 13, 1.0, 1.4, 1.03, 1.44, 1.18, 1.34 },
        { 14, 1.3, 1.6, 1.41, 1.59, 1.18, 1.34 },
        { 15, 1.4, 1.6, 1.41, 1.59, null, 1.47 },
        { 16, 1.5, 1.5, 1.41, 1.59, null, 1.47 },
        { 17, null, null, null, null, null, 1.47 },
        { 10, null, null, null, null, null, null },
        { 18, null, null, null, null, null, null },
    };

    // specs/core.md, checked 2026-12-06: the corrected Blackshaw values (C. Evans' app, 2025-05-21), ages 11-18: age, boys, girls.
    public static TheoryData<int, double?, double?> Blackshaw => new()
    {
        { 11, 1.252, 1.432 },
        { 12, 1.104, 1.337 },
        { 13, 1.211, 1.484 },
        { 14, 1.301, 1.562 },
        { 15, 1.299, 1.784 },
        { 16, 1.487, 1.909 },
        { 17, 1.523, 1.664 },
        { 18, 1.523, 1.909 },
        { 10, null, null },
        { 19, null, null },
    };

    [Theory]
    [MemberData(nameof(Blackshaw))]
    public void Blackshaw_is_the_corrected_table_for_ages_11_to_18(int age, double? boys, double? girls)
    {
        Assert.Equal(boys, YpCore.Blackshaw.Find("total", Gender.Male, age).Entry?.MeanCutoff);
        Assert.Equal(girls, YpCore.Blackshaw.Find("total", Gender.Female, age).Entry?.MeanCutoff);
    }

    [Fact]
    public void Di_Biase_boys_15_to_17_have_no_cutoff_and_the_lookup_says_why()
    {
        foreach (int age in new[] { 15, 16, 17 })
        {
            CutoffLookup lookup = YpCore.DiBiase2021.Find("total", Gender.Male, age);
            Assert.Equal(NoCutoffReason.Withheld, lookup.Reason);
            Assert.StartsWith("Di Biase et al. 2021 (Italy) gives no cut-off here: boys 15-17 are one age group", lookup.Explanation, StringComparison.Ordinal);
            Assert.Contains("1.23", lookup.Explanation, StringComparison.Ordinal);
        }

        CutoffComparison comparison = Yp.Score(SpecFacts.Uniform(10, 2)).CompareWithCutoff(Gender.Male, 16, YpCore.DiBiase2021);
        Assert.Null(comparison.IsInClinicalRange);
        Assert.Equal(NoComparisonReason.NoCutoff, comparison.Reason);
        Assert.Equal(NoCutoffReason.Withheld, comparison.Lookup.Reason);
        Assert.Equal(1.34, YpCore.DiBiase2021.Find("total", Gender.Female, 14).Entry?.MeanCutoff);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Cutoffs_by_age_and_gender_for_each_reference(int age, double? bm, double? bf, double? tm, double? tf, double? dm, double? df)
    {
        Assert.Equal(bm, YpCore.Blackshaw2020App.Find("total", Gender.Male, age).Entry?.MeanCutoff);
        Assert.Equal(bf, YpCore.Blackshaw2020App.Find("total", Gender.Female, age).Entry?.MeanCutoff);
        Assert.Equal(tm, YpCore.Twigg2016.Find("total", Gender.Male, age).Entry?.MeanCutoff);
        Assert.Equal(tf, YpCore.Twigg2016.Find("total", Gender.Female, age).Entry?.MeanCutoff);
        Assert.Equal(dm, YpCore.DiBiase2021.Find("total", Gender.Male, age).Entry?.MeanCutoff);
        Assert.Equal(df, YpCore.DiBiase2021.Find("total", Gender.Female, age).Entry?.MeanCutoff);
    }

    [Fact]
    public void Outside_the_tables_ages_there_is_no_cutoff_and_the_result_says_so()
    {
        CutoffComparison comparison = Yp.Score(SpecFacts.Uniform(10, 2)).CompareWithCutoff(Gender.Female, 19);
        Assert.Null(comparison.ClinicalCutoff);
        Assert.Null(comparison.IsInClinicalRange);
        Assert.Equal(NoComparisonReason.NoCutoff, comparison.Reason);
        Assert.Equal(NoCutoffReason.AgeOutsideTable, comparison.Lookup.Reason);
        Assert.Equal("Blackshaw gives no cut-off for age 19; it covers ages 11-18.", comparison.Explanation);
        Assert.Equal(comparison.Explanation, comparison.Lookup.Explanation);
    }

    [Fact]
    public void A_score_equal_to_the_cutoff_is_in_the_clinical_range()
    {
        // Blackshaw 2020 app values, female, 11: cut-off 1.1 (clinical 11). Keyed sum 11 on a complete form.
        Answer[] answers = SpecFacts.Uniform(10, 0);
        answers[2] = 4;
        answers[4] = 4;
        answers[9] = 4; // reversed items scored 0
        answers[0] = 4;
        answers[1] = 4;
        answers[3] = 3;
        CutoffComparison at = Yp.Score(answers).CompareWithCutoff(Gender.Female, 11, YpCore.Blackshaw2020App);
        Assert.Equal(11.0, at.Score.ClinicalScore);
        Assert.Equal(11.0, at.ClinicalCutoff);
        Assert.True(at.IsInClinicalRange);

        answers[3] = 2;
        Assert.False(Yp.Score(answers).CompareWithCutoff(Gender.Female, 11, YpCore.Blackshaw2020App).IsInClinicalRange);
    }

    [Fact]
    public void Clinical_cutoff_is_the_published_decimal_times_ten_exactly()
    {
        CutoffComparison comparison = Yp.Score(SpecFacts.Uniform(10, 2)).CompareWithCutoff(Gender.Male, 12, YpCore.Twigg2016);
        Assert.Equal(10.3, comparison.ClinicalCutoff);
        Assert.Equal(1.03, comparison.MeanCutoff);
    }

    [Fact]
    public void Not_computable_score_has_no_clinical_range_and_says_why()
    {
        Answer[] answers = SpecFacts.Uniform(10, 2);
        answers[0] = Answer.NotAnswered;
        answers[1] = Answer.NotAnswered;
        CutoffComparison comparison = Yp.Score(answers).CompareWithCutoff(Gender.Male, 14);
        Assert.Equal(13.01, comparison.ClinicalCutoff);
        Assert.Null(comparison.IsInClinicalRange);
        Assert.Equal(NoComparisonReason.ScoreNotComputable, comparison.Reason);
        Assert.Equal(NoCutoffReason.None, comparison.Lookup.Reason);
        Assert.Null(comparison.Lookup.Explanation);
        Assert.Equal(comparison.Score.Explanation, comparison.Explanation);
        Assert.Contains("not computable", comparison.Explanation, StringComparison.Ordinal);
    }
}
