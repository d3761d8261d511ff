using System.Text;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Activation;

/// <summary>Loading calibrations from JSON (both forms) and validating them, with clear errors.</summary>
public class CalibrationTests
{
    private static CalibrationException Rejects(string json) => Assert.Throws<CalibrationException>(() => Calibration.FromJson(json));

    [Fact]
    public void Form_a_loads_as_item_parameters()
    {
        var calibration = Assert.IsType<ItemParameterCalibration>(Calibration.FromJson(MadeUpCalibrations.ItemJson()));
        Assert.Equal("made-up (not PAM)", calibration.Name);
        Assert.Equal(13, calibration.ItemCount);
        Assert.Equal(RaschModelKind.PartialCredit, calibration.Model.Kind);
        Assert.Equal(RaschEstimator.WeightedLikelihood, calibration.Estimation.Estimator);
        Assert.Equal([-2.4, -1.2, 0.0], calibration.Model.Thresholds[0]);
        Assert.Equal(10, calibration.Transform.Slope);
        Assert.Equal(7, calibration.MinimumAnswered);
        Assert.True(calibration.RejectUniformExtremes);
        Assert.Equal(3, calibration.MaximumCategory(13));
    }

    [Fact]
    public void The_issue_example_shape_loads_and_the_stream_gives_the_same()
    {
        const string json = """
            {"name":"example","model":"partial-credit","estimator":"ml","extremeAdjustment":0.5,
             "items":[{"item":1,"thresholds":[-1.2,0.1,1.3]},{"item":2,"thresholds":[-0.8,0.2,0.9]}],
             "transform":{"intercept":50,"slope":10,"min":0,"max":100},"minimumAnswered":1,"rejectUniformExtremes":true}
            """;
        var fromText = Assert.IsType<ItemParameterCalibration>(Calibration.FromJson(json));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var fromStream = Assert.IsType<ItemParameterCalibration>(Calibration.Load(stream));
        Assert.Equal(0.5, fromText.Estimation.ExtremeScoreAdjustment);
        Assert.Equal(RaschEstimator.MaximumLikelihood, fromStream.Estimation.Estimator);
        Assert.Equal(fromText.Score([1, 2]), fromStream.Score([1, 2]));
    }

    [Fact]
    public void Rating_scale_form_is_difficulty_plus_taus()
    {
        const string json = """
            {"name":"rs","model":"rating-scale","estimator":"wle","taus":[-1,0,1],
             "items":[{"item":1,"difficulty":-1},{"item":2,"difficulty":-0.5},{"item":3,"difficulty":0},{"item":4,"difficulty":0.5},{"item":5,"difficulty":1}],
             "transform":{"intercept":0,"slope":1,"min":-10,"max":10},"minimumAnswered":1,"rejectUniformExtremes":false}
            """;
        var calibration = Assert.IsType<ItemParameterCalibration>(Calibration.FromJson(json));
        Assert.Equal(RaschModelKind.RatingScale, calibration.Model.Kind);

        // The sheet's check table again, through the transform (slope 1): R = 5 gives WLE -0.7068 (0.5637).
        CalibratedScore score = calibration.Score([1, 1, 1, 1, 1]);
        Assert.Equal(-0.7068, score.Score!.Value, 4);
        Assert.Equal(0.5637, score.StandardError!.Value, 4);
    }

    [Fact]
    public void Form_b_loads_as_a_lookup_table()
    {
        var table = Assert.IsType<LookupTableCalibration>(Calibration.FromJson(MadeUpCalibrations.TableJson()));
        Assert.Equal(13, table.ItemCount);
        Assert.Equal(4, table.Rows.Length);
        CalibratedScore complete = table.Score([.. Enumerable.Repeat<int?>(3, 12), 0]);
        Assert.Equal(10 + (36 * 80.0 / 39), complete.Score!.Value, 12);
        Assert.Null(complete.StandardError);
        Assert.Null(complete.Measure);
    }

    [Fact]
    public void Table_standard_errors_are_used_when_given()
    {
        const string json = """
            {"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3],"standardErrors":[0.5,0.4,0.5]}],
             "minimumAnswered":2,"rejectUniformExtremes":false}
            """;
        CalibratedScore score = Calibration.FromJson(json).Score([1, 0]);
        Assert.Equal(2, score.Score);
        Assert.Equal(0.4, score.StandardError);
    }

    [Fact]
    public void Wrong_number_of_thresholds_for_PAM_13_names_the_item()
    {
        double[][] thresholds = MadeUpCalibrations.Thresholds;
        thresholds[4] = [-1, 1];
        ICalibration calibration = Calibration.FromJson(MadeUpCalibrations.ItemJson(thresholds: thresholds));
        CalibrationException ex = Assert.Throws<CalibrationException>(() => Pam13.CheckCalibration(calibration));
        Assert.Equal("Calibration 'made-up (not PAM)': item 5 has 2 thresholds (categories 0-2); PAM-13 needs 3 (answers 1-4 recoded 0-3).", ex.Message);
        Assert.Throws<CalibrationException>(() => Pam13.Score(MadeUpCalibrations.Answers(new int?[13]), calibration));
    }

    [Fact]
    public void Wrong_number_of_items_for_PAM_13_gives_expected_and_actual()
    {
        ICalibration calibration = Calibration.FromJson(MadeUpCalibrations.ItemJson(thresholds: MadeUpCalibrations.Thresholds[..12]));
        CalibrationException ex = Assert.Throws<CalibrationException>(() => Pam13.CheckCalibration(calibration));
        Assert.Equal("Calibration 'made-up (not PAM)' has 12 items; PAM-13 needs 13.", ex.Message);

        ICalibration table = Calibration.FromJson(MadeUpCalibrations.TableJson(maximumCategory: 4));
        Assert.Equal(
            "Calibration 'made-up table (not PAM)': item 1 has 4 thresholds (categories 0-4); PAM-13 needs 3 (answers 1-4 recoded 0-3).",
            Assert.Throws<CalibrationException>(() => Pam13.CheckCalibration(table)).Message);
    }

    [Fact]
    public void A_non_increasing_table_names_the_first_position()
    {
        CalibrationException ex = Rejects(MadeUpCalibrations.TableJson(score: (n, r) => n == 11 && r == 5 ? 20 : r));
        Assert.Equal(
            "$.table[1].scores[6]: Calibration 'made-up table (not PAM)': the row for 11 answered items is not increasing: the score at raw score 6 (6) is not above the score at raw score 5 (20).",
            ex.Message);

        CalibrationException tie = Rejects(MadeUpCalibrations.TableJson(score: (n, r) => Math.Min(r, 30)));
        Assert.Contains("the score at raw score 31 (30) is not above the score at raw score 30 (30)", tie.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2]}],"minimumAnswered":2,"rejectUniformExtremes":false}""",
        "$.table[0].scores: Calibration 't': the row for 2 answered items has 2 scores; it needs 3 (one per raw score 0 to 2).")]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3]}],"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.table: Calibration 't': the table has no row for 1 answered items; it needs one for every count from minimumAnswered (1) to 2.")]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3]},{"answered":2,"scores":[1,2,3]}],"minimumAnswered":2,"rejectUniformExtremes":false}""",
        "$.table[1].answered: Calibration 't': the table has more than one row for 2 answered items.")]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3],"standardErrors":[1]}],"minimumAnswered":2,"rejectUniformExtremes":false}""",
        "$.table[0].standardErrors: Calibration 't': the row for 2 answered items has 1 standard errors; it needs 3 (one per raw score) or none.")]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3]}],"minimumAnswered":3,"rejectUniformExtremes":false}""",
        "$.minimumAnswered: Calibration 't': minimumAnswered is 3; it must be between 1 and 2 (the number of items).")]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3]}],"minimumAnswered":2,"rejectUniformExtremes":"yes"}""",
        "$.rejectUniformExtremes: Calibration 't': \"rejectUniformExtremes\" must be true or false; got \"yes\".")]
    [InlineData("""{"name":"t","itemCount":2,"maximumCategory":1,"table":[{"answered":2,"scores":[1,2,3]}],"minimumAnswerd":2,"rejectUniformExtremes":false}""",
        "The calibration has 2 problems:\n- $.minimumAnswerd: Calibration 't': unknown property \"minimumAnswerd\"; allowed: name, itemCount, maximumCategory, table, minimumAnswered, rejectUniformExtremes.\n- $.minimumAnswered: Calibration 't': \"minimumAnswered\" is missing.")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"wle","items":[{"item":1,"thresholds":[0]},{"item":3,"thresholds":[0]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.items[1].item: Calibration 'a': items must be numbered 1 to N in order; position 2 holds item 3.")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"wle","items":[{"item":1,"thresholds":[]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.items[0].thresholds: Calibration 'a': item 1: \"thresholds\" is empty; an item needs at least one.")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"wle","items":[{"item":1,"thresholds":[0,"x"]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.items[0].thresholds[1]: Calibration 'a': item 1: threshold 2 must be a finite number; got \"x\".")]
    [InlineData("""{"name":"a","model":"graded","estimator":"wle","items":[{"item":1,"thresholds":[0]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.model: Calibration 'a': model is \"graded\"; it must be \"partial-credit\" or \"rating-scale\".")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"eap","items":[{"item":1,"thresholds":[0]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.estimator: Calibration 'a': estimator is \"eap\"; it must be \"ml\" or \"wle\".")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"wle","items":[{"item":1,"thresholds":[0]}],"transform":{"intercept":0,"slope":-1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.transform: Calibration 'a': Transform: slope is -1; it must be positive (a higher measure is a higher score).")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"wle","items":[{"item":1,"thresholds":[0]}],"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.transform: Calibration 'a': \"transform\" is missing.")]
    [InlineData("""{"name":"a","model":"partial-credit","estimator":"ml","extremeAdjustment":0,"items":[{"item":1,"thresholds":[0]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.extremeAdjustment: Calibration 'a': Person estimation option ExtremeScoreAdjustment is 0; it must lie strictly between 0 and 1.")]
    [InlineData("""{"name":"a","items":[],"table":[]}""",
        "$: Calibration JSON has both \"items\" (item parameters) and \"table\" (lookup table); give one.")]
    [InlineData("""{"name":"a"}""",
        "$: Calibration JSON has neither \"items\" (item parameters, form a) nor \"table\" (lookup table, form b).")]
    [InlineData("""{"model":"partial-credit","estimator":"wle","items":[{"item":1,"thresholds":[0]}],"transform":{"intercept":0,"slope":1,"min":0,"max":1},"minimumAnswered":1,"rejectUniformExtremes":false}""",
        "$.name: Calibration JSON: \"name\" is missing.")]
    public void Invalid_calibrations_say_exactly_what_is_wrong(string json, string message) =>
        Assert.Equal(message, Rejects(json).Message);

    [Fact]
    public void Every_problem_of_an_item_parameter_calibration_is_reported_at_once_each_with_its_path()
    {
        CalibrationException ex = Rejects("""
            {"name":"a","model":"partial-credit","estimator":"eap","extremeAdjustment":"big",
             "items":[{"item":1,"thresholds":[0,"x"]},{"item":3,"thresholds":[]},7],
             "transform":{"intercept":0,"slope":-1,"min":0},"minimumAnswered":9,"rejectUniformExtremes":"no","colour":1}
            """);
        Assert.Equal(
            [
                ("$.colour", "Calibration 'a': unknown property \"colour\"; allowed: name, model, estimator, extremeAdjustment, items, taus, transform, minimumAnswered, rejectUniformExtremes."),
                ("$.estimator", "Calibration 'a': estimator is \"eap\"; it must be \"ml\" or \"wle\"."),
                ("$.extremeAdjustment", "Calibration 'a': \"extremeAdjustment\" must be a finite number; got \"big\"."),
                ("$.items[0].thresholds[1]", "Calibration 'a': item 1: threshold 2 must be a finite number; got \"x\"."),
                ("$.items[1].item", "Calibration 'a': items must be numbered 1 to N in order; position 2 holds item 3."),
                ("$.items[1].thresholds", "Calibration 'a': item 3: \"thresholds\" is empty; an item needs at least one."),
                ("$.items[2]", "Calibration 'a': items[2] must be an object."),
                ("$.transform.max", "Calibration 'a': transform: \"max\" is missing."),
                ("$.rejectUniformExtremes", "Calibration 'a': \"rejectUniformExtremes\" must be true or false; got \"no\"."),
                ("$.minimumAnswered", "Calibration 'a': minimumAnswered is 9; it must be between 1 and 3 (the number of items)."),
            ],
            ex.Problems.Select(p => (p.Path, p.Message)));
        Assert.StartsWith("The calibration has 10 problems:\n- $.colour: Calibration 'a': unknown property", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Problems.Length + 1, ex.Message.Split('\n').Length);
    }

    [Fact]
    public void Every_problem_of_a_table_is_reported_at_once_each_with_its_path()
    {
        CalibrationException ex = Rejects("""
            {"name":"t","itemCount":3,"maximumCategory":1,"minimumAnswered":1,"rejectUniformExtremes":false,
             "table":[{"answered":3,"scores":[1,2,2,4],"standardErrors":[1,1,0,1]},{"answered":2,"scores":[1,2]},{"answered":2,"scores":[1,2,3]},{"answered":"one","scores":[]}]}
            """);
        Assert.Equal(
            [
                ("$.table[3].answered", "Calibration 't': table row 4: \"answered\" must be a whole number; got \"one\"."),
                ("$.table[0].scores[2]", "Calibration 't': the row for 3 answered items is not increasing: the score at raw score 2 (2) is not above the score at raw score 1 (2)."),
                ("$.table[0].standardErrors[2]", "Calibration 't': the row for 3 answered items has standard error 0 at raw score 2; standard errors must be positive finite numbers."),
                ("$.table[1].scores", "Calibration 't': the row for 2 answered items has 2 scores; it needs 3 (one per raw score 0 to 2)."),
                ("$.table[2].answered", "Calibration 't': the table has more than one row for 2 answered items."),
            ],
            ex.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void A_calibration_built_in_code_reports_every_rule_it_breaks_with_the_json_path()
    {
        CalibrationException ex = Assert.Throws<CalibrationException>(() => new LookupTableCalibration("t", 2, 1, [new LookupTableRow(2, [3, 2, 1])], 0, false));
        Assert.Equal(["$.minimumAnswered", "$.table[0].scores[1]", "$.table"], ex.Problems.Select(p => p.Path));
        Assert.StartsWith("The calibration has 3 problems:\n- Calibration 't': minimumAnswered is 0;", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_calibration_error()
    {
        CalibrationException ex = Rejects("{\"name\": ");
        Assert.StartsWith("Calibration JSON is malformed:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_built_from_item_parameters_matches_them_on_complete_answers()
    {
        ItemParameterCalibration items = MadeUpCalibrations.Items();
        LookupTableCalibration table = items.ToLookupTable();
        Assert.Equal(13, table.MinimumAnswered);
        Assert.Equal(40, table.Rows.Single().Scores.Length);
        int?[] complete = [.. Enumerable.Range(0, 13).Select(i => (int?)(i % 4))];
        Assert.Equal(items.Score(complete).Score!.Value, table.Score(complete).Score!.Value, 9);
        Assert.Equal(items.Score(complete).StandardError!.Value, table.Score(complete).StandardError!.Value, 9);
    }

    [Fact]
    public void A_clamping_transform_cannot_make_a_strict_table()
    {
        var clamped = (ItemParameterCalibration)Calibration.FromJson(MadeUpCalibrations.ItemJson(transform: """{"intercept":50,"slope":10,"min":20,"max":80}"""));
        CalibrationException ex = Assert.Throws<CalibrationException>(() => clamped.ToLookupTable("t"));
        Assert.StartsWith("Calibration 't': the row for 13 answered items is not increasing", ex.Message, StringComparison.Ordinal);
    }
}
