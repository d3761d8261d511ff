using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Tests.Activation;

namespace OutcomeScoring.Tests;

/// <summary>
/// Stages a definition declares beyond keyed sums, scored by the one engine: PAM-13's calibration supplied at scoring
/// time, CORE-6D's value set, DIALOG's lowest-rated domains; and the rules a stage must meet.
/// </summary>
public class StageTests
{
    private static readonly Config Config = SuiteEffort.Properties(300);

    private static Gen<Answer[]> Answers(Instrument instrument, int notApplicableWeight = 1) =>
        Gen.Frequency(
                (1, Gen.Constant(Answer.NotAnswered)),
                (notApplicableWeight, Gen.Constant(Answer.NotApplicable)),
                (8, Gen.Choose(instrument.Scale.Minimum, instrument.Scale.Maximum).Select(Answer.Of)))
            .ArrayOf(instrument.Items.Length);

    [Fact]
    public void Replacing_a_stage_names_what_is_wrong()
    {
        Assert.Equal("stage", Assert.Throws<ArgumentNullException>(() => Pam13.Instrument.WithStage(null!)).ParamName);

        var stray = new CalibrationStage("elsewhere", "Elsewhere", [1, 2], "made up");
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => Pam13.Instrument.WithStage(stray));
        Assert.StartsWith("PAM-13 has no stage 'elsewhere'. Its stages are: activation.", unknown.Message, StringComparison.Ordinal);
        ArgumentException none = Assert.Throws<ArgumentException>(() => Core10.Instrument.WithStage(stray));
        Assert.StartsWith("CORE-10 declares no stages.", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_calibration_that_no_longer_fits_the_replaced_stage_is_refused()
    {
        // The stage now reads 12 items; the bound calibration has 13. Keeping it bound would score with the wrong items.
        Instrument calibrated = Pam13.Instrument.WithCalibration(MadeUpCalibrations.Items());
        var shorter = new CalibrationStage(Pam13.ActivationStage, "Activation", Enumerable.Range(1, 12), "made up");
        CalibrationException ex = Assert.Throws<CalibrationException>(() => calibrated.WithStage(shorter));
        Assert.Contains("needs 12", ex.Message, StringComparison.Ordinal);

        // Without a bound calibration the same stage is accepted, and one that fits stays bound.
        Assert.Equal(12, Pam13.Instrument.WithStage(shorter).Stages[0].Items.Length);
        var same = (CalibrationStage)calibrated.Stages[0] with { Levels = ((CalibrationStage)calibrated.Stages[0]).Levels };
        Assert.Equal(
            calibrated.Score(MadeUpCalibrations.Answers(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1)).Stage(0).ToString(),
            calibrated.WithStage(same).Score(MadeUpCalibrations.Answers(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1)).Stage(0).ToString());
    }

    [Fact]
    public void Built_in_stages_are_declared_by_their_definitions()
    {
        Assert.IsType<CalibrationStage>(Assert.Single(Pam13.Instrument.Stages));
        Assert.IsType<ValueSetStage>(Assert.Single(Core6D.Instrument.Stages));
        Assert.Equal([typeof(LowestRatedStage), typeof(CompanionCountStage)], Dialog.Instrument.Stages.Select(s => s.GetType()));
        Assert.All(Instruments.All.Where(i => i.Id.StartsWith("core-", StringComparison.Ordinal) && i.Id != "core-6d"), i => Assert.Empty(i.Stages));
    }

    [Fact]
    public void PAM_13_through_the_engine_equals_the_calibration_for_every_answer_pattern()
    {
        foreach (ICalibration calibration in (ICalibration[])[MadeUpCalibrations.Items(), MadeUpCalibrations.Items("ml", 7, false), Calibration.FromJson(MadeUpCalibrations.TableJson())])
        {
            Instrument pam = Pam13.WithCalibration(calibration);
            Prop.ForAll(Answers(pam).ToArbitrary(), answers =>
            {
                StageResult stage = pam.Score(answers).Stage(Pam13.ActivationStage);
                Pam13Result expected = Pam13.Score(answers, calibration);
                Assert.Equal(expected.Score, stage["measure"]);
                Assert.Equal(expected.StandardError, stage["measure-se"]);
                Assert.Equal((double?)expected.Level, stage["level"]);
                Assert.Equal(expected.ItemsAnswered, stage["answered"]);
                Assert.Equal(expected.Calibrated.Measure?.Theta, stage["theta"]);
                Assert.Equal(expected.Calibrated.Measure?.StandardError, stage["theta-se"]);
                Assert.Equal(expected.Explanation, stage.Explanation);
                Assert.Equal(expected.IsComputable, stage.IsComputable);
                Assert.Equal((int)expected.Reason, (int)stage.Reason == 0 ? 0 : (int)stage.Reason - 1);
            }).Check(Config);
        }
    }

    [Fact]
    public void PAM_13_levels_come_from_the_stage_cut_points()
    {
        // A made-up table whose score is the raw score plus 43: these answers are categories 3, 3, 2 (ten times) and 1, raw 27.
        ICalibration table = Calibration.FromJson(MadeUpCalibrations.TableJson(score: (answered, raw) => raw + 43));
        Answer[] answers = MadeUpCalibrations.Answers(4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2);
        StageResult hibbard = Pam13.WithCalibration(table).Score(answers).Stage(Pam13.ActivationStage);
        StageResult shirleyRyan = Pam13.WithCalibration(table, ActivationCutPoints.ShirleyRyanAbilityLab).Score(answers).Stage(Pam13.ActivationStage);
        Assert.Equal(70.0, hibbard["measure"]);
        Assert.Equal(4, hibbard["level"]);        // above 67.0
        Assert.Equal(3, shirleyRyan["level"]);    // 55.2-72.4
    }

    [Fact]
    public void A_calibration_stage_without_a_calibration_says_so_and_still_counts_answers()
    {
        StageResult stage = Pam13.Instrument.Score(MadeUpCalibrations.Answers(1, 2, 3, 4, null, 2, 3, 3, 4, 2, 3, 3, 2)).Stage(Pam13.ActivationStage);
        Assert.Equal(StageNotComputableReason.CalibrationNotSupplied, stage.Reason);
        Assert.Null(stage["measure"]);
        Assert.Equal(12, stage["answered"]);
        Assert.Equal("PAM-13 activation needs a calibration supplied at scoring time; none was given (Instrument.WithCalibration).", stage.Explanation);
        Assert.Null(Pam13.Instrument.CalibrationOf(Pam13.ActivationStage));
    }

    [Fact]
    public void A_bound_calibration_survives_other_changes_and_a_calibration_that_does_not_fit_is_refused()
    {
        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        Instrument pam = Pam13.WithCalibration(calibration).WithMaximumMissing("raw", 3).WithResultColumns(Pam13.Instrument.ResultColumns);
        Assert.Same(calibration, pam.CalibrationOf(Pam13.ActivationStage));
        Assert.Null(Pam13.Instrument.CalibrationOf(Pam13.ActivationStage));

        // Binding another calibration to a bound instrument leaves the first one's binding as it was.
        ICalibration other = MadeUpCalibrations.Items("ml", 7, false);
        Instrument rebound = pam.WithCalibration(other);
        Assert.Same(other, rebound.CalibrationOf(Pam13.ActivationStage));
        Assert.Same(calibration, pam.CalibrationOf(Pam13.ActivationStage));
        Assert.Equal(pam.ToJson(), rebound.ToJson());

        ICalibration wrongCategories = Calibration.FromJson(MadeUpCalibrations.TableJson(maximumCategory: 4));
        CalibrationException e = Assert.Throws<CalibrationException>(() => Pam13.Instrument.WithCalibration(wrongCategories));
        Assert.Contains("PAM-13 needs 3 (answers 1-4 recoded 0-3).", e.Message, StringComparison.Ordinal);
        InvalidOperationException none = Assert.Throws<InvalidOperationException>(() => Core10.Instrument.WithCalibration(calibration));
        Assert.Equal("CORE-10 has no calibration stage to bind a calibration to.", none.Message);
        ArgumentException notCalibration = Assert.Throws<ArgumentException>(() => Core6D.Instrument.WithCalibration(Core6D.UtilityStage, calibration));
        Assert.StartsWith("CORE-6D: stage 'core-6d' is not a calibration stage.", notCalibration.Message, StringComparison.Ordinal);
        Assert.Equal("stageId", notCalibration.ParamName);
        Assert.Equal("calibration", Assert.Throws<ArgumentNullException>(() => Pam13.Instrument.WithCalibration(Pam13.ActivationStage, null!)).ParamName);
        Assert.Equal("resultColumns", Assert.Throws<ArgumentNullException>(() => Pam13.Instrument.WithResultColumns(null!)).ParamName);
    }

    [Fact]
    public void With_two_calibration_stages_the_stage_must_be_named()
    {
        Instrument pam = Pam13.Instrument;
        var twice = new Instrument(
            "pam-twice", "PAM twice", "made up", pam.Scale, pam.Items, pam.Scores,
            stages: [pam.Stages[0], new CalibrationStage("again", "Again", pam.Stages[0].Items, "made up")]);
        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => twice.WithCalibration(calibration));
        Assert.Equal("PAM twice has two calibration stages; name the stage to bind the calibration to.", ex.Message);
        Instrument bound = twice.WithCalibration("again", calibration);
        Assert.Same(calibration, bound.CalibrationOf("again"));
        Assert.Null(bound.CalibrationOf(Pam13.ActivationStage));
    }

    /// <summary>The CORE-6D rule as specs/core.md states it, written out independently of the definition.</summary>
    private static double? Core6DUtility(Answer[] coreOm)
    {
        int[] six = [1, 8, 15, 16, 21, 33];
        if (six.Any(item => !coreOm[item - 1].IsAnswered))
        {
            return null;
        }

        static int Collapse(int item, int raw) => item == 21 ? (4 - raw) switch { <= 1 => 0, <= 3 => 1, _ => 2 } : raw switch { 0 => 0, <= 2 => 1, _ => 2 };
        int emotional = new[] { 1, 15, 16, 21, 33 }.Sum(item => Collapse(item, coreOm[item - 1].Value!.Value));
        int physical = Collapse(8, coreOm[7].Value!.Value);
        double[][] tariff =
        [
            [.95, .94, .87, .80, .72, .64, .55, .47, .38, .30, .24],
            [.92, .90, .84, .77, .69, .61, .52, .43, .35, .26, .20],
            [.81, .80, .73, .66, .58, .50, .41, .32, .24, .16, .10],
        ];
        return tariff[physical][emotional];
    }

    [Fact]
    public void CORE_6D_utility_is_the_published_tariff_of_the_collapsed_levels()
    {
        Prop.ForAll(Answers(Core6D.Instrument, notApplicableWeight: 0).ToArbitrary(), answers =>
        {
            StageResult stage = Core6D.Instrument.Score(answers).Stage(Core6D.UtilityStage);
            Assert.Equal(Core6DUtility(answers), stage["value"]);
            Assert.Equal(stage.IsComputable ? StageNotComputableReason.None : StageNotComputableReason.ItemsMissing, stage.Reason);
            Assert.Equal(Core6D.FromCoreOm(answers).Utility, stage["value"]);
        }).Check(Config);
    }

    [Fact]
    public void CORE_6D_names_the_missing_items_and_does_not_prorate()
    {
        Answer[] answers = [.. Enumerable.Repeat(Answer.Of(2), 34)];
        answers[7] = Answer.NotAnswered;
        answers[20] = Answer.NotAnswered;
        StageResult stage = Core6D.Instrument.Score(answers).Stage(Core6D.UtilityStage);
        Assert.Equal("CORE-6D utility not computable: CORE-OM items 8, 21 not answered; all six items (1, 8, 15, 16, 21, 33) are needed (no prorating).", stage.Explanation);
        Assert.Null(stage["physical"]);
        Assert.Equal([8, 21], Core6D.FromCoreOm(answers).MissingItems);
    }

    [Fact]
    public void DIALOG_lowest_rated_domains_are_the_life_domains_at_the_lowest_rating()
    {
        Prop.ForAll(Answers(Dialog.Instrument).ToArbitrary(), answers =>
        {
            StageResult stage = Dialog.Instrument.Score(answers).Stage(Dialog.LowestRatedStage);
            int[] rated = [.. Enumerable.Range(1, 8).Where(item => answers[item - 1].IsAnswered)];
            int? lowest = rated.Length == 0 ? null : rated.Min(item => answers[item - 1].Value!.Value);
            Assert.Equal((double?)lowest, stage["lowest"]);
            Assert.Equal([.. rated.Where(item => answers[item - 1].Value == lowest)], stage.MarkedItems);
            Assert.Equal(rated.Length, stage["answered"]);
            Assert.Equal(rated.Length > 0, stage.IsComputable);
        }).Check(Config);
    }

    [Fact]
    public void A_stage_output_that_does_not_exist_is_named_with_those_that_do()
    {
        StageResult stage = Dialog.Instrument.Score(new Answer[11]).Stage(Dialog.LowestRatedStage);
        ArgumentException e = Assert.Throws<ArgumentException>(() => stage["utility"]);
        Assert.StartsWith("Stage 'lowest-rated' has no output 'utility'. Its outputs are: lowest, count, answered.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Core10.Instrument.Score(new Answer[10]).Stage("lowest-rated"));
        ArgumentOutOfRangeException position = Assert.Throws<ArgumentOutOfRangeException>(() => Dialog.Instrument.Score(new Answer[11]).Stage(2));
        Assert.StartsWith("DIALOG has two stages.", position.Message, StringComparison.Ordinal);
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => Dialog.Instrument.IndexOfStage("utility"));
        Assert.StartsWith("DIALOG has no stage 'utility'. Its stages are: lowest-rated, unmet-needs.", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("stageId", unknown.ParamName);
    }

    private const string Demo = """
        {
          "id": "demo", "name": "Demo", "source": "made up for a test",
          "scale": { "minimum": 0, "maximum": 2 },
          "items": [ { "number": 1, "topic": "a" }, { "number": 2, "topic": "b", "keying": "reversed" }, { "number": 3, "topic": "c" } ],
          "scores": [ { "id": "total", "name": "Total", "items": [1, 2, 3], "maximumMissing": 0, "source": "made up" } ],
          "resultColumns": [ { "name": "value", "value": "stage", "stage": "set", "output": "value" }, { "name": "answered", "value": "answered" } ],
          "stages": [
            { "id": "set", "kind": "value-set", "name": "Demo value", "source": "made up",
              "dimensions": [ { "id": "first", "items": [ { "item": 1, "levels": [0, 1, 1] } ] },
                              { "id": "rest", "items": [ { "item": 2, "levels": [0, 0, 1] }, { "item": 3, "levels": [0, 1, 2] } ] } ],
              "values": [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3] }
          ]
        }
        """;

    [Fact]
    public void A_made_up_value_set_is_read_from_JSON_keyed_scored_and_written_back()
    {
        Instrument demo = Instrument.FromJson(Demo);
        // Item 2 is reversed: answer 0 is keyed 2, level 1; item 3 answer 1 is level 1; item 1 answer 2 is level 1.
        StageResult stage = demo.Score([Answer.Of(2), Answer.Of(0), Answer.Of(1)]).Stage("set");
        Assert.Equal(1, stage["first"]);
        Assert.Equal(2, stage["rest"]);
        Assert.Equal(0.4, stage["value"]);   // first 1, rest 2: position 1 x 4 + 2 of the 2 x 4 table
        Assert.Equal(demo.ToJson(), Instrument.FromJson(demo.ToJson()).ToJson());
        Assert.Equal(demo.Stages, Instrument.FromJson(demo.ToJson()).Stages);
    }

    [Fact]
    public void A_stages_public_codes_are_read_written_and_part_of_its_equality()
    {
        string coded = Demo.Replace(
            "\"name\": \"Demo value\", \"source\": \"made up\",",
            "\"name\": \"Demo value\", \"source\": \"made up\", \"codes\": [ { \"system\": \"http://loinc.org\", \"code\": \"1-8\", \"value\": \"stage\", \"source\": \"test\" } ],",
            StringComparison.Ordinal);
        Instrument demo = Instrument.FromJson(coded);

        Assert.Equal([new PublicCode(PublicCode.Loinc, "1-8", CodedValue.StageValue, "test")], demo.Stages[0].Codes);
        Assert.Equal(demo.Stages, Instrument.FromJson(demo.ToJson()).Stages);
        Assert.NotEqual(demo.Stages[0], Instrument.FromJson(Demo).Stages[0]);
        Assert.Equal("88175-5", Assert.Single(Pam13.Instrument.Stages[0].Codes).Code);
    }

    [Fact]
    public void A_pam13_result_is_the_engines_activation_stage_result()
    {
        Answer[] answers = [.. Enumerable.Range(0, 13).Select(i => i == 2 ? Answer.NotAnswered : Answer.Of(1 + (i % 4)))];
        ICalibration calibration = MadeUpCalibrations.Items();
        StageResult engine = Pam13.WithCalibration(calibration, ActivationCutPoints.ShirleyRyanAbilityLab).Score(answers).Stage(Pam13.ActivationStage);
        StageResult direct = Pam13.Score(answers, calibration, ActivationCutPoints.ShirleyRyanAbilityLab).Stage;

        Assert.Equal(engine.Stage, direct.Stage);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => engine[i]), Enumerable.Range(0, 6).Select(i => direct[i]));
        Assert.Throws<InvalidOperationException>(() => default(Pam13Result).Stage);
    }

    [Theory]
    [InlineData("\"values\": [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]", "\"values\": [1, 0.9]", "$.stages[0].values", "the table needs 8 values")]
    [InlineData("{ \"item\": 3, \"levels\": [0, 1, 2] }", "{ \"item\": 4, \"levels\": [0, 1, 2] }", "$.stages[0]", "reads item 4, but the instrument has items 1 to 3")]
    [InlineData("{ \"item\": 3, \"levels\": [0, 1, 2] }", "{ \"item\": 3, \"levels\": [0, 1] }", "$.stages[0].dimensions[1].items[1].levels", "needs one level (0 or more) per answer on the scale, 3 in all")]
    [InlineData("\"output\": \"value\" }", "\"output\": \"utility\" }", "$.resultColumns[0].output", "which gives value, first, rest")]
    [InlineData("\"stage\": \"set\", \"output\"", "\"stage\": \"other\", \"output\"", "$.resultColumns[0].stage", "which it does not have")]
    [InlineData("\"kind\": \"value-set\"", "\"kind\": \"tariff\"", "$.stages[0].kind", "must be \"calibration\", \"value-set\", \"lowest-rated\" or \"companion-count\"")]
    [InlineData("\"id\": \"rest\"", "\"id\": \"value\"", "$.stages[0].dimensions[1].id", "needs an id of its own")]
    [InlineData("\"id\": \"set\", \"kind\"", "\"id\": \"total\", \"kind\"", "$.stages[0].id", "has the id of a score")]
    [InlineData("\"name\": \"Demo value\", \"source\": \"made up\",", "\"name\": \"Demo value\", \"source\": \"made up\", \"codes\": [ { \"system\": \"http://loinc.org\", \"code\": \"1-8\", \"value\": \"mean\", \"source\": \"test\" } ],", "$.stages[0].codes[0].value", "must stand for the stage's value")]
    [InlineData("\"maximumMissing\": 0, \"source\": \"made up\" }", "\"maximumMissing\": 0, \"source\": \"made up\", \"codes\": [ { \"system\": \"http://loinc.org\", \"code\": \"1-8\", \"value\": \"stage\", \"source\": \"test\" } ] }", "$.scores[0].codes[0].value", "stands for an item's answer or a stage's value")]
    public void A_stage_that_breaks_a_rule_is_refused_with_its_path(string find, string replace, string path, string message)
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(Demo.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Contains(e.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    private const string AdditiveDemo = """
        {
          "id": "demo", "name": "Demo", "source": "made up for a test",
          "scale": { "minimum": 1, "maximum": 3 },
          "items": [ { "number": 1, "topic": "a" }, { "number": 2, "topic": "b" }, { "number": 3, "topic": "c" } ],
          "scores": [ { "id": "total", "name": "Total", "items": [1, 2, 3], "maximumMissing": 0, "source": "made up" } ],
          "resultColumns": [ { "name": "profile", "value": "answer-profile" }, { "name": "value", "value": "stage", "stage": "set", "output": "value" }, { "name": "set", "value": "stage-id", "stage": "set" } ],
          "stages": [
            { "id": "set", "kind": "value-set", "name": "Demo value", "source": "made up",
              "dimensions": [ { "id": "first", "items": [ { "item": 1, "levels": [0, 1, 2] } ], "values": [0, -0.1, -0.3] },
                              { "id": "rest", "items": [ { "item": 2, "levels": [0, 1, 1] }, { "item": 3, "levels": [0, 1, 2] } ], "values": [0, -0.01, -0.02, -0.04] } ],
              "constant": 1,
              "terms": [ { "id": "any", "atLeast": 1, "value": -0.5 }, { "id": "both-high", "atLeast": 2, "minimumCount": 2, "value": -0.25 } ] }
          ]
        }
        """;

    [Theory]
    [InlineData(1, 1, 1, 1.0)]                         // nothing: the constant
    [InlineData(2, 1, 1, 1 - 0.1 - 0.5)]               // first 1: its value and "any"
    [InlineData(1, 2, 2, 1 - 0.02 - 0.5)]              // rest 1 + 1 = 2: its value and "any"; only one dimension at 2
    [InlineData(3, 3, 3, 1 - 0.3 - 0.04 - 0.5 - 0.25)] // first 2, rest 3: both at 2 or more
    public void An_additive_value_set_is_the_constant_plus_the_dimension_values_plus_the_terms_that_apply(int a, int b, int c, double expected)
    {
        Instrument demo = Instrument.FromJson(AdditiveDemo);
        Assert.Equal(expected, demo.Score([a, b, c]).Stage("set")["value"]!.Value, 15);
        var stage = (ValueSetStage)demo.Stages[0];
        Assert.True(stage.IsAdditive);
        Assert.Equal(2, stage.Terms[1].MinimumCount);
    }

    [Fact]
    public void An_additive_value_set_round_trips_through_JSON_and_equals_the_one_built_in_CSharp()
    {
        Instrument demo = Instrument.FromJson(AdditiveDemo);
        Assert.Equal(demo.ToJson(), Instrument.FromJson(demo.ToJson()).ToJson());
        var built = new ValueSetStage(
            "set",
            "Demo value",
            [
                new ValueSetDimension("first", [new ItemLevels(1, [0, 1, 2])]) { Values = [0, -0.1, -0.3] },
                new ValueSetDimension("rest", [new ItemLevels(2, [0, 1, 1]), new ItemLevels(3, [0, 1, 2])]) { Values = [0, -0.01, -0.02, -0.04] },
            ],
            1,
            [new ValueSetTerm("any", 1, -0.5), new ValueSetTerm("both-high", 2, -0.25) { MinimumCount = 2 }],
            "made up");
        Assert.Equal(built, demo.Stages[0]);
        Assert.NotEqual(built with { }, (ValueSetStage)Instrument.FromJson(AdditiveDemo.Replace("\"value\": -0.25", "\"value\": -0.2", StringComparison.Ordinal)).Stages[0]);
        Assert.Equal(1 - 0.1 - 0.01 - 0.5, built.ValueOf([1, 1]), 15);   // first 1, rest 1: both values and "any"; neither at 2
    }

    [Theory]
    [InlineData("\"constant\": 1,", "\"constant\": 1, \"values\": [1],", "$.stages[0].values", "an additive value set (one with a constant) has no table of values")]
    [InlineData("\"values\": [0, -0.1, -0.3]", "\"values\": [0, -0.1]", "$.stages[0].dimensions[0].values", "needs one value (a finite number within ±1e12) per dimension value 0-2, 3 in all; it has 2")]
    [InlineData("\"values\": [0, -0.1, -0.3]", "\"values\": [0, -0.1, 1e13]", "$.stages[0].dimensions[0].values", "within ±1e12")]
    [InlineData(", \"values\": [0, -0.1, -0.3] },", " },", "$.stages[0].dimensions[0].values", "it has 0")]
    [InlineData("\"constant\": 1,", "\"constant\": 1e300,", "$.stages[0].constant", "the constant must be a finite number within ±1e12")]
    [InlineData("\"id\": \"any\", \"atLeast\": 1", "\"id\": \"any\", \"atLeast\": 0", "$.stages[0].terms[0].atLeast", "it must be 1-3")]
    [InlineData("\"id\": \"any\", \"atLeast\": 1", "\"id\": \"any\", \"atLeast\": 4", "$.stages[0].terms[0].atLeast", "it must be 1-3")]
    [InlineData("\"minimumCount\": 2", "\"minimumCount\": 3", "$.stages[0].terms[1].minimumCount", "needs 3 dimensions; it must be 1-2")]
    [InlineData("\"id\": \"both-high\"", "\"id\": \"any\"", "$.stages[0].terms[1].id", "needs an id of its own")]
    [InlineData("\"value\": -0.25", "\"value\": \"x\"", "$.stages[0].terms[1].value", "must be a finite number")]
    [InlineData("\"minimumCount\": 2,", "\"minimumCount\": 2, \"level\": 2,", "$.stages[0].terms[1].level", "unknown property \"level\"")]
    [InlineData("{ \"name\": \"profile\", \"value\": \"answer-profile\" }", "{ \"name\": \"profile\", \"value\": \"answer-profile\", \"stage\": \"set\" }", "$.resultColumns[0].stage", "is not a stage output; leave its stage and output out")]
    [InlineData("\"value\": \"stage-id\", \"stage\": \"set\"", "\"value\": \"stage-id\", \"stage\": \"set\", \"output\": \"value\"", "$.resultColumns[2].output", "holds the id of stage 'set', not an output")]
    [InlineData("\"value\": \"stage-id\", \"stage\": \"set\"", "\"value\": \"stage-id\", \"stage\": \"other\"", "$.resultColumns[2].stage", "which it does not have")]
    [InlineData("\"minimum\": 1, \"maximum\": 3", "\"minimum\": 1, \"maximum\": 12", "$.resultColumns[0].value", "writes each answer as one digit, but the scale runs 1-12; it must lie within 0-9")]
    public void An_additive_value_set_or_column_that_breaks_a_rule_is_refused_with_its_path(string find, string replace, string path, string message)
    {
        string json = AdditiveDemo.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(AdditiveDemo, json);
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));
        Assert.Contains(e.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"values\": [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3] }", "\"values\": [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3], \"terms\": [] }", "$.stages[0].terms", "terms belong to an additive value set")]
    [InlineData("\"levels\": [0, 1, 1] } ] },", "\"levels\": [0, 1, 1] } ], \"values\": [0, 1] },", "$.stages[0].dimensions[0].values", "has values, but the stage is a table")]
    public void A_table_value_set_has_no_terms_and_no_dimension_values(string find, string replace, string path, string message)
    {
        string json = Demo.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Demo, json);
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));
        Assert.Contains(e.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Stages_may_not_read_more_items_than_a_result_holds()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "wide", "Wide", "test", new ResponseScale(0, 1),
            Enumerable.Range(1, 30).Select(n => new Item(n, "t" + n)),
            [new ScoreDefinition("total", "Total", Enumerable.Range(1, 30), 0, "test")],
            stages: [new LowestRatedStage("low", "Lowest", Enumerable.Range(1, 30), "test")]));
        Assert.Contains(e.Problems, p => p.Path == "$.stages" && p.Message == "Instrument 'wide': its stages read 30 different items; with one score a result holds at most 22.");
    }
}
