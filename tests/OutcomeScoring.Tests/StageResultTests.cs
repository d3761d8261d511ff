using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests;

/// <summary>
/// <see cref="StageResult"/> on its own: values by position and by id with their bounds and messages, absent values,
/// the explanation only when not computable, the marked items in item order, and the text for people.
/// </summary>
public class StageResultTests
{
    private static CalibrationStage Activation() => new("activation", "Activation", [1, 2, 3], "made up") { Levels = ActivationCutPoints.Hibbard2010 };

    private static CalibratedScore Scored(double score, double? standardError, PersonMeasure? measure = null) => new(score, standardError, 4, 9, 3, measure);

    [Fact]
    public void Its_text_names_each_output_that_has_a_value_at_full_precision()
    {
        StageResult result = Activation().ResultOf(Scored(61.2, 3.1), 13);
        Assert.Equal("activation: measure 61.2, measure-se 3.1, level 3, answered 13", result.ToString());
        var measure = new PersonMeasure(RaschEstimator.WeightedLikelihood, 0.1 + 0.2, 0.5, 4, 9, 3, 5, false);
        Assert.Equal(
            "activation: measure 61.2, measure-se 3.1, level 3, answered 13, theta 0.30000000000000004, theta-se 0.5",
            Activation().ResultOf(Scored(61.2, 3.1, measure), 13).ToString());
    }

    [Fact]
    public void Its_text_when_not_computable_is_the_stage_and_the_explanation()
    {
        StageResult result = Activation().ResultOf(new CalibratedScore(ActivationNotComputableReason.TooFewItemsAnswered, "too few answered", 4, 9, 3, null), 3);
        Assert.Equal("activation: too few answered", result.ToString());
    }

    [Fact]
    public void A_default_result_says_it_is_none()
    {
        Assert.Equal("(no stage result)", default(StageResult).ToString());
        Assert.Null(default(StageResult).Stage);
    }

    [Fact]
    public void The_explanation_is_given_only_when_the_stage_is_not_computable()
    {
        CalibrationStage stage = Activation();
        var computed = new StageResult(stage, StageValues.None, StageNotComputableReason.None, "ignored");
        Assert.True(computed.IsComputable);
        Assert.Null(computed.Explanation);
        var refused = new StageResult(stage, StageValues.None, StageNotComputableReason.EstimationFailed, "it failed");
        Assert.False(refused.IsComputable);
        Assert.Equal("it failed", refused.Explanation);
        Assert.Equal(StageNotComputableReason.EstimationFailed, refused.Reason);
    }

    [Fact]
    public void Values_never_set_are_absent()
    {
        var result = new StageResult(Activation(), StageValues.None);
        Assert.All(Enumerable.Range(0, 6), i => Assert.Null(result[i]));
        Assert.Equal("activation: ", result.ToString());
    }

    [Fact]
    public void A_value_by_position_is_refused_outside_the_stages_outputs()
    {
        // A value set of two dimensions has three outputs, though a result has room for eight values.
        var stage = new ValueSetStage("set", "Set", [new ValueSetDimension("a", [new ItemLevels(1, [0, 1])]), new ValueSetDimension("b", [new ItemLevels(2, [0, 1])])], [0.1, 0.2, 0.3, 0.4], "made up");
        StageResult result = stage.Evaluate([1, 1], null!, null);   // items 1 and 2 at level 1: position 1 x 2 + 1
        Assert.Equal(0.4, result[0]);
        Assert.Equal(1, result[2]);
        foreach (int index in (int[])[3, -1, 8])
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => result[index]);
            Assert.Equal("index", e.ParamName);
            Assert.Equal(index, e.ActualValue);
            Assert.StartsWith("Stage 'set' has 3 outputs.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_value_by_id_is_refused_for_an_output_the_stage_does_not_have_naming_those_it_has()
    {
        StageResult result = Activation().ResultOf(Scored(61.2, 3.1), 13);
        Assert.Equal(61.2, result["measure"]);
        Assert.Equal(13, result["answered"]);
        ArgumentException e = Assert.Throws<ArgumentException>(() => result["Measure"]);
        Assert.Equal("outputId", e.ParamName);
        Assert.Equal("Stage 'activation' has no output 'Measure'. Its outputs are: measure, measure-se, level, answered, theta, theta-se. (Parameter 'outputId')", e.Message);
    }

    [Fact]
    public void The_marked_items_are_the_stage_items_at_the_marked_positions_in_item_order()
    {
        var stage = new LowestRatedStage("low", "Lowest", [9, 2, 5, 7], "made up");
        Assert.Empty(new StageResult(stage, StageValues.None).MarkedItems);
        Assert.Equal([2, 9], new StageResult(stage, StageValues.None, markedItems: 0b0011).MarkedItems);
        Assert.Equal([5, 7], new StageResult(stage, StageValues.None, markedItems: 0b1100).MarkedItems);
        Assert.Equal([2, 5, 7, 9], new StageResult(stage, StageValues.None, markedItems: 0b1111).MarkedItems);
        Assert.Equal([7], new StageResult(stage, StageValues.None, markedItems: 0b1000).MarkedItems);
    }

    [Fact]
    public void The_marked_items_can_reach_the_32nd_position()
    {
        var stage = new LowestRatedStage("low", "Lowest", Enumerable.Range(1, 32), "made up");
        Assert.Equal([1, 32], new StageResult(stage, StageValues.None, markedItems: 0x8000_0001u).MarkedItems);
    }
}
