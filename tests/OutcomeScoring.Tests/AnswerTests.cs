namespace OutcomeScoring.Tests;

/// <summary>One answer: given (with its value), not answered, or not applicable.</summary>
public class AnswerTests
{
    [Fact]
    public void An_answer_is_given_not_answered_or_not_applicable()
    {
        Answer given = Answer.Of(0);
        Assert.True(given.IsAnswered);
        Assert.False(given.IsNotApplicable);
        Assert.Equal(0, given.Value);
        Assert.Equal("0", given.ToString());

        Assert.False(Answer.NotAnswered.IsAnswered);
        Assert.False(Answer.NotAnswered.IsNotApplicable);
        Assert.Null(Answer.NotAnswered.Value);
        Assert.Equal("not answered", Answer.NotAnswered.ToString());
        Assert.Equal(Answer.NotAnswered, default);

        Assert.False(Answer.NotApplicable.IsAnswered);
        Assert.True(Answer.NotApplicable.IsNotApplicable);
        Assert.Null(Answer.NotApplicable.Value);
        Assert.Equal("not applicable", Answer.NotApplicable.ToString());

        Assert.NotEqual(Answer.NotApplicable, Answer.NotAnswered);
        Assert.NotEqual(Answer.Of(0), Answer.NotAnswered);
        Assert.NotEqual(Answer.Of(0), Answer.NotApplicable);
        Assert.Equal("-3", Answer.Of(-3).ToString());
    }

    [Fact]
    public void Conversions_from_whole_numbers_and_nullable_ones_agree_with_Of()
    {
        Answer fromInt = 4;
        Answer fromNullable = (int?)4;
        Answer fromNull = (int?)null;
        Assert.Equal(Answer.Of(4), fromInt);
        Assert.Equal(Answer.Of(4), fromNullable);
        Assert.Equal(Answer.NotAnswered, fromNull);
        Assert.Equal(Answer.Of(4), Answer.FromNullable(4));
        Assert.Equal(Answer.NotAnswered, Answer.FromNullable(null));
        Assert.Equal(4, Answer.Of(4).RawValue);
    }
}
