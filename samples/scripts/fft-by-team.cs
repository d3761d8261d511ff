#!/usr/bin/env dotnet
// Summarises Friends and Family Test responses by site and team as NHS England does: % positive and % negative
// with Wilson 95% intervals, and the suppression a monthly publication would apply.
//   dotnet run samples/scripts/fft-by-team.cs [responses.csv]
// The CSV needs team, site and answer columns (answer: a label such as "Very good", or 1-6), as in
// samples/service/fft-responses.csv (the default).
#:project ../../src/OutcomeScoring/OutcomeScoring.csproj
using System.Globalization;
using OutcomeScoring.FriendsAndFamily;

string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "service", "fft-responses.csv");

string[] lines = File.ReadAllLines(path);
string[] header = lines[0].Split(',');
int Column(string name) => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
int team = Column("team"), site = Column("site"), answer = Column("answer");

var rows = new List<FftUnitCounts>();
foreach (string[] cells in lines.Skip(1).Select(l => l.Split(',')))
{
    if (!Fft.TryParseLabel(cells[answer], FftQuestion.Experience2020, out FftAnswer parsed) && !FftCoding.Standard.TryRead(int.Parse(cells[answer], CultureInfo.InvariantCulture), out parsed))
    {
        Console.Error.WriteLine($"not an FFT answer: {cells[answer]}");
        continue;
    }

    rows.Add(new FftUnitCounts(cells[team], cells[site], default(FftCounts).With(parsed)));
}

// Parents (sites) get rows from their teams' summed counts; suppress: false shows every figure (internal use).
foreach (FftUnitSummary row in FftReport.Build(rows, suppress: false))
{
    Console.WriteLine(new string(' ', row.Depth * 2) + row);
}
