#!/usr/bin/env dotnet
// Draws the Jacobson plot of CORE-10 change (first against last score per person) and saves it as PNG and SVG.
//   dotnet run samples/scripts/jacobson-plot.cs [answers.csv] [output-folder]
// Defaults: samples/service/core10.csv, and the current folder. Needs the OutcomeScoring.Charts project.
#:project ../../src/OutcomeScoring.Charts/OutcomeScoring.Charts.csproj
using System.Globalization;
using OutcomeScoring;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.CoreFamily;

string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "service", "core10.csv");
string output = args.Length > 1 ? args[1] : Directory.GetCurrentDirectory();

string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int Column(string name) => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
int id = Column("id"), date = Column("date");
int[] items = [.. Enumerable.Range(1, 10).Select(i => Column($"item{i}"))];

var administrations = lines.Skip(1).Select(line => line.Split(',')).Select(cells => new Administration(
    cells[id],
    null,
    DateOnly.ParseExact(cells[date], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    Core10.Instrument.Score([.. items.Select(c => cells[c].Length == 0 ? Answer.NotAnswered : Answer.Of(int.Parse(cells[c], CultureInfo.InvariantCulture)))]).Primary.ClinicalScore));

ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
ChangePair[] pairs = [.. Episodes.Pair(administrations).Where(e => e.Status == EpisodeStatus.Paired).Select(e => criteria.Classify(e.Baseline, e.FollowUp))];

// The plot knows CORE-10's range, reliable change (6) and cut-off (11); change the title or labels with init properties.
JacobsonPlot plot = JacobsonPlot.For(Core10.Instrument, pairs);
Directory.CreateDirectory(output);
string png = Path.Combine(output, "jacobson.png"), svg = Path.Combine(output, "jacobson.svg");
plot.Render(ChartFormat.Png, 900, 620).Save(png);
plot.Render(ChartFormat.Svg, 900, 620).Save(svg);
Console.WriteLine(plot.Description);
Console.WriteLine($"saved {png} and {svg}");
