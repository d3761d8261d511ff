#!/usr/bin/env dotnet
// The integration index from a folder of sample responses, with the library only (docs/integration-index.md):
//   dotnet run samples/index-example.cs                                   prints the index table and the breakdown
//   dotnet run samples/index-example.cs -- samples/index/components.csv   also writes the components for `outcome-scoring index`
// Run it from the repository root. The responses are made up; the PAM-13 calibration is made up and gives no real PAM scores.
#:project ../src/OutcomeScoring/OutcomeScoring.csproj
using System.Globalization;
using OutcomeScoring;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.Forms;
using OutcomeScoring.IntegrationIndex;

const string folder = "samples/index/responses";
var values = new List<ComponentValue>();

// The sample files are simple (no quoted fields), so a split on commas reads them. The library's form reader finds the
// item columns and reads each cell as the command line does (blank = not answered, NA = not applicable where the form offers it).
static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));
static IEnumerable<(string[] Row, Answer[] Answers)> ReadForms(string path, FormLayout layout)
{
    FormReader reader = FormReader.Bind(layout, File.ReadLines(path).First().Split(','));
    var problems = new List<FormProblem>();
    return Rows(path).Select(r => (r, reader.TryReadAnswers(r, out Answer[]? answers, problems) ? answers : throw new FormatException(string.Join("; ", problems))));
}

// The library's cohort rules (docs/cohorts.md) turn forms into people: one team per person (the team of their first form),
// change from the first to the last computable score, and one value per person for a team's mean (their latest score).

// Outcomes: CORE-10 from each person's pre to post occasion (the first and last computable score, Episodes.Pair, with the
// occasion as the order); reliable improvement per team (6 clinical points).
Administration[] core10 = [.. ReadForms($"{folder}/core10.csv", FormLayout.For(Core10.Instrument))
    .Select(f => new Administration(f.Row[1], null, f.Row[2] == "pre" ? DateOnly.MinValue : DateOnly.MinValue.AddDays(1), Core10.Instrument.Score(f.Answers).Primary.ClinicalScore) { Team = f.Row[0] })];
TeamAssignment core10Teams = Cohort.Teams(core10);
ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
var pairs = Episodes.Pair(core10).Where(e => e.Status == EpisodeStatus.Paired).Select(e => ((string?)core10Teams.TeamOf(e.Person), criteria.Classify(e.Baseline, e.FollowUp)));
foreach (ChangeSummary summary in ChangeCohort.Summarise(pairs))
{
    values.Add(IntegrationProfile.OutcomesValue(summary.Group!, summary));
}

// Quality of life: mean DIALOG SQOL per team, one value per person (the file has no dates: a person's later row is their latest).
var dialog = ReadForms($"{folder}/dialog.csv", Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.OneToSeven))
    .Select(f => (Row: f.Row, Result: Dialog.Score(DialogResponse.FromPositional(f.Answers)))).ToList();
foreach (TeamMean team in Cohort.TeamMeans(dialog.Select(d => new Administration(d.Row[1], null, default, d.Result.QualityOfLife.Mean) { Team = d.Row[0] })))
{
    values.Add(IntegrationProfile.QualityOfLifeValue(team.Team, team.Positions.Select(i => dialog[i].Result)));
}

// Activation: mean PAM-13 score per team, one value per person, with a MADE-UP calibration (a licensee supplies the real one).
ICalibration calibration = Calibration.Load(File.OpenRead("samples/pam-13-calibration.made-up.json"));
var pam = ReadForms($"{folder}/pam-13.csv", Pam13.Layout).Select(f => (Row: f.Row, Result: Pam13.Score(f.Answers, calibration))).ToList();
foreach (TeamMean team in Cohort.TeamMeans(pam.Select(p => new Administration(p.Row[1], null, default, p.Result.Score) { Team = p.Row[0] })))
{
    values.Add(IntegrationProfile.ActivationValue(team.Team, team.Positions.Select(i => pam[i].Result)));
}

// Experience: FFT positive share per team.
foreach (var team in Rows($"{folder}/fft.csv").GroupBy(r => r[0]))
{
    FftCounts counts = FftCounts.Of(team.Select(r => Fft.TryParseLabel(r[1], FftQuestion.Experience2020, out FftAnswer a) ? a : throw new FormatException(r[1])));
    values.Add(IntegrationProfile.ExperienceValue(team.Key, counts));
}

IndexSpecification spec = IntegrationProfile.Specification;
IndexResult result = CompositeIndex.Compute(spec, values);
SamplingUncertainty sampling = CompositeIndex.SamplingUncertainty(spec, values, new SamplingOptions { Seed = 1 });
MethodUncertainty method = CompositeIndex.MethodUncertainty(spec, values, new MethodUncertaintyOptions
{
    Seed = 1,
    Normalisations = [NormalisationMethod.Goalposts, NormalisationMethod.MinMax, NormalisationMethod.PercentileRank],
    Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric],
});

string F(double? x) => x is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";
Console.WriteLine($"{spec.Name}, version {result.Version}; sampling intervals 95% from {sampling.Options.Draws} draws, seed {sampling.Options.Seed}");
Console.WriteLine("team      index (95% interval)   rank (interval)  median rank (5-95%)  components");
for (int i = 0; i < result.Units.Length; i++)
{
    IndexUnitResult u = result.Units[i];
    UnitSamplingInterval s = sampling.Units[i];
    UnitRankStability m = method.Units[i];
    Console.WriteLine(u.HasIndex
        ? $"{u.Unit,-9} {F(u.Index),5} ({F(s.IndexLower)}-{F(s.IndexUpper)})      {u.Rank} ({s.RankLower}-{s.RankUpper})          {F(m.MedianRank)} ({m.RankLower}-{m.RankUpper})          {u.ComponentsUsed}"
        : $"{u.Unit,-9} no index: {u.Explanation}");
}

Console.WriteLine();
Console.WriteLine("team      component        value   normalised  weight  contribution");
foreach (IndexUnitResult u in result.Units)
{
    foreach (ComponentResult c in u.Components)
    {
        Console.WriteLine(c.IsMissing
            ? $"{u.Unit,-9} {c.Component,-16} missing: {c.Explanation}"
            : $"{u.Unit,-9} {c.Component,-16} {c.Value,7:0.###} {F(c.Normalised),10} {c.Weight,7:0.###} {F(c.Contribution),12}");
    }
}

Console.WriteLine();
Console.WriteLine($"Mean absolute rank shift over {method.Runs.Length} method runs: {method.MeanAbsoluteRankShift:0.##}. Comparisons of teams are exploratory.");

if (args.Length > 0)
{
    string Number(double? x) => x is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
    File.WriteAllLines(args[0], ["unit,component,value,n,se", .. values.Select(v => $"{v.Unit},{v.Component},{Number(v.Value)},{v.Count},{Number(v.StandardError)}")]);
    Console.WriteLine($"Wrote {values.Count} component values to {args[0]}.");
}
