using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OutcomeScoring.Charts.Tests;

/// <summary>
/// Runs every C# file-based app in samples/ (`dotnet run x.cs`) as a researcher would, and checks it finishes and
/// prints what it should. The scripts are started together, once, and each test waits for its own. They need
/// the .NET SDK and take some seconds to build; skip them locally with --filter-not-trait Category=Scripts.
/// </summary>
[Trait("Category", "Scripts")]
public sealed partial class ScriptTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Output = CreateOutput();

    /// <summary>Every script and its arguments; all start at once on first use.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, Task<(int Exit, string Output, string Error)>>> Runs = new(() =>
        new Dictionary<string, Task<(int, string, string)>>
        {
            ["samples/scripts/cohort-table.cs"] = Run("samples/scripts/cohort-table.cs"),
            ["samples/scripts/change-by-team.cs"] = Run("samples/scripts/change-by-team.cs", "samples/service/core10.csv", Path.Combine(Output, "change-by-team.svg")),
            ["samples/scripts/fft-by-team.cs"] = Run("samples/scripts/fft-by-team.cs"),
            ["samples/scripts/index-chart.cs"] = Run("samples/scripts/index-chart.cs", "samples/index/components.csv", "samples/index/spec.json", Output),
            ["samples/scripts/jacobson-plot.cs"] = Run("samples/scripts/jacobson-plot.cs", "samples/service/core10.csv", Output),
            ["samples/readme-example.cs"] = Run("samples/readme-example.cs"),
            ["samples/definition-example.cs"] = Run("samples/definition-example.cs"),
            ["samples/fhir-example.cs"] = Run("samples/fhir-example.cs"),
            ["samples/fhir-instruments.cs"] = Run("samples/fhir-instruments.cs"),
            ["samples/generate-sample-service.cs"] = Run("samples/generate-sample-service.cs", Path.Combine(Output, "service")),
        });

    [Fact]
    public void Every_script_in_samples_scripts_is_tested()
    {
        string[] scripts = [.. Directory.GetFiles(Path.Combine(Root, "samples", "scripts"), "*.cs").Select(f => "samples/scripts/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains(s, Runs.Value.Keys));
    }

    [Fact]
    public async Task Cohort_table_prints_a_row_per_team_and_one_for_all()
    {
        string output = await Succeeds("samples/scripts/cohort-table.cs");
        string[] teams = [.. Rows("samples/service/core10.csv").Select(r => r["team"]).Distinct()];
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("team", lines[0], StringComparison.Ordinal);
        Assert.All(teams.Append("All teams"), t => Assert.Contains(lines, l => RateLine().IsMatch(l) && l.StartsWith(t + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Change_by_team_prints_a_markdown_row_per_team_and_saves_the_plot()
    {
        string output = await Succeeds("samples/scripts/change-by-team.cs");
        string[] teams = [.. Rows("samples/service/core10.csv").Select(r => r["team"]).Distinct()];
        Assert.StartsWith("| team | pairs | reliable improvement % | reliable recovery % |\n|---|--:|--:|--:|\n", output, StringComparison.Ordinal);
        Assert.All(teams, t => Assert.Matches($@"\n\| {t} \| \d+ \| \d+(\.\d)? \| \d+(\.\d)? \|\n", output));
        Assert.Equal("svg", XDocument.Load(Path.Combine(Output, "change-by-team.svg")).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Fft_by_team_counts_every_response_of_each_team()
    {
        string output = await Succeeds("samples/scripts/fft-by-team.cs");
        foreach (IGrouping<string, Dictionary<string, string>> team in Rows("samples/service/fft-responses.csv").GroupBy(r => r["team"]))
        {
            Assert.Contains($"  {team.Key} (in {team.First()["site"]}): {team.Count()} responses: ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Jacobson_plot_saves_a_png_and_an_svg()
    {
        string output = await Succeeds("samples/scripts/jacobson-plot.cs");
        Assert.StartsWith("Jacobson plot of ", output, StringComparison.Ordinal);
        byte[] png = File.ReadAllBytes(Path.Combine(Output, "jacobson.png"));
        Assert.Equal((900, 620), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4))));
        Assert.Equal("svg", XDocument.Load(Path.Combine(Output, "jacobson.svg")).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Index_chart_prints_each_team_and_saves_both_charts_as_png_and_svg()
    {
        string output = await Succeeds("samples/scripts/index-chart.cs");
        string[] units = [.. Rows("samples/index/components.csv").Select(r => r["unit"]).Distinct()];
        Assert.StartsWith("OutcomeScoring default integration profile, version 1.0\n", output, StringComparison.Ordinal);
        Assert.All(units, u => Assert.Matches($@"\n{u} +(\d+\.\d \(\d+\.\d-\d+\.\d\) +\d \(\d-\d; \d-\d\)|- +no index: )", output));
        foreach ((string name, int height) in new[] { ("index-breakdown", 560), ("index-ranks", 480) })
        {
            byte[] png = File.ReadAllBytes(Path.Combine(Output, name + ".png"));
            Assert.Equal((900, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4))));
            XDocument svg = XDocument.Load(Path.Combine(Output, name + ".svg"));
            string[] texts = [.. svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
            // A unit below full coverage is labelled "k of n" (issue 15).
            Assert.All(units, u => Assert.Contains(texts, t => t == u || t.StartsWith(u + " (", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Readme_example_prints_the_documented_values()
    {
        string output = await Succeeds("samples/readme-example.cs");
        Assert.Equal("clinical score: 25.555555555555557 (prorated: True)\nband: severe\nrisk flag: True\nin clinical range: True\n", output);
    }

    [Fact]
    public async Task Definition_example_prints_the_documented_values()
    {
        string output = await Succeeds("samples/definition-example.cs");
        Assert.Equal("feelings: 4.666666666666667\nlife: 2.5 (prorated: True)\nband: high\nat or above the cut-off: True\n", output);
    }

    [Fact]
    public async Task The_fhir_examples_the_docs_quote_run()
    {
        string example = await Succeeds("samples/fhir-example.cs");
        string instruments = await Succeeds("samples/fhir-instruments.cs");

        Assert.Contains("\"resourceType\": \"Observation\"", example, StringComparison.Ordinal);
        Assert.Contains("PAM-13 54.7 (made-up calibration), coded 88175-5; 2 Observations from the one scoring path, the last coded 88175-5", instruments, StringComparison.Ordinal);
        Assert.Contains("(same as scored: True)", instruments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_service_generator_writes_exactly_the_committed_files()
    {
        await Succeeds("samples/generate-sample-service.cs");
        string committed = Path.Combine(Root, "samples", "service");
        string[] names = [.. Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(names, Directory.GetFiles(Path.Combine(Output, "service")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(names, n => Assert.True(File.ReadAllBytes(Path.Combine(committed, n)).SequenceEqual(File.ReadAllBytes(Path.Combine(Output, "service", n))), $"{n} differs from the generator's output."));
    }

    private static async Task<string> Succeeds(string script)
    {
        (int exit, string output, string error) = await Runs.Value[script];
        Assert.True(exit == 0, $"{script} exited with {exit}.\n{output}\n{error}");
        return output;
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root, file));
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second));
    }

    /// <summary>At most two scripts build and run at once (one per core), so none waits out its time limit behind the others.</summary>
    private static readonly SemaphoreSlim Gate = new(2);

    private static async Task<(int Exit, string Output, string Error)> Run(string script, params string[] arguments)
    {
        await Gate.WaitAsync();
        try
        {
            return await RunNow(script, arguments);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunNow(string script, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in (string[])["run", script, "--", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings belong to its own build, not to the scripts'.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_HOST_PATH", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, await output, (await error) + $"\n{script} did not finish within 5 minutes.");
        }

        return (process.ExitCode, (await output).Replace("\r\n", "\n", StringComparison.Ordinal), await error);
    }

    /// <summary>A temporary folder for the scripts' files, removed when the test run ends.</summary>
    private static string CreateOutput()
    {
        string folder = Directory.CreateTempSubdirectory("outcome-scripts-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }

    private static string FindRoot()
    {
        for (string? folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "OutcomeScoring.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("The repository root (with OutcomeScoring.sln) was not found above the test folder.");
    }

    [GeneratedRegex(@"\s\d+\s+\d+\.\d% \(\d+\.\d%-\d+\.\d%\)")]
    private static partial Regex RateLine();
}
