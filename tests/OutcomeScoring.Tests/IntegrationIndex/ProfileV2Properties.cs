using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>
/// FsCheck properties of profile 2.0 from the issue: a unit's index never changes when another unit's data change (goalposts);
/// contributions sum to the index; pillar weights are respected; the coverage rule never ranks an incomplete unit among complete ones.
/// </summary>
public class ProfileV2Properties
{
    private static readonly Config Config = SuiteEffort.Properties(200);

    private static readonly IndexSpecification Spec = IntegrationProfileV2.Specification;

    /// <summary>Per unit: each component's fraction (0-1) of its goalpost range, or -1 when missing (about a quarter are).</summary>
    private static readonly Gen<double[][]> Units =
        from count in Gen.Choose(1, 8)
        from units in Gen.Choose(-30, 100).Select(v => v < 0 ? -1 : v / 100.0).ArrayOf(Spec.Components.Length).ArrayOf(count)
        select units;

    private static IEnumerable<ComponentValue> Values(double[][] units, int from = 0) =>
        units.SelectMany((fractions, u) => fractions.Select((f, j) => (f, j)).Where(x => x.f >= 0).Select(x =>
        {
            Normalisation n = Spec.Components[x.j].Normalisation;
            return new ComponentValue($"U{u + from}", Spec.Components[x.j].Code, n.Lower!.Value + (x.f * (n.Upper!.Value - n.Lower!.Value)));
        }));

    [Fact]
    public void A_units_index_never_changes_when_another_units_data_change() =>
        Prop.ForAll(
            (from mine in Units.Select(u => u[0]) from before in Units from after in Units select (mine, before, after)).ToArbitrary(),
            x =>
            {
                IndexUnitResult a = CompositeIndex.Compute(Spec, [.. Values([x.mine]), .. Values(x.before, 1)]).Find("U0")!;
                IndexUnitResult b = CompositeIndex.Compute(Spec, [.. Values([x.mine]), .. Values(x.after, 1)]).Find("U0")!;
                return a.Index == b.Index && a.Coverage.Text == b.Coverage.Text;
            }).Check(Config);

    [Fact]
    public void Contributions_sum_to_the_index() =>
        Prop.ForAll(
            Units.ToArbitrary(),
            units => CompositeIndex.Compute(Spec, Values(units)).Units.Where(u => u.HasIndex)
                .All(u => Math.Abs(u.Components.Sum(c => c.Contribution ?? 0) - u.Index!.Value) < 1e-9)).Check(Config);

    [Fact]
    public void Pillar_weights_are_respected() =>
        Prop.ForAll(
            (from units in Units from weights in Gen.Choose(1, 20).ArrayOf(Spec.Domains.Length) select (units, weights)).ToArbitrary(),
            x =>
            {
                IndexSpecification spec = Spec with { Domains = [.. Spec.Domains.Select((d, i) => d with { Weight = x.weights[i] })] };
                return CompositeIndex.Compute(spec, Values(x.units)).Units.Where(u => u.HasIndex).All(u =>
                {
                    double present = u.Domains.Select((d, i) => d.Value is null ? 0 : x.weights[i]).Sum();
                    bool shares = u.Domains.Select((d, i) => (d, i)).All(p => Math.Abs(p.d.Weight - (p.d.Value is null ? 0 : x.weights[p.i] / present)) < 1e-12);
                    bool within = u.Domains.Select((d, i) => (d, i)).All(p =>
                        Math.Abs(u.Components.Where((c, j) => spec.Components[j].Domain == p.d.Domain).Sum(c => c.Weight) - p.d.Weight) < 1e-12);
                    double index = u.Domains.Sum(d => d.Weight * (d.Value ?? 0));
                    return shares && within && Math.Abs(index - u.Index!.Value) < 1e-9;
                });
            }).Check(Config);

    [Fact]
    public void The_coverage_rule_never_ranks_an_incomplete_unit_among_complete_ones() =>
        Prop.ForAll(
            (from units in Units from rule in Gen.Elements(IncompleteRanking.NotRanked, IncompleteRanking.RankedSeparately) select (units, rule)).ToArbitrary(),
            x =>
            {
                IndexSpecification spec = Spec with { Availability = Spec.Availability with { IncompleteUnits = x.rule } };
                IndexUnitResult[] ranked = [.. CompositeIndex.Compute(spec, Values(x.units)).Units.Where(u => u.HasIndex)];
                return ranked.All(u =>
                {
                    IndexUnitResult[] list = [.. ranked.Where(o => o.Coverage.IsComplete == u.Coverage.IsComplete)];
                    int? expected = !u.Coverage.IsComplete && x.rule == IncompleteRanking.NotRanked ? null : 1 + list.Count(o => o.Index > u.Index);
                    return u.Rank == expected && (u.Rank is null || u.RankedUnits == list.Length);
                });
            }).Check(Config);

    /// <summary>Survey forms: person (0-5), team (0-2), day, and a score 0-max or blank (-1).</summary>
    private static Gen<(int Person, int Team, int Day, int Score)[]> SurveyForms(int max) =>
        (from person in Gen.Choose(0, 5) from team in Gen.Choose(0, 2) from day in Gen.Choose(0, 30) from score in Gen.Choose(-1, max) select (person, team, day, score)).ArrayOf();

    [Fact]
    public void A_survey_value_is_the_units_mean_on_the_components_goalposts_within_them_and_fed_to_the_index_unchanged() =>
        Prop.ForAll(
            (from measure in Gen.Elements(SurveyScale.P3ceqCoordination, SurveyScale.P3ceqPersonCentredness, SurveyScale.Ascof1A, SurveyScale.Ascof1D)
             from forms in SurveyForms((int)measure.Maximum)
             select (measure, forms)).ToArbitrary(),
            x =>
            {
                Administration[] forms = [.. x.forms.Select(f => new Administration($"P{f.Person}", null, new DateOnly(2026, 1, 1).AddDays(f.Day), f.Score < 0 ? null : f.Score) { Team = $"T{f.Team}" })];
                return SurveyComponents.TeamMeans(forms, x.measure).All(unit =>
                {
                    ComponentValue value = IntegrationProfileV2.SurveyValue(unit);
                    IndexComponent component = Spec.FindComponent(value.Component)!;
                    double lower = component.Normalisation.Lower!.Value, upper = component.Normalisation.Upper!.Value;
                    if (unit.Mean is not { } mean)
                    {
                        return value.Value is null && value.MissingReason is not null;
                    }

                    // On the goalposts' scale: the mean itself (ASCOF) or its share of the measure's range (P3CEQ, goalposts 0-1).
                    double scale = upper - lower == x.measure.Maximum - x.measure.Minimum ? 1 : x.measure.Maximum - x.measure.Minimum;
                    double normalised = CompositeIndex.Compute(Spec with { Availability = new DataAvailability { MinimumWeightShare = 0.01 } }, [value]).Units[0].Components.Single(c => c.Component == value.Component).Normalised!.Value;
                    return value.Value >= lower && value.Value <= upper
                        && Math.Abs((value.Value!.Value * scale) - mean) < 1e-9
                        && value.Count == unit.Count
                        && (unit.StandardError is null ? value.StandardError is null : Math.Abs((value.StandardError!.Value * scale) - unit.StandardError.Value) < 1e-9)
                        && Math.Abs(normalised - (100 * (mean - x.measure.Minimum) / (x.measure.Maximum - x.measure.Minimum))) < 1e-9;
                });
            }).Check(Config);
}
