using System.Collections.Immutable;

namespace OutcomeScoring.Forms;

/// <summary>
/// Reads a table of forms, already split into cells (by a CSV reader such as Sep, a database reader or a spreadsheet
/// library), into <see cref="FormRow"/>s: the item columns through the form reader, so every cell is read as the command
/// line reads it, and other columns by name. For scripts: <c>foreach (FormRow row in FormRows.Read(layout, header, records, "id", "team"))</c>.
/// </summary>
/// <remarks>Pure and lazy: each record is read as it is enumerated; nothing is read from a file here.</remarks>
public static class FormRows
{
    /// <summary>Reads each record into a row.</summary>
    /// <param name="layout">The form layout (for example <c>FormLayout.For(Core10.Instrument)</c>).</param>
    /// <param name="header">The column names.</param>
    /// <param name="records">The records after the header, each one cell per column.</param>
    /// <param name="columns">Other columns to keep by name (case-insensitive), for example "id", "date", "team".</param>
    /// <returns>One row per record, in order; a short record is a row with a <see cref="FormProblemKind.ShortRow"/> problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">An item column is missing or given twice, or a named column is missing; the message says which (thrown at once, before any row is read).</exception>
    public static IEnumerable<FormRow> Read(FormLayout layout, IReadOnlyList<string> header, IEnumerable<string[]> records, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(columns);
        FormReader reader = FormReader.Bind(layout, header);
        var named = new (string Name, int Column)[columns.Length];
        for (int c = 0; c < columns.Length; c++)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(columns[c], nameof(columns));
            int found = FormColumns.Find(header, columns[c]);
            named[c] = found >= 0
                ? (columns[c], found)
                : throw new FormatException($"the header lacks the column {columns[c]}; it has {string.Join(", ", header)}.");
        }

        return Rows(reader, named, records);
    }

    private static IEnumerable<FormRow> Rows(FormReader reader, (string Name, int Column)[] named, IEnumerable<string[]> records)
    {
        int rowNumber = 0;
        var problems = new List<FormProblem>();
        foreach (string[] record in records)
        {
            rowNumber++;
            problems.Clear();
            ImmutableDictionary<string, string>.Builder cells = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            if (record is null || record.Length < reader.HeaderLength)
            {
                problems.Add(FormProblem.ShortRow(record?.Length ?? 0, reader.HeaderLength));
                yield return new FormRow(rowNumber, [], cells.ToImmutable(), [.. problems]);
                continue;
            }

            foreach ((string name, int column) in named)
            {
                cells[name] = record[column];
            }

            bool read = reader.TryReadAnswers(record, out Answer[]? answers, problems);
            yield return new FormRow(rowNumber, read ? [.. answers!] : [], cells.ToImmutable(), [.. problems]);
        }
    }
}
