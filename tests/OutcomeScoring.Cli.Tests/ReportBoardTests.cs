using System.Xml.Linq;
using static OutcomeScoring.Cli.Tests.ReportCommandTests;

namespace OutcomeScoring.Cli.Tests;

/// <summary>Issue 15, "The board report": what a board member reading the sample report tripped over.</summary>
public sealed class ReportBoardTests
{
    private static readonly Lazy<(int Exit, XDocument? Html, string Text, string Error)> Sample = new(() => ReportCommandTests.Report(Service));

    private static XDocument Html => Sample.Value.Html!;

    /// <summary>The visible text of the report: paragraphs, tables, captions and notes, not the charts' SVG.</summary>
    private static string Visible => string.Join("\n", Html.Descendants().Where(e => e.Name.Namespace == Xhtml && e.Name.LocalName is "p" or "td" or "th" or "caption" or "figcaption" or "li" or "dd" or "dt" or "span").Select(e => e.Value));

    [Fact]
    public void No_team_with_fewer_components_is_listed_above_one_with_more_and_the_rule_comes_first()
    {
        XElement index = Section(Html, "index");
        string first = index.Descendants(Xhtml + "p").First().Value;
        Assert.StartsWith("The index has 5 pillars, each one group's view: ", first, StringComparison.Ordinal);
        Assert.Contains("and only teams with all 8 components are ranked", first, StringComparison.Ordinal);
        Assert.Contains("Young People has 5 of 8 components, pillars missing: social-care-related quality of life (social care users' view)", first, StringComparison.Ordinal);

        XElement table = index.Descendants(Xhtml + "table").First(t => t.Element(Xhtml + "caption")!.Value.StartsWith("The index of each team", StringComparison.Ordinal));
        int[] used = [.. table.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Select(r => int.Parse(r.Elements(Xhtml + "td").ElementAt(3).Value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(used.OrderByDescending(u => u), used);
        Assert.DoesNotContain("highest Young People", Html.Descendants(Xhtml + "nav").Single().Value, StringComparison.Ordinal);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Contains(index.Descendants(svg + "text"), t => t.Value.Trim() == "Young People (5 of 8)");
    }

    [Fact]
    public void The_funnel_headline_uses_the_limits_widened_for_over_dispersion_and_says_so()
    {
        string summary = Html.Descendants(Xhtml + "nav").Single().Value;
        Assert.Contains("Care plans reviewed in the last 12 months: 6 units, 0 outside the 99.8% limits widened for over-dispersion (additive).", summary, StringComparison.Ordinal);
        Assert.Contains("The limits used are limits widened for over-dispersion (additive).", Section(Html, "funnel").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_over_dispersion_setting_turns_the_adjustment_off()
    {
        using var runner = new CliRunner();
        string folder = Copy(runner, "funnel-units.csv");
        runner.Write("inputs/report.json", "{ \"funnel\": { \"unit\": \"team\", \"numerator\": \"reviewed\", \"denominator\": \"caseload\", \"name\": \"Reviewed\", \"overdispersion\": \"none\" } }");
        (int exit, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);
        Assert.Contains("Reviewed: 6 units, 1 outside the 99.8% limits not adjusted for over-dispersion.", html!.Descendants(Xhtml + "nav").Single().Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOT FOUND")]
    [InlineData("specs")]
    [InlineData("Episodes.Pair")]
    [InlineData("Emily_PhD")]
    [InlineData("goalposts")]
    [InlineData("median_wait_weeks")]
    [InlineData("did_not_attend")]
    [InlineData("caseload")]
    [InlineData("(size of unit)")]
    [InlineData("severity bands (most common))")]
    [InlineData("blackshaw-2020-app")]
    [InlineData("no gender was given. (4)")]
    public void Board_text_has_no_internal_words(string word) =>
        Assert.DoesNotContain(word, Visible, StringComparison.Ordinal);

    [Fact]
    public void Each_kind_of_number_has_one_precision()
    {
        Assert.DoesNotContain("6.86", Visible, StringComparison.Ordinal);
        Assert.Contains("reliable change index of 6.9 clinical points", Section(Html, "yp-core").Value, StringComparison.Ordinal);
        Assert.DoesNotContain("58.59", Section(Html, "index").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sustained_shift_in_the_fft_chart_suggests_new_limits()
    {
        string fft = Section(Html, "fft").Value;
        Assert.Contains("The level appears to have shifted: every month since 2025-09 is below the mean.", fft, StringComparison.Ordinal);
        Assert.Contains("the limits should be recalculated from 2025-09", fft, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_is_A4_and_tables_scroll_on_a_narrow_screen()
    {
        string style = Html.Descendants(Xhtml + "style").Single().Value;
        Assert.Contains("@page { size: A4;", style, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", style, StringComparison.Ordinal);
        Assert.Contains(".table-wrap { overflow-x: auto;", style, StringComparison.Ordinal);
        Assert.All(Html.Descendants(Xhtml + "table"), t => Assert.Equal("table-wrap", (string?)t.Parent!.Attribute("class")));
    }

    [Fact]
    public void A_column_of_numbers_and_dashes_is_aligned_throughout()
    {
        XElement table = Section(Html, "index").Descendants(Xhtml + "table").First(t => t.Element(Xhtml + "caption")!.Value.StartsWith("The index of each team", StringComparison.Ordinal));
        XElement[] index = [.. table.Descendants(Xhtml + "tr").Skip(1).Select(r => r.Elements(Xhtml + "td").ElementAt(1))];
        Assert.All(index, cell => Assert.Equal("num", (string?)cell.Attribute("class")));
        Assert.Contains(index, cell => cell.Value == "-");
    }

    [Fact]
    public void Report_says_on_standard_error_what_it_wrote()
    {
        (int exit, _, _, string error) = Sample.Value;
        Assert.Equal(0, exit);
        Assert.Matches(@"^wrote .*report\.html: 9 of 9 sections complete \(core-10, yp-core, dialog, pam-13, fft, measures, funnel, index, about\); nothing left out\.\r?\n$", error);

        using var runner = new CliRunner();
        (int partial, _, _, string note) = ReportCommandTests.Report(Copy(runner, "core10.csv"));
        Assert.Equal(0, partial);
        Assert.Contains("left out or incomplete: YP-CORE: young people's distress (input missing);", note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_an_error_naming_the_files_looked_for()
    {
        using var runner = new CliRunner();
        string folder = runner.PathOf("empty");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not an input");
        (int exit, XDocument? html, _, string error) = ReportCommandTests.Report(folder);
        Assert.Equal(1, exit);
        Assert.Null(html);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("has none of the files the report reads", error, StringComparison.Ordinal);
        foreach (string file in new[] { "core10.csv", "yp-core.csv", "dialog.csv", "pam-13.csv", "fft-responses.csv", "spc-series.csv", "funnel-units.csv", "index-components.csv" })
        {
            Assert.Contains(file, error, StringComparison.Ordinal);
        }
    }
}
