namespace OutcomeScoring.Tests.Engine;

/// <summary>The engine validates definitions and says exactly what is wrong.</summary>
public class InstrumentDefinitionTests
{
    private static Item[] Items(int n) => [.. Enumerable.Range(1, n).Select(i => new Item(i, $"topic-{i}"))];

    private static ScoreDefinition Total(int n, int maxMissing = 1) => new("total", "Total", Enumerable.Range(1, n), maxMissing, "test source");

    private static Instrument Build(
        IEnumerable<Item>? items = null,
        IEnumerable<ScoreDefinition>? scores = null,
        double multiplier = 1,
        Interpretation? interpretation = null,
        ResponseScale? scale = null) =>
        new("test", "Test", "test source", scale ?? ResponseScale.ZeroToFour, items ?? Items(5), scores ?? [Total(5)], multiplier, interpretation: interpretation);

    private static void AssertInvalid(Func<Instrument> build, string expectedFragment)
    {
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(build);
        Assert.Contains(expectedFragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caller_can_define_an_instrument_the_same_way_as_the_built_ins()
    {
        // A GP-CORE-shaped instrument defined by the caller: CORE-OM items 2,3,4,7,8,12,18,19,21,25,27,29,31,32.
        int[] omItems = [2, 3, 4, 7, 8, 12, 18, 19, 21, 25, 27, 29, 31, 32];
        Item[] items = [.. omItems.Select((om, i) => OutcomeScoring.CoreFamily.CoreOm.Instrument.Items[om - 1] with { Number = i + 1 })];
        var gpCore = new Instrument(
            "gp-core", "GP-CORE", "caller", ResponseScale.ZeroToFour, items,
            [new ScoreDefinition("total", "Total", Enumerable.Range(1, 14), 1, "caller")], clinicalMultiplier: 10);

        Assert.Equal(8, gpCore.Items.Count(i => i.Keying == ItemKeying.Reversed));
        InstrumentResult result = gpCore.Score(SpecFacts.Uniform(14, 0));
        Assert.Equal(8 * 4 / 14.0, result.Primary.Mean);
        Assert.False(result.RiskFlag);
    }

    [Fact]
    public void Duplicate_item_number() =>
        AssertInvalid(() => Build(items: [new Item(1, "a"), new Item(1, "b")], scores: [Total(1, 0)]), "item 1 is defined more than once");

    [Fact]
    public void Items_out_of_order() =>
        AssertInvalid(() => Build(items: [new Item(2, "a"), new Item(1, "b")], scores: [Total(2)]), "position 1 holds item 2");

    [Fact]
    public void Item_without_topic() =>
        AssertInvalid(() => Build(items: [new Item(1, " ")], scores: [Total(1, 0)]), "item 1 needs a topic tag");

    [Fact]
    public void No_items() => AssertInvalid(() => Build(items: [], scores: [Total(1, 0)]), "has no items");

    [Fact]
    public void No_scores() => AssertInvalid(() => Build(scores: []), "has no scores");

    [Fact]
    public void Empty_score() =>
        AssertInvalid(() => Build(scores: [new ScoreDefinition("w", "W", [], 0, "s")]), "score 'w' has no items");

    [Fact]
    public void Score_refers_to_an_unknown_item() =>
        AssertInvalid(() => Build(scores: [new ScoreDefinition("w", "W", [1, 6], 0, "s")]), "refers to item 6, but the instrument has items 1 to 5");

    [Fact]
    public void Score_lists_an_item_twice() =>
        AssertInvalid(() => Build(scores: [new ScoreDefinition("w", "W", [1, 1], 0, "s")]), "lists item 1 more than once");

    [Fact]
    public void Duplicate_score_id() =>
        AssertInvalid(() => Build(scores: [Total(5), Total(5)]), "score 'total' is defined more than once");

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Impossible_missing_item_limit(int maxMissing) =>
        AssertInvalid(() => Build(scores: [Total(5, maxMissing)]), "the limit must be between 0 and 4");

    [Fact]
    public void Too_many_scores() =>
        AssertInvalid(
            () => Build(scores: [.. Enumerable.Range(1, 13).Select(i => new ScoreDefinition($"s{i}", "S", [1], 0, "s"))]),
            "defines 13 scores; at most 12 are allowed");

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Clinical_multiplier_must_be_positive_and_finite(double multiplier) =>
        AssertInvalid(() => Build(multiplier: multiplier), "the clinical multiplier must be a positive finite number");

    [Fact]
    public void Unknown_primary_score() =>
        AssertInvalid(() => Build(interpretation: new Interpretation("nope")), "the primary score 'nope' is not one of its scores");

    [Fact]
    public void Bands_for_an_unknown_score() =>
        AssertInvalid(
            () => Build(interpretation: new Interpretation("total", new SeverityBanding("b", "other", [new SeverityBand("x", "X", 0, double.PositiveInfinity)], "s"))),
            "apply to score 'other', which it does not have");

    [Fact]
    public void Bands_that_do_not_cover_the_scale() =>
        AssertInvalid(
            () => Build(interpretation: new Interpretation("total", new SeverityBanding("b", "total", [new SeverityBand("x", "X", 0, 3)], "s"))),
            "but clinical scores run from 0 to 4 inclusive");

    [Fact]
    public void Bands_with_a_gap_are_rejected()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new SeverityBanding("b", "total", [new SeverityBand("a", "A", 0, 2), new SeverityBand("c", "C", 3, 9)], "s"));
        Assert.Contains("band 'c' starts at 3 but the band before it ends at 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutoffs_for_an_unknown_score() =>
        AssertInvalid(
            () => Build(interpretation: new Interpretation("total", cutoffReferences: [new CutoffReference("r", "R", [new CutoffEntry("other", 1)], "s")])),
            "gives a cut-off for score 'other', which it does not have");

    [Fact]
    public void Response_scale_must_run_upwards()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new ResponseScale(4, 4));
        Assert.Contains("maximum > minimum; got minimum 4, maximum 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithMaximumMissing_validates_the_new_limit()
    {
        AssertInvalid(() => OutcomeScoring.CoreFamily.CoreOm.Instrument.WithMaximumMissing("wellbeing", 4), "score 'wellbeing' allows 4 missing items");
        Assert.Throws<ArgumentException>(() => OutcomeScoring.CoreFamily.CoreOm.Instrument.WithMaximumMissing("nope", 1));
    }

    [Fact]
    public void A_scale_not_starting_at_zero_reverses_within_the_scale()
    {
        var instrument = new Instrument(
            "one-to-seven", "One to seven", "test", new ResponseScale(1, 7),
            [new Item(1, "a"), new Item(2, "b", ItemKeying.Reversed)],
            [new ScoreDefinition("total", "Total", [1, 2], 0, "s")],
            direction: ScoreDirection.HigherIsBetter);
        Assert.Equal((7 + 7) / 2.0, instrument.Score([7, 1]).Primary.Mean);
        Assert.Equal((1 + 1) / 2.0, instrument.Score([1, 7]).Primary.Mean);
    }

    [Fact]
    public void A_score_that_rounds_gives_a_whole_clinical_score_and_keeps_the_mean_exact()
    {
        // The PMHC K10 rule (specs/mental-health-proms.md, section 9): round(sum of the 9 valid items / 9 x 10).
        ScoreDefinition total = Total(10) with { RoundsClinicalScore = true };
        Instrument rounding = Build(items: Items(10), scores: [total], multiplier: 10, scale: new ResponseScale(1, 5));
        Answer[] answers = [2, 3, 3, 5, 1, 2, 3, 4, 5, Answer.NotAnswered];
        Score score = rounding.Score(answers).Primary;
        Assert.Equal(31, score.ClinicalScore);
        Assert.Equal(28 / 9.0, score.Mean);
        Assert.Equal(28 * 10 / 9.0, Build(items: Items(10), scores: [Total(10)], multiplier: 10, scale: new ResponseScale(1, 5)).Score(answers).Primary.ClinicalScore);
        Assert.NotEqual(Total(10), total);
        Assert.Equal(total, Instrument.FromJson(rounding.ToJson()).Scores[0]);
    }

    [Theory]
    [InlineData(1, 3)]   // 2.5 -> 3: halves away from zero (not to even)
    [InlineData(2, 5)]   // 5 stays 5
    [InlineData(3, 8)]   // 7.5 -> 8
    public void Rounding_takes_halves_away_from_zero(int answered, int expected)
    {
        // Two items 0-4, one missing: the clinical score is the one answer x 2.5, so odd answers end in .5.
        Instrument halves = Build(items: Items(2), scores: [Total(2) with { RoundsClinicalScore = true }], multiplier: 2.5);
        Assert.Equal(expected, halves.Score([answered, Answer.NotAnswered]).Primary.ClinicalScore);
    }
}

/// <summary>Cut-off tables reject rows that cannot apply to anyone.</summary>
public class CutoffReferenceTests
{
    [Fact]
    public void Age_range_running_backwards_is_rejected()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new CutoffReference("r", "R", [new CutoffEntry("total", 1.0, Gender.Male, 16, 11)], "s"));
        Assert.Contains("runs from age 16 to 11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_finite_cutoff_is_rejected()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new CutoffReference("r", "R", [new CutoffEntry("total", double.NaN)], "s"));
        Assert.Contains("must be a finite number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_reference_ids_in_one_instrument_are_rejected()
    {
        var reference = new CutoffReference("r", "R", [new CutoffEntry("total", 1.0)], "s");
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() =>
            OutcomeScoring.CoreFamily.Core10.Instrument.WithInterpretation(new Interpretation("total", cutoffReferences: [reference, reference])));
        Assert.Contains("cut-off reference id 'r' is used more than once", ex.Message, StringComparison.Ordinal);
    }
}
