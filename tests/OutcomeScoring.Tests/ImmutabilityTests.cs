using System.Reflection;

namespace OutcomeScoring.Tests;

/// <summary>
/// A cheap guard (after NodaTime's MutabilityTest): every public type is sealed, static, an enum, or a
/// readonly struct, and no public type exposes a settable property except records' init-only ones.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Instrument).Assembly.GetExportedTypes()];

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        Type[] open = [.. PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))];
        Assert.Empty(open);
    }

    [Fact]
    public void Public_structs_are_readonly_except_enumerators()
    {
        Type[] mutable = [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.Name != "Enumerator"
            && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))];
        Assert.Empty(mutable);
    }

    [Fact]
    public void No_public_setters_other_than_init()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();
        Assert.Empty(setters);
    }
}
