using System.Globalization;
using System.Text;

namespace OutcomeScoring.Tables;

/// <summary>
/// Writes rows of results as an aligned text table or a Markdown table, so that a script prints what it computed
/// without padding columns by hand.
/// </summary>
/// <remarks>
/// Cells are written with the invariant culture (<c>12.5</c>, never <c>12,5</c>); <see langword="null"/> is an empty
/// cell. A column whose every non-empty cell is a number (an integer, <see cref="double"/>, <see cref="float"/> or
/// <see cref="decimal"/>) is right-aligned. Lines end with <c>\n</c>. Pure and thread-safe.
/// </remarks>
public static class TextTable
{
    /// <summary>Formats a table.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <param name="style">The layout; by default <see cref="TableStyle.Aligned"/>.</param>
    /// <returns>The table, one line per row after the header (and its rule), each ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or <paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The header is empty, or a row's number of cells differs from the header's; the message gives the row.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not defined.</exception>
    public static string Format(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, TableStyle style = TableStyle.Aligned)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Not a table style.");
        }

        if (header.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(header));
        }

        var texts = new List<string[]>();
        bool[] numeric = [.. Enumerable.Repeat(true, header.Count)];
        foreach (IReadOnlyList<object?> row in rows)
        {
            if (row is null || row.Count != header.Count)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Row {texts.Count + 1} has {row?.Count ?? 0} cells; the header has {header.Count} columns."),
                    nameof(rows));
            }

            var cells = new string[row.Count];
            for (int c = 0; c < row.Count; c++)
            {
                cells[c] = Text(row[c]);
                numeric[c] &= row[c] is null || IsNumber(row[c]!);
            }

            texts.Add(cells);
        }

        return style == TableStyle.Markdown ? Markdown(header, texts, numeric) : Aligned(header, texts, numeric);
    }

    private static string Aligned(IReadOnlyList<string> header, List<string[]> rows, bool[] numeric)
    {
        int[] widths = [.. header.Select((name, c) => rows.Select(r => r[c].Length).Append(name.Length).Max())];
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            int start = text.Length;
            for (int c = 0; c < cells.Count; c++)
            {
                text.Append(c == 0 ? "" : "  ").Append(numeric[c] ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
            }

            // No trailing spaces: trim what this line added.
            int end = text.Length;
            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            text.Length = end;
            text.Append('\n');
        }

        Line(header);
        Line([.. widths.Select(w => new string('-', w))]);
        rows.ForEach(Line);
        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<string> header, List<string[]> rows, bool[] numeric)
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append("| ").AppendJoin(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
        Line(header);
        text.Append('|').AppendJoin('|', numeric.Select(n => n ? "--:" : "---")).Append("|\n");
        rows.ForEach(Line);
        return text.ToString();
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static bool IsNumber(object cell) =>
        cell is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;
}
