#!/usr/bin/env dotnet
// Draws the Jacobson plot of CORE-10 change (first against last score per person) and saves it as PNG and SVG.
//   dotnet run samples/scripts/jacobson-plot.cs [answers.csv] [output-folder]
// Defaults: samples/service/core10.csv, and outcome-scoring-charts in the temporary folder (never the repository). Needs the OutcomeScoring.Charts project.
#:project ../../src/OutcomeScoring.Charts/OutcomeScoring.Charts.csproj
using OutcomeScoring;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "service", "core10.csv");
string output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "outcome-scoring-charts");

// The library's form reader finds item1..item10 and reads each cell as the command line does (blank or NA = not answered);
// rows it cannot read are reported and left out.
string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int id = FormColumns.Find(header, "id"), date = FormColumns.Find(header, FormCells.DateColumn);
FormReader reader = FormReader.Bind(FormLayout.For(Core10.Instrument), header);

var administrations = new List<Administration>();
var problems = new List<FormProblem>();
for (int row = 1; row < lines.Length; row++)
{
    string[] cells = lines[row].Split(',');
    problems.Clear();
    bool read = reader.TryReadAnswers(cells, out Answer[]? answers, problems);
    if (!FormCells.TryReadDate(cells[date], out DateOnly when, out FormProblem notDate))
    {
        problems.Add(notDate);
    }

    if (!read || problems.Count > 0)
    {
        problems.ForEach(p => Console.Error.WriteLine(p.InRow(row)));
        continue;
    }

    administrations.Add(new Administration(cells[id], null, when, Core10.Instrument.Score(answers).Primary.ClinicalScore));
}

// Each person's first and last computable score (the library's cohort rule Episodes.Pair, docs/cohorts.md).
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
