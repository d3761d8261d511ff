using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Tests.Engine;

/// <summary>
/// Item value maps (<see cref="Item.Points"/>), the prorated-sum aggregate and not-applicable answers counted apart from blanks:
/// general definition features, data-driven, checked here on made-up instruments (the built-ins that use them: ASCOF 1A/1D, P3CEQ).
/// </summary>
public sealed class ItemPointsTests
{
    private static Instrument Build(ResponseScale scale, Item[] items, ScoreAggregate aggregate = ScoreAggregate.Sum, int maximumMissing = 0, DefinitionStage[]? stages = null) =>
        new("points-demo", "Points demo", "made up", scale, items,
            [new ScoreDefinition("total", "Total", items.Select(i => i.Number), maximumMissing, "made up") { Aggregate = aggregate }],
            stages: stages);

    private static Item Mapped(int number, params int[] points) => new(number, $"topic-{number}") { Points = [.. points] };

    [Fact]
    public void Points_replace_the_answer_and_can_go_below_the_scale_minimum()
    {
        Instrument instrument = Build(new ResponseScale(1, 4), [Mapped(1, 3, 2, 1, 0), Mapped(2, -2, 0, 5, 9), new Item(3, "plain")]);
        InstrumentResult result = instrument.Score([4, 1, 2]);
        Assert.Equal(0 - 2 + 2, result.Primary.ClinicalScore);
        Assert.Equal(3 + 9 + 4, instrument.Score([1, 4, 4]).Primary.ClinicalScore);
        Assert.Equal(27, instrument.Score([1, 4, 4]).Primary.MaximumPossible);   // 3 items x the highest value any of them scores (9)
    }

    [Fact]
    public void A_mean_score_averages_the_points()
    {
        Instrument instrument = Build(new ResponseScale(1, 3), [Mapped(1, 2, 1, 0), Mapped(2, 2, 1, 0)], ScoreAggregate.Mean, maximumMissing: 1);
        Assert.Equal(1.5, instrument.Score([1, 2]).Primary.Mean);
        Assert.Equal(2, instrument.Score([1, Answer.NotAnswered]).Primary.Mean);
    }

    [Fact]
    public void Points_round_trip_through_json()
    {
        Instrument instrument = Build(new ResponseScale(1, 4), [Mapped(1, 3, 2, 1, 0), new Item(2, "plain")], ScoreAggregate.ProratedSum, 1);
        string json = instrument.ToJson();
        Assert.Contains("\"points\": [3, 2, 1, 0]", json, StringComparison.Ordinal);
        Assert.Contains("\"aggregate\": \"prorated-sum\"", json, StringComparison.Ordinal);
        Instrument copy = Instrument.FromJson(json);
        Assert.Equal(json, copy.ToJson());
        Assert.Equal(instrument.Items, copy.Items);
        Assert.Equal(instrument.Scores, copy.Scores);
    }

    [Fact]
    public void Counted_not_applicable_round_trips_through_json()
    {
        var score = new ScoreDefinition("total", "Total", [1, 2], 0, "made up") { CountsNotApplicable = true };
        var instrument = new Instrument("na-demo", "NA demo", "made up", ResponseScale.ZeroToFour, [new Item(1, "a") { AllowsNotApplicable = true }, new Item(2, "b")], [score]);
        string json = instrument.ToJson();
        Assert.Contains("\"notApplicable\": \"counted\"", json, StringComparison.Ordinal);
        Assert.True(Instrument.FromJson(json).Scores[0].CountsNotApplicable);
        Assert.NotEqual(score, score with { CountsNotApplicable = false });
    }

    [Fact]
    public void The_wrong_number_of_points_is_refused()
    {
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => Build(new ResponseScale(1, 4), [Mapped(1, 3, 2, 1)]));
        DefinitionProblem problem = Assert.Single(ex.Problems);
        Assert.Equal("$.items[0].points", problem.Path);
        Assert.Equal("Instrument 'points-demo': item 1 has 3 points, but the 1-4 scale has 4 answers; give one point value per answer, lowest answer first.", problem.Message);
    }

    [Fact]
    public void Points_on_a_reversed_item_or_a_risk_item_are_refused()
    {
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => Build(
            new ResponseScale(1, 3), [Mapped(1, 2, 1, 0) with { Keying = ItemKeying.Reversed }, Mapped(2, 2, 1, 0) with { IsRisk = true }]));
        Assert.Equal(
            ["Instrument 'points-demo': item 1 has points and is reversed; write its points in reversed order and leave it direct.",
             "Instrument 'points-demo': item 2 has points and is a risk item; a risk flag reads keyed answers, so a risk item cannot have points."],
            ex.Problems.Select(p => p.Message));
    }

    [Fact]
    public void A_stage_cannot_read_an_item_with_points()
    {
        var stage = new LowestRatedStage("low", "Lowest", [1, 2], "made up");
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => Build(new ResponseScale(1, 3), [Mapped(1, 2, 1, 0), new Item(2, "plain")], stages: [stage]));
        Assert.Contains("stage 'low' reads item 1, which has points", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_whose_sums_would_not_fit_a_result_are_refused()
    {
        Item[] items = [.. Enumerable.Range(1, 3).Select(n => Mapped(n, 0, 30000))];
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => Build(new ResponseScale(0, 1), items));
        Assert.Contains("its items' points could sum to 90000 above the lowest point", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_points_in_json_are_named_with_their_path()
    {
        string json = Build(new ResponseScale(1, 3), [Mapped(1, 2, 1, 0)]).ToJson().Replace("[2, 1, 0]", "[2, \"x\", 0]", StringComparison.Ordinal);
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));
        Assert.Equal("$.items[0].points[1]", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Leaving_out_and_counting_not_applicable_together_is_refused_and_so_is_an_unknown_aggregate()
    {
        var both = new ScoreDefinition("total", "Total", [1], 0, "made up") { ExcludesNotApplicable = true, CountsNotApplicable = true };
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => new Instrument("x", "X", "s", ResponseScale.ZeroToFour, [new Item(1, "a")], [both]));
        Assert.Contains("both leaves out not-applicable answers and counts them as not answered", ex.Message, StringComparison.Ordinal);
        var unknown = new ScoreDefinition("total", "Total", [1], 0, "made up") { Aggregate = (ScoreAggregate)9 };
        ex = Assert.Throws<InstrumentDefinitionException>(() => new Instrument("x", "X", "s", ResponseScale.ZeroToFour, [new Item(1, "a")], [unknown]));
        Assert.Contains("which is not Mean, Sum or ProratedSum", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A made-up instrument with random point maps (some items plain, some reversed), and forms for it.</summary>
    private static Gen<(Instrument Instrument, Answer[][] Forms)> Instruments =>
        from minimum in Gen.Choose(0, 2)
        from width in Gen.Choose(1, 4)
        from count in Gen.Choose(1, 8)
        from kinds in Gen.Choose(0, 2).ArrayOf(count)
        from maps in Gen.Choose(-5, 20).ArrayOf(width + 1).ArrayOf(count)
        let scale = new ResponseScale(minimum, minimum + width)
        let items = kinds.Select((k, i) => k == 0 ? new Item(i + 1, "t") { Points = [.. maps[i]] } : new Item(i + 1, "t", k == 2 ? ItemKeying.Reversed : ItemKeying.Direct)).ToArray()
        from forms in Gen.Frequency((1, Gen.Constant(Answer.NotAnswered)), (4, Gen.Choose(minimum, minimum + width).Select(Answer.Of))).ArrayOf(count).ArrayOf()
        select (new Instrument("random", "Random", "made up", scale, items,
            [new ScoreDefinition("sum", "Sum", Enumerable.Range(1, count), 0, "made up") { Aggregate = ScoreAggregate.Sum },
             new ScoreDefinition("mean", "Mean", Enumerable.Range(1, count), count - 1, "made up")]), forms);

    private static int Value(Instrument instrument, int index, int answer)
    {
        Item item = instrument.Items[index];
        return !item.Points.IsEmpty ? item.Points[answer - instrument.Scale.Minimum]
            : item.Keying == ItemKeying.Reversed ? instrument.Scale.Reverse(answer) : answer;
    }

    [Fact]
    public void Scores_are_the_sum_and_mean_of_each_items_value_and_the_byte_batch_agrees() =>
        Prop.ForAll(Instruments.ToArbitrary(), pair =>
        {
            (Instrument instrument, Answer[][] forms) = pair;
            var codes = new AnswerCodes(255);
            byte[] bytes = [.. forms.SelectMany(f => f.Select(a => a.Value is { } v ? (byte)v : (byte)255))];
            var outcomes = new ScoringOutcome[forms.Length];
            instrument.ScoreBatch(bytes, codes, outcomes);
            return forms.Select((form, row) =>
            {
                InstrumentResult result = instrument.Score(form);
                int[] values = [.. form.Select((a, i) => (a, i)).Where(p => p.a.IsAnswered).Select(p => Value(instrument, p.i, p.a.Value!.Value))];
                bool sum = form.All(a => a.IsAnswered) ? result["sum"].ClinicalScore == values.Sum() : result["sum"].ClinicalScore is null;
                bool mean = values.Length == 0 ? result["mean"].Mean is null : Math.Abs(result["mean"].Mean!.Value - values.Average()) < 1e-9;
                return sum && mean && result.ToArray().SequenceEqual(outcomes[row].Result.ToArray());
            }).All(ok => ok);
        }).Check(SuiteEffort.Properties(300));
}
