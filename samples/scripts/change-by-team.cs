#!/usr/bin/env dotnet
// Team-by-team CORE-10 change as a Markdown table, and the Jacobson plot of everyone, from a CSV of forms.
//   dotnet run samples/scripts/change-by-team.cs [answers.csv] [plot.svg]
#:package Sep@0.18.0
#:property ManagePackageVersionsCentrally=false
#:project ../../src/OutcomeScoring.Charts/OutcomeScoring.Charts.csproj
using nietras.SeparatedValues;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Cohorts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;
using OutcomeScoring.Tables;

using SepReader csv = Sep.Reader(o => o with { Unescape = true }).FromFile(args.Length > 0 ? args[0] : "samples/service/core10.csv");
Administration[] forms = [.. FormRows.Read(FormLayout.For(Core10.Instrument), csv.Header.ColNames, csv.Enumerate(r => r[..].ToStringsArray()), "id", "date", "team")
    .Where(row => row.IsRead && FormCells.TryReadDate(row["date"], out _, out _))
    .Select(row => new Administration(row["id"], null, DateOnly.Parse(row["date"]), Core10.Instrument.Score(row.Answers.AsSpan()).Primary.ClinicalScore) { Team = row["team"] })];
TeamAssignment teams = Cohort.Teams(forms);
ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
var pairs = Episodes.Pair(forms).Where(e => e.Status == EpisodeStatus.Paired).Select(e => (Team: (string?)teams.TeamOf(e.Person), Pair: criteria.Classify(e.Baseline, e.FollowUp))).ToList();
static double? Percent(CategoryRate? rate) => rate?.Rate is { } r ? Math.Round(r.Estimate * 100, 1) : null;
Console.Write(TextTable.Format(["team", "pairs", "reliable improvement %", "reliable recovery %"], ChangeCohort.Summarise(pairs).Select(s =>
    (IReadOnlyList<object?>)[s.Group, s.Computable, Percent(s.ReliableChange[0]), Percent(s.ReliableRecovery)]), TableStyle.Markdown));
JacobsonPlot.For(Core10.Instrument, [.. pairs.Select(p => p.Pair)]).Render(ChartFormat.Svg, 900, 620).Save(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "jacobson.svg"));
