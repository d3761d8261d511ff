#!/usr/bin/env dotnet
// Scores a CSV of CORE-10 answers and prints each team's change from first to last score, with Wilson 95% intervals.
//   dotnet run samples/scripts/cohort-table.cs [answers.csv] [--markdown]
// The CSV needs the columns id, date (yyyy-mm-dd), team and item1..item10 (0-4, blank or NA = not answered), as in
// samples/service/core10.csv (the default). Copy this file and change the instrument, the columns or the grouping.
#:package Sep@0.18.0
#:property ManagePackageVersionsCentrally=false
#:project ../../src/OutcomeScoring/OutcomeScoring.csproj
using System.Globalization;
using nietras.SeparatedValues;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;
using OutcomeScoring.Tables;

string path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "samples/service/core10.csv";

// Sep reads the CSV (quoted fields too); the library's form reader reads each answer as the command line does.
using SepReader csv = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
var administrations = new List<Administration>();
foreach (FormRow row in FormRows.Read(FormLayout.For(Core10.Instrument), csv.Header.ColNames, csv.Enumerate(r => r[..].ToStringsArray()), "id", "date", "team"))
{
    FormProblem notDate = default;
    if (!row.IsRead || !FormCells.TryReadDate(row["date"], out DateOnly when, out notDate))
    {
        Console.Error.WriteLine(row.IsRead ? notDate.InRow(row.RowNumber) : row.ToString());
        continue;
    }

    administrations.Add(new Administration(row["id"], null, when, Core10.Instrument.Score(row.Answers.AsSpan()).Primary.ClinicalScore) { Team = row["team"] });
}

// The library's cohort rules (docs/cohorts.md): first and last computable score per person, classified with CORE-10's
// published criteria (6 points, cut-off 11); each person counted once, in the team of their first form.
ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
TeamAssignment teams = Cohort.Teams(administrations);
var pairs = Episodes.Pair(administrations).Where(e => e.Status == EpisodeStatus.Paired)
    .Select(e => ((string?)teams.TeamOf(e.Person), criteria.Classify(e.Baseline, e.FollowUp))).ToList();
IEnumerable<ChangeSummary> summaries = ChangeCohort.Summarise(pairs).Concat(ChangeCohort.Summarise(pairs.Select(p => ((string?)"All teams", p.Item2))));

static string Rate(CategoryRate? rate) => rate?.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Estimate * 100:0.0}% ({r.Lower * 100:0.0}%-{r.Upper * 100:0.0}%)") : "-";
Console.Write(TextTable.Format(
    ["team", "pairs", "reliable improvement", "reliable recovery"],
    summaries.Select(s => (IReadOnlyList<object?>)[s.Group, s.Computable, Rate(s.ReliableChange[0]), Rate(s.ReliableRecovery)]),
    args.Contains("--markdown") ? TableStyle.Markdown : TableStyle.Aligned));
