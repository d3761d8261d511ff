using OutcomeScoring.Comparison;
using System.Xml.Linq;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;

namespace OutcomeScoring.Charts.Tests;

public sealed class HtmlReportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static HtmlReport Sample(ChartFormat format = ChartFormat.Svg) => new(
        "Riverside & Co <service>",
        [
            new ReportSection("change", "Change", [
                new ReportParagraph("Scores <b>fell</b> & rose."),
                new ReportFigure(Fixtures.Jacobson(), "The Jacobson plot.") { Width = 700, Height = 500 },
                new ReportTable("Counts", ["Team", "n", "Rate"], [["North", "12", "52.3% (45.1%-59.2%)"], ["", "-", ""]]),
                new ReportFigure(new SpcChart(Fixtures.Xmr()), "The SPC chart."),
            ]) { Summary = "12 people." },
            new ReportSection("about", "About", [
                new ReportHeading("Sources"),
                new ReportList(["Spiegelhalter 2005", "<script>alert(1)</script>"]),
                new ReportDefinitions([new("Cut-off", "11")]),
                new ReportNotice(ReportNoticeKind.Caution, "Made-up data."),
                new ReportNotice(ReportNoticeKind.Note, "Exploratory."),
            ]),
            ReportSection.Missing("pam-13", "PAM-13", "There is no pam-13.csv in the folder. Put it there."),
        ])
    {
        Subtitle = "2024-2026",
        Footer = "Made with tests.",
        FigureFormat = format,
    };

    private static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">", html, StringComparison.Ordinal);
        return XDocument.Parse(html);
    }

    [Fact]
    public void Report_is_well_formed_xhtml_with_a_section_and_contents_entry_per_section()
    {
        XDocument html = Parse(Sample().ToHtml());
        Assert.Equal(Xhtml + "html", html.Root!.Name);
        Assert.Equal("Riverside & Co <service>", html.Descendants(Xhtml + "title").Single().Value);
        Assert.Equal(["change", "about", "pam-13"], html.Descendants(Xhtml + "section").Select(s => (string)s.Attribute("id")!));
        Assert.Equal(["#change", "#about", "#pam-13"], html.Descendants(Xhtml + "nav").Descendants(Xhtml + "a").Select(a => (string)a.Attribute("href")!));
        Assert.Contains(html.Descendants(Xhtml + "li"), li => li.Value == "Change: 12 people.");
        Assert.Contains(html.Descendants(Xhtml + "li"), li => li.Value == "PAM-13: Not included: There is no pam-13.csv in the folder.");
    }

    [Fact]
    public void Text_is_escaped_so_no_markup_or_script_can_be_injected()
    {
        string text = Sample().ToHtml();
        XDocument html = Parse(text);
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "script" or "b");
        Assert.Contains("Scores &lt;b&gt;fell&lt;/b&gt; &amp; rose.", text, StringComparison.Ordinal);
        Assert.Contains(html.Descendants(Xhtml + "li"), li => li.Value == "<script>alert(1)</script>");
    }

    [Theory]
    [InlineData(ChartFormat.Svg)]
    [InlineData(ChartFormat.Png)]
    public void Control_characters_in_any_text_are_shown_as_code_points_instead_of_stopping_the_report(ChartFormat format)
    {
        // Issue 21, D4: a \x01 in a CSV cell reached the XML writer, which threw, and the report wrote nothing.
        const string Bad = "a\u0001b\u001Fc\uFFFEd\uD800e";
        const string Shown = "a[U+0001]b[U+001F]c[U+FFFE]d[U+D800]e";
        var report = new HtmlReport(
            "Title " + Bad,
            [
                new ReportSection("s", "Section " + Bad, [
                    new ReportParagraph(Bad),
                    new ReportTable("Caption " + Bad, ["Unit " + Bad], [[Bad]]),
                    new ReportList([Bad]),
                    new ReportDefinitions([new(Bad, Bad)]),
                    new ReportNotice(ReportNoticeKind.Caution, Bad),
                    new ReportFigure(new FunnelPlot(FunnelChart.ForProportions([new(Bad, 8, 10), new("Other \u0002", 5, 10)], new FunnelOptions())), "Caption " + Bad),
                ]) { Summary = Bad },
            ])
        {
            Subtitle = Bad,
            Footer = Bad,
            FigureFormat = format,
        };

        string text = report.ToHtml();
        XDocument html = Parse(text);
        Assert.Equal("Title " + Shown, html.Descendants(Xhtml + "title").First().Value);
        Assert.Contains(html.Descendants(Xhtml + "td"), td => td.Value == Shown);
        Assert.Contains(html.Descendants(Xhtml + "dt"), dt => dt.Value == Shown);
        Assert.Contains(html.Descendants(Xhtml + "figcaption"), c => c.Value == "Caption " + Shown);
        Assert.DoesNotContain('\u0001', text);
        Assert.DoesNotContain("&#x1;", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_valid_pair_of_surrogates_is_kept()
    {
        string text = new HtmlReport("Emoji \U0001F600", []).ToHtml();
        Assert.Equal("Emoji \U0001F600", Parse(text).Descendants(Xhtml + "title").Single().Value);
    }

    [Fact]
    public void The_report_carries_a_content_security_policy_that_allows_no_script_and_nothing_from_outside()
    {
        XDocument html = Parse(Sample().ToHtml());
        XElement head = html.Root!.Element(Xhtml + "head")!;
        XElement policy = head.Elements(Xhtml + "meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy");
        Assert.Equal(1, head.Elements().ToList().IndexOf(policy)); // right after the charset, before anything it governs
        string[] directives = [.. ((string)policy.Attribute("content")!).Split(';', StringSplitOptions.TrimEntries)];
        Assert.Equal(
            ["default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "font-src data:", "base-uri 'none'", "form-action 'none'"],
            directives);
        Assert.DoesNotContain(directives, d => d.StartsWith("script-src", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ChartFormat.Svg)]
    [InlineData(ChartFormat.Png)]
    public void Report_has_no_external_references_or_scripts(ChartFormat format)
    {
        XDocument html = Parse(Sample(format).ToHtml());
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName == "script");
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "link" or "iframe" or "object" or "embed");
        foreach (XAttribute attribute in html.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href"))
        {
            Assert.True(attribute.Value.StartsWith('#') || attribute.Value.StartsWith("data:image/", StringComparison.Ordinal), $"{attribute.Name} = {attribute.Value[..Math.Min(60, attribute.Value.Length)]}");
        }
    }

    [Fact]
    public void Svg_figures_are_inline_with_their_description_and_ids_unique_in_the_page()
    {
        XDocument html = Parse(Sample().ToHtml());
        XNamespace svg = "http://www.w3.org/2000/svg";
        XElement[] pictures = [.. html.Descendants(svg + "svg")];
        Assert.Equal(2, pictures.Length);
        Assert.Equal(Fixtures.Jacobson().Description, pictures[0].Element(svg + "title")!.Value);
        Assert.Equal("0 0 700 500", (string)pictures[0].Attribute("viewBox")!);
        Assert.Equal("700", (string)pictures[0].Attribute("width")!);
        string[] ids = [.. html.Descendants().Attributes("id").Select(a => a.Value)];
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (XAttribute url in html.Descendants().Attributes().Where(a => a.Value.Contains("url(#", StringComparison.Ordinal)))
        {
            string target = url.Value[(url.Value.IndexOf("url(#", StringComparison.Ordinal) + 5)..url.Value.IndexOf(')', StringComparison.Ordinal)];
            Assert.Contains(target, ids);
        }

        Assert.Equal(["The Jacobson plot.", "The SPC chart."], html.Descendants(Xhtml + "figcaption").Select(f => f.Value));
    }

    [Fact]
    public void Png_figures_are_data_uris_with_alternative_text()
    {
        XDocument html = Parse(Sample(ChartFormat.Png).ToHtml());
        XElement image = html.Descendants(Xhtml + "img").First();
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", (string)image.Attribute("src")!, StringComparison.Ordinal);
        Assert.Equal(Fixtures.Jacobson().Description, (string)image.Attribute("alt")!);
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName == "svg");
    }

    [Fact]
    public void Empty_cells_are_written_open_and_closed_and_numbers_right_aligned()
    {
        string text = Sample().ToHtml();
        Assert.Contains("<td></td>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<td />", text, StringComparison.Ordinal);
        XDocument html = Parse(text);
        XElement[] cells = [.. html.Descendants(Xhtml + "td")];
        Assert.Null(cells[0].Attribute("class"));
        Assert.Equal("num", (string?)cells[1].Attribute("class"));
        Assert.Equal("num", (string?)cells[2].Attribute("class"));
    }

    [Fact]
    public void Notices_say_what_kind_they_are()
    {
        XDocument html = Parse(Sample().ToHtml());
        string[] notices = [.. html.Descendants(Xhtml + "div").Where(d => ((string?)d.Attribute("class"))?.StartsWith("notice", StringComparison.Ordinal) == true).Select(d => d.Value)];
        Assert.Equal(["Caution: Made-up data.", "Note: Exploratory.", "Not included: There is no pam-13.csv in the folder. Put it there."], notices);
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes()
    {
        Assert.Equal(Sample().ToHtml(), Sample().ToHtml());
        Assert.Equal(Sample(ChartFormat.Png).ToHtml(), Sample(ChartFormat.Png).ToHtml());
    }

    [Fact]
    public void Save_writes_utf8_without_a_byte_order_mark()
    {
        string path = Path.Combine(Path.GetTempPath(), $"outcome-report-{Guid.NewGuid():N}.html");
        try
        {
            HtmlReport report = Sample();
            report.Save(path);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.Equal(report.ToHtml(), System.Text.Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_and_unusable_sections_carry_their_status()
    {
        ReportSection missing = ReportSection.Missing("dialog", "DIALOG", "There is no dialog.csv. Add one.");
        Assert.Equal(ReportSectionStatus.MissingInput, missing.Status);
        Assert.Equal("Not included: There is no dialog.csv.", missing.Summary);
        ReportSection unusable = ReportSection.Unusable("dialog", "DIALOG", "dialog.csv lacks item3");
        Assert.Equal(ReportSectionStatus.Unusable, unusable.Status);
        Assert.Equal(ReportNoticeKind.MissingInput, Assert.IsType<ReportNotice>(Assert.Single(unusable.Blocks)).Kind);
    }

    [Fact]
    public void Bad_building_blocks_are_refused_with_the_reason()
    {
        Assert.Contains("'Core 10'", Assert.Throws<ArgumentException>(() => new ReportSection("Core 10", "x", [])).Message, StringComparison.Ordinal);
        Assert.Contains("'a'", Assert.Throws<ArgumentException>(() => new HtmlReport("t", [new ReportSection("a", "A", []), new ReportSection("a", "B", [])])).Message, StringComparison.Ordinal);
        Assert.Equal("Table 'T': row 2 has 1 cells but there are 2 columns. (Parameter 'rows')", Assert.Throws<ArgumentException>(() => new ReportTable("T", ["a", "b"], [["1", "2"], ["1"]])).Message);
        Assert.Throws<ArgumentNullException>(() => new ReportParagraph(null!));
        Assert.Throws<ArgumentNullException>(() => new ReportSection("a", "A", [null!]));
        Assert.Throws<ArgumentNullException>(() => new ReportFigure(null!, "caption"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportNotice((ReportNoticeKind)9, "x"));
        Assert.Throws<ArgumentNullException>(() => new HtmlReport("t", [null!]));
    }
}
