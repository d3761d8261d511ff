using System.Globalization;
using System.Xml.Linq;
using static OutcomeScoring.Cli.Tests.ReportCommandTests;

namespace OutcomeScoring.Cli.Tests;

/// <summary>The report's integration index section: from the sample service's responses, from index-components.csv, and with inputs missing or unusable.</summary>
public sealed class ReportIndexSectionTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string IndexSamples = Path.Combine(AppContext.BaseDirectory, "samples", "index");

    /// <summary>A table of the section by the start of its caption: its header and rows of cell texts.</summary>
    private static (string[] Header, string[][] Rows) Table(XElement section, string caption)
    {
        XElement table = section.Descendants(Xhtml + "table").Single(t => t.Element(Xhtml + "caption")!.Value.StartsWith(caption, StringComparison.Ordinal));
        string[] header = [.. table.Descendants(Xhtml + "th").Select(c => c.Value)];
        string[][] rows = [.. table.Descendants(Xhtml + "tbody").Descendants(Xhtml + "tr").Select(r => r.Elements(Xhtml + "td").Select(c => c.Value).ToArray())];
        return (header, rows);
    }

    private static double Number(string text) => double.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture);

    private static string Folder(CliRunner runner, string components, string? spec = null)
    {
        string folder = runner.PathOf("inputs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index-components.csv"), components);
        if (spec is not null)
        {
            File.WriteAllText(Path.Combine(folder, "index-spec.json"), spec);
        }

        return folder;
    }

    [Fact]
    public void The_sample_service_gets_an_index_per_team_from_its_own_responses()
    {
        (int exit, XDocument? html, _, string error) = ReportCommandTests.Report(Service);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Integration index", error, StringComparison.Ordinal);
        XElement section = Section(html!, "index");
        Assert.False(IsMissing(section));
        Assert.Equal(2, section.Descendants(Svg + "svg").Count());
        string text = section.Value;
        foreach (string expected in new[]
        {
            "\"OutcomeScoring integration profile 2.0 (by whose view)\", version 2.0 (this library's default profile; profile 1.0 stays available by name)",
            "1,000 bootstrap draws, seed 20260331", "Weights are trade-offs", "comparisons are exploratory", "made up: its values are not real PAM-13 scores",
            "reliable improvement from core10.csv (reliable change 6 points) and yp-core.csv",
            "(0-15) of each person's latest complete form in p3ceq.csv, as a share of that range", "in ascof-1d.csv", "in ascof-1a.csv",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // The first sentence says whose view each pillar is and the coverage rule (issue 20).
        string first = section.Elements(Xhtml + "p").First().Value;
        Assert.StartsWith("The index has 5 pillars, each one group's view: outcomes and quality of life (patients' view), experience of joined-up, person-centred care (patients' view), carer-reported quality of life (carers' view), social-care-related quality of life (social care users' view) and service experience (FFT) (the public's view);", first, StringComparison.Ordinal);
        Assert.Contains("only teams with all 8 components are ranked", first, StringComparison.Ordinal);

        // Every team that has FFT responses is in the index table; Crisis has no CORE-10 or YP-CORE (no patients' outcomes pillar), so no index.
        string[][] fft = Csv.Parse(File.ReadAllText(Path.Combine(Service, "fft-responses.csv")));
        int team = Array.IndexOf(fft[0], "team"), answer = Array.IndexOf(fft[0], "answer");
        string[] teams = [.. fft.Skip(1).Select(r => r[team]).Distinct()];
        (string[] header, string[][] rows) = Table(section, "The index of each team");
        Assert.Equal(["Team", "Index (95% interval)", "Rank (sampling; method interval, median)", "Components"], header);
        Assert.Equal(teams.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        string[] crisis = rows.Single(r => r[0] == "Crisis");
        Assert.Equal(["-", "-"], crisis[1..3]);
        Assert.StartsWith("3 of 8 components, pillars missing: outcomes and quality of life (patients' view),", crisis[3], StringComparison.Ordinal);
        Assert.Contains("; without Reliable improvement (CORE-10 / YP-CORE), ", crisis[3], StringComparison.Ordinal);
        Assert.Contains(". No index: pillar(s) the specification requires have no component present: patient-outcomes", crisis[3], StringComparison.Ordinal);

        // The library's coverage rule: only teams with all 8 components are ranked (the sample has none: the community teams have no
        // DIALOG, the recovery teams no PAM-13), and every row says "k of 8 components, pillars missing: ...".
        Assert.All(rows.Where(r => r[1] != "-"), r => Assert.Equal(r[3].StartsWith("8 of 8", StringComparison.Ordinal), r[2] != "-"));
        Assert.Equal(5, rows.Count(r => r[3].EndsWith(" Not ranked.", StringComparison.Ordinal)));

        // Contributions (pillar weight share x normalised value) add up to each index, and "k of 8" counts the components present.
        (_, string[][] parts) = Table(section, "Each team's components");
        foreach (string[] row in rows.Where(r => r[1] != "-"))
        {
            string[][] present = [.. parts.Where(p => p[0] == row[0] && p[4] != "-")];
            Assert.Equal(Number(row[1].Split(' ')[0]), present.Sum(p => Number(p[6])), 0.05 * (present.Length + 1));   // each shown to 0.1
            Assert.StartsWith($"{present.Length} of 8 components, pillars missing: ", row[3], StringComparison.Ordinal);
        }

        // Every team's people answered P3CEQ: both of its components are there for all six teams.
        Assert.Equal(6, parts.Count(p => p[1].StartsWith("Care felt joined up", StringComparison.Ordinal) && p[2] != "-"));

        // The experience values are each team's share of Very good and Good answers, counted here from the CSV.
        foreach (IGrouping<string, string[]> group in fft.Skip(1).GroupBy(r => r[team]))
        {
            double share = (double)group.Count(r => r[answer] is "Very good" or "Good") / group.Count();
            string[] row = parts.Single(p => p[0] == group.Key && p[1] == "Experience (FFT % positive)");
            Assert.Equal((share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%", row[2]);
            Assert.Equal(group.Count().ToString("#,0", CultureInfo.InvariantCulture), row[3]);
        }

        Assert.Contains("none of the team's people in dialog.csv", text, StringComparison.Ordinal);
        Assert.Contains(section.Descendants(Xhtml + "caption"), c => c.Value.StartsWith("What leaving each component out does to the ranks", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_folder_or_one_component_gives_a_section_that_says_what_is_missing()
    {
        using var runner = new CliRunner();
        string empty = Copy(runner, "spc-series.csv");
        (int exit, XDocument? html, _, string error) = ReportCommandTests.Report(empty);
        Assert.Equal(0, exit);
        XElement section = Section(html!, "index");
        Assert.True(IsMissing(section));
        Assert.Contains("There are no inputs for the integration index in the folder.", section.Value, StringComparison.Ordinal);
        Assert.Contains("Reliable improvement (CORE-10 / YP-CORE): not computed: there is no usable core10.csv or yp-core.csv.", section.Value, StringComparison.Ordinal);
        Assert.Contains("note: Integration index: Not included: There are no inputs for the integration index in the folder.", error, StringComparison.Ordinal);

        (exit, html, _, _) = ReportCommandTests.Report(Copy(runner, "fft-responses.csv"));
        Assert.Equal(0, exit);
        section = Section(html!, "index");
        Assert.True(IsMissing(section));
        Assert.Contains("No team has enough components for an index (OutcomeScoring integration profile 2.0 (by whose view), version 2.0, needs at least 2 components carrying at least 25.0% of the weight): North Community: ", section.Value, StringComparison.Ordinal);
        Assert.Contains("Care felt joined up (P3CEQ coordination): not computed: there is no p3ceq.csv in the folder", section.Value, StringComparison.Ordinal);
        Assert.Contains("Quality of life (DIALOG SQOL mean): not computed: there is no dialog.csv in the folder", section.Value, StringComparison.Ordinal);
        Assert.False(IsMissing(Section(html!, "fft")));
    }

    [Fact]
    public void A_components_file_is_used_instead_of_the_responses_and_agrees_with_the_index_command()
    {
        using var runner = new CliRunner();
        string components = File.ReadAllText(Path.Combine(IndexSamples, "components-2.0.csv"));
        string folder = Folder(runner, components);
        File.Copy(Path.Combine(Service, "core10.csv"), Path.Combine(folder, "core10.csv"));
        (int exit, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);
        XElement section = Section(html!, "index");
        Assert.False(IsMissing(section));
        Assert.Contains("The component values are read from index-components.csv", section.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("made up", section.Value, StringComparison.Ordinal);

        (string[] header, string[][] rows) = Table(section, "The index of each unit");
        Assert.Equal("Unit", header[0]);
        (int cliExit, string output, _) = CliRunner.Run("index", Path.Combine(folder, "index-components.csv"), "--spec", "default", "--seed", "1", "--draws", "1000");
        Assert.Equal(0, cliExit);
        string[][] cli = Csv.Parse(output);
        for (int i = 1; i < cli.Length; i++)
        {
            string unit = Csv.Cell(cli, i, "unit");
            string[] row = rows.Single(r => r[0] == unit);
            string Rounded(string column) => Csv.Cell(cli, i, column) is { Length: > 0 } v ? double.Parse(v, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            Assert.Equal(row[1] == "-" ? "-" : $"{Rounded("index")} ({Rounded("index_lower")} to {Rounded("index_upper")})", row[1]);
            Assert.Equal(Rounded("index") == "-", row[1] == "-");
            // The library ranks (its coverage rule); the report and the command only show its rank and coverage.
            Assert.Equal(Csv.Cell(cli, i, "rank") is { Length: > 0 } rank ? rank : "-", row[2].Split(' ')[0]);
            Assert.StartsWith(Csv.Cell(cli, i, "components_used") + " of 8 components, pillars missing: ", row[3], StringComparison.Ordinal);
        }

        string west = rows.Single(r => r[0] == "west")[3];
        Assert.StartsWith("6 of 8 components, pillars missing: carer-reported quality of life (carers' view); without Patient activation (PAM-13 mean score) and Carer-reported quality of life (ASCOF 1D).", west, StringComparison.Ordinal);
        Assert.EndsWith(" Not ranked.", west, StringComparison.Ordinal);
        Assert.Contains(". No index: 1 component (experience) present", rows.Single(r => r[0] == "central")[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_specification_in_the_folder_is_used_and_a_mean_other_than_the_arithmetic_is_not_stacked()
    {
        using var runner = new CliRunner();
        string spec = File.ReadAllText(Path.Combine(IndexSamples, "spec.json"))
            .Replace("\"version\": \"1.0\"", "\"version\": \"1.0-geometric\"", StringComparison.Ordinal)
            .Replace("\"method\": \"arithmetic\"", "\"method\": \"geometric\"", StringComparison.Ordinal);
        (_, XDocument? html, _, _) = ReportCommandTests.Report(Folder(runner, File.ReadAllText(Path.Combine(IndexSamples, "components.csv")), spec));
        XElement section = Section(html!, "index");
        Assert.False(IsMissing(section));
        Assert.Contains("version 1.0-geometric (from index-spec.json)", section.Value, StringComparison.Ordinal);
        Assert.Contains("Under the weighted geometric mean the components' weighted values do not add up to the index, so they are not stacked", section.Value, StringComparison.Ordinal);
        Assert.Equal("Weighted value", Table(section, "Each unit's components").Header[6]);
    }

    [Fact]
    public void Unusable_index_inputs_are_explained_and_bad_rows_listed()
    {
        using var runner = new CliRunner();
        string components = File.ReadAllText(Path.Combine(IndexSamples, "components-2.0.csv"));
        string folder = Folder(runner, components, "{ \"name\": \"x\", \"version\": \"1\", \"components\": [] }");
        (int exit, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);
        XElement section = Section(html!, "index");
        Assert.True(IsMissing(section));
        Assert.Contains("index-spec.json is not a valid index specification: ", section.Value, StringComparison.Ordinal);

        File.Delete(Path.Combine(folder, "index-spec.json"));
        runner.Write("inputs/index-components.csv", "period,unit,component,value\n2025,north,outcomes,0.5\n");
        Assert.Contains("index-components.csv has a period column; the report shows one period", Section(ReportCommandTests.Report(folder).Html!, "index").Value, StringComparison.Ordinal);

        runner.Write("inputs/index-components.csv", components + "north,coordination,0.5,10,0.1\ncentral,outcomes,lots,10,0.1\nwest,activation,,,\n");
        section = Section(ReportCommandTests.Report(folder).Html!, "index");
        Assert.False(IsMissing(section));
        Assert.Contains("row 32: component 'coordination' is not in the specification (its components are outcomes, quality_of_life, activation, p3ceq-coordination, p3ceq-person-centredness, ascof-1d, ascof-1a, experience)", section.Value, StringComparison.Ordinal);
        Assert.Contains("row 33: value 'lots' is not a number", section.Value, StringComparison.Ordinal);
        Assert.Contains("blank value (row 34)", section.Value, StringComparison.Ordinal);

        // As in the index command, the bad row's component is missing with the reason.
        (_, string[][] parts) = Table(section, "Each unit's components");
        Assert.Equal("row 33: value 'lots' is not a number", parts.Single(p => p[0] == "central" && p[1].StartsWith("Reliable improvement", StringComparison.Ordinal))[7]);
    }

    [Fact]
    public void A_unit_and_component_given_twice_make_the_components_file_unusable_as_in_the_index_command()
    {
        using var runner = new CliRunner();
        string components = File.ReadAllText(Path.Combine(IndexSamples, "components.csv")) + "north,outcomes,0.9,10,0.1\n";
        string folder = Folder(runner, components);
        (int exit, XDocument? html, _, string error) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);
        XElement section = Section(html!, "index");
        Assert.True(IsMissing(section));
        const string Message = "rows 1 and 17 both give unit 'north', component 'outcomes'; give one row per unit and component.";
        Assert.Contains($"index-components.csv: {Message} The index command refuses such a file too, because it cannot know which value is meant.", section.Value, StringComparison.Ordinal);
        Assert.Contains("note: Integration index: ", error, StringComparison.Ordinal);

        (int indexExit, _, string indexError) = CliRunner.Run("index", Path.Combine(folder, "index-components.csv"), "--spec", "default");
        Assert.Equal(1, indexExit);
        Assert.Equal($"error: {Message}\n", indexError);
    }

    [Fact]
    public void Settings_give_the_seed_draws_and_runs_and_refuse_too_few()
    {
        using var runner = new CliRunner();
        string folder = Folder(runner, File.ReadAllText(Path.Combine(IndexSamples, "components-2.0.csv")));
        runner.Write("inputs/report.json", "{ \"index\": { \"seed\": 5, \"draws\": 200, \"runs\": 300 } }");
        XElement section = Section(ReportCommandTests.Report(folder).Html!, "index");
        Assert.Contains("95%, 200 draws, seed 5", section.Value, StringComparison.Ordinal);
        Assert.Contains("5th to 95th percentile rank, 300 runs, seed 5", section.Value, StringComparison.Ordinal);

        runner.Write("inputs/report.json", "{ \"index\": { \"draws\": 50 } }");
        (int exit, _, string error) = CliRunner.Run("report", folder);
        Assert.Equal(1, exit);
        Assert.Equal("error: report.json: index draws is 50; it must be a whole number from 100 to 1000000.\n", error);
    }
}
