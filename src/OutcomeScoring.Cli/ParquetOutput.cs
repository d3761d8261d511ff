using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Parquet;
using Parquet.Schema;

namespace OutcomeScoring.Cli;

/// <summary>
/// Writes a command's table as Apache Parquet (Parquet.Net): the command writes its CSV as always, then the CSV is read
/// twice, once to choose each column's type from every value in it and once to write row groups of
/// <see cref="RowGroupRows"/> rows, so memory stays flat. A column whose every non-empty cell is a whole number (as the
/// tool writes them: no leading zeros or plus sign) is a nullable INT64; one whose every non-empty cell is a number is a
/// nullable DOUBLE; anything else is a nullable UTF-8 string, unchanged. An empty cell is a null.
/// </summary>
internal static partial class ParquetOutput
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 1 << 17;

    private enum Kind
    {
        Integer,
        Number,
        Text,
    }

    /// <summary>Converts the CSV at <paramref name="csvPath"/> to Parquet at <paramref name="parquetPath"/>.</summary>
    public static void FromCsv(string csvPath, string parquetPath)
    {
        (string[] header, Kind[] kinds) = Detect(csvPath);
        DataField[] fields = [.. header.Select((name, c) => kinds[c] switch
        {
            Kind.Integer => (DataField)new DataField<long?>(name),
            Kind.Number => new DataField<double?>(name),
            _ => new DataField<string>(name),
        })];
        using var output = new FileStream(parquetPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        ParquetWriter writer = Sync.Wait(ParquetWriter.CreateAsync(new ParquetSchema(fields), output));
        try
        {
            using StreamReader text = CommandFiles.OpenPlainText(csvPath);
            using CsvReader reader = CsvInput.Open(text);
            reader.Read();   // the header
            var cells = new string[header.Length][];
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = new string[RowGroupRows];
            }

            int rows;
            while ((rows = ReadGroup(reader, cells)) > 0)
            {
                using ParquetRowGroupWriter group = writer.CreateRowGroup();
                for (int c = 0; c < fields.Length; c++)
                {
                    WriteColumn(group, fields[c], kinds[c], cells[c].AsSpan(0, rows));
                }
            }
        }
        finally
        {
            Sync.Wait(writer.DisposeAsync());
        }
    }

    private static int ReadGroup(CsvReader reader, string[][] cells)
    {
        int rows = 0;
        while (rows < RowGroupRows && reader.Read())
        {
            string[] record = reader.Current.ToArray();
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c][rows] = c < record.Length ? record[c] : "";
            }

            rows++;
        }

        return rows;
    }

    private static void WriteColumn(ParquetRowGroupWriter group, DataField field, Kind kind, ReadOnlySpan<string> cells)
    {
        switch (kind)
        {
            case Kind.Integer:
                var integers = new long?[cells.Length];
                for (int r = 0; r < cells.Length; r++)
                {
                    integers[r] = cells[r].Length == 0 ? null : long.Parse(cells[r], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                }

                Sync.Wait(group.WriteAsync<long>(field, integers.AsMemory(), null));
                break;
            case Kind.Number:
                var numbers = new double?[cells.Length];
                for (int r = 0; r < cells.Length; r++)
                {
                    numbers[r] = cells[r].Length == 0 ? null : double.Parse(cells[r], NumberStyles.Float, CultureInfo.InvariantCulture);
                }

                Sync.Wait(group.WriteAsync<double>(field, numbers.AsMemory(), null));
                break;
            default:
                Sync.Wait(group.WriteAsync(field, (string?[])[.. cells.ToArray().Select(c => c.Length == 0 ? null : c)], null));
                break;
        }
    }

    /// <summary>The header and each column's type, from every cell.</summary>
    private static (string[] Header, Kind[] Kinds) Detect(string csvPath)
    {
        using StreamReader text = CommandFiles.OpenPlainText(csvPath);
        using CsvReader reader = CsvInput.Open(text);
        if (!reader.Read())
        {
            return ([], []);
        }

        string[] header = reader.Current.ToArray();
        var kinds = new Kind[header.Length];
        var seen = new bool[header.Length];
        while (reader.Read())
        {
            string[] record = reader.Current.ToArray();
            for (int c = 0; c < header.Length && c < record.Length; c++)
            {
                string cell = record[c];
                if (cell.Length == 0 || kinds[c] == Kind.Text)
                {
                    continue;
                }

                seen[c] = true;
                Kind kind = IntegerCell().IsMatch(cell) && long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? Kind.Integer
                    : NumberCell().IsMatch(cell) ? Kind.Number
                    : Kind.Text;
                kinds[c] = (Kind)Math.Max((int)kinds[c], (int)kind);
            }
        }

        for (int c = 0; c < kinds.Length; c++)
        {
            kinds[c] = seen[c] ? kinds[c] : Kind.Text;
        }

        return (header, kinds);
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerCell();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberCell();
}
