using System.Buffers;
using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// The fast path's CSV writer: the same bytes as <see cref="CsvOutput"/> (a field is quoted, its quotes doubled, exactly
/// when it holds a comma, a quote, a carriage return or a line feed; "\n" ends a record; <c>--excel-safe</c> writes a
/// formula cell as <c>"'..."</c>), written into one reused buffer with no string per cell. Numbers are formatted like
/// <see cref="RowScorer.Number"/> and <see cref="RowScorer.Whole"/>; a score takes few distinct values, so each double's
/// text is kept in a small cache and formatted once. Without an output the writer keeps what it writes (<see cref="Written"/>).
/// </summary>
internal sealed class CsvRowWriter(TextWriter? output, bool excelSafe) : IDisposable
{
    private const int CacheSize = 4096;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private char[] _buffer = ArrayPool<char>.Shared.Rent(1 << 16);
    private readonly long[] _cachedBits = new long[CacheSize];
    private readonly string?[] _cachedText = new string?[CacheSize];
    private int _length;
    private bool _inRecord;

    /// <summary>Writes one field as it is, quoted where CSV needs it.</summary>
    public void Field(ReadOnlySpan<char> field)
    {
        if (excelSafe && CsvOutput.IsFormula(field))
        {
            Quoted(field, "'");
        }
        else if (field.ContainsAny(NeedsQuotes))
        {
            Quoted(field, "");
        }
        else
        {
            Separator();
            Append(field);
        }
    }

    /// <summary>Gets what has been written and not flushed.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what has been written (a writer without output, reused).</summary>
    public void Clear()
    {
        _length = 0;
        _inRecord = false;
    }

    /// <summary>Ends a part of a record without ending the record: the next field starts a new part, with no comma before it.</summary>
    public void EndPart() => _inRecord = false;

    /// <summary>Writes text that is already CSV (a part written by another writer); <paramref name="hasFields"/> says whether it holds any field.</summary>
    public void Raw(ReadOnlySpan<char> text, bool hasFields)
    {
        Append(text);
        _inRecord |= hasFields;
    }

    /// <summary>Writes the parts joined by <paramref name="separator"/> as one field (the <c>error</c> column), without joining them into a string.</summary>
    public void Field(List<string> parts, string separator)
    {
        if (parts.Count <= 1 || excelSafe)
        {
            Field(parts.Count == 0 ? "" : parts.Count == 1 ? parts[0] : string.Join(separator, parts));
            return;
        }

        bool quoted = separator.AsSpan().ContainsAny(NeedsQuotes);
        foreach (string part in parts)
        {
            quoted |= part.AsSpan().ContainsAny(NeedsQuotes);
        }

        Separator();
        if (quoted)
        {
            Append("\"");
        }

        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                Append(quoted, separator);
            }

            Append(quoted, parts[i]);
        }

        if (quoted)
        {
            Append("\"");
        }
    }

    /// <summary>Writes a number at full (round-trip) precision, or an empty field.</summary>
    public void Number(double? value)
    {
        if (value is not { } v)
        {
            Field([]);
            return;
        }

        long bits = BitConverter.DoubleToInt64Bits(v);
        int slot = (int)((ulong)(bits * unchecked((long)0x9E3779B97F4A7C15)) >> 52);
        string? text = _cachedText[slot];
        if (text is null || _cachedBits[slot] != bits)
        {
            text = RowScorer.Number(v);
            _cachedText[slot] = text;
            _cachedBits[slot] = bits;
        }

        Field(text);
    }

    /// <summary>Writes a whole number, or an empty field.</summary>
    public void Whole(int? value)
    {
        if (value is not { } v)
        {
            Field([]);
            return;
        }

        Separator();
        Reserve(11);
        v.TryFormat(_buffer.AsSpan(_length), out int written, provider: CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Ends the record.</summary>
    public void EndRecord()
    {
        Reserve(1);
        _buffer[_length++] = '\n';
        _inRecord = false;
    }

    /// <summary>Writes what is buffered to the output (without an output: makes room for more).</summary>
    public void Flush()
    {
        if (output is null)
        {
            char[] larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            Written.CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
            return;
        }

        output.Write(_buffer.AsSpan(0, _length));
        _length = 0;
    }

    /// <inheritdoc/>
    public void Dispose() => ArrayPool<char>.Shared.Return(_buffer);

    private void Quoted(ReadOnlySpan<char> field, string prefix)
    {
        Separator();
        Append("\"");
        Append(prefix);
        Append(quoted: true, field);
        Append("\"");
    }

    /// <summary>Appends text, its quotes doubled when it is inside a quoted field.</summary>
    private void Append(bool quoted, ReadOnlySpan<char> text)
    {
        int quote;
        while (quoted && (quote = text.IndexOf('"')) >= 0)
        {
            Append(text[..(quote + 1)]);
            Append("\"");
            text = text[(quote + 1)..];
        }

        Append(text);
    }

    private void Separator()
    {
        if (_inRecord)
        {
            Reserve(1);
            _buffer[_length++] = ',';
        }

        _inRecord = true;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        while (text.Length > _buffer.Length - _length)
        {
            Flush();
            if (output is not null && text.Length > _buffer.Length)
            {
                output.Write(text);
                return;
            }
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Reserve(int chars)
    {
        if (chars > _buffer.Length - _length)
        {
            Flush();
        }
    }
}
