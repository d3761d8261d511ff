using System.Globalization;
using CsvHelper;

namespace OutcomeScoring.Cli.Report;

/// <summary>The folder a report is built from: its CSV files (read on request) and its settings.</summary>
internal sealed class ReportFolder
{
    private readonly Dictionary<string, CsvTable?> _tables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rowCountsWithheld = new(StringComparer.Ordinal);

    public ReportFolder(string path, ReportSettings settings)
    {
        Path = path;
        Settings = settings;
    }

    /// <summary>Gets the folder's path.</summary>
    public string Path { get; }

    /// <summary>Gets the settings (report.json, or the defaults).</summary>
    public ReportSettings Settings { get; }

    /// <summary>Gets the files the sections read, in the order they were asked for, with whether each was there.</summary>
    public List<(string File, bool Found, int Rows)> FilesRead { get; } = [];

    /// <summary>
    /// Marks a file whose number of rows must not be published: a section whose rows are responses withholds it when their total
    /// is suppressed (the FFT's whole period with 1-4 responses), since the count of rows would give that total.
    /// </summary>
    public void WithholdRowCount(string file) => _rowCountsWithheld.Add(file);

    /// <summary>Gets whether a section has withheld a file's number of rows (<see cref="WithholdRowCount"/>).</summary>
    public bool IsRowCountWithheld(string file) => _rowCountsWithheld.Contains(file);

    /// <summary>Gets whether a file is in the folder.</summary>
    public bool Has(string file) => File.Exists(System.IO.Path.Combine(Path, file));

    /// <summary>Reads a CSV file once, or gives <see langword="null"/> when the folder has none of that name.</summary>
    /// <exception cref="InvalidDataException">The file is empty, its header row is malformed or names a column twice, or it is not UTF-8.</exception>
    public CsvTable? Csv(string file)
    {
        if (_tables.TryGetValue(file, out CsvTable? table))
        {
            return table;
        }

        table = Has(file) ? CsvTable.Read(System.IO.Path.Combine(Path, file)) : null;
        _tables[file] = table;
        FilesRead.Add((file, table is not null, table?.Rows.Count ?? 0));
        return table;
    }
}

/// <summary>One row of a CSV file: its number (1 = the first row after the header) and its cells.</summary>
internal sealed record CsvRow(int Number, string[] Cells)
{
    /// <summary>Gets a cell, trimmed, or "" when the column is absent.</summary>
    public string this[int column] => column >= 0 && column < Cells.Length ? Cells[column].Trim() : "";
}

/// <summary>
/// A CSV file read with the same conventions as every other command (docs/cli.md, "Input"): rows that are
/// malformed or have the wrong number of fields are kept out and reported, by row number.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string name, string[] header, List<CsvRow> rows, List<string> problems)
    {
        Name = name;
        Header = header;
        Rows = rows;
        Problems = problems;
    }

    /// <summary>Gets the file's name.</summary>
    public string Name { get; }

    /// <summary>Gets the header.</summary>
    public string[] Header { get; }

    /// <summary>Gets the readable rows.</summary>
    public List<CsvRow> Rows { get; }

    /// <summary>Gets why rows could not be read, one message per row.</summary>
    public List<string> Problems { get; }

    /// <summary>Finds a column by name (case-insensitive), or -1.</summary>
    public int Column(string name) => CsvInput.Find(Header, name);

    /// <summary>Gets the columns a table lacks, of those named.</summary>
    public string[] Missing(params string[] names) => [.. names.Where(n => Column(n) < 0)];

    public static CsvTable Read(string path)
    {
        string name = System.IO.Path.GetFileName(path);
        using StreamReader text = CommandFiles.OpenText(path);
        using var read = new CsvRows(text);
        using var error = new StringWriter();
        if (!read.TryReadHeader(error))
        {
            throw new InvalidDataException($"{name} is empty; it needs a header row naming the columns.");
        }

        if (read.HeaderMalformed is { } malformed)
        {
            throw new InvalidDataException($"{name}: the header row is malformed CSV: {malformed}.");
        }

        string[] header = read.Header;
        if (CsvInput.Repeated(header) is { } repeated)
        {
            throw new InvalidDataException($"{name}: {repeated}");
        }

        var rows = new List<CsvRow>();
        var problems = new List<string>();
        foreach (CsvRows.Row row in read.Rows())
        {
            if (row.Problem is { } problem)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {row.Number}: {problem}"));
            }
            else
            {
                rows.Add(new CsvRow(row.Number, row.Cells));
            }
        }

        return new CsvTable(name, header, rows, problems);
    }
}
