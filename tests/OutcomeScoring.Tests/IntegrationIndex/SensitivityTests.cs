using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>
/// Variance-based sensitivity: the Saltelli/Jansen estimators against the Ishigami function's analytical indices (Ishigami &amp; Homma
/// 1990; Saltelli et al. 2010), seeded reproducibility, the indices of unit ranks, and every bad setting.
/// </summary>
public class SensitivityTests
{
    private const double A = 7, B = 0.1;

    /// <summary>The Ishigami function's analytical first-order and total-effect indices (a = 7, b = 0.1), from its variance decomposition.</summary>
    private static (double[] First, double[] Total) Ishigami()
    {
        double pi4 = Math.Pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.Pow(1 + (B * pi4 / 5), 2), v2 = A * A / 8, v13 = 8 * B * B * pi8 / 225;
        double v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    private static void IshigamiModel(double[] u, double[] output)
    {
        double x1 = -Math.PI + (2 * Math.PI * u[0]), x2 = -Math.PI + (2 * Math.PI * u[1]), x3 = -Math.PI + (2 * Math.PI * u[2]);
        output[0] = Math.Sin(x1) + (A * Math.Sin(x2) * Math.Sin(x2)) + (B * Math.Pow(x3, 4) * Math.Sin(x1));
    }

    [Fact]
    public void The_estimators_recover_the_ishigami_indices()
    {
        (double[] first, double[] total) = Ishigami();
        SobolEstimator.Estimate[] e = SobolEstimator.Run([1, 1, 1], 1, IshigamiModel, 20_000, new Random(2026), out _);
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(e[i].FirstOrder, first[i] - (4 * e[i].FirstOrderError) - 0.005, first[i] + (4 * e[i].FirstOrderError) + 0.005);
            Assert.InRange(e[i].TotalEffect, total[i] - (4 * e[i].TotalEffectError) - 0.005, total[i] + (4 * e[i].TotalEffectError) + 0.005);
        }
    }

    [Fact]
    public void First_order_indices_lie_in_0_to_1_and_not_above_total_effects_within_monte_carlo_error() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            seed => SobolEstimator.Run([1, 1, 1], 1, IshigamiModel, 2000, new Random(seed), out _).All(e =>
                e.FirstOrder >= -4 * e.FirstOrderError
                && e.FirstOrder <= 1 + (4 * e.FirstOrderError)
                && e.FirstOrder <= e.TotalEffect + (4 * (e.FirstOrderError + e.TotalEffectError)))).Check(SuiteEffort.Properties(30));

    [Fact]
    public void A_group_of_inputs_counts_as_one_choice()
    {
        // x1 and x2 as one group: its first order is V1 + V2 + V12 = V1 + V2 over V; x3's total is unchanged.
        (double[] first, double[] total) = Ishigami();
        SobolEstimator.Estimate[] e = SobolEstimator.Run([2, 1], 1, IshigamiModel, 20_000, new Random(5), out _);
        Assert.InRange(e[0].FirstOrder, first[0] + first[1] - (4 * e[0].FirstOrderError) - 0.005, first[0] + first[1] + (4 * e[0].FirstOrderError) + 0.005);
        Assert.InRange(e[1].TotalEffect, total[2] - (4 * e[1].TotalEffectError) - 0.005, total[2] + (4 * e[1].TotalEffectError) + 0.005);
    }

    private static ComponentValue[] Teams() =>
    [
        .. Enumerable.Range(0, 8).SelectMany(i => new[]
        {
            new ComponentValue($"T{i}", "outcomes", 0.2 + (0.07 * i)),
            new ComponentValue($"T{i}", "quality_of_life", 5.5 - (0.3 * i)),
            new ComponentValue($"T{i}", "activation", 40 + (i % 3 * 12)),
            new ComponentValue($"T{i}", "experience", 0.95 - (i % 4 * 0.1)),
        }),
    ];

    private static readonly SensitivityOptions Options = new()
    {
        Seed = 11,
        BaseSamples = 200,
        Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric],
        Normalisations = [NormalisationMethod.Goalposts, NormalisationMethod.MinMax],
    };

    [Fact]
    public void The_same_seed_gives_the_same_indices_and_another_seed_other_ones()
    {
        SensitivityAnalysis a = CompositeIndex.Sensitivity(IntegrationProfile.Specification, Teams(), Options);
        SensitivityAnalysis b = CompositeIndex.Sensitivity(IntegrationProfile.Specification, Teams(), Options);
        SensitivityAnalysis c = CompositeIndex.Sensitivity(IntegrationProfile.Specification, Teams(), Options with { Seed = 12 });
        Assert.Equal(a.Units.SelectMany(u => u.Choices), b.Units.SelectMany(u => u.Choices));
        Assert.NotEqual(a.Units.SelectMany(u => u.Choices), c.Units.SelectMany(u => u.Choices));
        Assert.Equal([SensitivityChoice.Weights, SensitivityChoice.Normalisation, SensitivityChoice.Aggregation], a.Choices);
        Assert.Equal(200 * 5, a.Runs);
        Assert.Equal(CompositeIndex.Compute(IntegrationProfile.Specification, Teams()).Units.Select(u => u.Rank), a.Units.Select(u => u.NominalRank));
    }

    [Fact]
    public void A_rank_that_no_choice_can_move_has_no_indices_and_says_why()
    {
        ComponentValue[] values = [.. Teams().Where(v => v.Unit is "T0" or "T1").Select(v => v.Unit == "T0" ? v with { Value = v.Value * 0.5 } : v)];
        values = [.. values.Where(v => v.Unit == "T1"), .. values.Where(v => v.Unit == "T1").Select(v => v with { Unit = "T0", Value = v.Value * 0.5 })];
        SensitivityAnalysis result = CompositeIndex.Sensitivity(IntegrationProfile.Specification, values, new SensitivityOptions { Seed = 1, BaseSamples = 100 });
        Assert.All(result.Units, u =>
        {
            Assert.Equal(0, u.RankVariance);
            Assert.All(u.Choices, c => Assert.Null(c.FirstOrder));
            Assert.Equal("the rank is the same in every run, so no choice changes it", u.Explanation);
        });
    }

    [Fact]
    public void A_unit_that_drops_out_under_a_stricter_threshold_owes_its_rank_variance_to_the_threshold()
    {
        ComponentValue[] values = [.. Teams().Where(v => !(v.Unit == "T7" && v.Component == "activation")).Select(v => v.Unit == "T7" ? v with { Value = v.Component == "quality_of_life" ? 7 : 1 } : v)];
        SensitivityAnalysis result = CompositeIndex.Sensitivity(IntegrationProfile.Specification, values, new SensitivityOptions { Seed = 3, BaseSamples = 400, NoiseFactor = 0, WeightShares = [0.5, 1] });
        UnitSensitivity t7 = result.Units.Single(u => u.Unit == "T7");
        Assert.Equal(1, t7.NominalRank);
        Assert.Equal([SensitivityChoice.AvailabilityThreshold], result.Choices);
        Assert.InRange(t7.Choices[0].FirstOrder!.Value, 0.9, 1.1);
        Assert.InRange(t7.Choices[0].TotalEffect!.Value, 0.9, 1.1);
    }

    [Fact]
    public void Units_not_ranked_nominally_get_no_indices()
    {
        ComponentValue[] values = [.. ProfileV2Tests.Unit("full", 0.5), .. ProfileV2Tests.Unit("other", 0.7), .. ProfileV2Tests.Unit("partial", 0.9, "ascof-1a")];
        SensitivityAnalysis result = CompositeIndex.Sensitivity(IntegrationProfileV2.Specification, values, new SensitivityOptions { Seed = 1, BaseSamples = 100 });
        UnitSensitivity partial = result.Units.Single(u => u.Unit == "partial");
        Assert.Null(partial.NominalRank);
        Assert.Equal("not ranked in the nominal ranking, so no rank to analyse", partial.Explanation);
    }

    public static TheoryData<SensitivityOptions, string> BadOptions => new()
    {
        { new SensitivityOptions { Seed = 1, NoiseFactor = 0 }, "would vary nothing" },
        { new SensitivityOptions { Seed = 1, Aggregations = [Aggregation.Geometric] }, "One aggregation alternative was given" },
        { new SensitivityOptions { Seed = 1, WeightShares = [0.5] }, "One availability-threshold alternative was given" },
        { new SensitivityOptions { Seed = 1, WeightShares = [0.5, 0.5] }, "listed twice" },
        { new SensitivityOptions { Seed = 1, Normalisations = [NormalisationMethod.MinMax, NormalisationMethod.MinMax] }, "listed twice" },
        { new SensitivityOptions { Seed = 1, Normalisations = [NormalisationMethod.ZScore, NormalisationMethod.MinMax], Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric] }, "Z-scores" },
        { new SensitivityOptions { Seed = 1, Normalisations = [NormalisationMethod.DistanceToTarget, NormalisationMethod.MinMax] }, "has none" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Settings_that_do_nothing_or_cannot_work_are_rejected(SensitivityOptions options, string expected)
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => CompositeIndex.Sensitivity(IntegrationProfile.Specification, Teams(), options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99, 0.25, 0.5)]
    [InlineData(100_001, 0.25, 0.5)]
    [InlineData(100, 1, 0.5)]
    [InlineData(100, 0.25, 0)]
    [InlineData(100, 0.25, 1.5)]
    public void Out_of_range_settings_are_rejected(int samples, double noise, double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.Sensitivity(
            IntegrationProfile.Specification, Teams(), new SensitivityOptions { Seed = 1, BaseSamples = samples, NoiseFactor = noise, WeightShares = [share, 0.75] }));
}
