namespace OutcomeScoring.Tests;

/// <summary>The response scale every item of an instrument shares: its bounds, reversal and not-applicable answer.</summary>
public class ResponseScaleTests
{
    [Theory]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    [InlineData(0, -1)]
    public void A_scale_must_run_upwards(int minimum, int maximum)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new ResponseScale(minimum, maximum));
        Assert.StartsWith($"A response scale needs maximum > minimum; got minimum {minimum}, maximum {maximum}.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("maximum", ex.ParamName);
    }

    [Fact]
    public void The_narrowest_scale_has_two_answers()
    {
        var scale = new ResponseScale(4, 5);
        Assert.Equal((4, 5), (scale.Minimum, scale.Maximum));
        Assert.Equal("4-5", scale.ToString());
    }

    [Fact]
    public void Contains_includes_both_bounds_and_nothing_beyond()
    {
        var scale = new ResponseScale(1, 7);
        Assert.False(scale.Contains(0));
        Assert.True(scale.Contains(1));
        Assert.True(scale.Contains(7));
        Assert.False(scale.Contains(8));
    }

    [Fact]
    public void Reverse_mirrors_an_answer_within_the_scale()
    {
        var scale = new ResponseScale(1, 7);
        Assert.Equal(7, scale.Reverse(1));
        Assert.Equal(1, scale.Reverse(7));
        Assert.Equal(3, scale.Reverse(5));
        Assert.Equal(4, ResponseScale.ZeroToFour.Reverse(0));
        Assert.Equal("0-4", ResponseScale.ZeroToFour.ToString());
        Assert.Equal("-2-2", new ResponseScale(-2, 2).ToString());
    }

    [Fact]
    public void Scales_are_equal_when_bounds_and_not_applicable_answer_are()
    {
        Assert.Equal(new ResponseScale(0, 4), ResponseScale.ZeroToFour);
        Assert.NotEqual(new ResponseScale(0, 3), ResponseScale.ZeroToFour);
        Assert.NotEqual(new ResponseScale(1, 4), ResponseScale.ZeroToFour);
        Assert.NotEqual(ResponseScale.ZeroToFour with { NotApplicableAnswer = 9 }, ResponseScale.ZeroToFour);
        Assert.Null(ResponseScale.ZeroToFour.NotApplicableAnswer);
    }
}
