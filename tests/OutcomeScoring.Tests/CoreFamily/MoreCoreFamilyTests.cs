using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.CoreFamily;

/// <summary>GP-CORE and CORE-SF/A, SF/B from the "More CORE family members" section of specs/core.md.</summary>
public class MoreCoreFamilyTests
{
    private static readonly int[] OmReversed = [3, 4, 7, 12, 19, 21, 31, 32];

    [Fact]
    public void GP_CORE_has_14_CORE_OM_items_all_eight_reversed_items_and_no_risk()
    {
        Instrument gp = GpCore.Instrument;
        Assert.Equal(14, gp.Items.Length);
        Assert.Equal([2, 3, 4, 7, 8, 12, 18, 19, 21, 25, 27, 29, 31, 32], GpCore.CoreOmItems);
        Assert.Equal(8, gp.Items.Count(i => i.Keying == ItemKeying.Reversed));
        Assert.All(gp.Items, i => Assert.Equal(OmReversed.Contains(GpCore.CoreOmItems[i.Number - 1]), i.Keying == ItemKeying.Reversed));
        Assert.DoesNotContain(gp.Items, i => i.IsRisk);
        Assert.Equal(1, gp.Scores.Single().MaximumMissing);
        Assert.Equal(8 * 4 / 14.0, gp.Score(SpecFacts.Uniform(14, 0)).Primary.Mean);
    }

    [Theory]
    [InlineData("core-sf-a", new[] { 6, 34 })]
    [InlineData("core-sf-b", new[] { 16, 22 })]
    public void Short_forms_hold_4_wellbeing_6_problems_6_functioning_and_2_risk_items(string id, int[] riskItems)
    {
        (Instrument form, IReadOnlyList<int> om) = id == "core-sf-a"
            ? (CoreShortForms.FormA, CoreShortForms.FormACoreOmItems)
            : (CoreShortForms.FormB, CoreShortForms.FormBCoreOmItems);
        Assert.Equal(18, form.Items.Length);
        Assert.Equal(18, om.Distinct().Count());
        Assert.Equal([4, 6, 6, 2], new[] { "wellbeing", "problems", "functioning", "risk" }.Select(s => form.Scores[form.IndexOfScore(s)].Items.Length));
        Assert.Equal(16, form.Scores[form.IndexOfScore("nonrisk")].Items.Length);
        Assert.Equal(riskItems.Order(), form.Items.Where(i => i.IsRisk).Select(i => om[i.Number - 1]).Order());
        Assert.Equal(1, form.Scores[form.IndexOfScore("all")].MaximumMissing);
        Assert.All(form.Scores.Where(s => s.Id != "all"), s => Assert.Equal(0, s.MaximumMissing));
    }

    [Fact]
    public void Every_answer_0_gives_the_hand_computed_short_form_scores()
    {
        // SF/A reverses CORE-OM 4, 32, 19, 7, 31 and SF/B reverses 31, 12, 4, 3, 21: five items each, scored 4.
        // Wellbeing holds both reversed W items (4, 31): 8 / 4. Functioning: SF/A 32, 33, 19, 25, 7, 29 and
        // SF/B 1, 12, 10, 3, 21, 26, three reversed in each: 12 / 6. Problems and risk hold no reversed item.
        foreach (Instrument form in new[] { CoreShortForms.FormA, CoreShortForms.FormB })
        {
            InstrumentResult result = form.Score(SpecFacts.Uniform(18, 0));
            Assert.Equal(20 / 18.0, result["all"].Mean);
            Assert.Equal(200 / 18.0, result["all"].ClinicalScore);
            Assert.Equal(20 / 16.0, result["nonrisk"].Mean);
            Assert.Equal(2.0, result["wellbeing"].Mean);
            Assert.Equal(0.0, result["problems"].Mean);
            Assert.Equal(2.0, result["functioning"].Mean);
            Assert.Equal(0.0, result["risk"].Mean);
            Assert.False(result.RiskFlag);
        }
    }

    [Fact]
    public void The_catalogue_finds_GP_CORE_and_both_short_forms_by_id()
    {
        Assert.Same(GpCore.Instrument, Instruments.Get("gp-core"));
        Assert.Same(CoreShortForms.FormA, Instruments.Get("core-sf-a"));
        Assert.Same(CoreShortForms.FormB, Instruments.Get("CORE-SF-B"));
        Assert.Equal(["core-om", "core-10", "yp-core", "dialog", "gp-core", "core-sf-a", "core-sf-b", "core-6d", "pam-13"], Instruments.All.Take(9).Select(i => i.Id));
    }

    private static Gen<Answer[]> FormAnswers(int count) =>
        Gen.Frequency((1, Gen.Constant(Answer.NotAnswered)), (1, Gen.Constant(Answer.NotApplicable)), (8, Gen.Choose(0, 4).Select(Answer.Of))).ArrayOf(count);

    [Fact]
    public void GP_CORE_and_short_form_scores_lie_in_0_to_4() =>
        Prop.ForAll(Gen.Zip(FormAnswers(18), FormAnswers(18)).ToArbitrary(), c =>
            new[] { GpCore.Instrument.Score(c.Item1.AsSpan(0, 14)), CoreShortForms.FormA.Score(c.Item1), CoreShortForms.FormB.Score(c.Item2) }
                .SelectMany(r => r.ToArray())
                .All(s => s.IsComputable
                    ? s.Mean is >= 0 and <= 4 && s.ClinicalScore is >= 0 and <= 40
                    : s.Mean is null && s.ClinicalScore is null))
            .Check(SuiteEffort.Properties(100));

    [Fact]
    public void Every_short_form_score_built_from_a_full_CORE_OM_matches_the_sheet_rule_on_those_items() =>
        Prop.ForAll(CoreOmForms.ToArbitrary(), om =>
        {
            foreach ((Instrument form, IReadOnlyList<int> items) in new[] { (CoreShortForms.FormA, CoreShortForms.FormACoreOmItems), (CoreShortForms.FormB, CoreShortForms.FormBCoreOmItems) })
            {
                InstrumentResult result = form.Score([.. items.Select(i => om[i - 1])]);
                foreach (SpecFacts.ScoreFact domain in SpecFacts.CoreOm.Scores)
                {
                    // The sheet: the form's items that belong to the CORE-OM score; total at most 1 missing, the rest none.
                    var fact = new SpecFacts.ScoreFact(domain.Id, [.. domain.Items.Where(items.Contains)], domain.Id == "all" ? 1 : 0);
                    double? expected = SpecFacts.ExpectedMean(SpecFacts.CoreOm, fact, om);
                    double? actual = result[domain.Id].Mean;
                    if (expected is null != actual is null || (expected is { } e && Math.Abs(e - actual!.Value) > 1e-12))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).Check(SuiteEffort.Properties(100));

    private static Gen<Answer[]> CoreOmForms =>
        Gen.Frequency((1, Gen.Constant(Answer.NotAnswered)), (12, Gen.Choose(0, 4).Select(Answer.Of))).ArrayOf(34);

    [Fact]
    public void A_short_form_built_from_a_full_CORE_OM_scores_the_same_as_those_items_scored_directly() =>
        Prop.ForAll(CoreOmForms.ToArbitrary(), om =>
        {
            foreach ((Instrument form, IReadOnlyList<int> items) in new[] { (CoreShortForms.FormA, CoreShortForms.FormACoreOmItems), (CoreShortForms.FormB, CoreShortForms.FormBCoreOmItems), (GpCore.Instrument, GpCore.CoreOmItems) })
            {
                Answer[] answers = [.. items.Select(i => om[i - 1])];
                Score all = form.Score(answers).Primary;
                int[] keyed = [.. items.Where(i => om[i - 1].IsAnswered).Select(i => SpecFacts.Keyed(SpecFacts.CoreOm, i, om[i - 1].Value!.Value))];
                double? expected = items.Count - keyed.Length <= 1 ? keyed.Average() : null;
                if (all.Mean != expected && !(all.Mean is { } m && expected is { } e && Math.Abs(m - e) < 1e-12))
                {
                    return false;
                }

                if (form.Score(answers).ToArray().Any(s => s.Mean is < 0 or > 4))
                {
                    return false;
                }
            }

            return true;
        }).Check(SuiteEffort.Properties(100));
}
