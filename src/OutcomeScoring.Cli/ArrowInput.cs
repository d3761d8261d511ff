using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace OutcomeScoring.Cli;

/// <summary>
/// Reads an Apache Arrow IPC file (the file format, which starts with <c>ARROW1</c>, also called Feather version 2) or
/// stream as the CSV text the commands read, one record batch at a time: columns of integers, floating point, booleans,
/// dates, timestamps and text (dictionary-encoded text too); a null is an empty cell.
/// </summary>
internal static class ArrowInput
{
    /// <summary>Opens the file and reads its schema (a file that is not Arrow IPC throws here).</summary>
    public static TextReader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            Span<byte> magic = stackalloc byte[6];
            int read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            ArrowStreamReader reader = read == 6 && magic.SequenceEqual("ARROW1"u8) ? new ArrowFileReader(stream) : new ArrowStreamReader(stream);
            Schema schema = reader.Schema;
            return new ColumnarCsvReader([.. schema.FieldsList.Select(f => f.Name)], Batches(reader), new Both(reader, stream));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static IEnumerable<ColumnBatch> Batches(ArrowStreamReader reader)
    {
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                yield return new ColumnBatch(batch.Length, [.. Enumerable.Range(0, batch.ColumnCount).Select(c => Column(batch.Schema.GetFieldByIndex(c).Name, batch.Column(c)))]);
            }
        }
    }

    private static Func<int, string?> Column(string name, IArrowArray array) => array switch
    {
        Int8Array a => r => Cell(a.GetValue(r)),
        Int16Array a => r => Cell(a.GetValue(r)),
        Int32Array a => r => Cell(a.GetValue(r)),
        Int64Array a => r => Cell(a.GetValue(r)),
        UInt8Array a => r => Cell(a.GetValue(r)),
        UInt16Array a => r => Cell(a.GetValue(r)),
        UInt32Array a => r => Cell(a.GetValue(r)),
        UInt64Array a => r => Cell(a.GetValue(r)),
        FloatArray a => r => Cell(a.GetValue(r)),
        DoubleArray a => r => Cell(a.GetValue(r)),
        BooleanArray a => r => Cell(a.GetValue(r)),
        Date32Array a => r => Cell(a.GetDateOnly(r)),
        Date64Array a => r => Cell(a.GetDateOnly(r)),
        TimestampArray a => r => Cell(a.GetTimestamp(r)),
        StringArray a => r => a.GetString(r),
        LargeStringArray a => r => a.GetString(r),
        DictionaryArray { Dictionary: StringArray words } a => Dictionary(a, words),
        _ => throw new InvalidDataException($"the Arrow column '{name}' holds {array.Data.DataType.Name} values, which the tool does not read; write it as integers, numbers or text."),
    };

    private static Func<int, string?> Dictionary(DictionaryArray array, StringArray words)
    {
        Func<int, string?> index = Column("index", array.Indices);
        return r => index(r) is { } i ? words.GetString(int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    private static string? Cell<T>(T? value)
        where T : struct => value is T v ? ColumnarCells.Format(v) : null;

    /// <summary>Disposes the reader, then the file.</summary>
    private sealed class Both(IDisposable reader, IDisposable stream) : IDisposable
    {
        public void Dispose()
        {
            reader.Dispose();
            stream.Dispose();
        }
    }
}
