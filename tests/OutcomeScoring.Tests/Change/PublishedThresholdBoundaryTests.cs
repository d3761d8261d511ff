using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.Change;

/// <summary>
/// Issue 21, item 2: every published threshold tested at the value, one step below and one step above, on the scale the
/// rule uses. A step is the next representable number (<see cref="Math.BitDecrement"/>, <see cref="Math.BitIncrement"/>),
/// so a rule that compares with <c>&gt;</c> where the source says "at or above" fails here; answers are counted in whole
/// items. The values are the sheet's (specs/core.md, specs/change.md), written out here, not read from the definitions.
/// </summary>
public sealed class PublishedThresholdBoundaryTests
{
    /// <summary>Clinical cut-offs on the clinical scale (lower is better; a score at or above the cut-off is clinical).</summary>
    public static TheoryData<string, double> Cutoffs() => new()
    {
        { "core-om", 10 },  // specs/core.md: "Clinical cut-off: 10 (Connell et al. 2007 ...)".
        { "core-10", 11 },  // specs/core.md: "Barkham et al. 2013: ... clinical cut-off 11".
    };

    [Theory]
    [MemberData(nameof(Cutoffs))]
    public void A_score_at_the_cut_off_is_clinical_and_one_step_below_is_not(string instrument, double cutoff)
    {
        ChangeCriteria criteria = ChangeCriteria.For(Instruments.Get(instrument));
        Assert.Equal(true, criteria.IsClinical(cutoff));
        Assert.Equal(false, criteria.IsClinical(Math.BitDecrement(cutoff)));
        Assert.Equal(true, criteria.IsClinical(Math.BitIncrement(cutoff)));
    }

    [Theory]
    [MemberData(nameof(Cutoffs))]
    public void Recovery_needs_the_follow_up_one_step_below_the_cut_off(string instrument, double cutoff)
    {
        ChangeCriteria criteria = ChangeCriteria.For(Instruments.Get(instrument));
        double baseline = cutoff + 20;
        Assert.Equal(ChangeOutcome.Recovered, criteria.Classify(baseline, Math.BitDecrement(cutoff)).Outcome);
        Assert.Equal(ChangeOutcome.Improved, criteria.Classify(baseline, cutoff).Outcome);
    }

    /// <summary>Published reliable change thresholds on the clinical scale: a change of at least the threshold is reliable.</summary>
    public static TheoryData<string, double> ReliableChanges() => new()
    {
        { "core-om", 5 },   // specs/core.md: "Reliable change: 5 or more clinical points (CORE IMS)".
        { "core-10", 6 },   // specs/core.md: "reliable change index 6".
    };

    [Theory]
    [MemberData(nameof(ReliableChanges))]
    public void A_change_of_exactly_the_published_threshold_is_reliable_and_one_step_less_is_not(string instrument, double threshold)
    {
        ChangeCriteria criteria = ChangeCriteria.For(Instruments.Get(instrument));
        Assert.True(criteria.ReliableChange.IsReliable(threshold));
        Assert.False(criteria.ReliableChange.IsReliable(Math.BitDecrement(threshold)));
        Assert.True(criteria.ReliableChange.IsReliable(Math.BitIncrement(threshold)));

        // Through a pair, both ways (lower is better): 30 to 30 - threshold is an improvement, the reverse a deterioration.
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, criteria.Classify(30, 30 - threshold).ReliableChange);
        Assert.Equal(ReliableChangeCategory.ReliableDeterioration, criteria.Classify(30 - threshold, 30).ReliableChange);
        Assert.Equal(ReliableChangeCategory.NoReliableChange, criteria.Classify(30, Math.BitIncrement(30 - threshold)).ReliableChange);
    }

    [Fact]
    public void A_computed_criterion_counts_only_a_change_that_exceeds_it()
    {
        // specs/change.md: "Recommended default: >= for published whole-number thresholds, > for a computed RCI".
        ReliableChangeCriterion computed = ReliableChangeCriterion.FromReliability(baselineStandardDeviation: 7.7, reliability: 0.9);
        Assert.False(computed.IsReliable(computed.Threshold));
        Assert.False(computed.IsReliable(Math.BitDecrement(computed.Threshold)));
        Assert.True(computed.IsReliable(Math.BitIncrement(computed.Threshold)));
    }

    /// <summary>CORE-10's default bands (specs/core.md): half-open intervals on the clinical score; each lower bound starts its band.</summary>
    public static TheoryData<double, string, string> Core10Bands() => new()
    {
        { 6, "healthy", "low" },
        { 11, "low", "mild" },
        { 15, "mild", "moderate" },
        { 20, "moderate", "moderate-severe" },
        { 25, "moderate-severe", "severe" },
    };

    [Theory]
    [MemberData(nameof(Core10Bands))]
    public void A_CORE_10_score_at_a_band_boundary_is_in_the_upper_band_and_one_step_below_in_the_lower(double bound, string below, string at)
    {
        var banding = Core10.Instrument.Interpretation.SeverityBands!;
        Assert.Equal(at, banding.Classify(bound)!.Code);
        Assert.Equal(at, banding.Classify(Math.BitIncrement(bound))!.Code);
        Assert.Equal(below, banding.Classify(Math.BitDecrement(bound))!.Code);
    }

    /// <summary>The sheet's maximum missing items per score (specs/core.md, "Maximum missing items").</summary>
    public static TheoryData<string, string> Scores() => [.. SpecFacts.All.SelectMany(i => i.Scores.Select(s => (i.Id, s.Id)))];

    [Theory]
    [MemberData(nameof(Scores))]
    public void A_score_is_computed_with_the_maximum_missing_items_and_not_with_one_more(string instrument, string scoreId)
    {
        SpecFacts.ScoreFact fact = SpecFacts.For(instrument).Scores.Single(s => s.Id == scoreId);
        Instrument definition = Instruments.Get(instrument);
        Score AtMissing(int missing)
        {
            var answers = Enumerable.Repeat(Answer.Of(2), definition.Items.Length).ToArray();
            foreach (int item in fact.Items.Take(missing))
            {
                answers[item - 1] = Answer.NotAnswered;
            }

            return definition.Score(answers)[scoreId];
        }

        Assert.True(AtMissing(fact.MaxMissing).IsComputable);
        Assert.Equal(2, AtMissing(fact.MaxMissing).Mean);
        Assert.False(AtMissing(fact.MaxMissing + 1).IsComputable);
        if (fact.MaxMissing > 0)
        {
            Assert.True(AtMissing(fact.MaxMissing - 1).IsComputable);
        }
    }
}
