using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Activation;

/// <summary>The Rasch engine against the check table of activation.md, and its failures and bad input.</summary>
public class RaschModelTests
{
    private static readonly PersonEstimationOptions Ml = new() { Estimator = RaschEstimator.MaximumLikelihood };
    private static readonly PersonEstimationOptions Wle = new() { Estimator = RaschEstimator.WeightedLikelihood };

    /// <summary>The sheet's model: rating scale, 5 items, d = (-1, -0.5, 0, 0.5, 1), tau = (-1, 0, 1), max raw 15.</summary>
    private static RaschModel SheetModel() => RaschModel.RatingScale([-1, -0.5, 0, 0.5, 1], [-1, 0, 1]);

    /// <summary>
    /// activation.md check table, cross-checked independently in Python: once by bisection on the estimating
    /// equations, once by maximising the log-likelihood (and log-likelihood + 0.5 log information for Warm)
    /// directly with golden-section search. All agree to 4 decimals.
    /// </summary>
    [Theory]
    [InlineData(1, -2.7667, 1.0414, -2.4032, 0.8982)]
    [InlineData(5, -0.7490, 0.5670, -0.7068, 0.5637)]
    [InlineData(7.5, 0.0000, 0.5380, 0.0000, 0.5380)]
    [InlineData(10, 0.7490, 0.5670, 0.7068, 0.5637)]
    [InlineData(14, 2.7667, 1.0414, 2.4032, 0.8982)]
    public void Sheet_check_table(double raw, double mlTheta, double mlSe, double wleTheta, double wleSe)
    {
        RaschModel model = SheetModel();
        PersonMeasure ml = model.EstimateFromRawScore(raw, Ml);
        PersonMeasure wle = model.EstimateFromRawScore(raw, Wle);
        Assert.Equal(mlTheta, ml.Theta!.Value, 4);
        Assert.Equal(mlSe, ml.StandardError!.Value, 4);
        Assert.Equal(wleTheta, wle.Theta!.Value, 4);
        Assert.Equal(wleSe, wle.StandardError!.Value, 4);
        Assert.Equal(15, ml.MaximumScore);
        Assert.Equal(5, wle.ItemsAnswered);
        Assert.False(ml.IsExtreme);
    }

    [Fact]
    public void Answered_categories_give_the_same_measure_as_the_raw_score()
    {
        RaschModel model = SheetModel();
        PersonMeasure fromPattern = model.Estimate([1, 0, 0, 0, 0], Ml);
        Assert.Equal(-2.7667, fromPattern.Theta!.Value, 4);
        Assert.Equal(1, fromPattern.RawScore);
        Assert.True(fromPattern.Iterations > 0);
    }

    [Fact]
    public void Extreme_scores_use_the_adjustment_for_ML_and_are_finite_for_WLE()
    {
        RaschModel model = SheetModel();
        PersonMeasure ml0 = model.Estimate([0, 0, 0, 0, 0], Ml);
        PersonMeasure ml03 = model.EstimateFromRawScore(0.3, Ml);
        Assert.True(ml0.IsExtreme);
        Assert.Equal(ml03.Theta!.Value, ml0.Theta!.Value, 10);
        Assert.Equal(-4.0278, ml0.Theta!.Value, 4);

        PersonMeasure ml05 = model.Estimate([0, 0, 0, 0, 0], Ml with { ExtremeScoreAdjustment = 0.5 });
        Assert.Equal(model.EstimateFromRawScore(0.5, Ml).Theta!.Value, ml05.Theta!.Value, 10);

        PersonMeasure wleMax = model.Estimate([3, 3, 3, 3, 3], Wle);
        Assert.True(wleMax.IsExtreme);
        Assert.Equal(3.5787, wleMax.Theta!.Value, 4);
        Assert.Equal(1.4951, wleMax.StandardError!.Value, 4);
    }

    [Fact]
    public void Only_answered_items_count()
    {
        RaschModel model = RaschModel.PartialCredit([[-1.0, 0, 1], [-0.5, 0.5, 1.5], [0.0, 1, 2]]);
        PersonMeasure two = model.Estimate([2, null, 1], Wle);
        PersonMeasure reduced = RaschModel.PartialCredit([[-1.0, 0, 1], [0.0, 1, 2]]).Estimate([2, 1], Wle);
        Assert.Equal(reduced.Theta!.Value, two.Theta!.Value, 12);
        Assert.Equal(2, two.ItemsAnswered);
        Assert.Equal(6, two.MaximumScore);

        Answer[] answers = [Answer.Of(2), Answer.NotApplicable, Answer.Of(1)];
        Assert.Equal(two, model.Estimate(answers, Wle));
    }

    [Fact]
    public void No_items_answered_is_a_failure_not_NaN()
    {
        PersonMeasure none = SheetModel().Estimate(new int?[5], null);
        Assert.False(none.IsSuccess);
        Assert.Equal(PersonMeasureFailure.NoItemsAnswered, none.Failure);
        Assert.Null(none.Theta);
        Assert.Null(none.StandardError);
        Assert.Equal("No item was answered, so no person measure can be estimated.", none.Message);
    }

    [Fact]
    public void Not_converging_is_a_clear_failure_not_NaN()
    {
        PersonMeasure measure = SheetModel().Estimate([3, 2, 1, 0, 3], Wle with { MaximumIterations = 2, Tolerance = 1e-15 });
        Assert.False(measure.IsSuccess);
        Assert.Equal(PersonMeasureFailure.DidNotConverge, measure.Failure);
        Assert.Null(measure.Theta);
        Assert.Null(measure.StandardError);
        Assert.Equal(
            "The weighted likelihood estimate did not converge to 1E-15 logits within 2 iterations (raw score 9 of 15 over 5 items).",
            measure.Message);
        Assert.Equal(measure.Message, measure.ToString());
    }

    [Fact]
    public void Extreme_thresholds_still_converge_with_bounded_steps()
    {
        RaschModel model = RaschModel.PartialCredit([[-40.0, 0, 40], [35.0, 36, 37], [-30.0, -29, -28]]);
        PersonMeasure ml = model.Estimate([0, 0, 0], Ml);
        PersonMeasure wle = model.Estimate([3, 3, 3], Wle);
        Assert.True(ml.IsSuccess, ml.Message);
        Assert.True(wle.IsSuccess, wle.Message);
        Assert.True(double.IsFinite(ml.Theta!.Value) && double.IsFinite(ml.StandardError!.Value));
        Assert.True(double.IsFinite(wle.Theta!.Value) && double.IsFinite(wle.StandardError!.Value));
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(1, -1)]
    public void Category_out_of_range_names_item_value_and_range(int item, int value)
    {
        int?[] categories = [1, 1, 1, 1, 1];
        categories[item - 1] = value;
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => SheetModel().Estimate(categories, null));
        Assert.Equal("categories", ex.ParamName);
        Assert.Equal(value, ex.ActualValue);
        Assert.StartsWith($"Item {item}: category {value} is outside the allowed range 0-3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_number_of_categories_is_an_argument_error()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => SheetModel().Estimate(new int?[4], null));
        Assert.StartsWith("The model has 5 items but 4 categories were given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_options_and_bad_parameters_are_named()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => SheetModel().EstimateFromRawScore(3, Ml with { ExtremeScoreAdjustment = 1.5 }));
        Assert.StartsWith("Person estimation option ExtremeScoreAdjustment is 1.5; it must lie strictly between 0 and 1.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SheetModel().EstimateFromRawScore(15.5, null));

        ArgumentException empty = Assert.Throws<ArgumentException>(() => RaschModel.PartialCredit([[0.5], []]));
        Assert.StartsWith("Item 2 has no thresholds", empty.Message, StringComparison.Ordinal);
        ArgumentException nan = Assert.Throws<ArgumentException>(() => RaschModel.PartialCredit([[0.5, double.NaN]]));
        Assert.StartsWith("Item 1 threshold 2 is NaN", nan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rating_scale_thresholds_are_difficulty_plus_tau()
    {
        RaschModel model = SheetModel();
        Assert.Equal(RaschModelKind.RatingScale, model.Kind);
        Assert.Equal([0.0, 1.0, 2.0], model.Thresholds[4]);
        Assert.Equal(3, model.MaximumCategory(2));
        Assert.Equal(7.5, model.ExpectedScore(0), 12);
    }
}
