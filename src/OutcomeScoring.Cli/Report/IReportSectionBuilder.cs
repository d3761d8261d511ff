using OutcomeScoring.Charts.Reports;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// Builds one section of the service report from the folder's files. A section whose input is missing or
/// unusable says so (<see cref="ReportSection.Missing"/>, <see cref="ReportSection.Unusable"/>) rather than
/// failing the report. To add a section, implement this and add it to
/// <see cref="ServiceReport.Builders"/>.
/// </summary>
internal interface IReportSectionBuilder
{
    /// <summary>Gets the section's identifier (its anchor in the report).</summary>
    string Id { get; }

    /// <summary>Gets the section's title.</summary>
    string Title { get; }

    /// <summary>Gets the files the section reads, as named in docs/report.md.</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>Builds the section.</summary>
    ReportSection Build(ReportFolder folder);
}

/// <summary>Collects a section's blocks in the order the report shows them.</summary>
internal sealed class SectionWriter
{
    private readonly List<ReportBlock> _blocks = [];

    public IReadOnlyList<ReportBlock> Blocks => _blocks;

    public SectionWriter Paragraph(string text)
    {
        _blocks.Add(new ReportParagraph(text));
        return this;
    }

    public SectionWriter Heading(string text)
    {
        _blocks.Add(new ReportHeading(text));
        return this;
    }

    public SectionWriter Note(string text)
    {
        _blocks.Add(new ReportNotice(ReportNoticeKind.Note, text));
        return this;
    }

    public SectionWriter Caution(string text)
    {
        _blocks.Add(new ReportNotice(ReportNoticeKind.Caution, text));
        return this;
    }

    public SectionWriter Definitions(IEnumerable<KeyValuePair<string, string>> entries)
    {
        _blocks.Add(new ReportDefinitions(entries));
        return this;
    }

    public SectionWriter Table(string caption, string[] columns, IEnumerable<string[]> rows)
    {
        _blocks.Add(new ReportTable(caption, columns, rows));
        return this;
    }

    public SectionWriter Figure(Charts.Chart chart, string caption, int width = 900, int height = 560)
    {
        _blocks.Add(new ReportFigure(chart, caption) { Width = width, Height = height });
        return this;
    }

    /// <summary>Lists rows that could not be read, at most 20, so none disappears unnoticed.</summary>
    public SectionWriter RowsNotRead(string file, IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            _blocks.Add(new ReportNotice(ReportNoticeKind.Caution, $"{Text.Count(problems.Count, "row", "rows")} of {file} could not be read and are left out of this section:"));
            _blocks.Add(new ReportList(problems.Count <= 20 ? problems : [.. problems.Take(20), $"... and {Text.N(problems.Count - 20)} more"]));
        }

        return this;
    }

    /// <summary>Adds the method notes, the settings used and the sources, each under its own heading.</summary>
    public SectionWriter About(IEnumerable<string> method, IEnumerable<KeyValuePair<string, string>> settings, IEnumerable<string> sources)
    {
        _blocks.Add(new ReportHeading("Method"));
        foreach (string paragraph in method)
        {
            _blocks.Add(new ReportParagraph(paragraph));
        }

        _blocks.Add(new ReportHeading("Settings used"));
        _blocks.Add(new ReportDefinitions(settings));
        _blocks.Add(new ReportHeading("Sources"));
        _blocks.Add(new ReportList(sources));
        return this;
    }
}
