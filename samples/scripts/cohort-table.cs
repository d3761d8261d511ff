#!/usr/bin/env dotnet
// Scores a CSV of CORE-10 answers and prints each team's change from first to last score, with Wilson 95% intervals.
//   dotnet run samples/scripts/cohort-table.cs [answers.csv]
// The CSV needs the columns id, date (yyyy-mm-dd), team and item1..item10 (0-4, blank = not answered), as in
// samples/service/core10.csv (the default). Copy this file and change the instrument, the columns or the grouping.
#:project ../../src/OutcomeScoring/OutcomeScoring.csproj
using System.Globalization;
using OutcomeScoring;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "service", "core10.csv");

// Read the CSV (simple comma-separated values without quoted commas, as in the sample). The library's form reader
// finds item1..item10 and reads each cell as the command line does: blank or NA = not answered, anything but 0-4 a problem.
string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int id = FormColumns.Find(header, "id"), date = FormColumns.Find(header, FormCells.DateColumn), team = FormColumns.Find(header, "team");
FormReader reader = FormReader.Bind(FormLayout.For(Core10.Instrument), header);

// Score every form (CORE-10 prorates one missing answer, not more); a row that cannot be read is reported and left out.
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

    InstrumentResult result = Core10.Instrument.Score(answers);
    administrations.Add(new Administration(cells[id], null, when, result.Primary.ClinicalScore) { Team = cells[team] });
}

// The library's cohort rules (docs/cohorts.md): first and last computable score per person, classified with CORE-10's
// published criteria (6 points, cut-off 11); each person counted once, in the team of their first form.
ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
TeamAssignment teams = Cohort.Teams(administrations);
var pairs = Episodes.Pair(administrations)
    .Where(e => e.Status == EpisodeStatus.Paired)
    .Select(e => ((string?)teams.TeamOf(e.Person), criteria.Classify(e.Baseline, e.FollowUp)))
    .ToList();

Console.WriteLine($"{"team",-18} {"pairs",5}  {"reliable improvement",-24} {"reliable recovery",-24}");
foreach (ChangeSummary summary in ChangeCohort.Summarise(pairs).Concat(ChangeCohort.Summarise(pairs.Select(p => ((string?)"All teams", p.Item2)))))
{
    static string Rate(CategoryRate? rate) => rate?.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Estimate * 100:0.0}% ({r.Lower * 100:0.0}%-{r.Upper * 100:0.0}%)") : "-";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Group,-18} {summary.Computable,5}  {Rate(summary.ReliableChange[0]),-24} {Rate(summary.ReliableRecovery),-24}"));
}
