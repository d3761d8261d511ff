using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests;

/// <summary>
/// The rules of <see cref="CalibrationStage"/> itself (docs/defining-instruments.md, "Stages"): its outputs, whether a
/// calibration fits it, the categories it hands the calibration, how the calibration's score becomes the stage's
/// values and reasons, its check and equality by every part. A stand-in calibration records what it is given; no
/// real (licensed) calibration is involved. Every stage and instrument is built inside its test.
/// </summary>
public class CalibrationStageTests
{
    /// <summary>A calibration that gives a fixed score and records the categories it was asked to score.</summary>
    private sealed class StandIn(int itemCount, Func<int, int> maximumCategory, CalibratedScore score) : ICalibration
    {
        public string Name => "stand-in";

        public int ItemCount => itemCount;

        public int MinimumAnswered => 1;

        public bool RejectUniformExtremes => false;

        public List<int> Asked { get; } = [];

        public int?[]? Scored { get; private set; }

        public int MaximumCategory(int itemNumber)
        {
            Asked.Add(itemNumber);
            return maximumCategory(itemNumber);
        }

        public CalibratedScore Score(ReadOnlySpan<int?> categories)
        {
            Scored = categories.ToArray();
            return score;
        }
    }

    /// <summary>A made-up instrument on a 1-4 scale whose calibration stage reads items 3, 1 and 2, in that order.</summary>
    private static Instrument MadeUp(ActivationCutPoints? levels = null) => new(
        "made-up", "Made-up", "made up", new ResponseScale(1, 4),
        Enumerable.Range(1, 3).Select(n => new Item(n, $"item {n}")),
        [new ScoreDefinition("total", "Total", [1, 2, 3], 2, "made up")],
        stages: [new CalibrationStage("activation", "Made-up activation", [3, 1, 2], "made up") { Levels = levels }]);

    private static PersonMeasure Measure(double theta, double standardError) =>
        new(RaschEstimator.WeightedLikelihood, theta, standardError, 4, 9, 3, 5, false);

    private static CalibratedScore Scored(double score, double? standardError, PersonMeasure? measure = null) =>
        new(score, standardError, 4, 9, 3, measure);

    private static CalibratedScore NotScored(ActivationNotComputableReason reason, PersonMeasure? measure = null) =>
        new(reason, "the stand-in says no", 4, 9, 3, measure);

    [Fact]
    public void Its_outputs_are_the_measure_its_error_the_level_the_count_and_the_person_estimate()
    {
        Assert.Equal(
            [
                new StageOutput("measure", false, "the calibrated measure, at full precision"),
                new StageOutput("measure-se", false, "the standard error of the measure"),
                new StageOutput("level", true, "the level of the measure as reported, from the cut points"),
                new StageOutput("answered", true, "how many of the stage's items were answered"),
                new StageOutput("theta", false, "the person estimate in logits, when the calibration gives one"),
                new StageOutput("theta-se", false, "the standard error of the person estimate in logits"),
            ],
            new CalibrationStage("activation", "Activation", [1], "made up").Outputs);
    }

    [Fact]
    public void Null_items_are_refused_with_the_parameter_named() =>
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new CalibrationStage("activation", "Activation", null!, "made up")).ParamName);

    [Fact]
    public void A_stage_that_reads_no_items_is_refused()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "made-up", "Made-up", "made up", new ResponseScale(1, 4), [new Item(1, "a")], [new ScoreDefinition("total", "Total", [1], 0, "made up")],
            stages: [new CalibrationStage("activation", "Activation", [], "made up")]));
        DefinitionProblem problem = Assert.Single(e.Problems);
        Assert.Equal(("$.stages[0].items", "Instrument 'made-up': stage 'activation' reads no items."), (problem.Path, problem.Message));
    }

    [Fact]
    public void A_calibration_fits_when_it_has_one_item_per_stage_item_each_with_the_scales_categories()
    {
        Instrument instrument = MadeUp();
        var stage = (CalibrationStage)instrument.Stages[0];
        var fits = new StandIn(3, _ => 3, Scored(50, 2));
        stage.CheckFits(fits, instrument);
        Assert.Equal([1, 2, 3], fits.Asked);   // the calibration's own item positions, not the instrument's item numbers
        Assert.Same(fits, instrument.WithCalibration(fits).CalibrationOf("activation"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_calibration_with_another_number_of_items_is_refused_naming_both(int itemCount)
    {
        Instrument instrument = MadeUp();
        CalibrationException e = Assert.Throws<CalibrationException>(() => ((CalibrationStage)instrument.Stages[0]).CheckFits(new StandIn(itemCount, _ => 3, Scored(50, 2)), instrument));
        Assert.Equal($"Calibration 'stand-in' has {itemCount} items; Made-up needs 3.", e.Message);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(3, 2)]
    [InlineData(3, 4)]
    public void A_calibration_item_with_another_number_of_categories_is_refused_naming_it(int item, int top)
    {
        Instrument instrument = MadeUp();
        var calibration = new StandIn(3, n => n == item ? top : 3, Scored(50, 2));
        CalibrationException e = Assert.Throws<CalibrationException>(() => ((CalibrationStage)instrument.Stages[0]).CheckFits(calibration, instrument));
        Assert.Equal($"Calibration 'stand-in': item {item} has {top} thresholds (categories 0-{top}); Made-up needs 3 (answers 1-4 recoded 0-3).", e.Message);
    }

    [Fact]
    public void Checking_a_fit_refuses_nulls_with_the_parameter_named()
    {
        Instrument instrument = MadeUp();
        var stage = (CalibrationStage)instrument.Stages[0];
        Assert.Equal("calibration", Assert.Throws<ArgumentNullException>(() => stage.CheckFits(null!, instrument)).ParamName);
        Assert.Equal("instrument", Assert.Throws<ArgumentNullException>(() => stage.CheckFits(new StandIn(3, _ => 3, Scored(50, 2)), null!)).ParamName);
    }

    [Fact]
    public void Without_a_calibration_it_is_not_computable_and_counts_answers_at_the_scale_minimum()
    {
        StageResult result = MadeUp().Score([1, Answer.NotAnswered, 1]).Stage("activation");
        Assert.Equal(StageNotComputableReason.CalibrationNotSupplied, result.Reason);
        Assert.Equal("Made-up activation needs a calibration supplied at scoring time; none was given (Instrument.WithCalibration).", result.Explanation);
        Assert.Equal(2, result["answered"]);
        Assert.Null(result["measure"]);
        Assert.Null(result["theta"]);
    }

    [Fact]
    public void The_calibration_is_given_the_categories_in_the_stage_item_order_with_blanks_as_null()
    {
        var calibration = new StandIn(3, _ => 3, Scored(61.25, 3.5, Measure(0.5, 0.25)));
        Instrument instrument = MadeUp(ActivationCutPoints.Hibbard2010).WithCalibration(calibration);
        StageResult result = instrument.Score([4, Answer.NotAnswered, 1]).Stage("activation");
        Assert.Equal([0, 3, null], calibration.Scored);   // items 3, 1, 2: answers 1, 4 and blank, less the minimum
        Assert.True(result.IsComputable);
        Assert.Equal(61.25, result["measure"]);
        Assert.Equal(3.5, result["measure-se"]);
        Assert.Equal(3, result["level"]);                 // Hibbard 2010: 55.2-67.0 is level 3
        Assert.Equal(2, result["answered"]);
        Assert.Equal(0.5, result["theta"]);
        Assert.Equal(0.25, result["theta-se"]);
    }

    [Fact]
    public void Without_cut_points_a_standard_error_or_a_person_estimate_those_outputs_are_absent()
    {
        var stage = new CalibrationStage("activation", "Activation", [1, 2, 3], "made up");
        StageResult result = stage.ResultOf(Scored(47.04, null), 3);
        Assert.True(result.IsComputable);
        Assert.Equal(47.04, result["measure"]);
        Assert.Null(result["measure-se"]);
        Assert.Null(result["level"]);
        Assert.Equal(3, result["answered"]);
        Assert.Null(result["theta"]);
        Assert.Null(result["theta-se"]);
        Assert.Equal(1, (stage with { Levels = ActivationCutPoints.Hibbard2010 }).ResultOf(Scored(47.04, null), 3)["level"]);
    }

    [Theory]
    [InlineData(ActivationNotComputableReason.TooFewItemsAnswered, StageNotComputableReason.TooFewItemsAnswered)]
    [InlineData(ActivationNotComputableReason.UniformExtremePattern, StageNotComputableReason.UniformExtremePattern)]
    [InlineData(ActivationNotComputableReason.EstimationFailed, StageNotComputableReason.EstimationFailed)]
    public void A_score_the_calibration_refuses_keeps_its_reason_explanation_and_person_estimate(ActivationNotComputableReason reason, StageNotComputableReason expected)
    {
        var stage = new CalibrationStage("activation", "Activation", [1, 2, 3], "made up") { Levels = ActivationCutPoints.Hibbard2010 };
        StageResult result = stage.ResultOf(NotScored(reason, Measure(-1.5, 0.75)), 2);
        Assert.Equal(expected, result.Reason);
        Assert.Equal("the stand-in says no", result.Explanation);
        Assert.Null(result["measure"]);
        Assert.Null(result["measure-se"]);
        Assert.Null(result["level"]);
        Assert.Equal(2, result["answered"]);
        Assert.Equal(-1.5, result["theta"]);
        Assert.Equal(0.75, result["theta-se"]);
    }

    [Fact]
    public void Stages_are_equal_when_items_cut_points_and_the_common_parts_are()
    {
        static CalibrationStage Of() => new("activation", "Activation", [1, 2, 3], "made up") { Levels = new ActivationCutPoints("cuts", "Cuts", 40, 50, 60, "made up") };
        CalibrationStage stage = Of();
        Assert.Equal(stage, Of());
        Assert.Equal(stage.GetHashCode(), Of().GetHashCode());
        Assert.False(stage.Equals((CalibrationStage?)null));
        Assert.Equal(stage with { Levels = null }, Of() with { Levels = null });

        Assert.NotEqual(stage, new CalibrationStage("activation", "Activation", [1, 2, 4], "made up") { Levels = stage.Levels });
        Assert.NotEqual(stage, new CalibrationStage("activation", "Activation", [1, 2], "made up") { Levels = stage.Levels });
        Assert.NotEqual(stage, stage with { Levels = null });
        Assert.NotEqual(stage with { Levels = null }, stage);
        Assert.NotEqual(stage, stage with { Levels = new ActivationCutPoints("other", "Cuts", 40, 50, 60, "made up") });
        Assert.NotEqual(stage, stage with { Levels = new ActivationCutPoints("cuts", "Cuts", 41, 50, 60, "made up") });
        Assert.NotEqual(stage, stage with { Levels = new ActivationCutPoints("cuts", "Cuts", 40, 51, 60, "made up") });
        Assert.NotEqual(stage, stage with { Levels = new ActivationCutPoints("cuts", "Cuts", 40, 50, 61, "made up") });
        Assert.NotEqual(stage, stage with { Id = "other" });
        Assert.NotEqual(stage, stage with { Note = "a note" });
    }
}
