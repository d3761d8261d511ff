using YamlDotNet.RepresentationModel;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// The GitHub Actions workflows (issue 16) cannot run here, so their shape is held here: CI runs the README's test
/// command on Linux, Windows and macOS; a <c>v*</c> tag tests, packs with MinVer (full history) and pushes with the API key
/// from a repository secret, in that order. (actionlint checked both files when they were written: docs/packages.md.)
/// </summary>
public sealed class ReleasePipelineTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(CliRunner.Root, ".github", "workflows", name));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static YamlSequenceNode Steps(YamlMappingNode workflow, string job) => (YamlSequenceNode)Map(Map(workflow, "jobs"), job).Children[new YamlScalarNode("steps")];

    private static string[] Runs(YamlSequenceNode steps) =>
        [.. steps.Cast<YamlMappingNode>().Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out YamlNode? run) ? ((YamlScalarNode)run).Value! : "")];

    private static bool ChecksOutFullHistory(YamlSequenceNode steps) =>
        steps.Cast<YamlMappingNode>().Any(s => s.Children.TryGetValue(new YamlScalarNode("with"), out YamlNode? with)
            && ((YamlMappingNode)with).Children.TryGetValue(new YamlScalarNode("fetch-depth"), out YamlNode? depth) && ((YamlScalarNode)depth).Value == "0");

    [Fact]
    public void Ci_runs_the_readme_test_command_on_linux_windows_and_macos()
    {
        YamlMappingNode ci = Load("ci.yml");
        YamlSequenceNode os = (YamlSequenceNode)Map(Map(Map(ci, "jobs"), "test"), "strategy").Children[new YamlScalarNode("matrix")]["os"];
        Assert.Equal(["ubuntu-latest", "windows-latest", "macos-latest"], os.Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("bash .ci/run", Runs(Steps(ci, "test")));
        Assert.Contains("bash .ci/run", File.ReadAllText(Path.Combine(CliRunner.Root, "README.md")), StringComparison.Ordinal);
        Assert.True(ChecksOutFullHistory(Steps(ci, "test")));
    }

    [Fact]
    public void Release_on_a_v_tag_tests_then_packs_then_pushes_with_the_secret_key()
    {
        YamlMappingNode release = Load("release.yml");
        YamlSequenceNode tags = (YamlSequenceNode)Map(Map(release, "on"), "push").Children[new YamlScalarNode("tags")];
        Assert.Equal(["v*"], tags.Select(n => ((YamlScalarNode)n).Value));
        string[] runs = Runs(Steps(release, "release"));
        int test = Array.IndexOf(runs, "bash .ci/run"), pack = Array.FindIndex(runs, r => r.StartsWith("bash eng/pack.sh", StringComparison.Ordinal)), push = Array.FindIndex(runs, r => r.Contains("dotnet nuget push", StringComparison.Ordinal));
        Assert.True(test >= 0 && test < pack && pack < push, "test, pack and push in that order");
        Assert.Contains("${{ secrets.NUGET_API_KEY }}", File.ReadAllText(Path.Combine(CliRunner.Root, ".github", "workflows", "release.yml")), StringComparison.Ordinal);
        Assert.True(ChecksOutFullHistory(Steps(release, "release")));
    }

    [Fact]
    public void The_pack_script_packs_every_shipped_project()
    {
        string script = File.ReadAllText(Path.Combine(CliRunner.Root, "eng", "pack.sh"));
        string[] packable = [.. Directory.GetDirectories(Path.Combine(CliRunner.Root, "src")).Select(Path.GetFileName)!];
        Assert.All(packable, p => Assert.Contains(p!, script, StringComparison.Ordinal));
    }
}
