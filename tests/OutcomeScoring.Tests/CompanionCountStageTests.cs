namespace OutcomeScoring.Tests;

/// <summary>
/// The rules of <see cref="CompanionCountStage"/> itself: its outputs, the checks a definition must pass, and equality
/// (specs/dialog.md for DIALOG's unmet needs; counting is tested through instruments in <see cref="CompanionQuestionTests"/>).
/// </summary>
public class CompanionCountStageTests
{
    private static readonly Instrument MadeUp = new(
        "made-up", "Made-up", "made up", new ResponseScale(0, 3),
        [.. Enumerable.Range(1, 33).Select(n => new Item(n, $"item {n}"))],
        [new ScoreDefinition("total", "Total", Enumerable.Range(1, 33), 32, "made up")],
        companionQuestions: [new CompanionQuestion("help", "help wanted", Enumerable.Range(1, 32), "made up")]);

    private static Instrument With(CompanionCountStage stage) => new(
        MadeUp.Id, MadeUp.Name, MadeUp.Source, MadeUp.Scale, MadeUp.Items, MadeUp.Scores,
        stages: [stage], companionQuestions: MadeUp.CompanionQuestions);

    private static InstrumentDefinitionException Refused(CompanionCountStage stage) =>
        Assert.Throws<InstrumentDefinitionException>(() => With(stage));

    [Fact]
    public void Its_outputs_are_the_yes_count_and_the_answered_count_both_whole_numbers()
    {
        var stage = new CompanionCountStage("unmet", "Unmet", "help", [1, 2], "made up");
        Assert.Equal(
            [
                new StageOutput("count", true, "how many of the questions were answered yes"),
                new StageOutput("answered", true, "how many of the questions were answered yes or no"),
            ],
            stage.Outputs);
    }

    [Fact]
    public void Null_items_are_refused_with_the_parameter_named()
    {
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new CompanionCountStage("unmet", "Unmet", "help", null!, "made up")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_stage_without_a_question_is_refused(string question)
    {
        InstrumentDefinitionException e = Refused(new CompanionCountStage("unmet", "Unmet", question, [1], "made up"));
        DefinitionProblem problem = Assert.Single(e.Problems, p => p.Path.EndsWith("question", StringComparison.Ordinal) && p.Message.Contains("needs the id", StringComparison.Ordinal));
        Assert.Equal("Instrument 'made-up': stage 'unmet' needs the id of the companion question it counts.", problem.Message);
    }

    [Fact]
    public void A_stage_marks_at_most_32_items()
    {
        // A result has room for at most 22 companion answers beside one score, so 32 is refused too, but not for its count.
        InstrumentDefinitionException full = Refused(new CompanionCountStage("unmet", "Unmet", "help", Enumerable.Range(1, 32), "made up"));
        Assert.Equal(
            ["Instrument 'made-up': its stages read 0 different items and 32 companion answers; with one score a result holds at most 22."],
            full.Problems.Select(p => p.Message));

        InstrumentDefinitionException e = Refused(new CompanionCountStage("unmet", "Unmet", "help", Enumerable.Range(1, 33), "made up"));
        DefinitionProblem problem = Assert.Single(e.Problems, p => p.Message.Contains("at most 32", StringComparison.Ordinal));
        Assert.Equal("Instrument 'made-up': stage 'unmet' counts 33 items; a stage marks at most 32.", problem.Message);
        Assert.EndsWith("items", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_with_a_question_and_items_is_accepted_and_counts()
    {
        Instrument instrument = With(new CompanionCountStage("unmet", "Unmet", "help", [1, 3, 5], "made up"));
        bool?[] help = new bool?[32];
        help[0] = true;
        help[2] = false;
        help[4] = true;
        StageResult stage = instrument.Score(new Answer[33], help).Stage("unmet");
        Assert.Equal(2, stage["count"]);
        Assert.Equal(3, stage["answered"]);
        Assert.Equal([1, 5], stage.MarkedItems);

        StageResult none = instrument.Score(new Answer[33], new bool?[32]).Stage("unmet");
        Assert.False(none.IsComputable);
        Assert.Equal(StageNotComputableReason.NotAsked, none.Reason);
        Assert.Equal("Unmet: none of its three questions was answered.", none.Explanation);
        Assert.Equal(0, none["answered"]);
    }

    [Fact]
    public void Stages_are_equal_when_id_name_source_question_and_items_are()
    {
        var stage = new CompanionCountStage("unmet", "Unmet", "help", [1, 2], "made up");
        var same = new CompanionCountStage("unmet", "Unmet", "help", [1, 2], "made up");
        Assert.Equal(stage, same);
        Assert.Equal(stage.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(stage, new CompanionCountStage("unmet", "Unmet", "talk", [1, 2], "made up"));
        Assert.NotEqual(stage, new CompanionCountStage("unmet", "Unmet", "help", [1, 3], "made up"));
        Assert.NotEqual(stage, new CompanionCountStage("other", "Unmet", "help", [1, 2], "made up"));
        Assert.NotEqual(stage, stage with { Question = "talk" });
        Assert.False(stage.Equals((CompanionCountStage?)null));
    }
}
