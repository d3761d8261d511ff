#!/usr/bin/env dotnet
// Computes the integration index of each team from a components file and saves its two charts as PNG and SVG:
// the index with its components stacked (index-breakdown) and the ranks with their intervals (index-ranks).
//   dotnet run samples/scripts/index-chart.cs [components.csv] [spec.json|default] [output-folder]
// Defaults: samples/index/components.csv, samples/index/spec.json (the default profile), and outcome-scoring-charts in the temporary folder (never the repository).
// A components file has one row per unit and component: unit,component,value,n,se (n and se may be blank), as for
// `outcome-scoring index`; samples/index-example.cs shows how to build one from responses. Needs the OutcomeScoring.Charts project.
#:package Sep@0.18.0
#:property ManagePackageVersionsCentrally=false
#:project ../../src/OutcomeScoring.Charts/OutcomeScoring.Charts.csproj
using System.Globalization;
using nietras.SeparatedValues;
using OutcomeScoring.Charts;
using OutcomeScoring.IntegrationIndex;
using OutcomeScoring.Tables;

string path = args.Length > 0 ? args[0] : "samples/index/components.csv";
string specPath = args.Length > 1 ? args[1] : "samples/index/spec.json";
string output = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "outcome-scoring-charts");

// The specification: a saved file, or the library's default profile.
IndexSpecification spec = specPath == "default" ? IntegrationProfile.Specification : IndexSpecification.Load(File.OpenRead(specPath));

// Sep reads the components file and finds its columns by name. Blank cells are missing.
using SepReader csv = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
static double? Number(SepReader.Col cell) => cell.Span.Length > 0 ? double.Parse(cell.Span, CultureInfo.InvariantCulture) : null;
ComponentValue[] values = [.. csv.Enumerate(r => new ComponentValue(r["unit"].ToString(), r["component"].ToString(), Number(r["value"]), Number(r["se"]), (long?)Number(r["n"])))];

// The index, its sampling intervals (bootstrap over the standard errors) and its method intervals (weights +/-25%,
// arithmetic or geometric mean). Same seed, same numbers.
IndexResult result = CompositeIndex.Compute(spec, values);
SamplingUncertainty sampling = CompositeIndex.SamplingUncertainty(spec, values, new SamplingOptions { Seed = 1, Draws = 1000 });
MethodUncertainty method = CompositeIndex.MethodUncertainty(spec, values, new MethodUncertaintyOptions
{
    Seed = 1,
    Runs = 1000,
    Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric],
});

var breakdown = new IndexBreakdownChart(result, sampling) { UnitsName = "teams" };
var ranks = new IndexRankChart(result, sampling, method) { UnitsName = "teams" };
Directory.CreateDirectory(output);
foreach ((Chart chart, string name, int height) in new (Chart, string, int)[] { (breakdown, "index-breakdown", 560), (ranks, "index-ranks", 480) })
{
    chart.Render(ChartFormat.Png, 900, height).Save(Path.Combine(output, name + ".png"));
    chart.Render(ChartFormat.Svg, 900, height).Save(Path.Combine(output, name + ".svg"));
}

string F(double? x) => x is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";
Console.WriteLine($"{spec.Name}, version {result.Version}");
Console.Write(TextTable.Format(
    ["team", "index (95% interval)", "rank (sampling; method)"],
    result.Units.Select((u, i) => (IReadOnlyList<object?>)(u.HasIndex
        ? [u.Unit, $"{F(u.Index)} ({F(sampling.Units[i].IndexLower)}-{F(sampling.Units[i].IndexUpper)})", $"{u.Rank} ({sampling.Units[i].RankLower}-{sampling.Units[i].RankUpper}; {method.Units[i].RankLower}-{method.Units[i].RankUpper})"]
        : [u.Unit, "-", "no index: " + u.Explanation]))));

Console.WriteLine(breakdown.Description);
Console.WriteLine(ranks.Description);
Console.WriteLine($"saved index-breakdown and index-ranks (.png, .svg) in {output}");
