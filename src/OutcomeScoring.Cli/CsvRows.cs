using CsvHelper;

namespace OutcomeScoring.Cli;

/// <summary>
/// The one reader of a CSV file's rows for everything that reads forms row by row (<see cref="CsvScorer"/>,
/// <see cref="MhsdsWriter"/>, the report's <see cref="Report.CsvTable"/>): the header first, then each row with its number
/// (1 = the first row after the header), its cells and what keeps it from being read, if anything (malformed CSV, or
/// another number of fields than the header: <see cref="CsvInput.FieldCountProblem"/>). Each caller decides what a
/// row becomes (one output row, several, or a kept row), so none repeats the loop or its checks.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly CsvReader _parser;
    private string? _malformed;

    /// <summary>Opens the rows of a text; nothing is read until <see cref="TryReadHeader"/>.</summary>
    public CsvRows(TextReader input) =>
        _parser = CsvInput.Open(input, record => _malformed ??= CsvScorer.Describe(record.Reason));

    /// <summary>Gets the header row's cells (byte order mark removed) once <see cref="TryReadHeader"/> has read it.</summary>
    public string[] Header { get; private set; } = [];

    /// <summary>Gets how the header row is malformed CSV, or <see langword="null"/> when it is not.</summary>
    public string? HeaderMalformed { get; private set; }

    /// <summary>Reads the header row, or reports that the input is empty (<see cref="CsvInput.TryReadHeader"/>).</summary>
    public bool TryReadHeader(TextWriter error)
    {
        bool read = CsvInput.TryReadHeader(_parser, error, out string[] header);
        Header = header;
        HeaderMalformed = _malformed;
        _malformed = null;
        return read;
    }

    /// <summary>Reads the rows after the header, one at a time.</summary>
    public IEnumerable<Row> Rows()
    {
        int number = 0;
        while (_parser.Read())
        {
            string[] cells = _parser.Current.ToArray();
            string? problem = _malformed is not null ? $"malformed CSV: {_malformed}"
                : cells.Length != Header.Length ? CsvInput.FieldCountProblem(cells.Length, Header.Length)
                : null;
            _malformed = null;
            yield return new Row(++number, cells, problem);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _parser.Dispose();

    /// <summary>One row: its number (1 = the first after the header), its cells, and why it cannot be read, if it cannot.</summary>
    internal readonly record struct Row(int Number, string[] Cells, string? Problem);
}
