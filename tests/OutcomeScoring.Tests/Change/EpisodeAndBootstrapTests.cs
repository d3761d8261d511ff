using OutcomeScoring.Change;

namespace OutcomeScoring.Tests.Change;

/// <summary>Episodes from longitudinal data and the bootstrap interval for criterion c.</summary>
public class EpisodeAndBootstrapTests
{
    private static DateOnly D(int day) => new(2026, 1, day);

    [Fact]
    public void Baseline_is_the_first_computable_score_and_follow_up_the_last_by_date()
    {
        var pairs = Episodes.Pair(
        [
            new("p1", null, D(20), 12),
            new("p1", null, D(5), null),     // not computable: skipped
            new("p1", null, D(10), 25),      // first computable
            new("p1", null, D(30), null),
            new("p2", "e1", D(3), 18),        // only one score
            new("p2", "e2", D(3), null),      // none
            new("p3", null, D(7), 9),
            new("p3", null, D(7), 11),        // same date: input order kept, so this is last
        ]);
        Assert.Equal(4, pairs.Length);
        Assert.Equal((D(10), 25.0, D(20), 12.0, EpisodeStatus.Paired), (pairs[0].BaselineDate!.Value, pairs[0].Baseline!.Value, pairs[0].FollowUpDate!.Value, pairs[0].FollowUp!.Value, pairs[0].Status));
        Assert.Equal(4, pairs[0].Administrations);
        Assert.Equal(2, pairs[0].ComputableScores);
        Assert.Equal(EpisodeStatus.SingleScore, pairs[1].Status);
        Assert.Null(pairs[1].FollowUp);
        Assert.Equal(EpisodeStatus.NoScores, pairs[2].Status);
        Assert.Equal((9.0, 11.0), (pairs[3].Baseline!.Value, pairs[3].FollowUp!.Value));
    }

    [Fact]
    public void Bad_administrations_are_named() =>
        Assert.Contains("Administration 1 (p, 2026-01-02) has the score NaN", Assert.Throws<ArgumentException>(() =>
            Episodes.Pair([new("p", null, D(1), 3), new("p", null, D(2), double.NaN)])).Message, StringComparison.Ordinal);

    private static double[] Sample(int seed, int n, double mean, double sd)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => mean + (sd * (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2))];
    }

    [Fact]
    public void The_bootstrap_interval_is_reproducible_from_its_seed_and_contains_c()
    {
        double[] clinical = Sample(1, 80, 19.7, 7.7), nonClinical = Sample(2, 80, 4.7, 4.8);
        CutoffInterval first = CutoffBootstrap.ForC(clinical, nonClinical, seed: 42);
        CutoffInterval again = CutoffBootstrap.ForC(clinical, nonClinical, seed: 42);
        Assert.Equal(first, again);
        Assert.InRange(first.C, first.Lower, first.Upper);
        Assert.True(first.Upper - first.Lower > 0);
        Assert.NotEqual(first, CutoffBootstrap.ForC(clinical, nonClinical, seed: 43));

        double s1 = Sd(clinical), s0 = Sd(nonClinical);
        Assert.Equal(((s1 * nonClinical.Average()) + (s0 * clinical.Average())) / (s1 + s0), first.C, 12);
    }

    [Fact]
    public void A_narrower_confidence_gives_a_narrower_interval()
    {
        double[] clinical = Sample(3, 50, 20, 7), nonClinical = Sample(4, 50, 5, 5);
        CutoffInterval wide = CutoffBootstrap.ForC(clinical, nonClinical, seed: 1, confidence: 0.95);
        CutoffInterval narrow = CutoffBootstrap.ForC(clinical, nonClinical, seed: 1, confidence: 0.80);
        Assert.True(narrow.Upper - narrow.Lower < wide.Upper - wide.Lower);
    }

    [Fact]
    public void Samples_that_cannot_give_c_are_refused()
    {
        Assert.Contains("at least 2 are needed", Assert.Throws<ArgumentException>(() => CutoffBootstrap.ForC([1.0], [1.0, 2.0], 1)).Message, StringComparison.Ordinal);
        Assert.Contains("Neither sample varies", Assert.Throws<ArgumentException>(() => CutoffBootstrap.ForC([3.0, 3.0], [1.0, 1.0], 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CutoffBootstrap.ForC([1.0, 2.0], [1.0, 2.0], 1, replicates: 10));
    }

    [Fact]
    public void At_a_confidence_just_below_1_the_interval_runs_from_the_smallest_to_the_largest_resampled_c()
    {
        // The largest confidence below 1 is 1 - 2^-53; its upper tail, 1 - 2^-54, rounds to 1 (ties to even), so the
        // type-7 upper quantile is the largest draw itself (h = n - 1). The draws are recomputed as the method documents.
        double[] clinical = Sample(8, 15, 20, 7), nonClinical = Sample(9, 12, 5, 5);
        const int Seed = 5, Replicates = 200;
        double confidence = Math.BitDecrement(1.0);
        Assert.Equal(1.0, 1 - ((1 - confidence) / 2));
        var random = new Random(Seed);
        var draws = new List<double>();
        for (int r = 0; r < Replicates; r++)
        {
            double[] a = [.. clinical.Select(_ => clinical[random.Next(clinical.Length)])];
            double[] b = [.. nonClinical.Select(_ => nonClinical[random.Next(nonClinical.Length)])];
            draws.Add(((Sd(a) * b.Average()) + (Sd(b) * a.Average())) / (Sd(a) + Sd(b)));
        }

        CutoffInterval interval = CutoffBootstrap.ForC(clinical, nonClinical, Seed, Replicates, confidence);
        Assert.Equal(draws.Max(), interval.Upper, 9);
        Assert.Equal(draws.Min(), interval.Lower, 9);
    }

    [Fact]
    public void Samples_too_large_for_a_standard_deviation_are_refused_with_a_clear_error()
    {
        // 1e308 + 1e308 overflows, so the samples' spread is not a number (MathNet gives NaN): refused before resampling,
        // rather than as "neither sample varies" or a bootstrap of resamples that all lack a spread.
        ArgumentException e = Assert.Throws<ArgumentException>(() => CutoffBootstrap.ForC([1e308, 1e308], [1e308, 1e308], 1, replicates: 100));
        Assert.Equal("clinical", e.ParamName);
        Assert.StartsWith("The scores are so far apart that their standard deviation overflows", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => CutoffBootstrap.ForC([1e308, -1e308], [0, 1], 1, replicates: 100));
        Assert.StartsWith("The scores are so far apart that their standard deviation overflows", e.Message, StringComparison.Ordinal);
    }

    private static double Sd(double[] v)
    {
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1));
    }
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_bootstrap_confidence_outside_0_to_1_is_refused(double confidence)
    {
        double[] clinical = Sample(5, 20, 20, 7), nonClinical = Sample(6, 20, 5, 5);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => CutoffBootstrap.ForC(clinical, nonClinical, 1, confidence: confidence));
        Assert.Contains("strictly between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bootstrap_samples_are_checked_alike()
    {
        Assert.Throws<ArgumentNullException>(() => CutoffBootstrap.ForC([1.0, 2.0], null!, 1));
        Assert.Contains("not a finite number", Assert.Throws<ArgumentException>(() => CutoffBootstrap.ForC([1.0, double.NaN], [1.0, 2.0], 1)).Message, StringComparison.Ordinal);
        Assert.Contains("nonClinical sample has 1 scores", Assert.Throws<ArgumentException>(() => CutoffBootstrap.ForC([1.0, 2.0], [1.0], 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_with_equal_spread_or_one_constant_group_give_c()
    {
        // c = (S1 M0 + S0 M1) / (S1 + S0) needs S1 + S0 > 0 only (Jacobson and Truax 1991).
        Assert.Equal(15, CutoffBootstrap.ForC([19, 21], [9, 11], 1).C, 12);
        Assert.Equal(20, CutoffBootstrap.ForC([20, 20], [9, 11], 1).C, 12);
    }

    [Fact]
    public void Resamples_without_spread_are_left_out_so_the_interval_is_finite()
    {
        // Two scores per group: a quarter of the resamples of each group repeat one score.
        CutoffInterval interval = CutoffBootstrap.ForC([18, 22], [4, 6], seed: 7, replicates: 400);
        Assert.True(double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper), interval.ToString());
        Assert.InRange(interval.C, interval.Lower, interval.Upper);
    }

    [Fact]
    public void The_interval_is_the_type_7_percentile_of_the_resampled_c_values()
    {
        // The documented method (CECPfuns getBootCICSC): resample each group with replacement from the seeded source
        // (clinical first), c from each resample with spread, then the (1-g)/2 and (1+g)/2 quantiles, linearly interpolated.
        double[] clinical = Sample(8, 15, 20, 7), nonClinical = Sample(9, 12, 5, 5);
        const int Seed = 11, Replicates = 500;
        var random = new Random(Seed);
        var draws = new List<double>();
        for (int r = 0; r < Replicates; r++)
        {
            double[] a = [.. clinical.Select(_ => clinical[random.Next(clinical.Length)])];
            double[] b = [.. nonClinical.Select(_ => nonClinical[random.Next(nonClinical.Length)])];
            if (Sd(a) + Sd(b) > 0)
            {
                draws.Add(((Sd(a) * b.Average()) + (Sd(b) * a.Average())) / (Sd(a) + Sd(b)));
            }
        }

        double[] sorted = [.. draws.Order()];
        foreach (double confidence in new[] { 0.95, 0.8, 0.5 })
        {
            CutoffInterval interval = CutoffBootstrap.ForC(clinical, nonClinical, Seed, Replicates, confidence);
            Assert.Equal(MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(sorted, (1 - confidence) / 2, MathNet.Numerics.Statistics.QuantileDefinition.R7), interval.Lower, 9);
            Assert.Equal(MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(sorted, (1 + confidence) / 2, MathNet.Numerics.Statistics.QuantileDefinition.R7), interval.Upper, 9);
        }
    }
}
