using BenchmarkDotNet.Attributes;
using OutcomeScoring.IntegrationIndex;

/// <summary>
/// The integration index at the interactive size the issue names: 200 units with the four default-profile components, 1,000
/// bootstrap draws and 1,000 method runs (goalposts, min-max and percentile rank; arithmetic and geometric).
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private const int Units = 200;

    private ComponentValue[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _values =
        [
            .. Enumerable.Range(0, Units).SelectMany(i => new[]
            {
                ComponentValue.ForProportion($"T{i}", IntegrationProfile.OutcomesCode, random.Next(5, 40), 50),
                new ComponentValue($"T{i}", IntegrationProfile.QualityOfLifeCode, 3 + (2 * random.NextDouble()), 0.2, 30),
                new ComponentValue($"T{i}", IntegrationProfile.ActivationCode, 50 + (15 * random.NextDouble()), 2, 25),
                ComponentValue.ForProportion($"T{i}", IntegrationProfile.ExperienceCode, random.Next(60, 100), 100),
            }),
        ];
    }

    [Benchmark(Baseline = true)]
    public IndexResult Compute() => CompositeIndex.Compute(IntegrationProfile.Specification, _values);

    [Benchmark]
    public SamplingUncertainty Sampling_1000_draws() =>
        CompositeIndex.SamplingUncertainty(IntegrationProfile.Specification, _values, new SamplingOptions { Seed = 1, Draws = 1000 });

    [Benchmark]
    public MethodUncertainty Method_1000_runs() =>
        CompositeIndex.MethodUncertainty(IntegrationProfile.Specification, _values, new MethodUncertaintyOptions
        {
            Seed = 1,
            Runs = 1000,
            Normalisations = [NormalisationMethod.Goalposts, NormalisationMethod.MinMax, NormalisationMethod.PercentileRank],
            Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric],
        });
}
