using System.Collections.Immutable;

namespace OutcomeScoring.Charts.Reports;

/// <summary>
/// One piece of a <see cref="ReportSection"/>: a paragraph, a list, a table, a figure, a notice or a list of
/// terms. Blocks hold plain text only; <see cref="HtmlReport"/> escapes it, so no markup can be injected.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class ReportBlock
{
    /// <summary>Initialises a block (the kinds are fixed: the ones in this namespace).</summary>
    private protected ReportBlock()
    {
    }

    /// <summary>Checks a required text.</summary>
    private protected static string Required(string? text, string name) =>
        text ?? throw new ArgumentNullException(name, $"The report {name} cannot be null.");
}

/// <summary>A sub-heading inside a section, for example "Method" or "Sources".</summary>
public sealed class ReportHeading : ReportBlock
{
    /// <summary>Creates a sub-heading.</summary>
    /// <param name="text">The heading.</param>
    public ReportHeading(string text) => Text = Required(text, "heading");

    /// <summary>Gets the heading.</summary>
    public string Text { get; }
}

/// <summary>A paragraph of plain text.</summary>
public sealed class ReportParagraph : ReportBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text.</param>
    public ReportParagraph(string text) => Text = Required(text, "paragraph");

    /// <summary>Gets the text.</summary>
    public string Text { get; }
}

/// <summary>A bulleted list, for example of sources.</summary>
public sealed class ReportList : ReportBlock
{
    /// <summary>Creates a list.</summary>
    /// <param name="items">The items, in order.</param>
    public ReportList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items.Select(i => Required(i, "list item"))];
    }

    /// <summary>Gets the items.</summary>
    public ImmutableArray<string> Items { get; }
}

/// <summary>A list of terms and what they are, for example the settings a section used.</summary>
public sealed class ReportDefinitions : ReportBlock
{
    /// <summary>Creates a list of terms.</summary>
    /// <param name="entries">Each term and its description, in order.</param>
    public ReportDefinitions(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries.Select(e => KeyValuePair.Create(Required(e.Key, "term"), Required(e.Value, "definition")))];
    }

    /// <summary>Gets the terms and descriptions.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Entries { get; }
}

/// <summary>How prominent a <see cref="ReportNotice"/> is.</summary>
public enum ReportNoticeKind
{
    /// <summary>Something the reader should know (for example: comparisons are exploratory).</summary>
    Note = 1,

    /// <summary>Something that limits what the figures mean (for example: a made-up calibration).</summary>
    Caution = 2,

    /// <summary>An input the section needs is missing or unusable, so the section has no figures.</summary>
    MissingInput = 3,
}

/// <summary>A boxed notice: a note, a caution, or a missing input.</summary>
public sealed class ReportNotice : ReportBlock
{
    /// <summary>Creates a notice.</summary>
    /// <param name="kind">How prominent it is.</param>
    /// <param name="text">What it says.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ReportNotice(ReportNoticeKind kind, string text)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The notice kind must be Note, Caution or MissingInput.");
        }

        Kind = kind;
        Text = Required(text, "notice");
    }

    /// <summary>Gets how prominent the notice is.</summary>
    public ReportNoticeKind Kind { get; }

    /// <summary>Gets what it says.</summary>
    public string Text { get; }
}

/// <summary>A table with a caption, column headings and rows of plain text; numbers are right-aligned.</summary>
public sealed class ReportTable : ReportBlock
{
    /// <summary>Creates a table.</summary>
    /// <param name="caption">What the table shows, in plain words.</param>
    /// <param name="columns">The column headings.</param>
    /// <param name="rows">The rows; each must have one cell per column.</param>
    /// <exception cref="ArgumentException">A row has a different number of cells from the columns.</exception>
    public ReportTable(string caption, IEnumerable<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        Caption = Required(caption, "table caption");
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = [.. columns.Select(c => Required(c, "column heading"))];
        var built = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (IReadOnlyList<string> row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (row.Count != Columns.Length)
            {
                throw new ArgumentException($"Table '{Caption}': row {built.Count + 1} has {row.Count} cells but there are {Columns.Length} columns.", nameof(rows));
            }

            built.Add([.. row.Select(c => Required(c, "table cell"))]);
        }

        Rows = built.ToImmutable();
    }

    /// <summary>Gets the caption.</summary>
    public string Caption { get; }

    /// <summary>Gets the column headings.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Gets the rows.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }
}

/// <summary>A chart with its caption, rendered into the report at the given size.</summary>
public sealed class ReportFigure : ReportBlock
{
    /// <summary>Creates a figure.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="caption">What the chart shows and how to read it, in plain words.</param>
    public ReportFigure(Chart chart, string caption)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Chart = chart;
        Caption = Required(caption, "figure caption");
    }

    /// <summary>Gets the chart.</summary>
    public Chart Chart { get; }

    /// <summary>Gets the caption.</summary>
    public string Caption { get; }

    /// <summary>Gets the width to render at, in pixels (default 900).</summary>
    public int Width { get; init; } = 900;

    /// <summary>Gets the height to render at, in pixels (default 560).</summary>
    public int Height { get; init; } = 560;
}
