using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.CoreFamily;

/// <summary>The checks of specs/core.md for CORE-OM, as examples.</summary>
public class CoreOmTests
{
    private static readonly Instrument Om = CoreOm.Instrument;

    [Theory]
    // every answer -> W, P, F, R, All, NR (specs/core.md "Checks")
    [InlineData(0, 2.0, 0.0, 2.0, 0.0, 32.0 / 34, 32.0 / 28)]
    [InlineData(4, 2.0, 4.0, 2.0, 4.0, 104.0 / 34, 80.0 / 28)]
    [InlineData(2, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0)]
    public void Published_checks_for_uniform_answers(int answer, double w, double p, double f, double r, double all, double nr)
    {
        InstrumentResult result = Om.Score(SpecFacts.Uniform(34, answer));

        Assert.Equal(w, result["wellbeing"].Mean!.Value, 12);
        Assert.Equal(p, result["problems"].Mean!.Value, 12);
        Assert.Equal(f, result["functioning"].Mean!.Value, 12);
        Assert.Equal(r, result["risk"].Mean!.Value, 12);
        Assert.Equal(all, result["all"].Mean!.Value, 12);
        Assert.Equal(nr, result["nonrisk"].Mean!.Value, 12);
        Assert.Equal(all * 10, result["all"].ClinicalScore!.Value, 12);
    }

    [Fact]
    public void Exactly_items_3_4_7_12_19_21_31_32_are_reverse_scored()
    {
        for (int item = 1; item <= 34; item++)
        {
            Answer[] answers = SpecFacts.Uniform(34, 0);
            answers[item - 1] = 4;
            double all = Om.Score(answers)["all"].Mean!.Value;
            bool reversed = new[] { 3, 4, 7, 12, 19, 21, 31, 32 }.Contains(item);

            // Raising a reversed item from 0 to 4 lowers its scored value from 4 to 0, and vice versa.
            double expected = reversed ? (32.0 - 4) / 34 : (32.0 + 4) / 34;
            Assert.True(Math.Abs(expected - all) < 1e-12, $"item {item}: expected {expected}, got {all}");
        }
    }

    [Fact]
    public void Item_32_is_reversed_and_item_30_is_not()
    {
        // A public scorer reverses 30 instead of 32; the sheet says 32 is right.
        Assert.Equal(ItemKeying.Reversed, Om.Items[31].Keying);
        Assert.Equal(ItemKeying.Direct, Om.Items[29].Keying);
    }

    [Fact]
    public void Domains_hold_the_items_the_sheet_lists()
    {
        foreach (SpecFacts.ScoreFact fact in SpecFacts.CoreOm.Scores)
        {
            Assert.Equal(fact.Items.Order(), Om.Scores[Om.IndexOfScore(fact.Id)].Items.Order());
            Assert.Equal(fact.MaxMissing, Om.Scores[Om.IndexOfScore(fact.Id)].MaximumMissing);
        }
    }

    [Theory]
    [InlineData("all", 3)]
    [InlineData("nonrisk", 3)]
    [InlineData("problems", 1)]
    [InlineData("functioning", 1)]
    [InlineData("wellbeing", 0)]
    [InlineData("risk", 0)]
    public void Each_score_is_prorated_up_to_its_limit_and_not_beyond(string scoreId, int limit)
    {
        ScoreDefinition score = Om.Scores[Om.IndexOfScore(scoreId)];
        Answer[] answers = SpecFacts.Uniform(34, 3);
        for (int k = 0; k < limit; k++)
        {
            answers[score.Items[k] - 1] = Answer.NotAnswered;
        }

        Score atLimit = Om.Score(answers)[scoreId];
        Assert.True(atLimit.IsComputable);
        Assert.Equal(limit > 0, atLimit.IsProrated);
        Assert.Equal(limit, atLimit.ItemsMissing);

        answers[score.Items[limit] - 1] = Answer.NotAnswered;
        Score beyond = Om.Score(answers)[scoreId];
        Assert.False(beyond.IsComputable);
        Assert.Null(beyond.Mean);
        Assert.Null(beyond.ClinicalScore);
        Assert.Equal(NotComputableReason.TooManyItemsMissing, beyond.NotComputableReason);
        Assert.Contains($"{limit + 1} of its {score.Items.Length} items missing", beyond.Explanation, StringComparison.Ordinal);
        Assert.Contains($"at most {limit} may be missing", beyond.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_risk_limit_is_3_since_2023_and_2_under_the_older_rule()
    {
        Answer[] answers = SpecFacts.Uniform(34, 1);
        foreach (int item in new[] { 1, 2, 5 })
        {
            answers[item - 1] = Answer.NotAnswered;
        }

        Assert.True(CoreOm.Instrument.Score(answers)["nonrisk"].IsComputable);
        Assert.False(CoreOm.InstrumentWithPre2023NonRiskRule.Score(answers)["nonrisk"].IsComputable);
        Assert.Equal(2, CoreOm.InstrumentWithPre2023NonRiskRule.Scores[1].MaximumMissing);
    }

    [Fact]
    public void One_answered_item_never_gives_a_total()
    {
        Answer[] answers = SpecFacts.Blank(34);
        answers[0] = 4;
        InstrumentResult result = Om.Score(answers);
        Assert.Null(result["all"].ClinicalScore);
        Assert.Equal(1, result.ItemsAnswered);
        Assert.Equal(33, result.ItemsMissing);
    }

    [Fact]
    public void All_blank_is_a_result_not_an_exception()
    {
        InstrumentResult result = Om.Score(SpecFacts.Blank(34));
        Assert.All(result.ToArray(), s => Assert.False(s.IsComputable));
        Assert.False(result.RiskFlag);
        Assert.Null(result.Band);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(24)]
    [InlineData(34)]
    public void Any_risk_item_above_zero_raises_the_risk_flag(int item)
    {
        Answer[] answers = SpecFacts.Uniform(34, 0);
        Assert.False(Om.Score(answers).RiskFlag);
        answers[item - 1] = 1;
        InstrumentResult result = Om.Score(answers);
        Assert.True(result.RiskFlag);
        Assert.Equal(1, result.RiskItemsFlagged);
    }

    [Fact]
    public void Non_risk_items_never_raise_the_risk_flag()
    {
        Answer[] answers = SpecFacts.Uniform(34, 4);
        foreach (int item in SpecFacts.CoreOm.Risk)
        {
            answers[item - 1] = 0;
        }

        Assert.False(Om.Score(answers).RiskFlag);
    }

    [Theory]
    [InlineData(5.999, "healthy")]
    [InlineData(6, "low")]
    [InlineData(9.99, "low")]
    [InlineData(10, "mild")]
    [InlineData(14.99, "mild")]
    [InlineData(15, "moderate")]
    [InlineData(20, "moderate-severe")]
    [InlineData(24.99, "moderate-severe")]
    [InlineData(25, "severe")]
    [InlineData(40, "severe")]
    public void Third_party_severity_bands_are_half_open(double clinical, string code)
    {
        Assert.Equal(code, CoreOm.SeverityBands.Classify(clinical)!.Code);
        Assert.NotNull(CoreOm.SeverityBands.Caveat);
    }

    [Fact]
    public void Band_is_taken_from_the_all_items_clinical_score()
    {
        // 34 answers of 1, reversed items keyed 3: sum = 26*1 + 8*3 = 50, clinical = 500/34 = 14.7 -> mild.
        InstrumentResult result = Om.Score(SpecFacts.Uniform(34, 1));
        Assert.Equal(500.0 / 34, result["all"].ClinicalScore!.Value, 12);
        Assert.Equal("mild", result.Band!.Code);
    }

    [Fact]
    public void Default_cutoff_is_Connell_2007_ten_clinical_points_for_everyone()
    {
        Assert.Same(CoreOm.Connell2007, Om.Interpretation.DefaultCutoffs);
        CutoffComparison comparison = Om.Score(SpecFacts.Uniform(34, 2)).CompareWithCutoff();
        Assert.Equal(10, comparison.ClinicalCutoff);
        Assert.True(comparison.IsInClinicalRange);
    }

    [Theory]
    [InlineData("all", Gender.Male, 1.19, 0.51)]
    [InlineData("all", Gender.Female, 1.29, 0.51)]
    [InlineData("wellbeing", Gender.Female, 1.77, 1.33)]
    [InlineData("problems", Gender.Male, 1.44, 0.85)]
    [InlineData("functioning", Gender.Female, 1.30, 0.84)]
    [InlineData("risk", Gender.Male, 0.43, 0.95)]
    [InlineData("nonrisk", Gender.Female, 1.50, 0.55)]
    public void Evans_2002_cutoffs_by_gender(string scoreId, Gender gender, double cutoff, double rci)
    {
        CutoffLookup lookup = CoreOm.Evans2002.Find(scoreId, gender);
        Assert.Equal(cutoff, lookup.Entry!.MeanCutoff);
        Assert.Equal(rci, lookup.Entry.ReliableChangeMean);
    }

    [Theory]
    // specs/core.md, Palmieri 2009 (Italy): all/W/P/F/R/NR; men, women, RCI (mean scale).
    [InlineData("all", 1.09, 1.20, 0.52)]
    [InlineData("wellbeing", 1.40, 1.84, 1.45)]
    [InlineData("problems", 1.30, 1.43, 0.85)]
    [InlineData("functioning", 1.29, 1.30, 0.89)]
    [InlineData("risk", 0.25, 0.22, 0.83)]
    [InlineData("nonrisk", 1.27, 1.42, 0.60)]
    public void Palmieri_2009_cutoffs_by_gender(string scoreId, double men, double women, double rci)
    {
        Assert.Equal("palmieri2009", CoreOm.Palmieri2009.Id);
        CutoffLookup male = CoreOm.Palmieri2009.Find(scoreId, Gender.Male), female = CoreOm.Palmieri2009.Find(scoreId, Gender.Female);
        Assert.Equal((men, women), (male.Entry!.MeanCutoff, female.Entry!.MeanCutoff));
        Assert.Equal(rci, male.Entry.ReliableChangeMean);
        Assert.Equal(rci, female.Entry.ReliableChangeMean);
    }

    [Fact]
    public void Gender_table_without_gender_says_why()
    {
        CutoffComparison comparison = Om.Score(SpecFacts.Uniform(34, 2)).CompareWithCutoff(reference: CoreOm.Evans2002);
        Assert.Null(comparison.IsInClinicalRange);
        Assert.Equal(NoComparisonReason.NoCutoff, comparison.Reason);
        Assert.Equal(NoCutoffReason.GenderNotGiven, comparison.Lookup.Reason);
        Assert.Equal("Evans et al. 2002 gives cut-offs by gender; no gender was given.", comparison.Explanation);
    }

    [Fact]
    public void Reliable_change_is_five_clinical_points()
    {
        Assert.Equal(5, Om.Interpretation.ReliableChange!.ClinicalPoints);
        Assert.Equal(10, Om.ClinicalMultiplier);
        Assert.Equal(ScoreDirection.LowerIsBetter, Om.Direction);
    }
}
