using System.Reflection;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// The guard the core and FHIR packages have: every public type of the SQL package is sealed, static or an enum, exposes
/// no settable property other than records' init-only ones, and is an option callers build (it has no computed results:
/// it returns text). The package references no database driver.
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = [.. typeof(SqlScoring).Assembly.GetExportedTypes()];

    [Fact]
    public void The_public_types_are_the_generator_its_dialects_and_its_options() =>
        Assert.Equal(["SqlDialect", "SqlScoring", "SqlScoringOptions"], PublicTypes.Select(t => t.Name).Order());

    [Fact]
    public void Public_classes_are_sealed_or_static() =>
        Assert.DoesNotContain(PublicTypes, t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed));

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
    public void The_package_references_no_database_driver() =>
        Assert.DoesNotContain(
            typeof(SqlScoring).Assembly.GetReferencedAssemblies().Select(a => a.Name!),
            name => name.Contains("Npgsql", StringComparison.Ordinal) || name.Contains("DuckDB", StringComparison.Ordinal)
                || name.Contains("SqlClient", StringComparison.Ordinal) || name == "System.Data.Common");
}
