using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.FriendsAndFamily;

/// <summary>The Wilson checks of specs/fft.md.</summary>
public class WilsonTests
{
    [Theory]
    [InlineData(0, 10, 0.0000, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0000)]
    [InlineData(8, 10, 0.4902, 0.9433)]
    [InlineData(45, 50, 0.7864, 0.9565)]
    [InlineData(93, 100, 0.8625, 0.9657)]
    [InlineData(930, 1000, 0.9125, 0.9442)]
    [InlineData(1, 5, 0.0362, 0.6245)]
    public void Published_95_percent_checks(int successes, int total, double lower, double upper)
    {
        ProportionInterval interval = Wilson.Interval(successes, total)!.Value;
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
        Assert.Equal((double)successes / total, interval.Estimate);
    }

    [Fact]
    public void Published_99_8_percent_check_and_z_values()
    {
        ProportionInterval interval = Wilson.Interval(93, 100, 0.998)!.Value;
        Assert.Equal(0.8084, interval.Lower, 4);
        Assert.Equal(0.9767, interval.Upper, 4);
        Assert.Equal(1.959964, Wilson.Z(0.95), 6);
        Assert.Equal(3.090232, Wilson.Z(0.998), 6);
    }

    [Fact]
    public void Zero_trials_give_no_interval_and_bad_arguments_are_named()
    {
        Assert.Null(Wilson.Interval(0, 0));
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(11, 10)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(0, -1)).ParamName);
        Assert.Contains("strictly between 0 and 1", Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(1, 2, 1.0)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_lie_in_0_to_1_and_contain_the_estimate() =>
        Prop.ForAll(
            Gen.Choose(1, 5000).SelectMany(n => Gen.OneOf(Gen.Choose(0, n), Gen.Elements(0, n)), (n, o) => (n, o)).ToArbitrary(),
            c =>
            {
                ProportionInterval i = Wilson.Interval(c.o, c.n)!.Value;
                return i.Lower >= 0 && i.Upper <= 1 && i.Lower <= i.Estimate && i.Estimate <= i.Upper;
            }).Check(SuiteEffort.Properties(2000));
}
