using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Comparison;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>The index: normalisation formulas, aggregation, renormalised weights, contributions, availability, ranks and the profile helpers.</summary>
public class CompositeIndexTests
{
    private const int Digits = 12;

    private static IndexComponent C(string code, Normalisation normalisation, IndexDirection direction = IndexDirection.HigherIsBetter, double weight = 1, string? domain = null) =>
        new(code, code, direction, normalisation) { Weight = weight, Domain = domain };

    private static IndexSpecification Spec(params IndexComponent[] components) => new() { Name = "test", Version = "9", Components = [.. components] };

    private static ComponentValue V(string unit, string component, double value, double? se = null, long? n = null) => new(unit, component, value, se, n);

    private static double Normalised(IndexResult result, string unit, string component) =>
        result.Find(unit)!.Components.Single(c => c.Component == component).Normalised!.Value;

    [Fact]
    public void Goalposts_follow_the_formula_and_the_direction()
    {
        IndexResult result = CompositeIndex.Compute(
            Spec(C("p", Normalisation.Goalposts(0, 1)), C("core", Normalisation.Goalposts(0, 40), IndexDirection.LowerIsBetter)),
            [V("A", "p", 0.7), V("A", "core", 10), V("B", "p", 1.2), V("B", "core", -3)]);
        Assert.Equal(70, Normalised(result, "A", "p"), Digits);
        Assert.Equal(75, Normalised(result, "A", "core"), Digits);   // (40 - 10) / 40
        Assert.Equal(100, Normalised(result, "B", "p"), Digits);     // truncated to 0-100
        Assert.Equal(100, Normalised(result, "B", "core"), Digits);
        Assert.Equal(72.5, result.Find("A")!.Index!.Value, Digits);
        Assert.Equal("9", result.Version);
    }

    [Fact]
    public void Min_max_z_score_percentile_rank_and_distance_to_target_follow_their_formulas()
    {
        IndexSpecification spec = Spec(
            C("mm", Normalisation.MinMax),
            C("pr", Normalisation.PercentileRank),
            C("dt", Normalisation.DistanceToTarget(0.8)),
            C("dl", Normalisation.DistanceToTarget(5), IndexDirection.LowerIsBetter));
        string[] units = ["A", "B", "C", "D"];
        double[] mm = [2, 4, 6, 4], pr = [5, 1, 5, 3], dt = [0.4, 0.6, 0.9, 0.8], dl = [10, 7.5, 3, 5];
        IndexResult result = CompositeIndex.Compute(spec, units.SelectMany((u, i) => new[] { V(u, "mm", mm[i]), V(u, "pr", pr[i]), V(u, "dt", dt[i]), V(u, "dl", dl[i]) }));
        Assert.Equal([0, 50, 100, 50], units.Select(u => Normalised(result, u, "mm")));
        Assert.Equal([250 / 3.0, 0, 250 / 3.0, 100 / 3.0], units.Select(u => Normalised(result, u, "pr")), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([0, 50, 100, 100], units.Select(u => Normalised(result, u, "dt")), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([0, 50, 100, 100], units.Select(u => Normalised(result, u, "dl")), (a, b) => Math.Abs(a - b) < 1e-9);

        IndexResult z = CompositeIndex.Compute(Spec(C("z", Normalisation.ZScore), C("y", Normalisation.ZScore, IndexDirection.LowerIsBetter)),
            [V("A", "z", 1), V("B", "z", 2), V("C", "z", 3), V("A", "y", 1), V("B", "y", 2), V("C", "y", 3)]);
        Assert.Equal([-1, 0, 1], new[] { "A", "B", "C" }.Select(u => Normalised(z, u, "z")));
        Assert.Equal([1, 0, -1], new[] { "A", "B", "C" }.Select(u => Normalised(z, u, "y")));
    }

    [Fact]
    public void The_four_means_follow_their_formulas()
    {
        ComponentValue[] values = [V("A", "a", 25), V("A", "b", 100)];
        double Index(Aggregation aggregation) =>
            CompositeIndex.Compute(Spec(C("a", Normalisation.Goalposts(0, 100)), C("b", Normalisation.Goalposts(0, 100))) with { Aggregation = aggregation }, values).Units[0].Index!.Value;
        Assert.Equal(62.5, Index(Aggregation.Arithmetic), Digits);
        Assert.Equal(50, Index(Aggregation.Geometric), Digits);
        Assert.Equal(40, Index(Aggregation.Harmonic), Digits);
        Assert.Equal(Math.Sqrt((625 + 10000) / 2.0), Index(Aggregation.Power(2)), Digits);
        Assert.Equal(40, Index(Aggregation.Power(-1)), Digits);
    }

    [Fact]
    public void A_zero_makes_the_geometric_and_harmonic_means_zero()
    {
        ComponentValue[] values = [V("A", "a", 0), V("A", "b", 100)];
        IndexSpecification spec = Spec(C("a", Normalisation.Goalposts(0, 100)), C("b", Normalisation.Goalposts(0, 100)));
        Assert.Equal(0, CompositeIndex.Compute(spec with { Aggregation = Aggregation.Geometric }, values).Units[0].Index);
        Assert.Equal(0, CompositeIndex.Compute(spec with { Aggregation = Aggregation.Harmonic }, values).Units[0].Index);
        Assert.Equal(50, CompositeIndex.Compute(spec, values).Units[0].Index);
    }

    [Fact]
    public void Domains_aggregate_components_then_the_index_and_contributions_sum_to_it()
    {
        IndexSpecification spec = Spec(
            C("a1", Normalisation.Goalposts(0, 100), domain: "A"),
            C("a2", Normalisation.Goalposts(0, 100), domain: "A"),
            C("b1", Normalisation.Goalposts(0, 100), domain: "B")) with
        {
            Domains = [new IndexDomain("A", "Domain A") { Weight = 2 }, new IndexDomain("B", "Domain B")],
        };
        IndexUnitResult unit = CompositeIndex.Compute(spec, [V("U", "a1", 40), V("U", "a2", 80), V("U", "b1", 10)]).Units[0];
        Assert.Equal(130 / 3.0, unit.Index!.Value, Digits);
        Assert.Equal([60, 10], unit.Domains.Select(d => d.Value!.Value));
        Assert.Equal([2 / 3.0, 1 / 3.0], unit.Domains.Select(d => d.Weight));
        Assert.All(unit.Components, c => Assert.Equal(1 / 3.0, c.Weight, Digits));
        Assert.Equal(unit.Index.Value, unit.Components.Sum(c => c.Contribution!.Value), Digits);

        // Without b1 the domain B drops out and A carries the index.
        IndexUnitResult partial = CompositeIndex.Compute(spec, [V("U", "a1", 40), V("U", "a2", 80)]).Units[0];
        Assert.Equal(60, partial.Index!.Value, Digits);
        Assert.Equal(DomainMissingReason.NoComponentPresent, partial.Domains[1].Reason);
        Assert.Equal("no component of the domain has a value", partial.Domains[1].Explanation);
        Assert.Equal(DomainMissingReason.None, partial.Domains[0].Reason);
        Assert.Null(partial.Domains[0].Explanation);
        Assert.Equal([0.5, 0.5, 0], partial.Components.Select(c => c.Weight));
        Assert.Equal(2 / 3.0, partial.WeightShareAvailable, Digits);
    }

    [Fact]
    public void Missing_components_are_flagged_and_the_other_weights_renormalised_never_imputed()
    {
        IndexSpecification spec = Spec(C("a", Normalisation.Goalposts(0, 100), weight: 3), C("b", Normalisation.Goalposts(0, 100)), C("c", Normalisation.Goalposts(0, 100)));
        IndexUnitResult unit = CompositeIndex.Compute(spec, [V("U", "a", 50), V("U", "c", 90), new ComponentValue("U", "b", null) { MissingReason = "survey not run" }]).Units[0];
        Assert.Equal(2, unit.ComponentsUsed);
        Assert.Equal([0.75, 0, 0.25], unit.Components.Select(c => c.Weight));
        Assert.Equal([0.6, 0.2, 0.2], unit.Components.Select(c => c.NominalWeight), (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(0.75 * 50 + 0.25 * 90, unit.Index!.Value, Digits);
        ComponentResult b = unit.Components[1];
        Assert.True(b.IsMissing);
        Assert.Equal(ComponentMissingReason.GivenAsMissing, b.Reason);
        Assert.Equal("survey not run", b.Explanation);
        Assert.Equal(ComponentMissingReason.None, unit.Components[0].Reason);
        Assert.Null(unit.Components[0].Explanation);
        Assert.Null(b.Normalised);
        Assert.Null(b.Contribution);
        Assert.Equal("b", Assert.Single(unit.MissingComponents).Component);
        Assert.Equal(unit.Index.Value, unit.Components.Sum(c => c.Contribution ?? 0), Digits);

        // A component with no row at all says so.
        IndexUnitResult noRow = CompositeIndex.Compute(spec, [V("U", "a", 50)]).Units[0];
        Assert.Equal(ComponentMissingReason.NotGiven, noRow.Components[2].Reason);
        Assert.Equal("no value given", noRow.Components[2].Explanation);

        // A row with no value and no reason says so too.
        IndexUnitResult blank = CompositeIndex.Compute(spec, [V("U", "a", 50), new ComponentValue("U", "b", null)]).Units[0];
        Assert.Equal(ComponentMissingReason.NoValue, blank.Components[1].Reason);
        Assert.Equal("no value", blank.Components[1].Explanation);
    }

    [Fact]
    public void A_unit_below_the_availability_threshold_gets_no_index_and_says_why()
    {
        IndexResult result = CompositeIndex.Compute(IntegrationProfile.Specification,
        [
            V("A", "outcomes", 0.5), V("A", "experience", 0.9), V("A", "quality_of_life", 5),
            V("B", "experience", 0.95),
        ]);
        IndexUnitResult b = result.Find("B")!;
        Assert.False(b.HasIndex);
        Assert.Null(b.Rank);
        Assert.Equal(NoIndexReason.TooFewComponents, b.Reason);
        Assert.Equal("1 component (experience) present; the specification needs at least 2", b.Explanation);
        Assert.Equal(NoIndexReason.None, result.Find("A")!.Reason);
        Assert.Null(result.Find("A")!.Explanation);
        Assert.Equal(95, b.Components[3].Normalised!.Value, Digits);     // shown, but contributes nothing
        Assert.Null(b.Components[3].Contribution);
        Assert.Equal(1, result.Find("A")!.Rank);
        Assert.Equal(1, result.Find("A")!.RankedUnits);

        IndexSpecification share = IntegrationProfile.Specification with { Availability = new DataAvailability { MinimumWeightShare = 0.8, MinimumComponents = 1 } };
        IndexUnitResult light = CompositeIndex.Compute(share, [V("A", "outcomes", 0.5), V("A", "experience", 0.9), V("A", "quality_of_life", 5)]).Units[0];
        Assert.Equal(NoIndexReason.TooLittleWeight, light.Reason);
        Assert.Equal("the components present (outcomes, quality_of_life, experience) carry 0.75 of the weight; the specification needs at least 0.8", light.Explanation);
        IndexUnitResult empty = CompositeIndex.Compute(share, [new ComponentValue("A", "outcomes", null)]).Units[0];
        Assert.Equal(NoIndexReason.NoComponentPresent, empty.Reason);
        Assert.Equal("no component has a value", empty.Explanation);
    }

    [Fact]
    public void A_minimum_count_leaves_out_small_or_unknown_counts_with_the_reason()
    {
        IndexSpecification spec = Spec(C("a", Normalisation.Goalposts(0, 1)) with { MinimumCount = 5 }, C("b", Normalisation.Goalposts(0, 1)));
        IndexResult result = CompositeIndex.Compute(spec, [V("A", "a", 0.5, n: 4), V("A", "b", 0.5), V("B", "a", 0.5), V("B", "b", 0.5), V("C", "a", 1, n: 5), V("C", "b", 0)]);
        Assert.Equal(ComponentMissingReason.CountBelowMinimum, result.Find("A")!.Components[0].Reason);
        Assert.Equal("n = 4 is below the component's minimum count of 5", result.Find("A")!.Components[0].Explanation);
        Assert.Equal(ComponentMissingReason.NoCount, result.Find("B")!.Components[0].Reason);
        Assert.Equal("no count (n) given; the component needs n of at least 5", result.Find("B")!.Components[0].Explanation);
        Assert.Equal(50, result.Find("C")!.Index!.Value, Digits);
    }

    [Fact]
    public void A_sample_normalisation_undefined_for_the_data_leaves_the_component_out_with_the_reason()
    {
        IndexResult result = CompositeIndex.Compute(Spec(C("a", Normalisation.MinMax), C("b", Normalisation.Goalposts(0, 1))), [V("A", "a", 3), V("B", "a", 3), V("A", "b", 0.2), V("B", "b", 0.4)]);
        Assert.Equal(ComponentMissingReason.NormalisationUndefined, result.Units[0].Components[0].Reason);
        Assert.Equal("every unit and period has the same value, so min-max normalisation is undefined", result.Units[0].Components[0].Explanation);
        Assert.Equal(20, result.Units[0].Index!.Value, Digits);
    }

    [Fact]
    public void Ranks_are_within_each_period_1_is_highest_and_ties_share_the_best_rank()
    {
        IndexSpecification spec = Spec(C("a", Normalisation.Goalposts(0, 100)));
        ComponentValue At(string unit, string period, double value) => V(unit, "a", value) with { Period = period };
        IndexResult result = CompositeIndex.Compute(spec, [At("A", "2026-01", 50), At("B", "2026-01", 70), At("C", "2026-01", 50), At("D", "2026-01", 10), At("A", "2026-02", 90), At("B", "2026-02", 80)]);
        Assert.Equal([2, 1, 2, 4, 1, 2], result.Units.Select(u => u.Rank!.Value));
        Assert.Equal([4, 4, 4, 4, 2, 2], result.Units.Select(u => u.RankedUnits));
        Assert.Equal("2026-02", result.Units[4].Period);
    }

    [Fact]
    public void Min_max_over_every_period_keeps_a_units_score_comparable_across_periods()
    {
        IndexSpecification spec = Spec(C("a", Normalisation.MinMax));
        ComponentValue At(string unit, string period, double value) => V(unit, "a", value) with { Period = period };
        IndexResult result = CompositeIndex.Compute(spec, [At("A", "p1", 10), At("B", "p1", 20), At("A", "p2", 30), At("B", "p2", 20)]);
        // One scale over both periods: B scores 50 in both, A rises from 0 to 100.
        Assert.Equal([0, 50, 100, 50], result.Units.Select(u => u.Index!.Value));
    }

    [Fact]
    public void Goalpost_results_do_not_depend_on_the_other_units()
    {
        IndexSpecification spec = IntegrationProfile.Specification;
        ComponentValue[] a = [V("A", "outcomes", 0.41), V("A", "quality_of_life", 4.6), V("A", "activation", 58.2), V("A", "experience", 0.88)];
        ComponentValue[] others = [V("B", "outcomes", 0.9), V("B", "quality_of_life", 6.9), V("C", "outcomes", 0.01), V("C", "experience", 0.2)];
        IndexUnitResult alone = CompositeIndex.Compute(spec, a).Units[0];
        IndexUnitResult among = CompositeIndex.Compute(spec, [.. others, .. a]).Find("A")!;
        Assert.Equal(alone.Index, among.Index);
        Assert.Equal(alone.Components, among.Components);
    }

    [Fact]
    public void Values_that_break_the_input_contract_throw_naming_the_value()
    {
        IndexSpecification spec = Spec(C("a", Normalisation.Goalposts(0, 1)));
        Assert.Equal(
            "Value 1 (unit 'B', component 'expereince'): component 'expereince' is not in the specification 'test' (components: a). (Parameter 'values')",
            Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V("A", "a", 1), V("B", "expereince", 1)])).Message);
        Assert.StartsWith(
            "Values 0 and 2 both give unit 'A', component 'a'; give one value per unit, period and component.",
            Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V("A", "a", 1), V("B", "a", 1), V("A", "a", 0.5)])).Message,
            StringComparison.Ordinal);
        Assert.Contains("the value is NaN", Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V("A", "a", double.NaN)])).Message, StringComparison.Ordinal);
        Assert.Contains("the standard error is -1", Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V("A", "a", 1, se: -1)])).Message, StringComparison.Ordinal);
        Assert.Contains("the count is -2", Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V("A", "a", 1, n: -2)])).Message, StringComparison.Ordinal);
        Assert.Contains("has no unit", Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V(" ", "a", 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("goes only with a missing (null) value", Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(spec, [V("A", "a", 1) with { MissingReason = "x" }])).Message, StringComparison.Ordinal);
        Assert.Throws<IndexSpecificationException>(() => CompositeIndex.Compute(spec with { Version = "" }, [V("A", "a", 1)]));
    }

    [Fact]
    public void Proportions_carry_the_wilson_standard_error_and_zero_totals_are_missing()
    {
        ComponentValue value = ComponentValue.ForProportion("A", "p", 8, 10);
        ProportionInterval interval = Wilson.Interval(8, 10)!.Value;
        Assert.Equal(0.8, value.Value);
        Assert.Equal((interval.Upper - interval.Lower) / (2 * 1.959963984540054), value.StandardError!.Value, Digits);
        Assert.Equal(10, value.Count);
        Assert.True(ComponentValue.ForProportion("A", "p", 0, 5).StandardError > 0);   // Wilson: not 0 at 0%
        ComponentValue none = ComponentValue.ForProportion("A", "p", 0, 0);
        Assert.Null(none.Value);
        Assert.NotNull(none.MissingReason);
    }

    [Fact]
    public void Means_carry_sd_over_root_n()
    {
        ComponentValue value = ComponentValue.ForMean("A", "m", [2, 4, 6, 8]);
        Assert.Equal(5, value.Value);
        Assert.Equal(Math.Sqrt(20 / 3.0) / 2, value.StandardError!.Value, Digits);
        Assert.Equal(4, value.Count);
        Assert.Null(ComponentValue.ForMean("A", "m", [3]).StandardError);
        Assert.Null(ComponentValue.ForMean("A", "m", []).Value);
        Assert.Throws<ArgumentException>(() => ComponentValue.ForMean("A", "m", [1, double.PositiveInfinity]));
    }

    [Fact]
    public void Profile_helpers_turn_library_results_into_component_values()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        ChangeSummary summary = ChangeCohort.Summarise([(null, criteria.Classify(20, 10)), (null, criteria.Classify(20, 18)), (null, criteria.Classify(20, null))])[0];
        ComponentValue outcomes = IntegrationProfile.OutcomesValue("north", summary);
        Assert.Equal(("north", "outcomes", 0.5, 2L), (outcomes.Unit, outcomes.Component, outcomes.Value!.Value, outcomes.Count!.Value));

        ComponentValue experience = IntegrationProfile.ExperienceValue("north", new FftCounts(10, 3, 1, 0, 0, 1));
        Assert.Equal(13 / 15.0, experience.Value!.Value, Digits);
        Assert.Equal("no FFT responses", IntegrationProfile.ExperienceValue("north", default).MissingReason);

        Assert.Equal("no computable DIALOG SQOL score", IntegrationProfile.QualityOfLifeValue("north", []).MissingReason);
        Assert.Equal("no computable PAM-13 score", IntegrationProfile.ActivationValue("north", []).MissingReason);
        Assert.Equal(IntegrationProfile.ActivationLevel3Or4Code, IntegrationProfile.ActivationLevel3Or4Value("north", []).Component);
    }

    [Fact]
    public void Activation_helpers_use_computable_scores_only()
    {
        ICalibration calibration = OutcomeScoring.Tests.Activation.MadeUpCalibrations.Items();
        Answer[] high = OutcomeScoring.Tests.Activation.MadeUpCalibrations.Answers(4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4, 3);
        Answer[] mid = OutcomeScoring.Tests.Activation.MadeUpCalibrations.Answers(3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 3, 2, 3);
        Answer[] none = [.. Enumerable.Repeat(Answer.NotAnswered, 13)];
        Pam13Result[] results = [Pam13.Score(high, calibration), Pam13.Score(mid, calibration), Pam13.Score(none, calibration)];
        ComponentValue mean = IntegrationProfile.ActivationValue("A", results);
        Assert.Equal(2, mean.Count);
        Assert.Equal((results[0].Score!.Value + results[1].Score!.Value) / 2, mean.Value!.Value, Digits);
        ComponentValue share = IntegrationProfile.ActivationLevel3Or4Value("A", results);
        Assert.Equal(2, share.Count);
        Assert.Equal(results.Count(r => r.Level >= 3) / 2.0, share.Value!.Value, Digits);
    }
}
