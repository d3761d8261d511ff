using System.Text;

namespace OutcomeScoring.Cli;

/// <summary>
/// Presents a columnar table (Parquet row groups, Arrow record batches) as the CSV text a command reads: a header of the
/// column names, then one line per row, each cell as <see cref="ColumnarCells"/> formats it (a null is an empty cell, which
/// the commands read as not answered), quoted by RFC 4180 where needed. Reads one batch at a time, so memory stays flat.
/// </summary>
internal sealed class ColumnarCsvReader : TextReader
{
    /// <summary>Rows turned into text at a time.</summary>
    private const int RowsPerFill = 4096;

    private readonly IEnumerator<ColumnBatch> _batches;
    private readonly IDisposable? _source;
    private readonly StringBuilder _text = new();
    private ColumnBatch? _batch;
    private int _row;
    private int _position;
    private long _rowsBefore;

    /// <summary>Creates the reader; <paramref name="source"/> (the file) is disposed with it.</summary>
    public ColumnarCsvReader(IReadOnlyList<string> names, IEnumerable<ColumnBatch> batches, IDisposable? source)
    {
        _batches = batches.GetEnumerator();
        _source = source;
        for (int c = 0; c < names.Count; c++)
        {
            Append(c == 0 ? "" : ",", names[c]);
        }

        _text.Append('\n');
    }

    /// <inheritdoc/>
    public override int Peek() => Fill() ? _text[_position] : -1;

    /// <inheritdoc/>
    public override int Read() => Fill() ? _text[_position++] : -1;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        int count = Math.Min(buffer.Length, _text.Length - _position);
        _text.CopyTo(_position, buffer[..count], count);
        _position += count;
        return count;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _batches.Dispose();
            _source?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Makes sure there is text to read; <see langword="false"/> at the end of the table.</summary>
    private bool Fill()
    {
        while (_position >= _text.Length)
        {
            _text.Clear();
            _position = 0;
            while (_batch is null || _row >= _batch.Rows)
            {
                _rowsBefore += _batch?.Rows ?? 0;
                _batch = null;
                if (!Next())
                {
                    return false;
                }

                _batch = _batches.Current;
                _row = 0;
            }

            int end = Math.Min(_batch.Rows, _row + RowsPerFill);
            for (; _row < end; _row++)
            {
                for (int c = 0; c < _batch.Columns.Count; c++)
                {
                    Append(c == 0 ? "" : ",", _batch.Columns[c](_row));
                }

                _text.Append('\n');
            }
        }

        return true;
    }

    /// <summary>Moves to the next batch; a file that turns out to be damaged part way is an <see cref="InvalidDataException"/>.</summary>
    private bool Next()
    {
        try
        {
            return _batches.MoveNext();
        }
        catch (Exception ex) when (ex is not InvalidDataException and not IOException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"the input could not be read past row {_rowsBefore}: {ex.Message}", ex);
        }
    }

    private void Append(string separator, string? cell)
    {
        _text.Append(separator);
        if (cell is null)
        {
            return;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(cell);
            return;
        }

        _text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
