using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests;

/// <summary>Each reason a cut-off table gives no cut-off has its own code, and its sentence is the one the command line prints.</summary>
public class CutoffLookupTests
{
    private static readonly CutoffReference Blackshaw = YpCore.Instrument.Interpretation.DefaultCutoffs!;

    private static readonly CutoffReference WomenOnly = new("women", "Women only", [new CutoffEntry("total", 1.5, Gender.Female)], "test");

    private static readonly CutoffReference ByAge = new("age", "By age", [new CutoffEntry("total", 1.5, MinimumAge: 11, MaximumAge: 17)], "test");

    private static readonly CutoffReference Adults = new("adults", "Adults", [new CutoffEntry("total", 1.5, MinimumAge: 18)], "test");

    private static readonly CutoffReference Young = new("young", "Young", [new CutoffEntry("total", 1.5, MaximumAge: 17)], "test");

    public static TheoryData<CutoffReference, string, Gender?, int?, NoCutoffReason, string> Cases => new()
    {
        { Blackshaw, "total", Gender.Female, 19, NoCutoffReason.AgeOutsideTable, "Blackshaw gives no cut-off for age 19; it covers ages 11-18." },
        { CoreOm.Feixas2016, "nonrisk", Gender.Female, null, NoCutoffReason.Withheld, "Trujillo et al. 2016 (Spain) gives no cut-off here: the women's non-risk value printed (1.13) is almost certainly the all-items value repeated in the wrong cell (the women's domain cut-offs predict about 1.33), and the true value could not be found." },
        { Blackshaw, "total", null, 14, NoCutoffReason.GenderNotGiven, "Blackshaw gives cut-offs by gender; no gender was given." },
        { Blackshaw, "total", Gender.Male, null, NoCutoffReason.AgeNotGiven, "Blackshaw gives cut-offs by age; no age was given." },
        { Blackshaw, "wellbeing", Gender.Male, 14, NoCutoffReason.ScoreNotInTable, "Blackshaw gives no cut-off for the score 'wellbeing'." },
        { CoreOm.Evans2002, "all", null, null, NoCutoffReason.GenderNotGiven, "Evans et al. 2002 gives cut-offs by gender; no gender was given." },
        { WomenOnly, "total", Gender.Male, null, NoCutoffReason.NoRowApplies, "Women only gives no cut-off that applies." },
        { ByAge, "total", null, null, NoCutoffReason.AgeNotGiven, "By age gives cut-offs by age; no age was given." },
        { ByAge, "total", null, 18, NoCutoffReason.AgeOutsideTable, "By age gives no cut-off for age 18; it covers ages 11-17." },
        { Adults, "total", null, 17, NoCutoffReason.AgeOutsideTable, "Adults gives no cut-off for age 17; it covers ages 18 and over." },
        { Young, "total", null, 18, NoCutoffReason.AgeOutsideTable, "Young gives no cut-off for age 18; it covers ages up to 17." },
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
        Assert.Equal(NoComparisonReason.NoCutoff, complete.CompareWithCutoff(Gender.Female, 19).Reason);

        Answer[] answers = SpecFacts.Uniform(10, 2);
        answers[0] = answers[1] = Answer.NotAnswered;
        CutoffComparison notComputable = YpCore.Instrument.Score(answers).CompareWithCutoff(Gender.Female, 14);
        Assert.Equal(NoComparisonReason.ScoreNotComputable, notComputable.Reason);
        Assert.Equal(NotComputableReason.TooManyItemsMissing, notComputable.Score.NotComputableReason);
        Assert.Equal(notComputable.Score.Explanation, notComputable.Explanation);

        // With neither a cut-off nor a score, the cut-off is reported, as the command line always has.
        CutoffComparison neither = YpCore.Instrument.Score(answers).CompareWithCutoff(Gender.Female, 19);
        Assert.Equal(NoComparisonReason.NoCutoff, neither.Reason);
        Assert.Equal("Blackshaw gives no cut-off for age 19; it covers ages 11-18.", neither.Explanation);
    }

    [Fact]
    public void Trujillo_2016_gives_men_a_non_risk_cutoff_and_women_every_other_one()
    {
        Assert.Equal(1.24, CoreOm.Feixas2016.Find("nonrisk", Gender.Male).Entry?.MeanCutoff);
        Assert.Equal(1.13, CoreOm.Feixas2016.Find("all", Gender.Female).Entry?.MeanCutoff);
        Assert.Equal(1.07, CoreOm.Feixas2016.Find("functioning", Gender.Female).Entry?.MeanCutoff);
        Assert.Contains("Trujillo", CoreOm.Feixas2016.Source, StringComparison.Ordinal);
        Assert.Contains("10.2147/NDT.S103079", CoreOm.Feixas2016.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withheld_cell_applies_before_the_age_and_gender_rules()
    {
        var table = new CutoffReference(
            "t", "T", [new CutoffEntry("total", 1.2, Gender.Male, 11, 14)], "test", [new WithheldCutoff("total", "doubtful.", Gender.Male, 15, 17)]);
        Assert.Equal(NoCutoffReason.Withheld, table.Find("total", Gender.Male, 15).Reason);
        Assert.Equal("T gives no cut-off here: doubtful.", table.Find("total", Gender.Male, 17).Explanation);
        Assert.Equal(NoCutoffReason.AgeOutsideTable, table.Find("total", Gender.Male, 18).Reason);
        Assert.Equal(1.2, table.Find("total", Gender.Male, 14).Entry?.MeanCutoff);
        Assert.Equal(NoCutoffReason.AgeOutsideTable, table.Find("total", Gender.Female, 15).Reason);
    }

    public static TheoryData<WithheldCutoff, string> BadWithheld => new()
    {
        { new WithheldCutoff("total", " ", Gender.Male, 15, 17), "gives no reason" },
        { new WithheldCutoff("total", "x", Gender.Male, 17, 15), "minimum age must not be above the maximum" },
        { new WithheldCutoff("total", "x", Gender.Male, 14, 15), "a person must get either a cut-off or a reason" },
        { new WithheldCutoff("total", "x", null, 12, null), "a person must get either a cut-off or a reason" },
    };

    [Theory]
    [MemberData(nameof(BadWithheld))]
    public void A_bad_withheld_cell_is_refused_with_a_clear_message(WithheldCutoff cell, string message)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(
            () => new CutoffReference("t", "T", [new CutoffEntry("total", 1.2, Gender.Male, 11, 14)], "test", [cell]));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal("withheld", ex.ParamName);
    }

    [Fact]
    public void A_table_is_checked_when_it_is_built_naming_what_is_wrong()
    {
        // Built here, in the test, not in a static field: the checks run while the test runs.
        CutoffEntry row = new("total", 1.2, Gender.Male, 11, 14);
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new CutoffReference(" ", "T", [row], "test")).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new CutoffReference("t", "", [row], "test")).ParamName);
        Assert.Equal("source", Assert.ThrowsAny<ArgumentException>(() => new CutoffReference("t", "T", [row], " ")).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new CutoffReference("t", "T", null!, "test")).ParamName);
        Assert.Equal("withheld", Assert.Throws<ArgumentNullException>(() => new CutoffReference("t", "T", [row], "test", null!)).ParamName);
        Assert.Equal(
            "Cut-off reference 't' has no entries. (Parameter 'entries')",
            Assert.Throws<ArgumentException>(() => new CutoffReference("t", "T", [], "test")).Message);
        Assert.StartsWith(
            "Cut-off reference 't' has a null entry.",
            Assert.Throws<ArgumentException>(() => new CutoffReference("t", "T", [row, null!], "test")).Message, StringComparison.Ordinal);
        Assert.StartsWith(
            "Cut-off reference 't': the row for score 'total' runs from age 15 to 14; the minimum age must not be above the maximum.",
            Assert.Throws<ArgumentException>(() => new CutoffReference("t", "T", [row with { MinimumAge = 15 }], "test")).Message, StringComparison.Ordinal);
        Assert.StartsWith(
            "Cut-off reference 't': the cut-off for score 'total' is NaN; it must be a finite number.",
            Assert.Throws<ArgumentException>(() => new CutoffReference("t", "T", [row with { MeanCutoff = double.NaN }], "test")).Message, StringComparison.Ordinal);

        // One age (minimum = maximum) is a valid row, and a valid table keeps what it was given.
        var table = new CutoffReference("t", "T", [row with { MinimumAge = 14 }], "test");
        Assert.Equal((14, 14), (table.Entries[0].MinimumAge, table.Entries[0].MaximumAge));
        Assert.Equal(("t", "T", "test"), (table.Id, table.Name, table.Source));
    }
}
