#!/usr/bin/env dotnet
// Scores a CSV of CORE-10 answers and prints each team's change from first to last score, with Wilson 95% intervals.
//   dotnet run samples/scripts/cohort-table.cs [answers.csv]
// The CSV needs the columns id, date (yyyy-mm-dd), team and item1..item10 (0-4, blank = not answered), as in
// samples/service/core10.csv (the default). Copy this file and change the instrument, the columns or the grouping.
#:project ../../src/OutcomeScoring/OutcomeScoring.csproj
using System.Globalization;
using OutcomeScoring;
using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;

string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "service", "core10.csv");

// Read the CSV (simple comma-separated values without quoted commas, as in the sample).
string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int Column(string name) => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
int id = Column("id"), date = Column("date"), team = Column("team");
int[] items = [.. Enumerable.Range(1, 10).Select(i => Column($"item{i}"))];

// Score every form; blank answers are "not answered" (CORE-10 prorates one, not more).
var administrations = new List<Administration>();
var teamOf = new Dictionary<string, string>();
foreach (string line in lines.Skip(1))
{
    string[] cells = line.Split(',');
    Answer[] answers = [.. items.Select(c => cells[c].Length == 0 ? Answer.NotAnswered : Answer.Of(int.Parse(cells[c], CultureInfo.InvariantCulture)))];
    InstrumentResult result = Core10.Instrument.Score(answers);
    administrations.Add(new Administration(cells[id], null, DateOnly.ParseExact(cells[date], "yyyy-MM-dd", CultureInfo.InvariantCulture), result.Primary.ClinicalScore));
    teamOf.TryAdd(cells[id], cells[team]);
}

// First and last computable score per person, classified with CORE-10's published criteria (6 points, cut-off 11).
ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
var pairs = Episodes.Pair(administrations)
    .Where(e => e.Status == EpisodeStatus.Paired)
    .Select(e => ((string?)teamOf[e.Person], criteria.Classify(e.Baseline, e.FollowUp)))
    .ToList();

Console.WriteLine($"{"team",-18} {"pairs",5}  {"reliable improvement",-24} {"reliable recovery",-24}");
foreach (ChangeSummary summary in ChangeCohort.Summarise(pairs).Concat(ChangeCohort.Summarise(pairs.Select(p => ((string?)"All teams", p.Item2)))))
{
    static string Rate(CategoryRate? rate) => rate?.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Estimate * 100:0.0}% ({r.Lower * 100:0.0}%-{r.Upper * 100:0.0}%)") : "-";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Group,-18} {summary.Computable,5}  {Rate(summary.ReliableChange[0]),-24} {Rate(summary.ReliableRecovery),-24}"));
}
