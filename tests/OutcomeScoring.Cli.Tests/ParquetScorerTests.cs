using FsCheck;
using FsCheck.Fluent;
using Parquet;
using Parquet.Schema;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// <c>score</c>'s direct Parquet path (item columns straight into byte columns, scored as columns) writes exactly what the
/// CSV-text route writes for the same file: output bytes, row problems, summary and exit code, for random files with nulls,
/// answers off the scale, whole and fractional numbers, text and other column types, several row groups, and both outputs.
/// </summary>
public sealed class ParquetScorerTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private enum Kind
    {
        SByte,
        Byte,
        Short,
        Int,
        Long,
        ULong,
        Float,
        Double,
        Text,
        Decimal,
    }

    [Fact]
    public void The_direct_path_and_the_CSV_route_write_the_same_bytes_for_any_generated_file()
    {
        string[] ids = [.. Instruments.All.Select(i => i.Id).Where(id => new CoreRowScorer(Instruments.Get(id), null).IsPlain)];
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            Instrument instrument = Instruments.Get(ids[random.Next(ids.Length)]);
            string path = _cli.PathOf($"input-{seed}.parquet");
            Write(path, instrument, random, rows: random.Next(0, 90), groups: random.Next(1, 4));
            AssertSamePaths(instrument, path, excelSafe: random.Next(3) == 0, failOnRowErrors: random.Next(2) == 0, toFile: random.Next(2) == 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Theory]
    [InlineData("core-10", 3)]
    [InlineData("core-om", 4)]
    public void A_large_file_of_several_row_groups_gives_the_same_bytes_on_both_routes(string id, int seed)
    {
        var random = new Random(seed);
        Instrument instrument = Instruments.Get(id);
        string path = _cli.PathOf("large.parquet");
        Write(path, instrument, random, rows: 20_000, groups: 3);

        AssertSamePaths(instrument, path, excelSafe: false, failOnRowErrors: true, toFile: true);
    }

    [Fact]
    public void A_Parquet_output_from_the_direct_path_is_the_file_the_CSV_route_writes()
    {
        Instrument core10 = Instruments.Get("core-10");
        string path = _cli.PathOf("answers.parquet");
        Write(path, core10, new Random(9), rows: 500, groups: 2);

        byte[] Run(bool fast)
        {
            var output = new FileInfo(_cli.PathOf(fast ? "direct.parquet" : "route.parquet"));
            int exit = CsvScorer.ScoreFile(new FileInfo(path), output, new CoreRowScorer(core10, null), TextWriter.Null, TextWriter.Null, showProgress: false, fast: fast);
            Assert.Equal(0, exit);
            return File.ReadAllBytes(output.FullName);
        }

        Assert.Equal(Run(fast: false), Run(fast: true));
    }

    [Fact]
    public void A_column_of_a_type_the_tool_does_not_read_goes_the_CSV_route_and_is_named()
    {
        Instrument core10 = Instruments.Get("core-10");
        string path = _cli.PathOf("binary.parquet");
        DataField[] fields = [new DataField<byte[]>("blob"), .. Enumerable.Range(1, 10).Select(i => (DataField)new DataField<int>("item" + i))];
        WriteFile(path, fields, writer =>
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            Sync.Wait(group.WriteAsync(fields[0], (byte[][])[[1, 2]], null));
            for (int i = 1; i <= 10; i++)
            {
                Sync.Wait(group.WriteAsync<int>(fields[i], new[] { 2 }.AsMemory(), cancellationToken: TestContext.Current.CancellationToken));
            }
        });

        (int exit, string output, string error) = CliRunner.Run("score", "core-10", path);

        Assert.Equal(1, exit);
        Assert.DoesNotContain(output.Split('\n').Skip(1), line => line.Length > 0);
        Assert.Contains("'blob'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_Parquet_is_refused_as_before()
    {
        string fake = _cli.Write("answers.parquet", "id,item1\nP1,2\n");

        (int exit, string text, string error) = CliRunner.Run("score", "core-10", fake);

        Assert.Equal(1, exit);
        Assert.Empty(text);
        Assert.StartsWith($"error: cannot read the input file {fake}: not a parquet file", error, StringComparison.Ordinal);
        Assert.Null(ParquetScorer.TryScoreFile(new FileInfo(fake), null, TextWriter.Null, TextWriter.Null, new CoreRowScorer(Instruments.Get("core-10"), null), null, null));
    }

    private void AssertSamePaths(Instrument instrument, string path, bool excelSafe, bool failOnRowErrors, bool toFile)
    {
        (int Exit, string Output, string File, string Error) Run(bool fast)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var outputFile = toFile ? new FileInfo(_cli.PathOf(fast ? "direct.csv" : "route.csv")) : null;
            outputFile?.Delete();
            var scorer = new CoreRowScorer(instrument, null);
            TextWriter destination = CommandFiles.Destination(output, excelSafe);
            var tally = new RowTally(writeSummary: toFile, failOnRowErrors);

            // The direct path must take the file (or this would compare the CSV route with itself).
            int exit = fast
                ? ParquetScorer.TryScoreFile(new FileInfo(path), outputFile, destination, error, scorer, null, tally) ?? throw new InvalidOperationException("the direct path did not take the file")
                : CsvScorer.ScoreFile(new FileInfo(path), outputFile, scorer, destination, error, showProgress: false, tally, fast: false);
            return (exit, output.ToString(), outputFile is { Exists: true } ? File.ReadAllText(outputFile.FullName) : "", error.ToString());
        }

        Assert.Equal(Run(fast: false), Run(fast: true));
    }

    /// <summary>
    /// A Parquet file for <paramref name="instrument"/>: an id column (text with commas, quotes and formulas, or numbers), the
    /// item columns in random order, each of a random type, holding answers, nulls, values off the scale, negative and
    /// fractional numbers and text the form reader reads or refuses; a date column; split into row groups.
    /// </summary>
    private static void Write(string path, Instrument instrument, Random random, int rows, int groups)
    {
        int k = instrument.Items.Length;
        int[] order = [.. Enumerable.Range(1, k).OrderBy(_ => random.Next())];
        Kind[] kinds = [.. order.Select(_ => random.Next(4) == 0 ? (Kind)random.Next(10) : Kind.Int)];
        bool[] nullable = [.. order.Select(_ => random.Next(4) != 0)];
        var fields = new List<DataField> { new DataField<string>("id") };
        fields.AddRange(order.Select((item, c) => Field("item" + item, kinds[c], nullable[c])));
        fields.Add(new DataField<DateTime?>("seen"));

        WriteFile(path, [.. fields], writer => WriteGroups(writer, fields, instrument, random, rows, groups, kinds, nullable));
    }

    private static void WriteFile(string path, DataField[] fields, Action<ParquetWriter> write)
    {
        using FileStream stream = File.Create(path);
        ParquetWriter writer = Sync.Wait(ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: TestContext.Current.CancellationToken));
        try
        {
            write(writer);
        }
        finally
        {
            Sync.Wait(writer.DisposeAsync());
        }
    }

    private static void WriteGroups(ParquetWriter writer, List<DataField> fields, Instrument instrument, Random random, int rows, int groups, Kind[] kinds, bool[] nullable)
    {
        int k = kinds.Length;
        int written = 0;
        for (int g = 0; g < groups; g++)
        {
            int count = g == groups - 1 ? rows - written : Math.Min(rows - written, random.Next(0, (rows / groups) + 2));
            written += count;
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            string?[] ids = [.. Enumerable.Range(0, count).Select(_ => random.Next(8) switch { 0 => null, 1 => "P, \"quoted\"", 2 => "=SUM(A1)", _ => "P" + random.Next(1000) })];
            Sync.Wait(group.WriteAsync(fields[0], ids, null));
            for (int c = 0; c < k; c++)
            {
                double?[] values = [.. Enumerable.Range(0, count).Select(_ => Value(instrument, random, nullable[c]))];
                WriteColumn(group, fields[c + 1], kinds[c], nullable[c], values);
            }

            DateTime?[] seen = [.. Enumerable.Range(0, count).Select(_ => random.Next(5) == 0 ? (DateTime?)null : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 500_000)))];
            Sync.Wait(group.WriteAsync<DateTime>(fields[^1], seen.AsMemory(), cancellationToken: TestContext.Current.CancellationToken));
        }
    }

    /// <summary>Mostly answers on the scale; now and then a null (a 0 where the column is required), a value off the scale, negative, large or fractional.</summary>
    private static double? Value(Instrument instrument, Random random, bool nullable) => random.Next(30) switch
    {
        0 => nullable ? null : 0,
        1 => instrument.Scale.Maximum + 1 + random.Next(3),
        2 => -1,
        3 => 300,
        4 => 2.5,
        5 => 254,
        6 => 255,
        _ => random.Next(instrument.Scale.Minimum, instrument.Scale.Maximum + 1),
    };

    private static DataField Field(string name, Kind kind, bool nullable) => (kind, nullable) switch
    {
        (Kind.SByte, true) => new DataField<sbyte?>(name),
        (Kind.SByte, false) => new DataField<sbyte>(name),
        (Kind.Byte, true) => new DataField<byte?>(name),
        (Kind.Byte, false) => new DataField<byte>(name),
        (Kind.Short, true) => new DataField<short?>(name),
        (Kind.Short, false) => new DataField<short>(name),
        (Kind.Int, true) => new DataField<int?>(name),
        (Kind.Int, false) => new DataField<int>(name),
        (Kind.Long, true) => new DataField<long?>(name),
        (Kind.Long, false) => new DataField<long>(name),
        (Kind.ULong, true) => new DataField<ulong?>(name),
        (Kind.ULong, false) => new DataField<ulong>(name),
        (Kind.Float, true) => new DataField<float?>(name),
        (Kind.Float, false) => new DataField<float>(name),
        (Kind.Double, true) => new DataField<double?>(name),
        (Kind.Double, false) => new DataField<double>(name),
        (Kind.Decimal, true) => new DataField<decimal?>(name),
        (Kind.Decimal, false) => new DataField<decimal>(name),
        _ => new DataField<string>(name),
    };

    private static void WriteColumn(ParquetRowGroupWriter group, DataField field, Kind kind, bool nullable, double?[] values)
    {
        switch (kind)
        {
            case Kind.SByte: Write(group, field, nullable, values, v => (sbyte)Math.Clamp(Math.Floor(v), sbyte.MinValue, sbyte.MaxValue)); break;
            case Kind.Byte: Write(group, field, nullable, values, v => (byte)Math.Clamp(Math.Floor(v), 0, 255)); break;
            case Kind.Short: Write(group, field, nullable, values, v => (short)Math.Floor(v)); break;
            case Kind.Int: Write(group, field, nullable, values, v => (int)Math.Floor(v)); break;
            case Kind.Long: Write(group, field, nullable, values, v => (long)Math.Floor(v) * (v > 299 ? 10_000_000_000L : 1)); break;
            case Kind.ULong: Write(group, field, nullable, values, v => v < 0 ? ulong.MaxValue : (ulong)Math.Floor(v)); break;
            case Kind.Float: Write(group, field, nullable, values, v => (float)v); break;
            case Kind.Double: Write(group, field, nullable, values, v => v == 300 ? 3e300 : v); break;
            case Kind.Decimal: Write(group, field, nullable, values, v => (decimal)v); break;
            default:
                string?[] text = [.. values.Select(v => v switch { null => null, 254 => " 3 ", 255 => "NA", 300 => "x", _ => v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
                Sync.Wait(group.WriteAsync(field, text, null));
                break;
        }
    }

    private static void Write<T>(ParquetRowGroupWriter group, DataField field, bool nullable, double?[] values, Func<double, T> convert)
        where T : struct
    {
        if (nullable)
        {
            T?[] typed = [.. values.Select(v => v is double d ? convert(d) : (T?)null)];
            Sync.Wait(group.WriteAsync<T>(field, typed.AsMemory(), cancellationToken: TestContext.Current.CancellationToken));
        }
        else
        {
            T[] typed = [.. values.Select(v => convert(v ?? 0))];
            Sync.Wait(group.WriteAsync<T>(field, typed.AsMemory(), cancellationToken: TestContext.Current.CancellationToken));
        }
    }
}
