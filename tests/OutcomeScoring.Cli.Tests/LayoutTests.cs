using System.Text.RegularExpressions;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Issue 14, item 9: the layout shows the design. In every project under src/, a file's namespace is the project's name
/// followed by the first folder it sits in (a file at the project's root is in the project's namespace); deeper folders
/// group files of one namespace (Comparison/Funnel, Comparison/Spc). The library's tests mirror its folders.
/// </summary>
public sealed partial class LayoutTests
{
    [Fact]
    public void Every_source_file_is_in_the_namespace_its_folder_names()
    {
        string src = Path.Combine(GoldenOutputTests.RepositoryRoot.Value, "src");
        string[] wrong =
        [
            .. Directory.EnumerateDirectories(src).SelectMany(project => SourceFiles(project)
                .Select(file => (File: Path.GetRelativePath(src, file), Declared: DeclaredNamespace(file), Expected: ExpectedNamespace(project, file)))
                .Where(f => f.Declared is not null && f.Declared != f.Expected)
                .Select(f => $"{f.File}: {f.Declared}, expected {f.Expected}")),
        ];
        Assert.True(wrong.Length == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Library_tests_mirror_the_library_folders()
    {
        string root = GoldenOutputTests.RepositoryRoot.Value;
        string library = Path.Combine(root, "src", "OutcomeScoring");
        string tests = Path.Combine(root, "tests", "OutcomeScoring.Tests");
        string[] orphans =
        [
            .. Directory.EnumerateDirectories(tests)
                .Select(Path.GetFileName)
                .Where(name => name is not ("bin" or "obj" or "TestResults") && !Directory.Exists(Path.Combine(library, name!)))
                .Select(name => $"tests/OutcomeScoring.Tests/{name} has no src/OutcomeScoring/{name}"),
        ];
        Assert.True(orphans.Length == 0, string.Join(Environment.NewLine, orphans));
    }

    [Fact]
    public void The_expected_namespace_is_the_project_and_first_folder()
    {
        string project = Path.Combine("x", "src", "OutcomeScoring");
        Assert.Equal("OutcomeScoring", ExpectedNamespace(project, Path.Combine(project, "Instrument.cs")));
        Assert.Equal("OutcomeScoring.Comparison", ExpectedNamespace(project, Path.Combine(project, "Comparison", "Funnel", "FunnelMath.cs")));
        Assert.Equal("OutcomeScoring.Engine", ExpectedNamespace(project, Path.Combine(project, "Engine", "ScorePlan.cs")));
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string ExpectedNamespace(string project, string file)
    {
        string[] folders = Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar);
        string name = Path.GetFileName(project);
        return folders.Length == 1 ? name : $"{name}.{folders[0]}";
    }

    /// <summary>The file-scoped namespace a file declares, or null for a file with top-level statements.</summary>
    private static string? DeclaredNamespace(string file)
    {
        Match match = FileScopedNamespace().Match(File.ReadAllText(file));
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^namespace ([A-Za-z0-9_.]+);", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
