using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests;

/// <summary>Each reason a cut-off table gives no cut-off has its own code, and its sentence is the one the command line prints.</summary>
public class CutoffLookupTests
{
    private static readonly CutoffReference Blackshaw = YpCore.Instrument.Interpretation.DefaultCutoffs!;

    private static readonly CutoffReference WomenOnly = new("women", "Women only", [new CutoffEntry("total", 1.5, Gender.Female)], "test");

    public static TheoryData<CutoffReference, string, Gender?, int?, NoCutoffReason, string> Cases => new()
    {
        { Blackshaw, "total", Gender.Female, 17, NoCutoffReason.AgeOutsideTable, "Blackshaw gives no cut-off for age 17; it covers ages 11-16." },
        { Blackshaw, "total", null, 14, NoCutoffReason.GenderNotGiven, "Blackshaw gives cut-offs by gender; no gender was given." },
        { Blackshaw, "total", Gender.Male, null, NoCutoffReason.AgeNotGiven, "Blackshaw gives cut-offs by age; no age was given." },
        { Blackshaw, "wellbeing", Gender.Male, 14, NoCutoffReason.ScoreNotInTable, "Blackshaw gives no cut-off for the score 'wellbeing'." },
        { CoreOm.Evans2002, "all", null, null, NoCutoffReason.GenderNotGiven, "Evans et al. 2002 gives cut-offs by gender; no gender was given." },
        { WomenOnly, "total", Gender.Male, null, NoCutoffReason.NoRowApplies, "Women only gives no cut-off that applies." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_missing_cutoff_has_a_code_and_the_same_sentence(CutoffReference reference, string scoreId, Gender? gender, int? age, NoCutoffReason reason, string explanation)
    {
        CutoffLookup lookup = reference.Find(scoreId, gender, age);
        Assert.False(lookup.Found);
        Assert.Null(lookup.Entry);
        Assert.Same(reference, lookup.Reference);
        Assert.Equal(reason, lookup.Reason);
        Assert.Equal(explanation, lookup.Explanation);
    }

    [Fact]
    public void A_cutoff_found_has_no_reason()
    {
        CutoffLookup lookup = Blackshaw.Find("total", Gender.Female, 14);
        Assert.True(lookup.Found);
        Assert.Equal(NoCutoffReason.None, lookup.Reason);
        Assert.Null(lookup.Explanation);
    }

    [Fact]
    public void A_comparison_is_made_or_says_which_side_failed()
    {
        InstrumentResult complete = YpCore.Instrument.Score(SpecFacts.Uniform(10, 2));
        CutoffComparison made = complete.CompareWithCutoff(Gender.Female, 14);
        Assert.Equal(NoComparisonReason.None, made.Reason);
        Assert.Null(made.Explanation);
        Assert.Equal(NoComparisonReason.NoCutoff, complete.CompareWithCutoff(Gender.Female, 17).Reason);

        Answer[] answers = SpecFacts.Uniform(10, 2);
        answers[0] = answers[1] = Answer.NotAnswered;
        CutoffComparison notComputable = YpCore.Instrument.Score(answers).CompareWithCutoff(Gender.Female, 14);
        Assert.Equal(NoComparisonReason.ScoreNotComputable, notComputable.Reason);
        Assert.Equal(NotComputableReason.TooManyItemsMissing, notComputable.Score.NotComputableReason);
        Assert.Equal(notComputable.Score.Explanation, notComputable.Explanation);

        // With neither a cut-off nor a score, the cut-off is reported, as the command line always has.
        CutoffComparison neither = YpCore.Instrument.Score(answers).CompareWithCutoff(Gender.Female, 17);
        Assert.Equal(NoComparisonReason.NoCutoff, neither.Reason);
        Assert.Equal("Blackshaw gives no cut-off for age 17; it covers ages 11-16.", neither.Explanation);
    }
}
