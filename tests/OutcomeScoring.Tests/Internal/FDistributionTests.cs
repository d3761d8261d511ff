using MathNet.Numerics.Distributions;
using OutcomeScoring.Change;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Tests.Internal;

public sealed class FDistributionTests
{
    // F(2, 2) has the closed form CDF f / (1 + f), so its quantile at p is p / (1 - p).
    [Theory]
    [InlineData(0.0005)]
    [InlineData(0.025)]
    [InlineData(0.5)]
    [InlineData(0.975)]
    [InlineData(0.9995)]
    public void Quantiles_of_F_2_2_match_the_closed_form(double p) =>
        Assert.Equal(p / (1 - p), FDistribution.Quantile(2, 2, p), 1e-12 * (p / (1 - p)));

    // Against MathNet where its search converges (the usual degrees of freedom and levels).
    [Theory]
    [InlineData(9, 90, 0.025)]
    [InlineData(9, 90, 0.975)]
    [InlineData(49, 441, 0.005)]
    [InlineData(99, 891, 0.995)]
    [InlineData(1, 1, 0.3)]
    public void Quantiles_agree_with_MathNet_where_it_converges(double d1, double d2, double p) =>
        Assert.Equal(FisherSnedecor.InvCDF(d1, d2, p), FDistribution.Quantile(d1, d2, p), 1e-9);

    [Fact]
    public void A_tiny_sample_at_99_9_percent_gives_an_interval_instead_of_throwing()
    {
        // The case FsCheck found: 3 rows of 2 items at 99.9% made MathNet's F search throw NonConvergenceException.
        double?[][] rows = [[2.0, 0.0], [1.0, 3.0], [3.0, 3.0]];
        CronbachAlphaResult r = Reliability.CronbachAlpha(rows, 0.999);
        double alpha = r.Alpha!.Value;

        // n = 3, k = 2: (1 - alpha_hat) / (1 - alpha) ~ F(2, 2), whose quantiles are p / (1 - p).
        Assert.Equal(1 - ((1 - alpha) * (0.9995 / 0.0005)), r.Lower!.Value, 1e-9);
        Assert.Equal(1 - ((1 - alpha) * (0.0005 / 0.9995)), r.Upper!.Value, 1e-12);
    }
}
