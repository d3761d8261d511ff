using OutcomeScoring.Change;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>Goal Based Outcomes against specs/mental-health-proms.md, sections 1, 7 and 11.</summary>
public sealed class GboTests
{
    [Fact]
    public void The_score_is_the_mean_of_the_goals_rated()
    {
        InstrumentResult result = Gbo.Instrument.Score([2, 5, 7]);
        Assert.Equal(14 / 3.0, result[Gbo.Mean].Mean);
        Assert.Equal(14 / 3.0, result[Gbo.Mean].ClinicalScore);
        Assert.Equal("mean", Gbo.Instrument.Interpretation.PrimaryScoreId);
        Assert.Single(Gbo.Instrument.Scores);
    }

    [Fact]
    public void One_or_two_goals_give_a_mean_and_no_goal_gives_none()
    {
        Assert.Equal(6, Gbo.Instrument.Score([6, Answer.NotAnswered, Answer.NotAnswered]).Primary.Mean);
        Assert.Equal(4.5, Gbo.Instrument.Score([6, 3, Answer.NotAnswered]).Primary.Mean);
        InstrumentResult none = Gbo.Instrument.Score([Answer.NotAnswered, Answer.NotAnswered, Answer.NotAnswered]);
        Assert.Null(none.Primary.Mean);
        Assert.Equal("Mean of goals not computable: 3 of its 3 items missing; at most 2 may be missing.", none.Primary.Explanation);
    }

    // Derived from the NHS rules (sheet section 7): goal 1 2 -> 6, goal 2 5 -> 3, goal 3 7 -> 3; threshold 3 per goal.
    [Theory]
    [InlineData(2, 6, ReliableChangeCategory.ReliableImprovement)]
    [InlineData(5, 3, ReliableChangeCategory.NoReliableChange)]
    [InlineData(7, 3, ReliableChangeCategory.ReliableDeterioration)]
    [InlineData(4, 7, ReliableChangeCategory.ReliableImprovement)]
    [InlineData(4, 6, ReliableChangeCategory.NoReliableChange)]
    public void Per_goal_change_uses_3_points_upwards(int baseline, int followUp, ReliableChangeCategory category)
    {
        Assert.Equal(3, Gbo.GoalReliableChange.ClinicalPoints);
        var criteria = new ChangeCriteria(Gbo.Instrument.Direction, ReliableChangeCriterion.Published(Gbo.Instrument));
        Assert.Equal(category, criteria.Classify(baseline, followUp).ReliableChange);
    }

    [Fact]
    public void Each_goal_item_carries_its_current_then_older_mhsds_concept()
    {
        Assert.Equal(
            [["1638531000000102", "1034351000000101"], ["1638541000000106", "1034361000000103"], ["1638551000000109", "1034371000000105"]],
            Gbo.Instrument.Items.Select(i => i.Codes.Select(c => c.Code).ToArray()));
        Assert.All(Gbo.Instrument.Items.SelectMany(i => i.Codes), c => Assert.Equal(CodedValue.Answer, c.Value));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(-1)]
    public void A_rating_off_the_0_to_10_scale_is_refused(int bad)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Gbo.Instrument.Score([5, bad, 5]));
        Assert.Contains($"item 2: answer {bad} is outside the response scale 0-10.", e.Message, StringComparison.Ordinal);
    }
}
