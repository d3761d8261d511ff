using System.Xml.Linq;
using static OutcomeScoring.Cli.Tests.ReportCommandTests;

namespace OutcomeScoring.Cli.Tests;

/// <summary>The report counts people with the library's cohort rules (docs/cohorts.md): one team per person, one value per person.</summary>
public sealed class ReportCohortTests
{
    private const string PamHeader = "id,team,date,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10,item11,item12,item13\n";
    private const string Answers = "3,3,2,3,2,3,3,2,3,2,3,2,3";
    private const string HigherAnswers = "4,4,3,4,3,4,4,3,4,3,4,3,4";

    private static (string[] Header, string[][] Rows) Table(XElement section, string caption)
    {
        XElement table = section.Descendants(Xhtml + "table").Single(t => t.Element(Xhtml + "caption")!.Value.StartsWith(caption, StringComparison.Ordinal));
        return ([.. table.Descendants(Xhtml + "th").Select(c => c.Value)],
            [.. table.Descendants(Xhtml + "tbody").Descendants(Xhtml + "tr").Select(r => r.Elements(Xhtml + "td").Select(c => c.Value).ToArray())]);
    }

    private static string Folder(CliRunner runner, string pam)
    {
        string folder = runner.PathOf("inputs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pam-13.csv"), pam);
        File.Copy(Path.Combine(Service, "pam-13-calibration.json"), Path.Combine(folder, "pam-13-calibration.json"));
        // Enough FFT responses per team (5 or more) that neither is suppressed, so the index has a second component.
        File.WriteAllText(Path.Combine(folder, "fft-responses.csv"), "team,answer\n" + string.Concat(Enumerable.Repeat("North,Good\nNorth,Poor\nSouth,Very good\nSouth,Good\n", 3)));
        // And a P3CEQ form per team: the default profile (2.0) needs the patients' experience pillar as well as their outcomes.
        File.WriteAllText(Path.Combine(folder, "p3ceq.csv"), "id,team," + string.Join(',', Enumerable.Range(1, 11).Select(i => $"item{i}")) + "\nQ1,North,2,2,2,2,2,2,2,2,2,2,2\nQ2,South,3,3,3,3,3,3,3,3,3,3,3\n");
        return folder;
    }

    [Fact]
    public void A_person_who_moved_team_is_counted_once_in_the_team_of_their_first_form_even_when_it_was_not_scored()
    {
        using var runner = new CliRunner();
        string folder = Folder(runner, PamHeader
            + "A1,North,2025-01-01,,,,,,,,,,,,,\n"                 // A1's first form: North, not scored
            + $"A1,South,2025-02-01,{Answers}\n"
            + $"A1,South,2025-03-01,{HigherAnswers}\n"
            + $"A2,South,2025-01-05,{Answers}\n");
        (int exit, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);

        (_, string[][] first) = Table(Section(html!, "pam-13"), "Each person's first scored PAM-13, by team");
        Assert.Equal(["North", "South", "All teams"], first.Select(r => r[0]));
        Assert.Equal(["1", "1", "2"], first.Select(r => r[1]));

        // The index's activation: each person once, with their latest scored form, in the team of their first form.
        (_, string[][] parts) = Table(Section(html!, "index"), "Each team's components");
        string[] north = parts.Single(p => p[0] == "North" && p[1].StartsWith("Patient activation", StringComparison.Ordinal));
        string[] south = parts.Single(p => p[0] == "South" && p[1].StartsWith("Patient activation", StringComparison.Ordinal));
        Assert.Equal(("1", "1"), (north[3], south[3]));
        Assert.True(double.Parse(north[2], System.Globalization.CultureInfo.InvariantCulture) > double.Parse(south[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Of_two_forms_on_the_latest_date_the_later_row_is_the_persons_latest()
    {
        using var runner = new CliRunner();
        string folder = Folder(runner, PamHeader
            + $"A1,North,2025-01-01,{HigherAnswers}\n"
            + $"A1,North,2025-01-01,{Answers}\n"
            + $"A2,South,2025-01-05,{HigherAnswers}\n");
        (_, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        (_, string[][] parts) = Table(Section(html!, "index"), "Each team's components");
        string north = parts.Single(p => p[0] == "North" && p[1].StartsWith("Patient activation", StringComparison.Ordinal))[2];
        string south = parts.Single(p => p[0] == "South" && p[1].StartsWith("Patient activation", StringComparison.Ordinal))[2];
        Assert.NotEqual(south, north);   // North's value is the later row's (the lower answers), not the first row's
    }
}
