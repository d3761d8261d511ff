using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>Sampling bootstrap, Monte Carlo over method choices and leave one out: seeded, reproducible, and their bad settings.</summary>
public class UncertaintyTests
{
    private static readonly IndexSpecification Spec = IntegrationProfile.Specification;

    /// <summary>Ten teams with every component, values and SEs spread so that ranks can move.</summary>
    private static ComponentValue[] Teams(int count = 10) =>
    [
        .. Enumerable.Range(0, count).SelectMany(i => new[]
        {
            ComponentValue.ForProportion($"T{i}", "outcomes", 10 + (3 * i), 60),
            new ComponentValue($"T{i}", "quality_of_life", 4 + (0.15 * i), 0.2, 30),
            new ComponentValue($"T{i}", "activation", 60 - (1.5 * i), 2.5, 25),
            ComponentValue.ForProportion($"T{i}", "experience", 70 + (i % 4 * 5), 100),
        }),
    ];

    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_another_seed_other_ones()
    {
        SamplingUncertainty a = CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 42, Draws = 300 });
        SamplingUncertainty b = CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 42, Draws = 300 });
        SamplingUncertainty c = CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 43, Draws = 300 });
        Assert.Equal(a.Units, b.Units);
        Assert.NotEqual(a.Units, c.Units);
        Assert.Equal(IntegrationProfile.Version, a.Version);
    }

    [Fact]
    public void Intervals_contain_the_index_and_rank_and_match_compute()
    {
        IndexResult nominal = CompositeIndex.Compute(Spec, Teams());
        SamplingUncertainty sampling = CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 7, Draws = 500 });
        for (int i = 0; i < nominal.Units.Length; i++)
        {
            UnitSamplingInterval u = sampling.Units[i];
            Assert.Equal(nominal.Units[i].Unit, u.Unit);
            Assert.Equal(nominal.Units[i].Index, u.Index);
            Assert.Equal(nominal.Units[i].Rank, u.Rank);
            Assert.True(u.IndexLower < u.Index && u.Index < u.IndexUpper, $"{u.IndexLower} < {u.Index} < {u.IndexUpper}");
            Assert.True(u.RankLower <= u.Rank && u.Rank <= u.RankUpper, $"{u.RankLower} <= {u.Rank} <= {u.RankUpper}");
            Assert.Equal(0, u.ComponentsHeldFixed);
        }

        // Wider confidence, wider intervals (same draws).
        SamplingUncertainty narrow = CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 7, Draws = 500, Confidence = 0.5 });
        Assert.All(narrow.Units.Zip(sampling.Units), p => Assert.True(p.First.IndexUpper - p.First.IndexLower <= p.Second.IndexUpper - p.Second.IndexLower));
    }

    [Fact]
    public void Values_without_a_standard_error_are_held_fixed()
    {
        ComponentValue[] values = [new("A", "outcomes", 0.4), new("A", "experience", 0.9), new("B", "outcomes", 0.5), new("B", "experience", 0.8, 0.05)];
        SamplingUncertainty sampling = CompositeIndex.SamplingUncertainty(Spec, values, new SamplingOptions { Seed = 1, Draws = 200 });
        UnitSamplingInterval a = sampling.Units[0];
        Assert.Equal(2, a.ComponentsHeldFixed);
        Assert.Equal(a.Index, a.IndexLower);
        Assert.Equal(a.Index, a.IndexUpper);
        Assert.Equal(1, sampling.Units[1].ComponentsHeldFixed);
        Assert.True(sampling.Units[1].IndexUpper > sampling.Units[1].IndexLower);
    }

    [Fact]
    public void Units_without_an_index_get_no_interval()
    {
        ComponentValue[] values = [.. Teams(3), new("X", "experience", 0.9, 0.02)];
        UnitSamplingInterval x = CompositeIndex.SamplingUncertainty(Spec, values, new SamplingOptions { Seed = 1, Draws = 100 }).Units[^1];
        Assert.Equal(("X", (double?)null, (int?)null, (int?)null), (x.Unit, x.IndexLower, x.Rank, x.RankUpper));
    }

    [Fact]
    public void Sampling_settings_out_of_range_are_refused()
    {
        Assert.Contains("Draws is 99; it must be between 100 and 1,000,000.", Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 1, Draws = 99 })).Message, StringComparison.Ordinal);
        Assert.Contains("Confidence is 1; it must lie strictly between 0 and 1.", Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.SamplingUncertainty(Spec, Teams(), new SamplingOptions { Seed = 1, Confidence = 1 })).Message, StringComparison.Ordinal);
    }

    private static MethodUncertaintyOptions Method(int seed) => new()
    {
        Seed = seed,
        Runs = 200,
        Normalisations = [NormalisationMethod.Goalposts, NormalisationMethod.MinMax, NormalisationMethod.PercentileRank],
        Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric],
    };

    [Fact]
    public void Method_runs_are_seeded_and_every_run_can_be_reproduced_from_its_parameters()
    {
        MethodUncertainty a = CompositeIndex.MethodUncertainty(Spec, Teams(), Method(5));
        MethodUncertainty b = CompositeIndex.MethodUncertainty(Spec, Teams(), Method(5));
        Assert.Equal(a.Units, b.Units);
        Assert.Equal(a.Runs, b.Runs, (x, y) => x.ComponentWeights.SequenceEqual(y.ComponentWeights) && x.Normalisation == y.Normalisation && x.Aggregation == y.Aggregation);
        Assert.Equal(200, a.Runs.Length);
        Assert.Contains(a.Runs, r => r.Normalisation == NormalisationMethod.MinMax);
        Assert.Contains(a.Runs, r => r.Aggregation == Aggregation.Geometric);
        Assert.All(a.Runs, r => Assert.All(r.ComponentWeights, w => Assert.InRange(w, 0.75, 1.25)));

        foreach (MethodRun run in a.Runs.Take(10))
        {
            IndexResult again = CompositeIndex.Compute(run.ApplyTo(Spec), Teams());
            Assert.Equal($"{Spec.Version}+run{run.Run}", again.Version);
            for (int u = 0; u < again.Units.Length; u++)
            {
                Assert.Equal(again.Units[u].Rank, a.RankIn(run.Run, u));
            }
        }
    }

    [Fact]
    public void Rank_statistics_follow_the_runs()
    {
        MethodUncertainty result = CompositeIndex.MethodUncertainty(Spec, Teams(), Method(11));
        IndexResult nominal = CompositeIndex.Compute(Spec, Teams());
        double total = 0;
        for (int u = 0; u < result.Units.Length; u++)
        {
            UnitRankStability s = result.Units[u];
            int[] ranks = [.. Enumerable.Range(0, result.Runs.Length).Select(r => result.RankIn(r, u)!.Value).Order()];
            Assert.Equal(nominal.Units[u].Rank, s.NominalRank);
            Assert.Equal(ranks.Average(r => Math.Abs(r - s.NominalRank!.Value)), s.MeanAbsoluteRankShift!.Value, 12);
            Assert.Equal(ranks[(int)Math.Ceiling(0.05 * ranks.Length) - 1], s.RankLower);
            Assert.Equal(ranks[(int)Math.Ceiling(0.95 * ranks.Length) - 1], s.RankUpper);
            Assert.Equal((ranks[99] + ranks[100]) / 2.0, s.MedianRank);
            total += s.MeanAbsoluteRankShift!.Value;
        }

        Assert.Equal(total / result.Units.Length, result.MeanAbsoluteRankShift!.Value, 12);
        Assert.True(result.MeanAbsoluteRankShift > 0);
    }

    [Fact]
    public void Method_settings_that_do_nothing_or_cannot_work_are_refused()
    {
        ArgumentException Refused(MethodUncertaintyOptions options) => Assert.ThrowsAny<ArgumentException>(() => CompositeIndex.MethodUncertainty(Spec, Teams(), options));
        Assert.StartsWith("The method uncertainty would vary nothing", Refused(new MethodUncertaintyOptions { Seed = 1, NoiseFactor = 0 }).Message, StringComparison.Ordinal);
        Assert.Contains("noise factor is 1", Refused(new MethodUncertaintyOptions { Seed = 1, NoiseFactor = 1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("An alternative is listed twice", Refused(new MethodUncertaintyOptions { Seed = 1, Aggregations = [Aggregation.Geometric, Aggregation.Geometric] }).Message, StringComparison.Ordinal);
        Assert.StartsWith("Z-scores can be negative", Refused(new MethodUncertaintyOptions { Seed = 1, Normalisations = [NormalisationMethod.ZScore], Aggregations = [Aggregation.Geometric] }).Message, StringComparison.Ordinal);
        Assert.StartsWith(
            "The alternative DistanceToTarget uses each component's own target, but component 'outcomes' has none (it uses goalposts 0 to 1).",
            Refused(new MethodUncertaintyOptions { Seed = 1, Normalisations = [NormalisationMethod.DistanceToTarget] }).Message,
            StringComparison.Ordinal);
        Assert.Contains("Runs is 50", Refused(new MethodUncertaintyOptions { Seed = 1, Runs = 50 }).Message, StringComparison.Ordinal);
        Assert.Contains("Coverage is 0", Refused(new MethodUncertaintyOptions { Seed = 1, Coverage = 0 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_a_component_out_shifts_ranks_as_a_recomputation_without_it_does()
    {
        LeaveOneOut loo = CompositeIndex.LeaveOneOut(Spec, Teams());
        IndexResult nominal = CompositeIndex.Compute(Spec, Teams());
        Assert.Equal(["outcomes", "quality_of_life", "activation", "experience"], loo.Components.Select(c => c.Component));
        foreach (ComponentInfluence influence in loo.Components)
        {
            IndexSpecification without = Spec with { Components = [.. Spec.Components.Where(c => c.Code != influence.Component)] };
            IndexResult again = CompositeIndex.Compute(without, Teams().Where(v => v.Component != influence.Component));
            int?[] expected = [.. again.Units.Select((u, i) => u.Rank - nominal.Units[i].Rank)];
            Assert.Equal(expected, influence.RankShifts);
            Assert.Equal(expected.Average(s => Math.Abs(s!.Value)), influence.MeanAbsoluteRankShift!.Value, 12);
            Assert.Equal(10, influence.UnitsCompared);
        }

        Assert.Contains(loo.Components, c => c.MeanAbsoluteRankShift > 0);
    }

    [Fact]
    public void Leaving_out_the_only_component_of_a_domain_drops_the_domain()
    {
        IndexSpecification spec = new()
        {
            Name = "domains",
            Version = "1",
            Components =
            [
                new IndexComponent("a", "A", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 100)) { Domain = "x" },
                new IndexComponent("b", "B", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 100)) { Domain = "y" },
            ],
            Domains = [new IndexDomain("x", "X"), new IndexDomain("y", "Y")],
        };
        ComponentValue[] values = [new("P", "a", 90), new("P", "b", 10), new("Q", "a", 40), new("Q", "b", 50)];
        LeaveOneOut loo = CompositeIndex.LeaveOneOut(spec, values);
        // Nominal: P 50, Q 45. Without a, domain x drops out and y decides: Q (50) above P (10). Without b, P (90) stays above Q (40).
        Assert.Equal([1, -1], loo.Components[0].RankShifts.Select(s => s!.Value));
        Assert.Equal([0, 0], loo.Components[1].RankShifts.Select(s => s!.Value));
        Assert.Equal(1, loo.Components[0].MeanAbsoluteRankShift);
    }
}
