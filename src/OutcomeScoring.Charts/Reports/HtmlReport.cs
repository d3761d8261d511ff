using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace OutcomeScoring.Charts.Reports;

/// <summary>
/// A self-contained HTML report: a title, a contents list with each section's one-line summary, and the
/// sections with their tables, figures, notices, method notes and sources. Charts are embedded (inline SVG by
/// default, or PNG as <c>data:</c> URIs); there are no scripts and no external references, so the file can be
/// e-mailed, archived or opened offline.
/// </summary>
/// <remarks>
/// <para>
/// The output is well-formed XHTML served as HTML5 (<c>&lt;!DOCTYPE html&gt;</c>), so it opens in any browser and
/// parses as XML. All text is escaped, and a character XML cannot hold (a control character such as U+0001 from a CSV
/// cell) is shown as its code point, <c>[U+0001]</c>, instead of stopping the report (issue 21, D4). A restrictive
/// Content-Security-Policy <c>meta</c> tag (<see cref="ContentSecurityPolicy"/>) tells the browser to run no script and
/// load nothing from outside the file, so even text that slipped through could do nothing. The same report gives the
/// same bytes: no dates or clocks are read.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class HtmlReport
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string Css = """
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #222; max-width: 1000px; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
        h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
        .subtitle { color: #555; margin-top: 0; font-size: 1.1rem; }
        h2 { border-bottom: 2px solid #0072B2; padding-bottom: 0.2rem; margin-top: 2.8rem; }
        h3 { margin-top: 1.6rem; font-size: 1.1rem; }
        .table-wrap { overflow-x: auto; max-width: 100%; margin: 1rem 0; }
        table { border-collapse: collapse; margin: 0; font-size: 0.93rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f1f1f1; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #fafafa; }
        figure { margin: 1.4rem 0; }
        figure svg, figure img { max-width: 100%; height: auto; border: 1px solid #e5e5e5; }
        figcaption { color: #444; font-size: 0.95rem; margin-top: 0.4rem; }
        .notice { border-left: 4px solid #999999; background: #f6f6f6; padding: 0.4rem 0.9rem; margin: 1rem 0; }
        .notice.caution { border-color: #E69F00; background: #fff8e6; }
        .notice.missing { border-color: #0072B2; background: #eef5fb; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1.2rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        nav li { margin: 0.25rem 0; }
        .summary { color: #444; }
        footer { margin-top: 3rem; color: #666; font-size: 0.85rem; border-top: 1px solid #ddd; padding-top: 0.8rem; }
        @media (max-width: 600px) { body { padding: 0.8rem; } h1 { font-size: 1.5rem; } dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.4rem; } .table-wrap caption { position: sticky; left: 0; width: calc(100vw - 1.6rem); } td:not(.num) { min-width: 7rem; } td:last-child:not(.num) { min-width: 16rem; } }
        @page { size: A4; margin: 15mm 12mm; }
        @media print { body { max-width: none; padding: 0; font-size: 10.5pt; } h2, h3, caption { break-after: avoid; } figure, table, tr, .table-wrap, .notice, dl { break-inside: avoid; } .table-wrap { overflow: visible; } table { width: 100%; font-size: 8pt; } th, td { padding: 0.15rem 0.3rem; } td.num, th.num { white-space: normal; } thead { display: table-header-group; } h2 { break-before: page; } nav + section h2, section:first-of-type h2 { break-before: auto; } }
        """;

    /// <summary>
    /// The report's Content-Security-Policy: nothing may be loaded or run (<c>default-src 'none'</c>) except the inline
    /// style sheet and SVG styles, and images and fonts embedded as <c>data:</c> URIs (PNG charts); no base URL and no
    /// form submission. The report needs no script, so none is allowed (W3C, Content Security Policy Level 3, the
    /// <c>meta</c> element delivery; <c>frame-ancestors</c> cannot be set there).
    /// </summary>
    public static string ContentSecurityPolicy { get; } = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Creates a report.</summary>
    /// <param name="title">The report's title, for example the service's name.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <exception cref="ArgumentException">Two sections have the same <see cref="ReportSection.Id"/>.</exception>
    public HtmlReport(string title, IEnumerable<ReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(sections);
        Title = title;
        Sections = [.. sections];
        if (Sections.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(sections), "A report section is null.");
        }

        if (Sections.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two sections have the id '{twice.Key}'; each needs its own.", nameof(sections));
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the line under the title (for example the period covered), or <see langword="null"/>.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Gets the text at the foot of the report (for example how it was made), or <see langword="null"/>.</summary>
    public string? Footer { get; init; }

    /// <summary>Gets the sections, in order.</summary>
    public ImmutableArray<ReportSection> Sections { get; }

    /// <summary>Gets how charts are embedded: inline SVG (the default: sharp at any zoom, text selectable) or PNG <c>data:</c> URIs.</summary>
    public ChartFormat FigureFormat { get; init; } = ChartFormat.Svg;

    /// <summary>Renders the report as HTML.</summary>
    /// <returns>The HTML document, with "\n" line ends.</returns>
    public string ToHtml()
    {
        int figure = 0;
        var body = new XElement(
            Xhtml + "body",
            new XElement(Xhtml + "header", Element("h1", Title), Subtitle is null ? null : Element("p", Subtitle, "subtitle")),
            Contents(),
            new XElement(Xhtml + "main", Sections.Select(s => Section(s, ref figure)).ToArray()),
            Footer is null ? null : new XElement(Xhtml + "footer", Element("p", Footer)));
        var html = new XElement(
            Xhtml + "html",
            new XAttribute("lang", "en"),
            new XElement(
                Xhtml + "head",
                new XElement(Xhtml + "meta", new XAttribute("charset", "utf-8")),
                new XElement(Xhtml + "meta", new XAttribute("http-equiv", "Content-Security-Policy"), new XAttribute("content", ContentSecurityPolicy)),
                new XElement(Xhtml + "meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                Element("title", Title),
                Element("style", "\n" + Css + "\n")),
            body);
        ShowUnwritableCharacters(html);

        var text = new StringBuilder("<!DOCTYPE html>\n");
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(text, settings))
        {
            html.WriteTo(writer);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Writes the report to a file as UTF-8, replacing any file of that name.</summary>
    /// <param name="path">The file path, for example "report.html".</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, ToHtml(), new UTF8Encoding(false));
    }

    private XElement Contents() =>
        new(
            Xhtml + "nav",
            Element("h2", "Contents"),
            new XElement(
                Xhtml + "ol",
                Sections.Select(s => new XElement(
                    Xhtml + "li",
                    new XElement(Xhtml + "a", new XAttribute("href", "#" + s.Id), s.Title),
                    s.Summary is null ? null : new XElement(Xhtml + "span", new XAttribute("class", "summary"), ": " + s.Summary))).ToArray()));

    private XElement Section(ReportSection section, ref int figure)
    {
        var element = new XElement(Xhtml + "section", new XAttribute("id", section.Id), Element("h2", section.Title));
        foreach (ReportBlock block in section.Blocks)
        {
            element.Add(block switch
            {
                ReportHeading h => Element("h3", h.Text),
                ReportParagraph p => Element("p", p.Text),
                ReportList l => new XElement(Xhtml + "ul", l.Items.Select(i => Element("li", i)).ToArray()),
                ReportDefinitions d => new XElement(Xhtml + "dl", d.Entries.SelectMany(e => new[] { Element("dt", e.Key), Element("dd", e.Value) }).ToArray()),
                ReportNotice n => Notice(n),
                ReportTable t => Table(t),
                ReportFigure f => Figure(f, section.Id + "-f" + (++figure).ToString(CultureInfo.InvariantCulture)),
                _ => throw new InvalidOperationException($"Unknown report block {block.GetType().Name}."),
            });
        }

        return element;
    }

    private static XElement Notice(ReportNotice notice)
    {
        (string css, string label) = notice.Kind switch
        {
            ReportNoticeKind.Caution => ("notice caution", "Caution: "),
            ReportNoticeKind.MissingInput => ("notice missing", "Not included: "),
            _ => ("notice note", "Note: "),
        };
        return new XElement(Xhtml + "div", new XAttribute("class", css), new XElement(Xhtml + "p", new XElement(Xhtml + "strong", label), notice.Text));
    }

    /// <summary>
    /// A table in a box that scrolls sideways on a narrow screen. A column whose every cell is a number or a dash (no value) is
    /// right-aligned throughout, header and dashes included, so its numbers line up; in other columns only number cells are.
    /// </summary>
    private static XElement Table(ReportTable table)
    {
        bool[] numeric = [.. Enumerable.Range(0, table.Columns.Length).Select(c =>
            table.Rows.Any(r => c < r.Length && NumberPattern().IsMatch(r[c]))
            && table.Rows.All(r => c >= r.Length || NumberPattern().IsMatch(r[c]) || r[c] is "-" or ""))];
        string? Css(int column, string cell) => (column < numeric.Length && numeric[column]) || NumberPattern().IsMatch(cell) ? "num" : null;
        return new(
            Xhtml + "div",
            new XAttribute("class", "table-wrap"),
            new XElement(
                Xhtml + "table",
                Element("caption", table.Caption),
                new XElement(Xhtml + "thead", new XElement(Xhtml + "tr", table.Columns.Select((c, i) => Element("th", c, numeric[i] ? "num" : null, scope: "col")).ToArray())),
                new XElement(
                    Xhtml + "tbody",
                    table.Rows.Select(r => new XElement(Xhtml + "tr", r.Select((c, i) => Element("td", c, Css(i, c))).ToArray())).ToArray())));
    }

    private XElement Figure(ReportFigure figure, string id)
    {
        ChartImage image = figure.Chart.Render(FigureFormat, figure.Width, figure.Height);
        XElement picture;
        if (FigureFormat == ChartFormat.Svg)
        {
            picture = XElement.Parse(VisibleText(image.ToSvgText()));
            Prefix(picture, id);
            picture.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {figure.Width} {figure.Height}"));
            picture.SetAttributeValue("role", "img");
            picture.SetAttributeValue("aria-labelledby", id + "-title");
            picture.AddFirst(new XElement(Svg + "title", new XAttribute("id", id + "-title"), figure.Chart.Description));
        }
        else
        {
            picture = new XElement(
                Xhtml + "img",
                new XAttribute("src", image.ToDataUri()),
                new XAttribute("alt", figure.Chart.Description),
                new XAttribute("width", figure.Width),
                new XAttribute("height", figure.Height));
        }

        return new XElement(Xhtml + "figure", new XAttribute("id", id), picture, Element("figcaption", figure.Caption));
    }

    /// <summary>Makes an inline SVG's ids unique in the page (several charts each have clip path "c1").</summary>
    private static void Prefix(XElement svg, string prefix)
    {
        foreach (XElement element in svg.DescendantsAndSelf())
        {
            foreach (XAttribute attribute in element.Attributes())
            {
                if (attribute.Name == "id")
                {
                    attribute.Value = prefix + "-" + attribute.Value;
                }
                else if (attribute.Value.Contains("url(#", StringComparison.Ordinal))
                {
                    attribute.Value = attribute.Value.Replace("url(#", "url(#" + prefix + "-", StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>Replaces, in every text and attribute of <paramref name="root"/>, the characters XML cannot hold (<see cref="VisibleText"/>).</summary>
    private static void ShowUnwritableCharacters(XElement root)
    {
        foreach (XNode node in root.DescendantNodesAndSelf())
        {
            if (node is XText text)
            {
                text.Value = VisibleText(text.Value);
            }
            else if (node is XElement element)
            {
                foreach (XAttribute attribute in element.Attributes())
                {
                    attribute.Value = VisibleText(attribute.Value);
                }
            }
        }
    }

    /// <summary>
    /// The text with each character XML 1.0 cannot hold (control characters other than tab and line ends, unpaired
    /// surrogates, U+FFFE and U+FFFF) written as its code point, <c>[U+0001]</c>; the same string when there is none.
    /// </summary>
    internal static string VisibleText(string text)
    {
        int first = IndexOfUnwritable(text, 0);
        if (first < 0)
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 16);
        int from = 0;
        for (int i = first; i >= 0; i = IndexOfUnwritable(text, from))
        {
            visible.Append(text, from, i - from).Append(CultureInfo.InvariantCulture, $"[U+{(int)text[i]:X4}]");
            from = i + 1;
        }

        return visible.Append(text, from, text.Length - from).ToString();
    }

    private static int IndexOfUnwritable(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An XHTML element with text; never written self-closing (which HTML would misread), so empty text is kept as "".</summary>
    private static XElement Element(string name, string text, string? css = null, string? scope = null) =>
        new(Xhtml + name, css is null ? null : new XAttribute("class", css), scope is null ? null : new XAttribute("scope", scope), text);

    // A number, a percentage or a range of them ("2-3", "64.4 to 74.6"), optionally with a bracketed interval after it.
    [GeneratedRegex(@"^[-+\u2212]?[0-9][0-9,]*(\.[0-9]+)?%?((-| to )[-+\u2212]?[0-9][0-9,]*(\.[0-9]+)?%?)?( \(.*\))?$")]
    private static partial Regex NumberPattern();
}
