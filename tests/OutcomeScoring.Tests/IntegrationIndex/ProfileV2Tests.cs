using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.Experience;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>Profile 2.0: pillars by whose view, tags from the integration-experience-utility sheet, the coverage rule, and profile 1.0 unchanged.</summary>
public class ProfileV2Tests
{
    private static readonly IndexSpecification Spec = IntegrationProfileV2.Specification;

    /// <summary>Every 2.0 component for a unit, at the given fraction (0-1) of each goalpost range.</summary>
    internal static ComponentValue[] Unit(string unit, double fraction, params string[] without) =>
    [
        .. Spec.Components.Where(c => !without.Contains(c.Code)).Select(c =>
            new ComponentValue(unit, c.Code, c.Normalisation.Lower!.Value + (fraction * (c.Normalisation.Upper!.Value - c.Normalisation.Lower!.Value)))),
    ];

    [Fact]
    public void Profile_2_0_is_valid_versioned_and_round_trips_through_json()
    {
        Spec.Validate();
        Assert.Equal("2.0", Spec.Version);
        Assert.Equal(Spec, IndexSpecification.FromJson(Spec.ToJson()));
        Assert.Same(Spec, IntegrationProfiles.Find("integration-2.0"));
        Assert.Same(IntegrationProfile.Specification, IntegrationProfiles.Find("INTEGRATION-1.0"));
        Assert.Null(IntegrationProfiles.Find("integration-3.0"));
    }

    [Fact]
    public void Profile_2_0_is_the_default_and_1_0_is_unchanged_untagged_and_available_by_name()
    {
        Assert.Same(IntegrationProfileV2.Specification, IntegrationProfiles.Default);
        Assert.Same(IntegrationProfile.Specification, IntegrationProfiles.Find(IntegrationProfiles.Version1Name));
        Assert.Equal("1.0", IntegrationProfile.Specification.Version);
        Assert.Equal(CareAspects.None, IntegrationProfile.Specification.AspectsMeasured);
        Assert.All(IntegrationProfile.Specification.Components, c => Assert.Null(c.Perspective));
        Assert.Equal(IncompleteRanking.RankedWithComplete, IntegrationProfile.Specification.Availability.IncompleteUnits);
        string saved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "index", "spec.json"));
        Assert.Equal(saved.ReplaceLineEndings("\n").TrimEnd(), IntegrationProfile.Specification.ToJson().ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Every_component_says_what_it_measures_and_whose_view_and_none_claims_anticipatory_care()
    {
        Assert.All(Spec.Components, c =>
        {
            Assert.NotEqual(CareAspects.None, c.Measures);
            Assert.NotNull(c.Perspective);
            Assert.False(c.Measures.HasFlag(CareAspects.Anticipatory));
        });
        Assert.Equal(CareAspects.JoinedUp, Spec.FindComponent(IntegrationProfileV2.CoordinationCode)!.Measures);
        Assert.Equal(CareAspects.Personalised, Spec.FindComponent(IntegrationProfileV2.PersonCentrednessCode)!.Measures);
        Assert.Equal(Perspective.Carer, Spec.FindComponent("ascof-1d")!.Perspective);
        Assert.Equal(Perspective.SocialCareUser, Spec.FindComponent("ascof-1a")!.Perspective);
        Assert.False(Spec.AspectsMeasured.HasFlag(CareAspects.Anticipatory));
        Assert.True(Spec.AspectsMeasured.HasFlag(CareAspects.JoinedUp | CareAspects.Personalised | CareAspects.Outcome));
    }

    [Fact]
    public void Experience_and_outcome_components_sit_in_separate_pillars()
    {
        foreach (IndexDomain pillar in Spec.Domains)
        {
            IndexComponent[] members = [.. Spec.Components.Where(c => c.Domain == pillar.Code)];
            bool outcomes = members.Any(c => c.Measures.HasFlag(CareAspects.Outcome));
            bool experience = members.Any(c => !c.Measures.HasFlag(CareAspects.Outcome));
            Assert.False(outcomes && experience, pillar.Code);
            Assert.All(members, c => Assert.Equal(pillar.Perspective, c.Perspective));
        }
    }

    [Fact]
    public void Each_view_carries_a_quarter_of_a_complete_units_index()
    {
        IndexUnitResult unit = CompositeIndex.Compute(Spec, Unit("A", 0.6)).Units[0];
        foreach (IGrouping<Perspective?, (ComponentResult Result, IndexComponent Component)> view in unit.Components.Zip(Spec.Components).GroupBy(x => x.Second.Perspective, x => (x.First, x.Second)))
        {
            Assert.Equal(0.25, view.Sum(x => x.Result.Weight), 12);
        }

        Assert.Equal(60, unit.Index!.Value, 9);
        Assert.Equal(1, unit.Rank);
        Assert.True(unit.Coverage.IsComplete);
        Assert.Equal("8 of 8 components, pillars missing: none", unit.Coverage.Text);
        Assert.Null(unit.Coverage.RankingNote);
    }

    [Fact]
    public void An_incomplete_unit_says_k_of_n_and_the_missing_pillars_and_is_not_ranked()
    {
        IndexResult result = CompositeIndex.Compute(Spec, [.. Unit("complete", 0.4), .. Unit("partial", 0.9, "ascof-1a", "ascof-1d")]);
        IndexUnitResult partial = result.Find("partial")!, complete = result.Find("complete")!;
        Assert.Equal("6 of 8 components, pillars missing: carers, social-care; components missing: ascof-1d, ascof-1a", partial.Coverage.Text);
        Assert.Equal(["carers", "social-care"], partial.Coverage.MissingDomains);
        Assert.NotNull(partial.Index);
        Assert.Null(partial.Rank);
        Assert.Equal("not ranked: the specification ranks only units with every component", partial.Coverage.RankingNote);
        Assert.Equal(1, complete.Rank);
        Assert.Equal(1, complete.RankedUnits);
    }

    [Fact]
    public void Ranked_separately_keeps_incomplete_units_in_their_own_list()
    {
        IndexSpecification spec = Spec with { Availability = Spec.Availability with { IncompleteUnits = IncompleteRanking.RankedSeparately } };
        IndexResult result = CompositeIndex.Compute(spec, [.. Unit("c1", 0.4), .. Unit("c2", 0.5), .. Unit("p1", 0.9, "experience"), .. Unit("p2", 0.2, "ascof-1a")]);
        Assert.Equal(2, result.Find("c1")!.Rank);
        Assert.Equal(1, result.Find("c2")!.Rank);
        Assert.Equal(1, result.Find("p1")!.Rank);
        Assert.Equal(2, result.Find("p2")!.Rank);
        Assert.All(result.Units, u => Assert.Equal(2, u.RankedUnits));
        Assert.StartsWith("ranked only among units without every component", result.Find("p1")!.Coverage.RankingNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_a_required_pillar_gets_no_index_and_the_pillar_is_named()
    {
        IndexUnitResult unit = CompositeIndex.Compute(Spec, Unit("A", 0.5, IntegrationProfileV2.CoordinationCode, IntegrationProfileV2.PersonCentrednessCode)).Units[0];
        Assert.Null(unit.Index);
        Assert.Equal(NoIndexReason.RequiredDomainMissing, unit.Reason);
        Assert.Equal("pillar(s) the specification requires have no component present: patient-experience", unit.Explanation);
        Assert.Equal("6 of 8 components, pillars missing: patient-experience; components missing: p3ceq-coordination, p3ceq-person-centredness", unit.Coverage.Text);
    }

    [Fact]
    public void Profile_1_0_values_still_rank_a_two_of_four_unit_with_complete_ones_and_say_so()
    {
        ComponentValue[] values =
        [
            new("full", "outcomes", 0.5), new("full", "quality_of_life", 4), new("full", "activation", 50), new("full", "experience", 0.5),
            new("half", "outcomes", 0.9), new("half", "experience", 0.95),
        ];
        IndexResult result = CompositeIndex.Compute(IntegrationProfile.Specification, values);
        Assert.Equal(1, result.Find("half")!.Rank);
        Assert.Equal("2 of 4 components; components missing: quality_of_life, activation", result.Find("half")!.Coverage.Text);
        Assert.Null(result.Find("half")!.Coverage.RankingNote);
    }

    [Theory]
    [InlineData("nowhere", "Availability: required pillar 'nowhere' is not one of the specification's domains")]
    [InlineData("carers,CARERS", "Availability: required pillar 'CARERS' is listed twice.")]
    public void Required_pillars_must_be_known_and_listed_once(string required, string expected)
    {
        IndexSpecification spec = Spec with { Availability = Spec.Availability with { RequiredDomains = [.. required.Split(',')] } };
        IndexSpecificationException error = Assert.Throws<IndexSpecificationException>(spec.Validate);
        Assert.Contains(error.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Required_pillars_without_domains_and_undefined_tags_are_rejected()
    {
        IndexSpecification spec = IntegrationProfile.Specification with
        {
            Availability = IntegrationProfile.Specification.Availability with { RequiredDomains = ["carers"], IncompleteUnits = (IncompleteRanking)9 },
            Components = [.. IntegrationProfile.Specification.Components.Select((c, i) => i == 0 ? c with { Measures = (CareAspects)64, Perspective = (Perspective)7 } : c)],
        };
        IndexSpecificationException error = Assert.Throws<IndexSpecificationException>(spec.Validate);
        Assert.Contains(error.Errors, e => e.Contains("measures is 64", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("perspective 7 is not one of", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("incomplete units is 9", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("but the specification has no domains (pillars)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"measures\":[\"joined-up\",\"joined-up\"]", "measures lists \"joined-up\" twice")]
    [InlineData("\"measures\":[\"proactive\"]", "measures holds \"proactive\"")]
    [InlineData("\"perspective\":\"staff\"", "perspective is \"staff\"")]
    public void Bad_tags_in_json_are_named(string tag, string expected)
    {
        string json = $$"""{"name":"x","version":"1","components":[{"code":"a","name":"a","direction":1,"normalisation":{"method":"min-max"},{{tag}}}]}""";
        IndexSpecificationException error = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_ranking_rule_in_json_is_named()
    {
        const string json = """{"name":"x","version":"1","components":[{"code":"a","name":"a","direction":1,"normalisation":{"method":"min-max"}}],"availability":{"incompleteUnits":"ranked"}}""";
        IndexSpecificationException error = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson(json));
        Assert.Contains("$.availability.incompleteUnits: availability: incompleteUnits is \"ranked\"; it must be \"ranked-with-complete\", \"ranked-separately\" or \"not-ranked\"", error.Message, StringComparison.Ordinal);
    }

    private static Administration Form(string person, string team, double? score) => new(person, null, new DateOnly(2026, 4, 1), score) { Team = team };

    [Fact]
    public void Survey_values_are_p3ceq_shares_of_the_subscale_range_and_ascof_means_on_their_own_scale()
    {
        // Coordination 0-15: sums 12 and 6 give a mean of 9, 0.6 of the range; SE = SD / sqrt(n) over the range.
        SurveyComponent cc = Assert.Single(SurveyComponents.TeamMeans([Form("a", "north", 12), Form("b", "north", 6)], SurveyScale.P3ceqCoordination));
        ComponentValue coordination = IntegrationProfileV2.SurveyValue(cc);
        Assert.Equal((IntegrationProfileV2.CoordinationCode, 0.6, 2L), (coordination.Component, coordination.Value!.Value, coordination.Count!.Value));
        Assert.Equal(Math.Sqrt(18) / Math.Sqrt(2) / 15, coordination.StandardError!.Value, 12);
        Assert.Equal(0.25, IntegrationProfileV2.SurveyValue(SurveyComponents.TeamMeans([Form("a", "north", 6)], SurveyScale.P3ceqPersonCentredness)[0]).Value);

        // Item 8 left out: the share of 0-12, under the same component.
        SurveyScale withoutItem8 = SurveyScale.For(P3ceq.With(P3ceqMissingData.CompleteOnly, CoordinationItem8.LeftOut), "cc", "patients");
        ComponentValue left = IntegrationProfileV2.SurveyValue(SurveyComponents.TeamMeans([Form("a", "north", 9)], withoutItem8)[0]);
        Assert.Equal((IntegrationProfileV2.CoordinationCode, 0.75), (left.Component, left.Value!.Value));

        ComponentValue carers = IntegrationProfileV2.SurveyValue(SurveyComponents.TeamMeans([Form("a", "north", 7), Form("b", "north", 9)], SurveyScale.Ascof1D)[0]);
        Assert.Equal((IntegrationProfileV2.CarerQualityOfLifeCode, 8.0, Math.Sqrt(2) / Math.Sqrt(2)), (carers.Component, carers.Value!.Value, carers.StandardError!.Value));
        Assert.Equal((IntegrationProfileV2.SocialCareQualityOfLifeCode, 18.0), (IntegrationProfileV2.SurveyValue(SurveyComponents.TeamMeans([Form("a", "north", 18)], SurveyScale.Ascof1A)[0]) is var a ? (a.Component, a.Value!.Value) : default));

        // Each code is a component of the profile, normalised with its goalposts.
        Assert.All(new[] { coordination, carers }, v => Assert.NotNull(Spec.FindComponent(v.Component)));
    }

    [Fact]
    public void A_survey_unit_without_scores_is_missing_with_the_reason_and_other_measures_are_refused()
    {
        ComponentValue none = IntegrationProfileV2.SurveyValue(SurveyComponents.TeamMeans([Form("a", "north", null)], SurveyScale.P3ceqCoordination)[0]);
        Assert.Null(none.Value);
        Assert.Contains("none with a complete score", none.MissingReason, StringComparison.Ordinal);
        SurveyScale core = SurveyScale.For(OutcomeScoring.CoreFamily.Core10.Instrument, "total", "patients");
        ArgumentException error = Assert.Throws<ArgumentException>(() => IntegrationProfileV2.SurveyValue(SurveyComponents.TeamMeans([Form("a", "north", 10)], core)[0]));
        Assert.Contains("is not one of profile 2.0's survey components", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => IntegrationProfileV2.SurveyValue(null!));
    }
}
