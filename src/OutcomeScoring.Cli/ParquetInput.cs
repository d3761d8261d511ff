using Parquet;
using Parquet.Schema;

namespace OutcomeScoring.Cli;

/// <summary>
/// Reads an Apache Parquet file (Parquet.Net) as the CSV text the commands read, one row group at a time: flat columns of
/// integers, floating point, decimals, booleans, dates, timestamps and text; a null is an empty cell. Nested and repeated
/// columns are refused by name.
/// </summary>
internal static class ParquetInput
{
    /// <summary>Opens the file and reads its schema (a file that is not Parquet throws here).</summary>
    public static TextReader Open(string path)
    {
        (ParquetReader reader, DataField[] fields, IDisposable file) = OpenFile(path);
        return new ColumnarCsvReader([.. fields.Select(f => f.Name)], Batches(reader, fields), file);
    }

    /// <summary>
    /// Opens the file and reads its schema, refusing nested and repeated columns (a file that is not Parquet throws here);
    /// <c>File</c> disposes the reader, then the file.
    /// </summary>
    public static (ParquetReader Reader, DataField[] Fields, IDisposable File) OpenFile(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            ParquetReader reader = Sync.Wait(ParquetReader.CreateAsync(stream));
            DataField[] fields = reader.Schema.GetDataFields();
            if (reader.Schema.Fields.Any(f => f is not DataField { IsArray: false }))
            {
                Sync.Wait(reader.DisposeAsync());
                string nested = string.Join(", ", reader.Schema.Fields.Where(f => f is not DataField { IsArray: false }).Select(f => f.Name));
                throw new InvalidDataException($"{Path.GetFileName(path)} has nested or repeated columns ({nested}); only flat columns can be read.");
            }

            return (reader, fields, new Both(reader, stream));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Whether <see cref="Column"/> reads a column of this type (otherwise reading it names the column and its type).</summary>
    public static bool IsReadable(DataField field) => Array.IndexOf(ReadableTypes, field.ClrType) >= 0;

    private static readonly Type[] ReadableTypes =
    [
        typeof(string), typeof(ReadOnlyMemory<char>), typeof(int), typeof(long), typeof(short), typeof(sbyte), typeof(byte), typeof(ushort),
        typeof(uint), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(bool), typeof(DateTime), typeof(DateOnly),
    ];

    private static IEnumerable<ColumnBatch> Batches(ParquetReader reader, DataField[] fields)
    {
        for (int group = 0; group < reader.RowGroupCount; group++)
        {
            using ParquetRowGroupReader rows = reader.OpenRowGroupReader(group);
            int count = checked((int)rows.RowCount);
            yield return new ColumnBatch(count, [.. fields.Select(f => Column(rows, f, count))]);
        }
    }

    /// <summary>Reads a row group's column; a cell's text by row is what <see cref="ColumnarCells"/> writes for it (null for a null).</summary>
    public static Func<int, string?> Column(ParquetRowGroupReader rows, DataField field, int count)
    {
        Type type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[count];
            Sync.Wait(rows.ReadAsync(field, text.AsMemory(), null));
            return r => text[r];
        }

        return type == typeof(int) ? Typed<int>(rows, field, count)
            : type == typeof(long) ? Typed<long>(rows, field, count)
            : type == typeof(short) ? Typed<short>(rows, field, count)
            : type == typeof(sbyte) ? Typed<sbyte>(rows, field, count)
            : type == typeof(byte) ? Typed<byte>(rows, field, count)
            : type == typeof(ushort) ? Typed<ushort>(rows, field, count)
            : type == typeof(uint) ? Typed<uint>(rows, field, count)
            : type == typeof(ulong) ? Typed<ulong>(rows, field, count)
            : type == typeof(float) ? Typed<float>(rows, field, count)
            : type == typeof(double) ? Typed<double>(rows, field, count)
            : type == typeof(decimal) ? Typed<decimal>(rows, field, count)
            : type == typeof(bool) ? Typed<bool>(rows, field, count)
            : type == typeof(DateTime) ? Typed<DateTime>(rows, field, count)
            : type == typeof(DateOnly) ? Typed<DateOnly>(rows, field, count)
            : throw new InvalidDataException($"the Parquet column '{field.Name}' holds {type.Name} values, which the tool does not read; write it as integers, numbers or text.");
    }

    private static Func<int, string?> Typed<T>(ParquetRowGroupReader rows, DataField field, int count)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[count];
            Sync.Wait(rows.ReadAsync<T>(field, values.AsMemory(), null));
            return r => values[r] is T value ? ColumnarCells.Format(value) : null;
        }

        var required = new T[count];
        Sync.Wait(rows.ReadAsync<T>(field, required.AsMemory(), null));
        return r => ColumnarCells.Format(required[r]);
    }

    /// <summary>Disposes the reader, then the file.</summary>
    private sealed class Both(IAsyncDisposable reader, IDisposable stream) : IDisposable
    {
        public void Dispose()
        {
            Sync.Wait(reader.DisposeAsync());
            stream.Dispose();
        }
    }
}
