namespace OutcomeScoring.Tests;

/// <summary>
/// The rules of <see cref="LowestRatedStage"/> itself (docs/defining-instruments.md, "Stages"; DIALOG's lowest-rated
/// domains, Priebe et al. 2015): its outputs, the lowest keyed answer and the items that have it, its check and
/// equality. Every stage and instrument is built inside its test.
/// </summary>
public class LowestRatedStageTests
{
    /// <summary>A made-up instrument on a 1-5 scale, item 3 reversed, whose stage compares items 4, 1 and 3 in that order.</summary>
    private static Instrument MadeUp() => new(
        "made-up", "Made-up", "made up", new ResponseScale(1, 5),
        [new Item(1, "a"), new Item(2, "b"), new Item(3, "c", ItemKeying.Reversed), new Item(4, "d")],
        [new ScoreDefinition("total", "Total", [1, 2, 3, 4], 3, "made up")],
        stages: [new LowestRatedStage("low", "Lowest", [4, 1, 3], "made up")]);

    [Fact]
    public void Its_outputs_are_the_lowest_answer_how_many_have_it_and_how_many_were_answered()
    {
        Assert.Equal(
            [
                new StageOutput("lowest", true, "the lowest answer among the answered items, after keying"),
                new StageOutput("count", true, "how many items have the lowest answer"),
                new StageOutput("answered", true, "how many of the stage's items were answered"),
            ],
            new LowestRatedStage("low", "Lowest", [1], "made up").Outputs);
    }

    [Fact]
    public void Null_items_are_refused_with_the_parameter_named() =>
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new LowestRatedStage("low", "Lowest", null!, "made up")).ParamName);

    [Fact]
    public void A_stage_that_compares_no_items_is_refused()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "made-up", "Made-up", "made up", new ResponseScale(1, 5), [new Item(1, "a")], [new ScoreDefinition("total", "Total", [1], 0, "made up")],
            stages: [new LowestRatedStage("low", "Lowest", [], "made up")]));
        DefinitionProblem problem = Assert.Single(e.Problems);
        Assert.Equal(("$.stages[0].items", "Instrument 'made-up': stage 'low' compares no items."), (problem.Path, problem.Message));
    }

    [Theory]
    // answers to items 1-4 (item 3 reversed: 5 is keyed 1), the lowest keyed answer, the items that have it, how many answered
    [InlineData(new[] { 2, 1, 5, 1 }, 1, new[] { 3, 4 }, 3)]     // the scale minimum, tied: both marked, in item order
    [InlineData(new[] { 2, 1, 2, 3 }, 2, new[] { 1 }, 3)]        // item 4 first at 3, then item 1 lower: item 4 is unmarked
    [InlineData(new[] { 2, 1, 4, 3 }, 2, new[] { 1, 3 }, 3)]     // item 1 lowers the answer, item 3 (keyed 2) ties it
    [InlineData(new[] { 5, 5, 1, 5 }, 5, new[] { 1, 3, 4 }, 3)]  // the scale maximum everywhere
    [InlineData(new[] { 0, 1, 0, 4 }, 4, new[] { 4 }, 1)]        // 0: not answered; item 2 is not compared
    public void The_lowest_keyed_answer_and_the_items_at_it_are_found(int[] answers, int lowest, int[] marked, int answered)
    {
        StageResult result = MadeUp().Score([.. answers.Select(a => a == 0 ? Answer.NotAnswered : Answer.Of(a))]).Stage("low");
        Assert.True(result.IsComputable);
        Assert.Equal(lowest, result["lowest"]);
        Assert.Equal(marked.Length, result["count"]);
        Assert.Equal(answered, result["answered"]);
        Assert.Equal(marked, result.MarkedItems);
    }

    [Fact]
    public void With_none_of_its_items_answered_it_is_not_computable()
    {
        StageResult result = MadeUp().Score([Answer.NotAnswered, 3, Answer.NotAnswered, Answer.NotAnswered]).Stage("low");
        Assert.False(result.IsComputable);
        Assert.Equal(StageNotComputableReason.TooFewItemsAnswered, result.Reason);
        Assert.Equal("Lowest not computable: none of its three items was answered.", result.Explanation);
        Assert.Equal(0, result["answered"]);
        Assert.Null(result["lowest"]);
        Assert.Null(result["count"]);
        Assert.Empty(result.MarkedItems);
    }

    [Fact]
    public void Stages_are_equal_when_items_and_the_common_parts_are()
    {
        var stage = new LowestRatedStage("low", "Lowest", [4, 1, 3], "made up");
        Assert.Equal(stage, new LowestRatedStage("low", "Lowest", [4, 1, 3], "made up"));
        Assert.Equal(stage.GetHashCode(), new LowestRatedStage("low", "Lowest", [4, 1, 3], "made up").GetHashCode());
        Assert.NotEqual(stage, new LowestRatedStage("low", "Lowest", [1, 3, 4], "made up"));
        Assert.NotEqual(stage, new LowestRatedStage("low", "Lowest", [4, 1], "made up"));
        Assert.NotEqual(stage, stage with { Name = "Other" });
        Assert.False(stage.Equals((LowestRatedStage?)null));
    }
}
