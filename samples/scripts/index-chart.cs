#!/usr/bin/env dotnet
// Computes the integration index of each team from a components file and saves its two charts as PNG and SVG:
// the index with its components stacked (index-breakdown) and the ranks with their intervals (index-ranks).
//   dotnet run samples/scripts/index-chart.cs [components.csv] [spec.json|default] [output-folder]
// Defaults: samples/index/components.csv, samples/index/spec.json (the default profile), and outcome-scoring-charts in the temporary folder (never the repository).
// A components file has one row per unit and component: unit,component,value,n,se (n and se may be blank), as for
// `outcome-scoring index`; samples/index-example.cs shows how to build one from responses. Needs the OutcomeScoring.Charts project.
#:project ../../src/OutcomeScoring.Charts/OutcomeScoring.Charts.csproj
using System.Globalization;
using OutcomeScoring.Charts;
using OutcomeScoring.IntegrationIndex;

string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "index", "components.csv");
string specPath = args.Length > 1 ? args[1] : Path.Combine(here, "..", "index", "spec.json");
string output = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "outcome-scoring-charts");

// The specification: a saved file, or the library's default profile.
IndexSpecification spec = specPath == "default" ? IntegrationProfile.Specification : IndexSpecification.Load(File.OpenRead(specPath));

// The components file is simple (no quoted fields), so a split on commas reads it. Blank cells are missing.
string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int Column(string name) => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
int unit = Column("unit"), component = Column("component"), value = Column("value"), n = Column("n"), se = Column("se");
double? Number(string[] cells, int column) => column >= 0 && cells[column].Length > 0 ? double.Parse(cells[column], CultureInfo.InvariantCulture) : null;
ComponentValue[] values = [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(cells =>
    new ComponentValue(cells[unit], cells[component], Number(cells, value), Number(cells, se), (long?)Number(cells, n)))];

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
Console.WriteLine("team       index (95% interval)  rank (sampling; method)");
for (int i = 0; i < result.Units.Length; i++)
{
    IndexUnitResult u = result.Units[i];
    UnitSamplingInterval s = sampling.Units[i];
    UnitRankStability m = method.Units[i];
    Console.WriteLine(u.HasIndex
        ? $"{u.Unit,-10} {F(u.Index),5} ({F(s.IndexLower)}-{F(s.IndexUpper)})     {u.Rank} ({s.RankLower}-{s.RankUpper}; {m.RankLower}-{m.RankUpper})"
        : $"{u.Unit,-10} no index: {u.Explanation}");
}

Console.WriteLine(breakdown.Description);
Console.WriteLine(ranks.Description);
Console.WriteLine($"saved index-breakdown and index-ranks (.png, .svg) in {output}");
