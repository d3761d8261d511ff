#!/usr/bin/env dotnet
// Writes the synthetic sample service under samples/service/: `dotnet run samples/generate-sample-service.cs [folder]`
//
// "Riverside Integrated Care" is made up: six teams, two sites, April 2024 to March 2026, every instrument the
// report reads, and the P3CEQ, ASCOF 1A and ASCOF 1D surveys of its integration index. Every number comes from one seeded random source, so the files are the same on every run and
// every machine. Nobody in them is real. The PAM-13 scores use the made-up calibration in samples/ and are not
// real PAM scores.
using System.Globalization;
using System.Text;

string folder = args.Length > 0 ? args[0] : Path.Combine("samples", "service");
Directory.CreateDirectory(folder);
var random = new Random(20260401);
var invariant = CultureInfo.InvariantCulture;
var start = new DateOnly(2024, 4, 1);
const int Months = 24;

// Teams: name, site, what they use, and how much their people improve (on the 0-4 item scale).
(string Name, string Site, double Effect, double FftPositive)[] adultTeams =
[
    ("North Community", "Riverside North", 0.85, 0.93),
    ("South Community", "Riverside South", 0.80, 0.92),
    ("East Recovery", "Riverside North", 0.70, 0.91),
    ("West Recovery", "Riverside South", 0.40, 0.84),
];
const string YoungPeople = "Young People";
const string Crisis = "Crisis";

double Normal(double mean, double sd)
{
    // Box-Muller from the one seeded source.
    double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
    return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2));
}

int Clamp(double value, int low, int high) => (int)Math.Clamp(Math.Round(value), low, high);
string Date(DateOnly date) => date.ToString("yyyy-MM-dd", invariant);
string Month(int m) => start.AddMonths(m).ToString("yyyy-MM", invariant);
string Num(double value) => value.ToString("0.###", invariant);

void Write(string name, IEnumerable<string> lines)
{
    var text = new StringBuilder();
    foreach (string line in lines)
    {
        text.Append(line).Append('\n');
    }

    File.WriteAllText(Path.Combine(folder, name), text.ToString(), new UTF8Encoding(false));
    Console.WriteLine($"wrote {Path.Combine(folder, name)}");
}

// Dates of an episode: an assessment, then sessions two to three weeks apart.
List<DateOnly> Sessions(int count, int latestStartMonth)
{
    DateOnly first = start.AddDays(random.Next(0, latestStartMonth * 30));
    var dates = new List<DateOnly> { first };
    for (int i = 1; i < count; i++)
    {
        dates.Add(dates[^1].AddDays(random.Next(14, 22)));
    }

    return dates;
}

// Answers 0-4 to ten items around a level of distress; positively worded items (reversed in scoring) are
// answered the other way, the risk item lower; a few are left blank.
string[] CoreItems(double level, int riskItem, int[] reversed, double missing)
{
    var items = new string[10];
    for (int i = 0; i < 10; i++)
    {
        double centre = i + 1 == riskItem ? level * 0.35 : reversed.Contains(i + 1) ? 4 - level : level;
        items[i] = random.NextDouble() < missing ? "" : Clamp(Normal(centre, 0.75), 0, 4).ToString(invariant);
    }

    return items;
}

// CORE-10: adults in the four adult teams, scored at every session; some leave after one.
var core10 = new List<string> { "id,team,date," + string.Join(',', Enumerable.Range(1, 10).Select(i => $"item{i}")) };
int person = 0;
foreach ((string team, _, double effect, _) in adultTeams)
{
    for (int p = 0; p < 55; p++)
    {
        string id = $"C{++person:0000}";
        double baseline = Math.Clamp(Normal(1.9, 0.6), 0.3, 3.8);
        double end = Math.Clamp(baseline - Normal(effect, 0.5), 0, 4);
        int count = random.NextDouble() < 0.15 ? 1 : random.Next(3, 9);
        List<DateOnly> dates = Sessions(count, 20);
        for (int s = 0; s < count; s++)
        {
            double level = count == 1 ? baseline : baseline + ((end - baseline) * s / (count - 1));
            double missing = p % 23 == 5 && s == count - 1 ? 0.5 : 0.02;
            core10.Add($"{id},{team},{Date(dates[s])},{string.Join(',', CoreItems(level, 6, [2, 3], missing))}");
        }
    }
}

Write("core10.csv", core10);

// YP-CORE: the young people's team, ages 11-17 (17-year-olds have no Blackshaw cut-off), a few without gender.
var ypCore = new List<string> { "id,team,date,age,gender," + string.Join(',', Enumerable.Range(1, 10).Select(i => $"item{i}")) };
for (int p = 0; p < 70; p++)
{
    string id = $"Y{p + 1:000}";
    int age = random.Next(11, 18);
    string gender = random.NextDouble() < 0.05 ? "" : random.NextDouble() < 0.55 ? "F" : "M";
    double baseline = Math.Clamp(Normal(gender == "F" ? 2.0 : 1.7, 0.6), 0.2, 3.8);
    double end = Math.Clamp(baseline - Normal(0.8, 0.55), 0, 4);
    int count = random.NextDouble() < 0.12 ? 1 : random.Next(2, 6);
    List<DateOnly> dates = Sessions(count, 21);
    for (int s = 0; s < count; s++)
    {
        double level = count == 1 ? baseline : baseline + ((end - baseline) * s / (count - 1));
        ypCore.Add($"{id},{YoungPeople},{Date(dates[s])},{age},{gender},{string.Join(',', CoreItems(level, 4, [3, 5, 10], 0.02))}");
    }
}

Write("yp-core.csv", ypCore);

// DIALOG: the recovery teams, at the start and about six months later. Job situation and partner/family are
// sometimes "not applicable"; more help is wanted mostly where satisfaction is low.
double[] domainOffset = [0.0, 0.2, -0.9, -0.4, -0.3, -0.2, 0.1, 0.3, 0.5, 0.2, 0.6];
var dialog = new List<string>
{
    "id,team,date," + string.Join(',', Enumerable.Range(1, 11).Select(i => $"item{i}")) + "," + string.Join(',', Enumerable.Range(1, 11).Select(i => $"help{i}")),
};
person = 0;
foreach ((string team, _, double effect, _) in adultTeams.Where(t => t.Name.EndsWith("Recovery", StringComparison.Ordinal)))
{
    for (int p = 0; p < 60; p++)
    {
        string id = $"D{++person:000}";
        double satisfaction = Normal(3.6, 0.7);
        bool noJob = random.NextDouble() < 0.25, noPartner = random.NextDouble() < 0.2;
        int occasions = random.NextDouble() < 0.15 ? 1 : 2;
        DateOnly first = start.AddDays(random.Next(0, 540));
        for (int o = 0; o < occasions; o++)
        {
            double level = satisfaction + (o * Normal(effect * 1.1, 0.5));
            string[] ratings = new string[11], help = new string[11];
            for (int i = 0; i < 11; i++)
            {
                bool notApplicable = (i == 2 && noJob) || (i == 6 && noPartner);
                int rating = Clamp(Normal(level + domainOffset[i], 0.9), 1, 7);
                ratings[i] = notApplicable ? "NA" : random.NextDouble() < 0.02 ? "" : rating.ToString(invariant);
                help[i] = notApplicable || random.NextDouble() < 0.1 ? "" : random.NextDouble() < (rating <= 3 ? 0.7 : 0.15) ? "yes" : "no";
            }

            dialog.Add($"{id},{team},{Date(first.AddDays(o * random.Next(160, 200)))},{string.Join(',', ratings)},{string.Join(',', help)}");
        }
    }
}

Write("dialog.csv", dialog);

// PAM-13: the community teams' people with long-term conditions, at the start and about four months later.
var pam = new List<string> { "id,team,date," + string.Join(',', Enumerable.Range(1, 13).Select(i => $"item{i}")) };
person = 0;
foreach ((string team, _, double effect, _) in adultTeams.Where(t => t.Name.EndsWith("Community", StringComparison.Ordinal)))
{
    for (int p = 0; p < 50; p++)
    {
        string id = $"A{++person:000}";
        double activation = Normal(0.4, 1.0);
        int occasions = random.NextDouble() < 0.1 ? 1 : 2;
        DateOnly first = start.AddDays(random.Next(0, 600));
        for (int o = 0; o < occasions; o++)
        {
            double theta = activation + (o * Normal(effect * 0.6, 0.5));
            var answers = new string[13];
            for (int i = 0; i < 13; i++)
            {
                // Later items are harder to agree with, as in the made-up calibration.
                double difficulty = -1.3 + (0.25 * i);
                answers[i] = random.NextDouble() < 0.03 ? "NA" : Clamp(2.5 + ((theta - difficulty) * 0.8) + Normal(0, 0.6), 1, 4).ToString(invariant);
            }

            pam.Add($"{id},{team},{Date(first.AddDays(o * random.Next(110, 140)))},{string.Join(',', answers)}");
        }
    }
}

Write("pam-13.csv", pam);
File.Copy(Path.Combine("samples", "pam-13-calibration.made-up.json"), Path.Combine(folder, "pam-13-calibration.json"), overwrite: true);
Console.WriteLine($"wrote {Path.Combine(folder, "pam-13-calibration.json")} (the made-up calibration)");

// Friends and Family Test: every team every month; the crisis team is small (so some months are suppressed),
// and the whole service dips in the last seven months.
string[] labels = ["Very good", "Good", "Neither good nor poor", "Poor", "Very poor", "Don't know"];
var fft = new List<string> { "response_id,team,site,month,answer" };
int response = 0;
var teams = adultTeams.Select(t => (t.Name, t.Site, t.FftPositive, Size: 45)).Append((YoungPeople, "Riverside North", 0.9, 20)).Append((Crisis, "Riverside South", 0.88, 4));
for (int m = 0; m < Months; m++)
{
    foreach ((string team, string site, double positive, int size) in teams)
    {
        int count = Math.Max(0, Clamp(Normal(size, Math.Sqrt(size)), 0, 200));
        double p = positive - (m >= 17 ? 0.05 : 0);
        for (int r = 0; r < count; r++)
        {
            double u = random.NextDouble();
            int answer = u < p * 0.62 ? 0 : u < p ? 1 : u < p + ((1 - p) * 0.45) ? 2 : u < p + ((1 - p) * 0.7) ? 3 : u < p + ((1 - p) * 0.9) ? 4 : 5;
            fft.Add($"R{++response:00000},{team},{site},{Month(m)},{labels[answer]}");
        }
    }
}

Write("fft-responses.csv", fft);

// Monthly service measures: referrals (rising), the median wait (falling after a new triage process in June
// 2025) and the share of appointments not attended.
var series = new List<string> { "month,referrals,median_wait_weeks,did_not_attend" };
for (int m = 0; m < Months; m++)
{
    int referrals = Clamp(Normal(118 + (m * 1.2), 9), 60, 250);
    double wait = Math.Round(Normal(m >= 14 ? 5.1 : 7.2, 0.5), 1);
    double dna = Math.Round(Normal(0.105, 0.012), 3);
    series.Add($"{Month(m)},{referrals.ToString(invariant)},{Num(wait)},{Num(dna)}");
}

Write("spc-series.csv", series);

// Care plans reviewed within the last 12 months, per team, at 31 March 2026.
var funnel = new List<string> { "team,reviewed,caseload" };
foreach ((string team, int caseload, double share) in new[]
{
    ("North Community", 412, 0.86), ("South Community", 388, 0.84), ("East Recovery", 265, 0.83),
    ("West Recovery", 240, 0.71), (YoungPeople, 96, 0.90), (Crisis, 38, 0.79),
})
{
    funnel.Add($"{team},{Clamp(caseload * Normal(share, 0.01), 0, caseload).ToString(invariant)},{caseload.ToString(invariant)}");
}

Write("funnel-units.csv", funnel);

// Surveys for the integration index (profile 2.0), each person once or, now and then, twice (their latest form counts):
// P3CEQ among each team's patients (11 items, 0-3; NA = don't know / not relevant), the Adult Social Care Survey's eight
// ASCOF 1A questions among the adult teams' social care users and the Survey of Adult Carers' six ASCOF 1D questions among
// their carers (answers are the position of the option ticked, 1 = the first, best one). Only codes: no question wording.
DateOnly surveyStart = start.AddMonths(21);
string Survey(string prefix, int number, string team, int items, Func<int, string> answer, bool twice)
{
    DateOnly day = surveyStart.AddDays(random.Next(0, 60));
    string row = $"{prefix}{number:000},{team},{Date(day)},{string.Join(',', Enumerable.Range(0, items).Select(answer))}";
    return twice ? row + $"\n{prefix}{number:000},{team},{Date(day.AddDays(random.Next(14, 28)))},{string.Join(',', Enumerable.Range(0, items).Select(answer))}" : row;
}

// P3CEQ: how joined up and person-centred care feels differs by team; item 11 is in neither subscale.
var p3ceq = new List<string> { "id,team,date," + string.Join(',', Enumerable.Range(1, 11).Select(i => $"item{i}")) };
person = 0;
foreach ((string team, double level, int size) in new[]
{
    ("North Community", 2.2, 40), ("South Community", 2.0, 38), ("East Recovery", 1.9, 34), ("West Recovery", 1.5, 32), (YoungPeople, 2.1, 24), (Crisis, 1.6, 9),
})
{
    for (int p = 0; p < size; p++)
    {
        double own = Normal(level, 0.45);
        string Answer(int i) => random.NextDouble() < 0.04 ? "NA" : random.NextDouble() < 0.015 ? "" : Clamp(Normal(own, 0.7), 0, 3).ToString(invariant);
        p3ceq.Add(Survey("Q", ++person, team, 11, Answer, random.NextDouble() < 0.06));
    }
}

Write("p3ceq.csv", p3ceq);

// ASCOF 1A (social care users of the adult teams) and ASCOF 1D (carers of the adult teams' and the young people's team's people):
// points per question around a team level (3 to 0 for 1A, 2 to 0 for 1D), written as the option's position; a few questions left blank.
foreach ((string file, string prefix, int items, int options, (string Team, double Level, int Size)[] surveyTeams) in new[]
{
    ("ascof-1a.csv", "S", 8, 4, new[] { ("North Community", 2.45, 36), ("South Community", 2.35, 33), ("East Recovery", 2.3, 28), ("West Recovery", 2.15, 26) }),
    ("ascof-1d.csv", "K", 6, 3, new[] { ("North Community", 1.3, 30), ("South Community", 1.25, 27), ("East Recovery", 1.2, 22), ("West Recovery", 1.05, 24), (YoungPeople, 1.15, 18) }),
})
{
    var rows = new List<string> { "id,team,date," + string.Join(',', Enumerable.Range(1, items).Select(i => $"item{i}")) };
    person = 0;
    foreach ((string team, double level, int size) in surveyTeams)
    {
        for (int p = 0; p < size; p++)
        {
            double own = Normal(level, 0.35);
            string Answer(int i) => random.NextDouble() < 0.02 ? "" : (options - Clamp(Normal(own, 0.6), 0, options - 1)).ToString(invariant);
            rows.Add(Survey(prefix, ++person, team, items, Answer, random.NextDouble() < 0.05));
        }
    }

    Write(file, rows);
}

// The report's settings: title, and what the CSV files cannot say (which way is better, targets, columns).
Write("report.json",
[
    "{",
    "  // Settings for: outcome-scoring report samples/service (docs/report.md lists every setting).",
    "  \"title\": \"Riverside Integrated Care: service outcomes\",",
    "  \"subtitle\": \"April 2024 to March 2026. SYNTHETIC SAMPLE DATA: the service, its teams and everyone in it are made up.\",",
    "  \"spc\": [",
    "    { \"column\": \"referrals\", \"name\": \"Referrals received\", \"improvement\": \"neutral\", \"format\": \"0\" },",
    "    { \"column\": \"median_wait_weeks\", \"name\": \"Median wait to first appointment (weeks)\", \"improvement\": \"decrease\", \"target\": 6, \"format\": \"0.0\", \"rebase\": [\"2025-06\"] },",
    "    { \"column\": \"did_not_attend\", \"name\": \"Appointments not attended\", \"improvement\": \"decrease\", \"target\": 0.1, \"format\": \"0.0%\" }",
    "  ],",
    "  \"funnel\": { \"unit\": \"team\", \"numerator\": \"reviewed\", \"denominator\": \"caseload\", \"name\": \"Care plans reviewed in the last 12 months\", \"method\": \"normal\" },",
    "  \"fft\": { \"question\": \"2020\", \"target\": 0.9 },",
    "  \"index\": { \"seed\": 20260331, \"draws\": 1000, \"runs\": 1000 }",
    "}",
]);
