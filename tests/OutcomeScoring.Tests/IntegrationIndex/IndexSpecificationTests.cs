using System.Text;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>The index specification: every validation error, JSON round trips, and options that do nothing rejected.</summary>
public class IndexSpecificationTests
{
    private static IndexComponent Component(string code, string? domain = null, double weight = 1) =>
        new(code, $"Component {code}", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 1)) { Domain = domain, Weight = weight };

    private static IndexSpecification Spec(params IndexComponent[] components) => new()
    {
        Name = "test",
        Version = "0.1",
        Components = [.. components],
    };

    private static string[] Errors(IndexSpecification spec) =>
        [.. Assert.Throws<IndexSpecificationException>(spec.Validate).Errors];

    private static string JsonError(string json) => Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson(json)).Message;

    [Fact]
    public void The_default_profile_is_valid_and_versioned()
    {
        IndexSpecification spec = IntegrationProfile.Specification;
        spec.Validate();
        Assert.Equal(IntegrationProfile.Version, spec.Version);
        Assert.Equal(["outcomes", "quality_of_life", "activation", "experience"], spec.Components.Select(c => c.Code));
        Assert.All(spec.Components, c => Assert.Equal(NormalisationMethod.Goalposts, c.Normalisation.Method));
        Assert.All(spec.Components, c => Assert.Equal(IndexDirection.HigherIsBetter, c.Direction));
        Assert.Equal((1.0, 7.0), (IntegrationProfile.QualityOfLife.Normalisation.Lower!.Value, IntegrationProfile.QualityOfLife.Normalisation.Upper!.Value));
        Assert.True(spec.IsAdditive);
    }

    [Fact]
    public void Duplicate_codes_are_rejected_ignoring_case() =>
        Assert.Contains("Component 'A': the code is used twice (components 1 and 2; codes are compared ignoring case).", Errors(Spec(Component("a"), Component("A"))));

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("comma,code")]
    [InlineData("_leading")]
    public void Bad_codes_are_rejected(string code) =>
        Assert.Contains(Errors(Spec(Component(code))), e => e.Contains($"code '{code}' is not valid", StringComparison.Ordinal));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_direction_that_is_not_plus_or_minus_one_is_rejected(int direction) =>
        Assert.Contains(
            $"Component 'a': direction is {direction}; it must be given explicitly as +1 (higher is better) or -1 (lower is better).",
            Errors(Spec(Component("a") with { Direction = (IndexDirection)direction })));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Weights_must_be_positive(double weight) =>
        Assert.Contains(Errors(Spec(Component("a", weight: weight))), e => e.StartsWith("Component 'a': weight is ", StringComparison.Ordinal) && e.EndsWith("it must be a finite number above 0.", StringComparison.Ordinal));

    [Theory]
    [InlineData(1, 0, "inverted goalposts")]
    [InlineData(1, 1, "equal goalposts give no scale")]
    public void Goalposts_inverted_or_equal_are_rejected(double lower, double upper, string why) =>
        Assert.Contains(why, Assert.Throws<ArgumentOutOfRangeException>(() => Normalisation.Goalposts(lower, upper)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_power_mean_needs_an_exponent_other_than_zero() =>
        Assert.Contains("other than 0", Assert.Throws<ArgumentOutOfRangeException>(() => Aggregation.Power(0)).Message, StringComparison.Ordinal);

    [Fact]
    public void Missing_name_version_and_components_are_reported_together()
    {
        string[] errors = Errors(new IndexSpecification { Name = " ", Version = "", Components = [] });
        Assert.Equal(3, errors.Length);
        Assert.Contains("The specification has no name.", errors);
        Assert.Contains(errors, e => e.StartsWith("The specification has no version", StringComparison.Ordinal));
        Assert.Contains("The specification has no components.", errors);
    }

    [Fact]
    public void Domain_rules_unknown_missing_unused_and_without_a_level()
    {
        var domains = Spec(Component("a", "d1"), Component("b", "nope"), Component("c")) with
        {
            Domains = [new IndexDomain("d1", "One"), new IndexDomain("d2", "Two")],
        };
        string[] errors = Errors(domains);
        Assert.Contains("Component 'b': domain 'nope' is not one of the specification's domains (d1, d2).", errors);
        Assert.Contains("Component 'c' has no domain; with a domain level every component needs one (known domains: d1, d2).", errors);
        Assert.Contains("Domain 'd2' has no components, so its weight would do nothing; remove it or give it components.", errors);

        Assert.Contains(
            "Component 'a': domain is 'd1', but the specification has no domains; add the domain level or remove the component's domain.",
            Errors(Spec(Component("a", "d1"))));
    }

    [Fact]
    public void A_domain_aggregation_without_domains_does_nothing_and_is_rejected() =>
        Assert.Contains(
            "DomainAggregation is geometric, but the specification has no domains, so it would do nothing; remove it or add domains.",
            Errors(Spec(Component("a")) with { DomainAggregation = Aggregation.Geometric }));

    [Fact]
    public void Z_scores_need_the_arithmetic_mean_and_no_mixing_with_0_to_100_methods()
    {
        IndexComponent z = Component("z") with { Normalisation = Normalisation.ZScore };
        Assert.Contains(Errors(Spec(z) with { Aggregation = Aggregation.Geometric }), e => e.StartsWith("Z-scores can be negative", StringComparison.Ordinal));
        Assert.Contains(Errors(Spec(z, Component("a"))), e => e.StartsWith("Component 'z' uses z-scores", StringComparison.Ordinal));
        Spec(z, z with { Code = "z2" }).Validate();
    }

    [Theory]
    [InlineData(0.0, 1, "minimum weight share is 0")]
    [InlineData(1.5, 1, "minimum weight share is 1.5")]
    [InlineData(0.5, 0, "minimum components is 0")]
    [InlineData(0.5, 3, "minimum components is 3; it must be between 1 and the number of components (2)")]
    public void Availability_thresholds_that_no_unit_can_meet_are_rejected(double share, int count, string expected) =>
        Assert.Contains(
            Errors(Spec(Component("a"), Component("b")) with { Availability = new DataAvailability { MinimumWeightShare = share, MinimumComponents = count } }),
            e => e.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void A_minimum_count_below_one_is_rejected() =>
        Assert.Contains("Component 'a': minimum count is 0; it must be at least 1 (or absent for no minimum).", Errors(Spec(Component("a") with { MinimumCount = 0 })));

    [Fact]
    public void The_default_profile_round_trips_through_json()
    {
        string json = IntegrationProfile.Specification.ToJson();
        IndexSpecification read = IndexSpecification.FromJson(json);
        Assert.Equal(IntegrationProfile.Specification, read);
        Assert.Equal(json, read.ToJson());
        Assert.Contains("\"direction\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_with_every_option_round_trips_through_a_stream()
    {
        IndexSpecification spec = new()
        {
            Name = "full",
            Version = "2.3-beta",
            Description = "every option",
            Components =
            [
                new IndexComponent("a", "A", IndexDirection.LowerIsBetter, Normalisation.Goalposts(0, 40)) { Domain = "d1", Weight = 2.5, MinimumCount = 5, Description = "lower is better" },
                new IndexComponent("b", "B", IndexDirection.HigherIsBetter, Normalisation.DistanceToTarget(0.9)) { Domain = "d1" },
                new IndexComponent("c", "C", IndexDirection.HigherIsBetter, Normalisation.MinMax) { Domain = "d2", Weight = 0.1 },
                new IndexComponent("d", "D", IndexDirection.HigherIsBetter, Normalisation.PercentileRank) { Domain = "d2" },
            ],
            Domains = [new IndexDomain("d1", "One") { Weight = 3 }, new IndexDomain("d2", "Two")],
            Aggregation = Aggregation.Power(0.5),
            DomainAggregation = Aggregation.Harmonic,
            Availability = new DataAvailability { MinimumWeightShare = 0.75, MinimumComponents = 3 },
        };
        using var stream = new MemoryStream();
        spec.Save(stream);
        stream.Position = 0;
        IndexSpecification read = IndexSpecification.Load(stream);
        Assert.Equal(spec, read);
        Assert.NotEqual(spec, read with { Components = [.. read.Components.Select(c => c with { Weight = c.Weight + 1 })] });
    }

    [Fact]
    public void Json_without_optional_settings_takes_the_documented_defaults()
    {
        IndexSpecification spec = IndexSpecification.FromJson("""
            {"name":"n","version":"1",
             // comments and trailing commas are allowed
             "components":[{"code":"a","name":"A","direction":-1,"normalisation":{"method":"min-max"}},]}
            """);
        Assert.Equal(1, spec.Components[0].Weight);
        Assert.Equal(IndexDirection.LowerIsBetter, spec.Components[0].Direction);
        Assert.Equal(Aggregation.Arithmetic, spec.Aggregation);
        Assert.Equal(DataAvailability.Default, spec.Availability);
    }

    private const string Minimal = """{"name":"n","version":"1","components":[{"code":"a","name":"A","direction":1,"normalisation":NORM}AGG]}""";

    private static string With(string normalisation, string aggregation = "") =>
        Minimal.Replace("NORM", normalisation, StringComparison.Ordinal).Replace("AGG]}", "]" + aggregation + "}", StringComparison.Ordinal);

    [Fact]
    public void A_missing_direction_is_never_defaulted() =>
        Assert.Equal(
            "$.components[0].direction: Component 'a': \"direction\" is missing; give 1 (higher is better) or -1 (lower is better) explicitly.",
            JsonError("""{"name":"n","version":"1","components":[{"code":"a","name":"A","normalisation":{"method":"min-max"}}]}"""));

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("\"up\"")]
    [InlineData("1.5")]
    public void Json_directions_must_be_one_or_minus_one(string direction) =>
        Assert.Equal(
            $"$.components[0].direction: Component 'a': \"direction\" is {direction}; it must be 1 (higher is better) or -1 (lower is better).",
            JsonError(With("""{"method":"min-max"}""").Replace("\"direction\":1", $"\"direction\":{direction}", StringComparison.Ordinal)));

    [Theory]
    [InlineData("""{"method":"z-score","lower":0}""", "$.components[0].normalisation.lower: Component 'a': normalisation: \"lower\" does nothing with method \"z-score\" (it takes no parameters); remove it.")]
    [InlineData("""{"method":"goalposts","lower":0,"upper":1,"target":0.5}""", "$.components[0].normalisation.target: Component 'a': normalisation: \"target\" does nothing with method \"goalposts\" (it takes \"lower\" and \"upper\"); remove it.")]
    [InlineData("""{"method":"distance-to-target","target":1,"upper":2}""", "$.components[0].normalisation.upper: Component 'a': normalisation: \"upper\" does nothing with method \"distance-to-target\" (it takes \"target\"); remove it.")]
    [InlineData("""{"method":"goalposts","lower":1,"upper":0}""", "$.components[0].normalisation: Component 'a': normalisation: The goalposts are 1 (lower) and 0 (upper); the lower goalpost must be below the upper one (inverted goalposts). Give them in the natural order and set the direction to say which end is better.")]
    [InlineData("""{"method":"goalposts","lower":0}""", "$.components[0].normalisation.upper: Component 'a': normalisation: \"upper\" is missing.")]
    [InlineData("""{"method":"rescale"}""", "$.components[0].normalisation.method: Component 'a': normalisation: method is \"rescale\"; it must be \"goalposts\", \"min-max\", \"z-score\", \"percentile-rank\" or \"distance-to-target\".")]
    public void Normalisation_settings_that_do_nothing_or_are_wrong_are_rejected(string normalisation, string expected) =>
        Assert.Equal(expected, JsonError(With(normalisation)));

    [Theory]
    [InlineData(""","aggregation":{"method":"arithmetic","exponent":2}""", "$.aggregation.exponent: aggregation: \"exponent\" does nothing with method \"arithmetic\" (only \"power\" takes an \"exponent\"); remove it.")]
    [InlineData(""","aggregation":{"method":"power"}""", "$.aggregation.exponent: aggregation: \"exponent\" is missing.")]
    [InlineData(""","aggregation":{"method":"power","exponent":0}""", "$.aggregation: aggregation: The power mean's exponent is 0; it must be a finite number other than 0 (the limit at 0 is the geometric mean: use Aggregation.Geometric).")]
    [InlineData(""","aggregation":{"method":"median"}""", "$.aggregation.method: aggregation: method is \"median\"; it must be \"arithmetic\", \"geometric\", \"harmonic\" or \"power\".")]
    [InlineData(""","domainAggregation":{"method":"geometric"}""", "$.domainAggregation: DomainAggregation is geometric, but the specification has no domains, so it would do nothing; remove it or add domains.")]
    [InlineData(""","weights":[1]""", "$.weights: Index specification: unknown property \"weights\"; allowed: name, version, description, components, domains, aggregation, domainAggregation, availability, winsorising.")]
    public void Aggregation_settings_that_do_nothing_or_are_wrong_are_rejected(string extra, string expected) =>
        Assert.Equal(expected, JsonError(With("""{"method":"min-max"}""", extra)));

    [Fact]
    public void Unknown_component_properties_and_malformed_json_are_named()
    {
        Assert.Equal(
            "$.components[0].wieght: Component 'a': unknown property \"wieght\"; allowed: code, name, domain, direction, weight, normalisation, minimumCount, description, measures, perspective.",
            JsonError(With("""{"method":"min-max"}""").Replace("\"direction\":1", "\"direction\":1,\"wieght\":2", StringComparison.Ordinal)));
        Assert.StartsWith("Index specification JSON is malformed:", JsonError("{\"name\":"), StringComparison.Ordinal);
        Assert.Equal("$: Index specification JSON must be an object.", JsonError("[]"));
    }

    [Fact]
    public void Every_problem_of_a_json_spec_is_reported_at_once()
    {
        var ex = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson("""
            {"name":"n","version":"1","components":[
              {"code":"a","name":"A","direction":1,"weight":0,"normalisation":{"method":"min-max"}},
              {"code":"A","name":"B","direction":1,"normalisation":{"method":"min-max"}}]}
            """));
        Assert.Equal(2, ex.Errors.Length);
        Assert.StartsWith("The index specification has 2 problems:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_json_spec_is_reported_at_once_each_with_its_path()
    {
        var ex = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson("""
            {"name":"n","components":[
              {"code":"a","name":"A","direction":0,"weight":"heavy","normalisation":{"method":"goalposts","lower":1}},
              {"code":"b","name":"B","direction":1,"weight":0,"normalisation":{"method":"min-max"},"measures":["joined-up","joined-up"]},
              {"code":"c","name":"C","direction":-1,"normalisation":{"method":"z-score"}, "perspective":"staff"}],
             "aggregation":{"method":"median"},"availability":{"minimumComponents":9,"requiredDomains":[1]},"colour":"red"}
            """));
        Assert.Equal(
            [
                ("$.colour", "Index specification: unknown property \"colour\"; allowed: name, version, description, components, domains, aggregation, domainAggregation, availability, winsorising."),
                ("$.components[0].direction", "Component 'a': \"direction\" is 0; it must be 1 (higher is better) or -1 (lower is better)."),
                ("$.components[0].normalisation.upper", "Component 'a': normalisation: \"upper\" is missing."),
                ("$.components[0].weight", "Component 'a': \"weight\" must be a finite number; got \"heavy\"."),
                ("$.components[1].measures[1]", "Component 'b': measures lists \"joined-up\" twice."),
                ("$.components[2].perspective", "Component 'c': perspective is \"staff\"; it must be \"patient\", \"carer\", \"social-care-user\" or \"public\"."),
                ("$.version", "Index specification: \"version\" is missing."),
                ("$.aggregation.method", "aggregation: method is \"median\"; it must be \"arithmetic\", \"geometric\", \"harmonic\" or \"power\"."),
                ("$.availability.requiredDomains[0]", "availability: \"requiredDomains\" holds 1; it must list domain codes as strings."),
            ],
            ex.Problems.Select(p => (p.Path, p.Message)));
        Assert.Equal([.. ex.Problems.Select(p => p.Message)], ex.Errors);
        Assert.StartsWith("The index specification has 9 problems:\n- $.colour: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_are_checked_on_whatever_json_could_be_read()
    {
        var ex = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson("""
            {"name":"n","version":"1","components":[
              {"code":"a","name":"A","direction":1,"weight":0,"normalisation":{"method":"min-max"}},
              {"code":"A","name":"B","direction":"up","normalisation":{"method":"min-max"}}],
             "availability":{"minimumComponents":9}}
            """));
        Assert.Equal(
            ["$.components[1].direction", "$.components[0].weight", "$.availability.minimumComponents"],
            ex.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_spec_built_in_code_names_each_problem_with_its_json_path_but_not_in_the_message()
    {
        var ex = Assert.Throws<IndexSpecificationException>(Spec(Component("a", weight: 0), Component("A")).Validate);
        Assert.Equal(["$.components[0].weight", "$.components[1].code"], ex.Problems.Select(p => p.Path));
        Assert.DoesNotContain("$.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odd_or_huge_property_name_is_quoted_in_the_path()
    {
        IndexSpecificationException odd = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson(With("""{"method":"min-max"}""", ",\"it's odd\":1")));
        Assert.Equal("$['it\\'s odd']", odd.Problems.Single().Path);
        IndexSpecificationException huge = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson(With("""{"method":"min-max"}""", $",\"{new string('x', 5000)}\":1")));
        Assert.Equal($"$['{new string('x', 80)}... (5,000 characters)']", huge.Problems.Single().Path);
    }

    [Fact]
    public void Saved_json_is_utf8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        IntegrationProfile.Specification.Save(stream);
        Assert.Equal((byte)'{', stream.ToArray()[0]);
        Assert.Equal(IntegrationProfile.Specification.ToJson(), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void The_shipped_sample_spec_is_the_default_profile_saved()
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "samples", "index", "spec.json"));
        Assert.Equal(IntegrationProfile.Specification, IndexSpecification.Load(stream));
    }

    [Fact]
    public void Null_parts_are_named_not_thrown_as_null_references()
    {
        string[] errors = Errors(Spec(Component("a") with { Normalisation = null! }, null!) with { Aggregation = null!, Availability = null! });
        Assert.Contains("Component 'a' has no normalisation.", errors);
        Assert.Contains("Component 2 is null.", errors);
        Assert.Contains("The specification has no aggregation.", errors);
        Assert.Contains("The specification has no availability threshold.", errors);
    }
}
