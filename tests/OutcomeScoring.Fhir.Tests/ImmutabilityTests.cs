using System.Reflection;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>
/// The guard the core package has (after NodaTime's MutabilityTest): every public type of the FHIR package is sealed,
/// static, an enum or a readonly struct, and exposes no settable property other than records' init-only ones. The
/// SDK's mutable resources are created fresh for each call and never held. As in the core package, every public type is
/// either a computed result (no public constructor, no public init or set accessor) or a definition, option or input.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = [.. typeof(FhirScoring).Assembly.GetExportedTypes()];

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        Assert.DoesNotContain(PublicTypes, t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed));
    }

    [Fact]
    public void Public_structs_are_readonly()
    {
        Assert.DoesNotContain(PublicTypes, t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"));
    }

    [Fact]
    public void No_public_setters_other_than_init()
    {
        string[] setters = [.. PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")];
        Assert.Empty(setters);
    }

    /// <summary>What reading and scoring FHIR resources produce; callers read them and never build them.</summary>
    public static readonly Type[] ComputedResults =
        [typeof(FhirOutcome<>), typeof(FhirIssue), typeof(ResponseAnswers), typeof(ObservedScore), typeof(ObservedActivation), typeof(ObservedStage), typeof(ObservedAnswers)];

    /// <summary>Mappings, answer schemes and options: callers build them.</summary>
    public static readonly Type[] DefinitionsOptionsAndInputs =
        [typeof(QuestionnaireMapping), typeof(AnswerScheme), typeof(AnswerCode), typeof(ObservationOptions)];

    [Fact]
    public void Every_public_type_is_a_computed_result_or_a_definition_option_or_input()
    {
        Assert.DoesNotContain(PublicTypes, t => !(t.IsAbstract && t.IsSealed) && !t.IsEnum
            && ComputedResults.Contains(t) == DefinitionsOptionsAndInputs.Contains(t));
    }

    [Fact]
    public void Computed_results_have_no_public_constructor_or_init_or_set_accessor()
    {
        Assert.Empty(ComputedResults.SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
        Assert.DoesNotContain(ComputedResults.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)), p => p.SetMethod is { IsPublic: true });
    }

    [Fact]
    public void The_core_package_does_not_reference_the_fhir_sdk()
    {
        Assert.DoesNotContain(typeof(Instrument).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Hl7.Fhir", StringComparison.Ordinal));
    }
}
