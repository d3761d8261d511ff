#!/usr/bin/env dotnet
// Draws the Jacobson plot of CORE-10 change (first against last score per person) and saves it as PNG and SVG.
//   dotnet run samples/scripts/jacobson-plot.cs [answers.csv] [output-folder]
// Defaults: samples/service/core10.csv, and outcome-scoring-charts in the temporary folder (never the repository). Needs the OutcomeScoring.Charts project.
#:package Sep@0.18.0
#:property ManagePackageVersionsCentrally=false
#:project ../../src/OutcomeScoring.Charts/OutcomeScoring.Charts.csproj
using nietras.SeparatedValues;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

string path = args.Length > 0 ? args[0] : "samples/service/core10.csv";
string output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "outcome-scoring-charts");

// Sep reads the CSV; the library's form reader reads each answer as the command line does. Unreadable rows are reported.
using SepReader csv = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
var administrations = new List<Administration>();
foreach (FormRow row in FormRows.Read(FormLayout.For(Core10.Instrument), csv.Header.ColNames, csv.Enumerate(r => r[..].ToStringsArray()), "id", "date"))
{
    FormProblem notDate = default;
    if (!row.IsRead || !FormCells.TryReadDate(row["date"], out DateOnly when, out notDate))
    {
        Console.Error.WriteLine(row.IsRead ? notDate.InRow(row.RowNumber) : row.ToString());
        continue;
    }

    administrations.Add(new Administration(row["id"], null, when, Core10.Instrument.Score(row.Answers.AsSpan()).Primary.ClinicalScore));
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
