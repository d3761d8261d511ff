using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Activation;

/// <summary>PAM-13 scoring against activation.md, with made-up calibrations (the real one is licensed).</summary>
public class Pam13Tests
{
    private static Answer[] Uniform(int value) => [.. Enumerable.Repeat(Answer.Of(value), 13)];

    private static Answer[] Mixed() => MadeUpCalibrations.Answers(1, 2, 3, 4, 3, 2, 3, 3, 4, 2, 3, 3, 2);

    [Fact]
    public void Answers_1_to_4_are_recoded_0_to_3()
    {
        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        Pam13Result result = Pam13.Score(Mixed(), calibration);
        CalibratedScore direct = calibration.Score([0, 1, 2, 3, 2, 1, 2, 2, 3, 1, 2, 2, 1]);
        Assert.True(result.IsComputable);
        Assert.Equal(direct, result.Calibrated);
        Assert.Equal(22, result.Calibrated.RawScore);
        Assert.Equal(39, result.Calibrated.MaximumScore);
        Assert.Equal(13, result.ItemsAnswered);
        Assert.Equal(ActivationNotComputableReason.None, result.Reason);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public void Standard_error_is_slope_times_theta_SE_for_item_parameters_and_absent_for_a_plain_table()
    {
        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        Pam13Result result = Pam13.Score(Mixed(), calibration);
        Assert.Equal(10 * result.Calibrated.Measure!.Value.StandardError!.Value, result.StandardError!.Value, 12);
        Assert.Equal(50 + (10 * result.Calibrated.Measure!.Value.Theta!.Value), result.Score!.Value, 12);

        Pam13Result fromTable = Pam13.Score(Mixed(), Calibration.FromJson(MadeUpCalibrations.TableJson()));
        Assert.True(fromTable.IsComputable);
        Assert.Null(fromTable.StandardError);
    }

    [Fact]
    public void NA_counts_as_not_answered()
    {
        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        Answer[] withNa = Mixed(), withBlank = Mixed();
        withNa[5] = Answer.NotApplicable;
        withBlank[5] = Answer.NotAnswered;
        Pam13Result na = Pam13.Score(withNa, calibration);
        Assert.Equal(12, na.ItemsAnswered);
        Assert.Equal(Pam13.Score(withBlank, calibration), na);
        Assert.NotEqual(Pam13.Score(Mixed(), calibration).Score, na.Score);
    }

    [Fact]
    public void Too_few_answered_per_the_calibration_is_not_computable()
    {
        Answer[] answers = [.. Mixed().Select((a, i) => i < 6 ? a : Answer.NotApplicable)];
        Pam13Result result = Pam13.Score(answers, MadeUpCalibrations.Items(minimumAnswered: 7));
        Assert.False(result.IsComputable);
        Assert.Equal(ActivationNotComputableReason.TooFewItemsAnswered, result.Reason);
        Assert.Equal("Not computable: 6 of 13 items answered; calibration 'made-up (not PAM)' needs at least 7.", result.Explanation);
        Assert.Null(result.Score);
        Assert.Null(result.ReportedScore);
        Assert.Null(result.StandardError);
        Assert.Null(result.Level);
        Assert.Equal(6, result.ItemsAnswered);

        Assert.True(Pam13.Score(answers, MadeUpCalibrations.Items(minimumAnswered: 6)).IsComputable);
    }

    [Theory]
    [InlineData(4, "highest")]
    [InlineData(1, "lowest")]
    public void A_uniform_extreme_pattern_is_rejected_only_when_the_calibration_says_so(int value, string which)
    {
        Answer[] answers = Uniform(value);
        answers[2] = Answer.NotApplicable;
        Pam13Result rejected = Pam13.Score(answers, MadeUpCalibrations.Items(rejectUniformExtremes: true));
        Assert.Equal(ActivationNotComputableReason.UniformExtremePattern, rejected.Reason);
        Assert.Equal($"Not computable: all 12 answered items have the {which} answer, and calibration 'made-up (not PAM)' rejects a uniform extreme pattern.", rejected.Explanation);

        Pam13Result kept = Pam13.Score(answers, MadeUpCalibrations.Items(rejectUniformExtremes: false));
        Assert.True(kept.IsComputable);
        Assert.True(kept.Calibrated.Measure!.Value.IsExtreme);
        Assert.Equal(value == 4 ? 4 : 1, kept.Level);
    }

    [Theory]
    [InlineData(0.0, 1, 1)]
    [InlineData(47.0, 1, 1)]
    [InlineData(47.04, 1, 1)]
    [InlineData(47.05, 2, 2)]
    [InlineData(47.1, 2, 2)]
    [InlineData(55.1, 2, 2)]
    [InlineData(55.2, 3, 3)]
    [InlineData(67.0, 3, 3)]
    [InlineData(67.1, 4, 3)]
    [InlineData(72.4, 4, 3)]
    [InlineData(72.5, 4, 4)]
    [InlineData(100.0, 4, 4)]
    public void Levels_follow_both_published_sets_on_the_score_rounded_to_one_decimal(double score, int hibbard, int shirleyRyan)
    {
        Assert.Equal(hibbard, ActivationCutPoints.Hibbard2010.Level(score));
        Assert.Equal(shirleyRyan, ActivationCutPoints.ShirleyRyanAbilityLab.Level(score));
    }

    [Fact]
    public void Cut_point_sets_carry_their_sources_and_Hibbard_2010_is_the_default()
    {
        Assert.Contains("Hibbard et al. 2010", ActivationCutPoints.Hibbard2010.Source, StringComparison.Ordinal);
        Assert.Contains("Shirley Ryan AbilityLab", ActivationCutPoints.ShirleyRyanAbilityLab.Source, StringComparison.Ordinal);

        // A made-up table whose complete row maps raw score r to 40 + r: raw 30 -> 70.0 (level 4 vs 3).
        ICalibration table = Calibration.FromJson(MadeUpCalibrations.TableJson(minimumAnswered: 13, score: (_, r) => 40 + r));
        Answer[] answers = [.. Enumerable.Repeat(Answer.Of(4), 10), .. Enumerable.Repeat(Answer.Of(1), 3)];
        Pam13Result byDefault = Pam13.Score(answers, table);
        Assert.Equal(70.0, byDefault.Score);
        Assert.Same(ActivationCutPoints.Hibbard2010, byDefault.CutPoints);
        Assert.Equal(4, byDefault.Level);
        Assert.Equal(3, Pam13.Score(answers, table, ActivationCutPoints.ShirleyRyanAbilityLab).Level);
    }

    [Fact]
    public void Cut_point_sets_are_found_by_id()
    {
        Assert.Same(ActivationCutPoints.ShirleyRyanAbilityLab, ActivationCutPoints.Get("Shirley-Ryan"));
        Assert.Same(ActivationCutPoints.Hibbard2010, ActivationCutPoints.All[0]);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ActivationCutPoints.Get("nope"));
        Assert.StartsWith("Unknown activation cut points 'nope'. Known: hibbard2010, shirley-ryan.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50.0, 53.0, true, 3.0)]
    [InlineData(50.0, 52.9, false, 2.9)]
    [InlineData(50.04, 53.0, true, 3.0)]
    [InlineData(50.05, 53.0, false, 2.9)]
    [InlineData(60.0, 55.0, false, -5.0)]
    public void A_gain_of_3_points_or_more_is_meaningful(double before, double after, bool meaningful, double gain)
    {
        ActivationChange change = Pam13.Change(before, after);
        Assert.Equal(meaningful, change.IsMeaningfulImprovement);
        Assert.Equal(gain, change.Gain);
        Assert.Equal(3.0, change.MeaningfulGain);
    }

    [Fact]
    public void The_meaningful_gain_is_configurable_and_results_need_scores()
    {
        Assert.False(Pam13.Change(50, 54, 5).IsMeaningfulImprovement);
        Assert.True(Pam13.Change(50, 55, 5).IsMeaningfulImprovement);
        Assert.Throws<ArgumentOutOfRangeException>(() => Pam13.Change(50, 55, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pam13.Change(double.NaN, 55));

        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        Pam13Result low = Pam13.Score(MadeUpCalibrations.Answers(2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2), calibration);
        Pam13Result high = Pam13.Score(MadeUpCalibrations.Answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2), calibration);
        Assert.True(Pam13.Change(low, high, Pam13.MeaningfulGain)!.Value.IsMeaningfulImprovement);
        Assert.Null(Pam13.Change(low, Pam13.Score(new Answer[13], calibration), Pam13.MeaningfulGain));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(13, 5)]
    [InlineData(1, -3)]
    public void Answers_outside_1_to_4_name_item_value_and_range(int item, int value)
    {
        Answer[] answers = Mixed();
        answers[item - 1] = value;
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Pam13.Score(answers, MadeUpCalibrations.Items()));
        Assert.Equal("answers", ex.ParamName);
        Assert.Equal(value, ex.ActualValue);
        Assert.StartsWith($"PAM-13 item {item}: answer {value} is outside the response scale 1-4.", ex.Message, StringComparison.Ordinal);

        Assert.False(Pam13.TryScore(answers, MadeUpCalibrations.Items(), ActivationCutPoints.Hibbard2010, out _, out ScoringError error));
        Assert.Equal(ScoringErrorKind.AnswerOutOfRange, error.Kind);
        Assert.Equal(item, error.ItemNumber);
    }

    [Fact]
    public void Wrong_number_of_answers_is_an_argument_error()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Pam13.Score(new Answer[12], MadeUpCalibrations.Items()));
        Assert.StartsWith("PAM-13 has 13 items but 12 answers were given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_estimator_that_fails_to_converge_gives_a_clear_failure_and_no_NaN()
    {
        ItemParameterCalibration made = MadeUpCalibrations.Items();
        var capped = new ItemParameterCalibration(
            "capped", made.Model, made.Estimation with { MaximumIterations = 1, Tolerance = 1e-15 }, made.Transform, 7, true);
        Pam13Result result = Pam13.Score(Mixed(), capped);
        Assert.False(result.IsComputable);
        Assert.Equal(ActivationNotComputableReason.EstimationFailed, result.Reason);
        Assert.Equal(
            "Not computable: The weighted likelihood estimate did not converge to 1E-15 logits within 1 iterations (raw score 22 of 39 over 13 items).",
            result.Explanation);
        Assert.Null(result.Score);
        Assert.Null(result.StandardError);
        Assert.Null(result.Level);
        Assert.Equal(PersonMeasureFailure.DidNotConverge, result.Calibrated.Measure!.Value.Failure);
        Assert.StartsWith("PAM-13: Not computable", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_items_matter_for_item_parameters_but_not_for_a_count_keyed_table()
    {
        ItemParameterCalibration calibration = MadeUpCalibrations.Items();
        Answer[] missingEasy = Uniform(3), missingHard = Uniform(3);
        missingEasy[0] = Answer.NotAnswered;
        missingHard[12] = Answer.NotAnswered;
        Assert.NotEqual(Pam13.Score(missingEasy, calibration).Score, Pam13.Score(missingHard, calibration).Score);

        ICalibration table = Calibration.FromJson(MadeUpCalibrations.TableJson());
        Assert.Equal(Pam13.Score(missingEasy, table).Score, Pam13.Score(missingHard, table).Score);
    }
}
