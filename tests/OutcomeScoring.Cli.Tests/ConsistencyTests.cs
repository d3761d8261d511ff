using System.Globalization;
using System.Xml.Linq;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Cli.Report;
using OutcomeScoring.Cohorts;
using static OutcomeScoring.Cli.Tests.ReportCommandTests;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Issue 14, item 5: one folder (the sample service) through <c>score</c>, <c>change --summary --by team</c>, <c>fft summarize</c>,
/// <c>index-components</c>, <c>index</c> and <c>report</c>; every number two of them share must agree. The one step the command line does
/// not do, pairing each person's first and last computable score, is done with the library's cohort rules (docs/cohorts.md), as the
/// report does it. Numbers are compared as the report shows them (its rounding), counts exactly.
/// </summary>
public sealed class ConsistencyTests : IDisposable
{
    private readonly CliRunner _cli = new();

    /// <summary>Every table of the report by section and caption start: header and rows of cell texts (leading spaces trimmed).</summary>
    private readonly Lazy<XDocument> _report;

    public ConsistencyTests() => _report = new(() =>
    {
        Run("report", Service, "--output", _cli.PathOf("report.html"));
        return XDocument.Load(_cli.PathOf("report.html"));
    });

    public void Dispose() => _cli.Dispose();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static string Run(params string[] args)
    {
        (int exit, _, string error) = CliRunner.Run(args);
        Assert.True(exit == 0, $"`outcome-scoring {string.Join(' ', args)}` exited {exit}: {error}");
        return args[Array.IndexOf(args, args.Last(a => a is "-o" or "--output")) + 1];
    }

    private string[][] Scored(string instrument, string file, params string[] options) =>
        Csv.Parse(File.ReadAllText(Run(["score", instrument, Path.Combine(Service, file), .. options, "-o", _cli.PathOf($"{instrument}-scored.csv")])));

    private string[][] Table(string section, string caption)
    {
        XElement table = Section(_report.Value, section).Descendants(Xhtml + "table")
            .Single(t => t.Element(Xhtml + "caption")!.Value.StartsWith(caption, StringComparison.Ordinal));
        return [.. table.Descendants(Xhtml + "tbody").Descendants(Xhtml + "tr").Select(r => r.Elements(Xhtml + "td").Select(c => c.Value.Trim('\u00A0', ' ')).ToArray())];
    }

    private static string[] Row(string[][] table, string first) => table.Single(r => r[0] == first);

    private static double D(string text) => double.Parse(text, Invariant);

    private static string Num(double value, string format = "0.0") => value.ToString(format, Invariant);

    private static string Pct(double percent) => Num(percent) + "%";

    private static string N(long n) => n.ToString("#,0", Invariant);

    private static Dictionary<string, string> Cells(string[] header, string[] row) => header.Zip(row).ToDictionary(x => x.First, x => x.Second);

    /// <summary>A change summary's rows by group and category.</summary>
    private static Dictionary<(string Group, string Category), Dictionary<string, string>> Summary(string path)
    {
        string[][] rows = Csv.Parse(File.ReadAllText(path));
        return rows[1..].ToDictionary(r => (r[0], r[1]), r => Cells(rows[0], r));
    }

    /// <summary>The report's "51.2% (36.5%-65.7%)" for a summary row's percent, lower and upper.</summary>
    private static string PctCi(Dictionary<string, string> row) => $"{Pct(D(row["percent"]))} ({Pct(D(row["lower"]))}-{Pct(D(row["upper"]))})";

    /// <summary>Each person's first computable row of a scored file (library: the baseline of Episodes.Pair) with their team.</summary>
    private static List<(string Team, Dictionary<string, string> Row)> FirstComputable(string[][] scored, string score)
    {
        Administration[] forms = CohortPairs.Forms(scored, score);
        TeamAssignment teams = Cohort.Teams(forms);
        return [.. Episodes.Pair(forms).Where(e => e.BaselinePosition is not null).Select(e => (teams.TeamOf(e.Person), Cells(scored[0], scored[e.BaselinePosition!.Value + 1])))];
    }

    private string ChangeSummary(string[][] scored, string instrument, string[] carry, params string[] options)
    {
        string pairs = _cli.Write($"{instrument}-pairs.csv", CohortPairs.Write(scored, ["team", "id"], carry, "clinical"));
        return Run(["change", pairs, "--instrument", instrument, .. options, "--summary", "--by", "team", "-o", _cli.PathOf($"{instrument}-summary.csv")]);
    }

    /// <summary>The YP-CORE reliable change index the report computes from the service's own first forms (the report's own code).</summary>
    private static double YpCoreRci()
    {
        (YpCoreData? data, string? problem) = YpCoreSection.Read(new ReportFolder(Service, ReportSettings.Load(Service)));
        Assert.Null(problem);
        return YpCoreSection.ClassifyChange(data!).Rci!.Threshold;
    }

    [Fact]
    public void Score_change_index_components_index_and_the_report_give_the_same_numbers_for_one_folder()
    {
        // score
        string[][] core10 = Scored("core-10", "core10.csv");
        string[][] ypCore = Scored("yp-core", "yp-core.csv");
        string[][] dialog = Scored("dialog", "dialog.csv");
        string[][] pam = Scored("pam-13", "pam-13.csv", "--calibration", Path.Combine(Service, "pam-13-calibration.json"));
        Scored("p3ceq", "p3ceq.csv");
        Scored("ascof-1d", "ascof-1d.csv");
        Scored("ascof-1a", "ascof-1a.csv");

        // change --summary --by team, from each person's first and last computable score (the library's cohort rules)
        string core10Summary = ChangeSummary(core10, "core-10", []);
        string ypSummary = ChangeSummary(ypCore, "yp-core", ["age", "gender"], "--rci", YpCoreRci().ToString("R", Invariant));
        string[] ypLines = File.ReadAllLines(ypSummary);
        string changeSummary = _cli.Write("change-summary.csv", string.Join('\n', [.. File.ReadAllLines(core10Summary), .. ypLines[1..]]) + "\n");

        // fft summarize, index-components, index
        string fftTeams = Run("fft", "summarize", Path.Combine(Service, "fft-responses.csv"), "--unit", "team", "-o", _cli.PathOf("fft-summary.csv"));
        string fftSites = Run("fft", "summarize", Path.Combine(Service, "fft-responses.csv"), "--unit", "team", "--parent", "site", "-o", _cli.PathOf("fft-sites.csv"));
        string components = Run("index-components", "--change", changeSummary, "--dialog", _cli.PathOf("dialog-scored.csv"), "--pam", _cli.PathOf("pam-13-scored.csv"),
            "--fft", fftTeams, "--p3ceq", _cli.PathOf("p3ceq-scored.csv"), "--ascof-1d", _cli.PathOf("ascof-1d-scored.csv"), "--ascof-1a", _cli.PathOf("ascof-1a-scored.csv"),
            "-o", _cli.PathOf("components.csv"));
        string index = Run("index", components, "--spec", "default", "--seed", "20260331", "--draws", "1000", "-o", _cli.PathOf("index.csv"));

        int compared = 0;
        compared += CoreScoresAgree(core10, "core-10", "Each person's first computable CORE-10");
        compared += CoreScoresAgree(ypCore, "yp-core", "Each young person's first computable YP-CORE");
        compared += ChangeAgrees(core10Summary, "core-10");
        compared += ChangeAgrees(ypSummary, "yp-core");
        compared += DialogAgrees(dialog);
        compared += PamAgrees(pam);
        compared += FftAgrees(fftSites);
        compared += IndexComponentsAgree(components);
        compared += IndexAgrees(index);
        Assert.True(compared > 200, $"Only {compared} numbers were compared.");
    }

    /// <summary>score → the report's table of scores at each person's first form: people, mean clinical score, clinical range, bands.</summary>
    private int CoreScoresAgree(string[][] scored, string section, string caption)
    {
        var first = FirstComputable(scored, "clinical");
        string[][] table = Table(section, caption);
        int compared = 0;
        foreach (IGrouping<string, (string Team, Dictionary<string, string> Row)> team in first.GroupBy(f => f.Team).Append(first.GroupBy(_ => "All teams").Single()))
        {
            string[] row = Row(table, team.Key);
            Assert.Equal(N(team.Count()), row[1]);
            Assert.Equal(Num(team.Average(t => D(t.Row["clinical"]))), row[2]);
            bool?[] clinical = [.. team.Select(t => section == "core-10" ? D(t.Row["clinical"]) >= 11 : t.Row["clinical_range"] switch { "true" => true, "false" => (bool?)false, _ => null })];
            int known = clinical.Count(c => c is not null), inRange = clinical.Count(c => c == true);
            Assert.Equal($"{N(inRange)} of {N(known)} ({Pct(100.0 * inRange / known)})", row[3]);
            compared += 3;
            if (section == "core-10")
            {
                string[] bands = ["healthy", "low", "mild", "moderate", "moderate-severe", "severe"];
                Assert.Equal(bands.Select(b => N(team.Count(t => t.Row["band"] == b))), row[4..10]);
                compared += bands.Length;
            }

            if (first.Select(f => f.Team).Distinct().Count() == 1)
            {
                break;   // one team: the report has no "All teams" row
            }
        }

        return compared;
    }

    /// <summary>change --summary --by team → the report's cohort table: people compared, reliable change, eligible, recovery.</summary>
    private int ChangeAgrees(string summaryPath, string section)
    {
        var summary = Summary(summaryPath);
        string[][] table = Table(section, "Change from first to last score, by team");
        int compared = 0;
        foreach (string team in summary.Keys.Select(k => k.Group).Distinct())
        {
            string[] row = Row(table, team);
            Assert.Equal(summary[(team, "computable")]["n"], row[1]);
            Assert.Equal(PctCi(summary[(team, "reliable_improvement")]), row[2]);
            Assert.Equal(Pct(D(summary[(team, "no_reliable_change")]["percent"])), row[3]);
            Assert.Equal(PctCi(summary[(team, "reliable_deterioration")]), row[4]);
            Assert.Equal(summary[(team, "eligible_to_recover")]["n"], row[5]);
            Assert.Equal(PctCi(summary[(team, "recovery")]), row[6]);
            Assert.Equal(PctCi(summary[(team, "reliable_recovery")]), row[7]);
            compared += 7;
        }

        return compared;
    }

    /// <summary>score dialog → the report's DIALOG table: people rated twice, SQOL, TS and unmet needs at their first and latest DIALOG.</summary>
    private int DialogAgrees(string[][] scored)
    {
        Administration[] forms = CohortPairs.Forms(scored, "sqol_mean");
        TeamAssignment teams = Cohort.Teams(forms);
        var twice = Cohort.ByPerson(forms).Where(p => p.Positions.Length >= 2)
            .Select(p => (Team: teams.TeamOf(p.Person), First: Cells(scored[0], scored[p.First + 1]), Latest: Cells(scored[0], scored[p.Last + 1]))).ToList();
        string[][] table = Table("dialog", "SQOL and TS means");
        static string Mean(IEnumerable<string> cells)
        {
            double[] known = [.. cells.Where(c => c.Length > 0).Select(D)];
            return known.Length == 0 ? "-" : Num(known.Average(), "0.00");
        }

        int compared = 0;
        foreach (IGrouping<string, (string Team, Dictionary<string, string> First, Dictionary<string, string> Latest)> team in twice.GroupBy(t => t.Team).Append(twice.GroupBy(_ => "All teams").Single()))
        {
            string[] row = Row(table, team.Key);
            Assert.Equal(N(team.Count()), row[1]);
            Assert.Equal([Mean(team.Select(t => t.First["sqol_mean"])), Mean(team.Select(t => t.Latest["sqol_mean"]))], row[2..4]);
            Assert.Equal([Mean(team.Select(t => t.First["ts_mean"])), Mean(team.Select(t => t.Latest["ts_mean"]))], row[5..7]);
            Assert.Equal([Mean(team.Select(t => t.First["unmet_needs"])), Mean(team.Select(t => t.Latest["unmet_needs"]))], row[8..10]);
            compared += 7;
        }

        return compared;
    }

    /// <summary>score pam-13 → the report's PAM-13 tables: first scored form (people, mean, levels) and change to the last.</summary>
    private int PamAgrees(string[][] scored)
    {
        Administration[] forms = CohortPairs.Forms(scored, "activation");
        TeamAssignment teams = Cohort.Teams(forms);
        var people = Cohort.ByPerson(forms).Where(p => p.FirstComputable is not null)
            .Select(p => (Team: teams.TeamOf(p.Person), First: Cells(scored[0], scored[p.FirstComputable!.Value + 1]), Last: Cells(scored[0], scored[p.LastComputable!.Value + 1]), Count: p.ComputablePositions.Length))
            .ToList();
        static double Reported(Dictionary<string, string> row) => Math.Round(D(row["activation"]), 1, MidpointRounding.AwayFromZero);
        string[][] first = Table("pam-13", "Each person's first scored PAM-13");
        string[][] change = Table("pam-13", "Change from first to last score");
        int compared = 0;
        foreach (var team in people.GroupBy(p => p.Team).Append(people.GroupBy(_ => "All teams").Single()))
        {
            string[] row = Row(first, team.Key);
            Assert.Equal(N(team.Count()), row[1]);
            Assert.Equal(Num(team.Average(p => Reported(p.First))), row[2]);
            Assert.Equal(Enumerable.Range(1, 4).Select(l => N(team.Count(p => p.First["level"] == l.ToString(Invariant)))), row[3..7]);

            var twice = team.Where(p => p.Count >= 2).ToList();
            string[] changed = Row(change, team.Key);
            int gained = twice.Count(p => Pam13.Change(D(p.First["activation"]), D(p.Last["activation"])).IsMeaningfulImprovement);
            Assert.Equal([N(twice.Count), Num(twice.Average(p => Reported(p.First))), Num(twice.Average(p => Reported(p.Last)))], changed[1..4]);
            Assert.Equal(N(gained), changed[5]);
            Assert.Equal(N(twice.Count(p => int.Parse(p.Last["level"], Invariant) > int.Parse(p.First["level"], Invariant))), changed[7]);
            compared += 11;
        }

        return compared;
    }

    /// <summary>fft summarize --unit team --parent site → the report's FFT table for the whole period: responses, % positive, % negative.</summary>
    private int FftAgrees(string summaryPath)
    {
        string[][] rows = Csv.Parse(File.ReadAllText(summaryPath));
        string[][] table = Table("fft", "The whole period, by site and team");
        int compared = 0;
        Dictionary<string, string>[] units = [.. rows[1..].Select(r => Cells(rows[0], r))];
        foreach (Dictionary<string, string> unit in units)
        {
            string[] row = Row(table, unit["unit"]);
            string Ci(string measure) => $"{Pct(100 * D(unit[measure]))} ({Pct(100 * D(unit[measure + "_lower"]))}-{Pct(100 * D(unit[measure + "_upper"]))})";
            Assert.Equal([N(long.Parse(unit["total"], Invariant)), Ci("pct_positive"), Ci("pct_negative")], row[1..4]);
            compared += 3;
        }

        return compared;
    }

    /// <summary>index-components → the report's integration index breakdown: each team's value and n per component, or missing.</summary>
    private int IndexComponentsAgree(string componentsPath)
    {
        string[][] rows = Csv.Parse(File.ReadAllText(componentsPath));
        string[][] table = Table("index", "Each team's components");
        var names = new Dictionary<string, string>
        {
            ["outcomes"] = "Reliable improvement", ["quality_of_life"] = "Quality of life", ["activation"] = "Patient activation", ["experience"] = "Experience",
            ["p3ceq-coordination"] = "Care felt joined up", ["p3ceq-person-centredness"] = "Care felt person-centred",
            ["ascof-1d"] = "Carer-reported quality of life", ["ascof-1a"] = "Social-care-related quality of life",
        };
        var given = rows[1..].Select(r => Cells(rows[0], r)).ToDictionary(r => (r["unit"], r["component"]));
        int compared = 0;
        foreach (string[] row in table)
        {
            string code = names.Single(n => row[1].StartsWith(n.Value, StringComparison.Ordinal)).Key;
            if (!given.TryGetValue((row[0], code), out Dictionary<string, string>? value))
            {
                Assert.Equal(["-", "-"], row[2..4]);   // no input for this team: missing in both
                compared++;
                continue;
            }

            bool share = code is "outcomes" or "experience" or "p3ceq-coordination" or "p3ceq-person-centredness";
            // As the measure's own section writes it: DIALOG means (1-7) to two decimals, PAM-13 (0-100) and ASCOF (0-12, 0-24) scores to one.
            Assert.Equal(share ? Pct(100 * D(value["value"])) : Num(D(value["value"]), code == "quality_of_life" ? "0.00" : "0.0"), row[2]);
            Assert.Equal(N(long.Parse(value["n"], Invariant)), row[3]);
            compared += 2;
        }

        Assert.Equal(given.Count, table.Count(r => given.ContainsKey((r[0], names.Single(n => r[1].StartsWith(n.Value, StringComparison.Ordinal)).Key))));
        return compared;
    }

    /// <summary>index (same specification, seed and draws as report.json) → the report's index table: index, interval, rank, rank interval.</summary>
    private int IndexAgrees(string indexPath)
    {
        string[][] rows = Csv.Parse(File.ReadAllText(indexPath));
        string[][] table = Table("index", "The index of each team");
        int compared = 0;
        Dictionary<string, string>[] units = [.. rows[1..].Select(r => Cells(rows[0], r))];
        foreach (Dictionary<string, string> unit in units)
        {
            string[] row = Row(table, unit["unit"]);
            if (unit["index"].Length == 0)
            {
                Assert.Equal("-", row[1]);
                compared++;
                continue;
            }

            string Range(string low, string high) => unit[low].Length == 0 ? "-" : unit[low] == unit[high] ? unit[low] : $"{unit[low]}-{unit[high]}";
            Assert.Equal($"{Num(D(unit["index"]))} ({Num(D(unit["index_lower"]))} to {Num(D(unit["index_upper"]))})", row[1]);
            // The library ranks by its coverage rule (profile 2.0: only teams with every component); both only show it.
            if (unit["rank"].Length == 0)
            {
                Assert.Equal("-", row[2]);
            }
            else
            {
                Assert.StartsWith($"{unit["rank"]} ({Range("rank_lower", "rank_upper")}; ", row[2], StringComparison.Ordinal);
            }

            Assert.StartsWith($"{unit["components_used"]} of 8 components, pillars missing: ", row[3], StringComparison.Ordinal);
            compared += 5;
        }

        return compared;
    }
}
