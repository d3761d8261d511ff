using System.Globalization;
using System.Xml.Linq;
using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Cli.Tests;

/// <summary>The report command on the bundled sample service and on folders with some inputs missing or unusable.</summary>
public sealed class ReportCommandTests
{
    internal static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    internal static readonly string Service = Path.Combine(AppContext.BaseDirectory, "samples", "service");

    /// <summary>Each section's id and the files it needs (docs/report.md); the sample funnel file names its columns in report.json.</summary>
    private static readonly (string Section, string[] Files)[] Sections =
    [
        ("core-10", ["core10.csv"]),
        ("yp-core", ["yp-core.csv"]),
        ("dialog", ["dialog.csv"]),
        ("pam-13", ["pam-13.csv", "pam-13-calibration.json"]),
        ("fft", ["fft-responses.csv"]),
        ("measures", ["spc-series.csv"]),
        ("funnel", ["funnel-units.csv", "report.json"]),
    ];

    internal static (int Exit, XDocument? Html, string Text, string Error) Report(string folder, params string[] extra)
    {
        using var runner = new CliRunner();
        string output = runner.PathOf("report.html");
        (int exit, _, string error) = CliRunner.Run(["report", folder, "--output", output, .. extra]);
        string text = File.Exists(output) ? File.ReadAllText(output) : "";
        return (exit, text.Length > 0 ? XDocument.Parse(text) : null, text, error);
    }

    internal static XElement Section(XDocument html, string id) =>
        html.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == id);

    internal static bool IsMissing(XElement section) =>
        section.Descendants(Xhtml + "div").Any(d => (string?)d.Attribute("class") == "notice missing");

    internal static string Copy(CliRunner runner, params string[] files)
    {
        string folder = runner.PathOf("inputs");
        Directory.CreateDirectory(folder);
        foreach (string file in files)
        {
            File.Copy(Path.Combine(Service, file), Path.Combine(folder, file));
        }

        return folder;
    }

    [Fact]
    public void The_sample_service_gives_every_section_with_its_figures()
    {
        (int exit, XDocument? html, _, string error) = Report(Service);
        Assert.Equal(0, exit);
        Assert.StartsWith("wrote ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", error, StringComparison.Ordinal);
        Assert.NotNull(html);
        foreach ((string id, string[] files) in Sections)
        {
            Assert.All(files, f => Assert.True(File.Exists(Path.Combine(Service, f)), f));
            XElement section = Section(html, id);
            Assert.False(IsMissing(section), $"Section {id} says an input is missing.");
            Assert.NotEmpty(section.Descendants(Xhtml + "table"));
        }

        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(2, Section(html, "core-10").Descendants(svg + "svg").Count());
        Assert.Single(Section(html, "dialog").Descendants(svg + "svg"));
        Assert.Equal(3, Section(html, "measures").Descendants(svg + "svg").Count());
        Assert.Equal("Riverside Integrated Care: service outcomes", html.Descendants(Xhtml + "h1").Single().Value);
        Assert.Contains("made-up", Section(html, "pam-13").Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_report_has_no_external_references_and_parses_as_xhtml()
    {
        (_, XDocument? html, string text, _) = Report(Service);
        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.Equal(Xhtml + "html", html!.Root!.Name);
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "script" or "link" or "iframe");
        Assert.All(html.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href"), a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(src|href)\s*=\s*""https?:", text);
    }

    [Fact]
    public void The_same_folder_gives_the_same_report()
    {
        Assert.Equal(Report(Service).Text, Report(Service).Text);
    }

    [Fact]
    public void The_people_compared_are_each_persons_first_and_last_computable_score()
    {
        // An independent count from the CSV: people with two or more computable CORE-10 forms.
        string[][] rows = Csv.Parse(File.ReadAllText(Path.Combine(Service, "core10.csv")));
        int id = Array.IndexOf(rows[0], "id"), first = Array.IndexOf(rows[0], "item1");
        var computable = rows.Skip(1)
            .Where(r => Core10.Instrument.Score([.. r.Skip(first).Take(10).Select(c => c.Length == 0 ? Answer.NotAnswered : Answer.Of(int.Parse(c, CultureInfo.InvariantCulture)))]).Primary.IsComputable)
            .GroupBy(r => r[id]).Count(g => g.Count() >= 2);
        (_, XDocument? html, _, _) = Report(Service);
        XElement table = Section(html!, "core-10").Descendants(Xhtml + "table").Single(t => t.Element(Xhtml + "caption")!.Value.StartsWith("Change from first to last", StringComparison.Ordinal));
        XElement all = table.Descendants(Xhtml + "tr").Last();
        Assert.Equal("All teams", all.Elements().First().Value);
        Assert.Equal(computable.ToString(CultureInfo.InvariantCulture), all.Elements().ElementAt(1).Value);
    }

    [Fact]
    public void A_folder_with_one_input_gives_a_report_whose_other_sections_say_what_is_missing()
    {
        // An empty folder is an error (ReportBoardTests); with one input the others' sections say what is missing.
        using var runner = new CliRunner();
        string folder = Copy(runner, "spc-series.csv");
        (int exit, XDocument? html, _, string error) = Report(folder);
        Assert.Equal(0, exit);
        foreach ((string id, string[] files) in Sections.Where(s => s.Section != "measures"))
        {
            XElement section = Section(html!, id);
            Assert.True(IsMissing(section), id);
            Assert.Contains($"There is no {files[0]} in the folder", section.Value, StringComparison.Ordinal);
        }

        Assert.Contains("note: CORE-10: psychological distress: Not included: There is no core10.csv in the folder.", error, StringComparison.Ordinal);
        Assert.Contains("none (report.json not found): defaults used", Section(html!, "about").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_input_alone_gives_its_own_section_and_only_that_one()
    {
        using var runner = new CliRunner();
        foreach ((string id, string[] files) in Sections)
        {
            string folder = Path.Combine(runner.PathOf("one"), id);
            Directory.CreateDirectory(folder);
            foreach (string file in files)
            {
                File.Copy(Path.Combine(Service, file), Path.Combine(folder, file));
            }

            (int exit, XDocument? html, _, _) = Report(folder);
            Assert.Equal(0, exit);
            foreach ((string other, _) in Sections)
            {
                Assert.Equal(other != id, IsMissing(Section(html!, other)));
            }
        }
    }

    [Fact]
    public void Pam13_answers_without_a_calibration_say_that_none_is_shipped()
    {
        using var runner = new CliRunner();
        (_, XDocument? html, _, _) = Report(Copy(runner, "pam-13.csv"));
        XElement section = Section(html!, "pam-13");
        Assert.True(IsMissing(section));
        Assert.Contains("There is no pam-13-calibration.json in the folder. The conversion of PAM-13 answers to activation scores is licensed by Insignia Health and none is shipped", section.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_any_input_text_is_escaped_so_nothing_can_run()
    {
        // Issue 21: HTML injection was tried in 14 positions and nothing got through; this keeps it so. The payloads go into
        // team, site, unit and id cells of every file, an SPC series name, the title and subtitle, and a row problem's value.
        const string Script = "<script>alert(1)</script>";
        const string Attribute = "\"><img src=x onerror=alert(1)>";
        using var runner = new CliRunner();
        string folder = Copy(runner, "core10.csv", "yp-core.csv", "dialog.csv", "pam-13.csv", "pam-13-calibration.json", "fft-responses.csv", "spc-series.csv", "funnel-units.csv", "report.json");
        foreach (string file in Directory.GetFiles(folder, "*.csv"))
        {
            string text = File.ReadAllText(file)
                .Replace("North Community", Script.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal)
                .Replace("East Recovery", "\"" + Attribute.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal)
                .Replace("Riverside North", "<iframe src=//x>", StringComparison.Ordinal);
            File.WriteAllText(file, text + (file.EndsWith("core10.csv", StringComparison.Ordinal) ? "C9,North,2025-01-01,<b>1</b>,1,1,1,1,1,1,1,1,1\n" : ""));
        }

        string settings = Path.Combine(folder, "report.json");
        File.WriteAllText(settings, File.ReadAllText(settings)
            .Replace("Riverside Integrated Care", "<script>t()</script>", StringComparison.Ordinal)
            .Replace("April 2024", "<a href=javascript:x()>x</a>", StringComparison.Ordinal)
            .Replace("Referrals received", "<svg onload=alert(1)>", StringComparison.Ordinal));
        (int exit, XDocument? html, string raw, _) = Report(folder);
        Assert.Equal(0, exit);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;1&lt;/b&gt;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(html!.Descendants(), e => e.Name.LocalName is "script" or "iframe" or "b" or "object" or "embed");
        Assert.All(html.Descendants(Xhtml + "a"), a => Assert.StartsWith("#", (string?)a.Attribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName == "img" && !((string?)e.Attribute("src") ?? "").StartsWith("data:image/", StringComparison.Ordinal));
        Assert.DoesNotContain(html.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(html.Descendants().Attributes(), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_control_character_in_a_cell_is_shown_as_its_code_point_and_the_report_is_written()
    {
        // Issue 21, D4: the row-problem message quoted the raw \x01 into XHTML and the report threw, writing nothing.
        using var runner = new CliRunner();
        string folder = Copy(runner, "funnel-units.csv", "report.json");
        runner.Write("inputs/core10.csv", "id,team,date,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\nC1,North\u0001,2025-01-01,1,1,1,1,1,1,1,1,1,1\nC1,North\u0001,2025-\u000101-09,1,1,1,1,1,1,1,1,1,2\n");
        File.WriteAllText(Path.Combine(folder, "funnel-units.csv"), File.ReadAllText(Path.Combine(folder, "funnel-units.csv")).Replace("North Community", "North\u0002Community", StringComparison.Ordinal));
        (int exit, XDocument? html, string text, string error) = Report(folder);
        Assert.Equal((0, ""), (exit, error.Split('\n').FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal)) ?? ""));
        Assert.NotNull(html);
        Assert.Contains("2025-[U+0001]01-09", Section(html, "core-10").Value, StringComparison.Ordinal);
        Assert.Contains("North[U+0002]Community", Section(html, "funnel").Value, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', text);
    }

    [Fact]
    public void Settings_that_are_not_UTF_8_are_unusable_input_not_a_title_with_replacement_characters()
    {
        using var runner = new CliRunner();
        string folder = Copy(runner, "dialog.csv");
        File.WriteAllBytes(Path.Combine(folder, "report.json"), [.. "{ \"title\": \"Caf"u8, 0xE9, .. "\" }"u8]);
        (int exit, XDocument? html, _, string error) = Report(folder);
        Assert.Equal(1, exit);
        Assert.Null(html);
        Assert.StartsWith("error: report.json is not UTF-8: byte 0xE9 at line 1, byte offset 15,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calibration_that_is_not_UTF_8_makes_only_its_section_unusable()
    {
        // Issue 21, D9: "Cannot transcode invalid UTF-8 JSON text" escaped the calibration loader and failed the whole report.
        using var runner = new CliRunner();
        string folder = Copy(runner, "pam-13.csv", "dialog.csv");
        File.WriteAllBytes(Path.Combine(folder, "pam-13-calibration.json"), [.. "{\"name\":\"Caf"u8, 0xE9, .. "\"}"u8]);
        (int exit, XDocument? html, _, _) = Report(folder);
        Assert.Equal(0, exit);
        XElement pam = Section(html!, "pam-13");
        Assert.True(IsMissing(pam));
        Assert.Contains("not valid UTF-8", pam.Value, StringComparison.Ordinal);
        Assert.False(IsMissing(Section(html!, "dialog")));
    }

    [Fact]
    public void An_unusable_input_is_explained_and_the_other_sections_are_still_built()
    {
        using var runner = new CliRunner();
        string folder = Copy(runner, "dialog.csv");
        runner.Write("inputs/core10.csv", "id,date,team,item1,item2\nC1,2025-01-01,North,1,2\n");
        (int exit, XDocument? html, _, _) = Report(folder);
        Assert.Equal(0, exit);
        XElement core = Section(html!, "core-10");
        Assert.True(IsMissing(core));
        Assert.Contains("core10.csv: the header lacks the item column(s) item3, item4, item5, item6, item7, item8, item9, item10; CORE-10 needs item1 to item10 (case-insensitive).", core.Value, StringComparison.Ordinal);
        Assert.False(IsMissing(Section(html!, "dialog")));
    }

    [Fact]
    public void Core10_without_id_or_date_shows_scores_only_and_says_why()
    {
        using var runner = new CliRunner();
        string folder = runner.PathOf("inputs");
        Directory.CreateDirectory(folder);
        runner.Write("inputs/core10.csv", "team,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\nNorth,2,1,1,3,2,0,1,2,3,3\nNorth,x,1,1,3,2,0,1,2,3,3\n");
        (_, XDocument? html, _, _) = Report(folder);
        XElement core = Section(html!, "core-10");
        Assert.Contains("core10.csv has no id and date column, so forms cannot be matched to people over time", core.Value, StringComparison.Ordinal);
        Assert.Contains("row 2: item1: 'x' is not a whole number on the response scale 0-4", core.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(core.Descendants(), e => e.Name.LocalName == "svg");
    }

    [Fact]
    public void Without_output_the_report_goes_to_standard_output()
    {
        (int exit, string output, _) = CliRunner.Run("report", Service);
        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Equal(Report(Service).Text, output);
    }

    [Fact]
    public void Png_embeds_the_charts_as_data_uris()
    {
        (_, XDocument? html, _, _) = Report(Service, "--png");
        XElement[] images = [.. html!.Descendants(Xhtml + "img")];
        Assert.Equal(12, images.Length);
        Assert.All(images, i => Assert.StartsWith("data:image/png;base64,", (string)i.Attribute("src")!, StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_does_not_exist_or_bad_settings_are_unusable_input()
    {
        (int exit, _, string error) = CliRunner.Run("report", Path.Combine(Service, "no-such-folder"));
        Assert.Equal(1, exit);
        Assert.StartsWith("error: folder not found: ", error, StringComparison.Ordinal);

        using var runner = new CliRunner();
        string folder = runner.PathOf("inputs");
        Directory.CreateDirectory(folder);
        runner.Write("inputs/report.json", "{ \"spc\": [ { \"column\": \"waits\", \"improvement\": \"up\" } ] }");
        (exit, _, error) = CliRunner.Run("report", folder);
        Assert.Equal(1, exit);
        Assert.Equal("error: report.json: spc column 'waits' has improvement 'up'; it must be increase, decrease or neutral.\n", error);

        (exit, _, error) = CliRunner.Run("report", Service, "--output", Path.Combine(folder, "no-such-folder", "report.html"));
        Assert.Equal(1, exit);
        Assert.StartsWith("error: the output folder ", error, StringComparison.Ordinal);

        runner.Write("inputs/report.json", "{ \"titel\": \"x\" }");
        (exit, _, error) = CliRunner.Run("report", folder);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: report.json is not valid: ", error, StringComparison.Ordinal);
        Assert.Contains("titel", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_name_columns_rebase_and_targets()
    {
        using var runner = new CliRunner();
        string folder = Copy(runner, "spc-series.csv", "funnel-units.csv");
        runner.Write("inputs/report.json", "{ \"spc\": [ { \"column\": \"median_wait_weeks\", \"improvement\": \"decrease\", \"target\": 6, \"rebase\": [\"2025-06\"] } ], \"funnel\": { \"unit\": \"team\", \"numerator\": \"reviewed\", \"denominator\": \"caseload\", \"name\": \"Reviewed\" } }");
        (int exit, XDocument? html, _, _) = Report(folder);
        Assert.Equal(0, exit);
        string measures = Section(html!, "measures").Value;
        Assert.Contains("lower is better; target 6; new limits from 2025-06", measures, StringComparison.Ordinal);
        Assert.DoesNotContain("referrals", measures, StringComparison.Ordinal);
        Assert.False(IsMissing(Section(html!, "funnel")));

        runner.Write("inputs/report.json", "{ \"spc\": [ { \"column\": \"median_wait_weeks\", \"rebase\": [\"1999-01\"] } ] }");
        (_, html, _, _) = Report(folder);
        Assert.Contains("report.json asks to rebase 'median_wait_weeks' at month '1999-01'", Section(html!, "measures").Value, StringComparison.Ordinal);
        Assert.Contains("funnel-units.csv has no unit, numerator and denominator column", Section(html!, "funnel").Value, StringComparison.Ordinal);
    }
}
