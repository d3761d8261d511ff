using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>
/// FsCheck properties from the composite sheet: an index of one component equals its normalised value; equal components give that
/// value under any mean; arithmetic &gt;= geometric &gt;= harmonic (and power means rise with the exponent); raising one component never
/// lowers the index; goalpost results do not depend on other units; contributions sum to the index under the arithmetic mean; the same
/// seed gives the same numbers.
/// </summary>
public class IndexProperties
{
    private const double Tolerance = 1e-9;

    private static readonly Config Config = SuiteEffort.Properties(200);

    private static readonly Gen<Aggregation> Means = Gen.OneOf(
        Gen.Elements(Aggregation.Arithmetic, Aggregation.Geometric, Aggregation.Harmonic),
        Gen.Choose(-40, 40).Where(p => p != 0).Select(p => Aggregation.Power(p / 10.0)));

    /// <summary>k components on goalposts 0-100 (so the raw value is the normalised value when higher is better), with weights 1-10.</summary>
    private static IndexSpecification Spec(int[] weights, Aggregation aggregation, IndexDirection[]? directions = null) => new()
    {
        Name = "property",
        Version = "p",
        Components = [.. weights.Select((w, j) => new IndexComponent($"c{j}", $"c{j}", directions?[j] ?? IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 100)) { Weight = w })],
        Aggregation = aggregation,
    };

    private static double Index(IndexSpecification spec, double[] values) =>
        CompositeIndex.Compute(spec, values.Select((v, j) => new ComponentValue("U", $"c{j}", v))).Units[0].Index!.Value;

    private static readonly Gen<(int[] Weights, double[] Values)> Unit =
        from k in Gen.Choose(1, 8)
        from weights in Gen.Choose(1, 10).ArrayOf(k)
        from values in Gen.Choose(0, 1000).ArrayOf(k)
        select (weights, values.Select(v => v / 10.0).ToArray());

    [Fact]
    public void An_index_of_one_component_equals_its_normalised_value() =>
        Prop.ForAll(
            (from values in Gen.Choose(-500, 500).ArrayOf().Where(a => a.Length >= 2 && a.Distinct().Count() >= 2)
             from method in Gen.Elements(NormalisationMethod.Goalposts, NormalisationMethod.MinMax, NormalisationMethod.ZScore, NormalisationMethod.PercentileRank, NormalisationMethod.DistanceToTarget)
             from direction in Gen.Elements(IndexDirection.HigherIsBetter, IndexDirection.LowerIsBetter)
             from mean in Means
             select (values, method, direction, mean)).ToArbitrary(),
            x =>
            {
                Normalisation normalisation = x.method switch
                {
                    NormalisationMethod.Goalposts => Normalisation.Goalposts(-300, 300),
                    NormalisationMethod.DistanceToTarget => Normalisation.DistanceToTarget(100),
                    _ => Normalisation.Of(x.method),
                };
                IndexSpecification spec = new()
                {
                    Name = "one",
                    Version = "1",
                    Components = [new IndexComponent("a", "a", x.direction, normalisation)],
                    Aggregation = x.method == NormalisationMethod.ZScore ? Aggregation.Arithmetic : x.mean,
                };
                IndexResult result = CompositeIndex.Compute(spec, x.values.Select((v, i) => new ComponentValue($"U{i}", "a", v)));
                return result.Units.All(u => Math.Abs(u.Index!.Value - u.Components[0].Normalised!.Value) <= Tolerance * Math.Max(1, Math.Abs(u.Index.Value)));
            }).Check(Config);

    [Fact]
    public void Equal_components_give_that_value_under_any_mean() =>
        Prop.ForAll(
            (from k in Gen.Choose(1, 8) from weights in Gen.Choose(1, 10).ArrayOf(k) from value in Gen.Choose(0, 1000) from mean in Means select (weights, value / 10.0, mean)).ToArbitrary(),
            x => Math.Abs(Index(Spec(x.weights, x.Item3), [.. Enumerable.Repeat(x.Item2, x.weights.Length)]) - x.Item2) <= Tolerance * 100).Check(Config);

    [Fact]
    public void Arithmetic_is_at_least_geometric_which_is_at_least_harmonic_and_power_means_rise_with_the_exponent() =>
        Prop.ForAll(
            (from unit in Unit from p in Gen.Choose(-30, 30).Where(v => v != 0) from q in Gen.Choose(-30, 30).Where(v => v != 0) select (unit, Math.Min(p, q) / 10.0, Math.Max(p, q) / 10.0)).ToArbitrary(),
            x =>
            {
                double Mean(Aggregation a) => Index(Spec(x.unit.Weights, a), x.unit.Values);
                double am = Mean(Aggregation.Arithmetic), gm = Mean(Aggregation.Geometric), hm = Mean(Aggregation.Harmonic);
                double low = Mean(Aggregation.Power(x.Item2)), high = Mean(Aggregation.Power(x.Item3));
                double slack = Tolerance * 100;
                return am >= gm - slack && gm >= hm - slack && high >= low - slack && x.unit.Values.Min() - slack <= hm && am <= x.unit.Values.Max() + slack;
            }).Check(Config);

    [Fact]
    public void Raising_one_component_in_its_better_direction_never_lowers_the_index() =>
        Prop.ForAll(
            (from unit in Unit
             from mean in Means
             from which in Gen.Choose(0, 7)
             from step in Gen.Choose(1, 500)
             from flips in Gen.Elements(IndexDirection.HigherIsBetter, IndexDirection.LowerIsBetter).ArrayOf(8)
             select (unit, mean, which % unit.Weights.Length, step / 10.0, flips)).ToArbitrary(),
            x =>
            {
                IndexDirection[] directions = x.flips[..x.unit.Weights.Length];
                IndexSpecification spec = Spec(x.unit.Weights, x.mean, directions);
                double[] better = (double[])x.unit.Values.Clone();
                better[x.Item3] += (int)directions[x.Item3] * x.Item4;   // better means up for +1, down for -1
                return Index(spec, better) >= Index(spec, x.unit.Values) - (Tolerance * 100);
            }).Check(Config);

    [Fact]
    public void Goalpost_results_are_unchanged_by_adding_or_removing_other_units() =>
        Prop.ForAll(
            (from unit in Unit from others in Gen.Choose(0, 1000).ArrayOf().Select(a => a.Select(v => v / 10.0).ToArray()) from mean in Means select (unit, others, mean)).ToArbitrary(),
            x =>
            {
                IndexSpecification spec = Spec(x.unit.Weights, x.mean);
                ComponentValue[] mine = [.. x.unit.Values.Select((v, j) => new ComponentValue("U", $"c{j}", v))];
                ComponentValue[] theirs = [.. x.others.Select((v, i) => new ComponentValue($"O{i}", $"c{i % x.unit.Weights.Length}", v))];
                IndexUnitResult alone = CompositeIndex.Compute(spec, mine).Units[0];
                IndexUnitResult among = CompositeIndex.Compute(spec, [.. theirs, .. mine]).Find("U")!;
                return alone.Index == among.Index && alone.Components.SequenceEqual(among.Components);
            }).Check(Config);

    [Fact]
    public void Contributions_sum_to_the_index_under_the_arithmetic_mean_with_domains_and_missing_components() =>
        Prop.ForAll(
            (from unit in Unit
             from domainOf in Gen.Choose(0, 2).ArrayOf(8)
             from domainWeights in Gen.Choose(1, 5).ArrayOf(3)
             from missing in Gen.Choose(0, 3).ArrayOf(8)
             select (unit, domainOf, domainWeights, missing)).ToArbitrary(),
            x =>
            {
                int k = x.unit.Weights.Length;
                int[] domainOf = x.domainOf[..k];
                int[] used = [.. domainOf.Distinct().Order()];
                IndexSpecification spec = Spec(x.unit.Weights, Aggregation.Arithmetic) with
                {
                    Components = [.. Spec(x.unit.Weights, Aggregation.Arithmetic).Components.Select((c, j) => c with { Domain = $"d{domainOf[j]}" })],
                    Domains = [.. used.Select(d => new IndexDomain($"d{d}", $"d{d}") { Weight = x.domainWeights[d] })],
                    Availability = new DataAvailability { MinimumWeightShare = 1e-9 },
                };
                ComponentValue[] values = [.. x.unit.Values.Select((v, j) => new ComponentValue("U", $"c{j}", x.missing[j] == 0 ? null : v))];
                IndexUnitResult result = CompositeIndex.Compute(spec, values).Units[0];
                return result.Index is not { } index
                    ? result.ComponentsUsed == 0
                    : Math.Abs(index - result.Components.Sum(c => c.Contribution ?? 0)) <= Tolerance * 100
                        && Math.Abs(result.Components.Sum(c => c.Weight) - 1) <= Tolerance;
            }).Check(Config);

    [Fact]
    public void The_same_seed_gives_the_same_sampling_and_method_results() =>
        Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(),
            seed =>
            {
                ComponentValue[] values = [.. Enumerable.Range(0, 6).SelectMany(i => new[] { new ComponentValue($"T{i}", "c0", 10 * i, 4), new ComponentValue($"T{i}", "c1", 90 - (7 * i), 6) })];
                IndexSpecification spec = Spec([1, 2], Aggregation.Arithmetic);
                var sampling = new SamplingOptions { Seed = seed, Draws = 100 };
                var method = new MethodUncertaintyOptions { Seed = seed, Runs = 100, Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric] };
                return CompositeIndex.SamplingUncertainty(spec, values, sampling).Units.SequenceEqual(CompositeIndex.SamplingUncertainty(spec, values, sampling).Units)
                    && CompositeIndex.MethodUncertainty(spec, values, method).Units.SequenceEqual(CompositeIndex.MethodUncertainty(spec, values, method).Units);
            }).Check(Config.WithMaxTest(20));
}
