using System.Reflection;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>
/// The guard the core package has (after NodaTime's MutabilityTest): every public type of the FHIR package is sealed,
/// static, an enum or a readonly struct, and exposes no settable property other than records' init-only ones. The
/// SDK's mutable resources are created fresh for each call and never held.
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

    [Fact]
    public void The_core_package_does_not_reference_the_fhir_sdk()
    {
        Assert.DoesNotContain(typeof(Instrument).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Hl7.Fhir", StringComparison.Ordinal));
    }
}
