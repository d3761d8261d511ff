using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Parquet and Arrow IPC in and out (issue 17, goal 4): files written by DuckDB (a test-only dependency) and by Apache.Arrow
/// give exactly the output their CSV gives, for score, change and fft summarize; Parquet written by the tool reads back in
/// DuckDB with the documented types and the CSV's values; and every bad input is one clear error with nothing written.
/// </summary>
public sealed class TabularFilesTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public static TheoryData<string, string[]> Commands => new()
    {
        { "core10.csv", ["score", "core-10", "{input}"] },
        { "core-om.csv", ["score", "core-om", "{input}"] },
        { "mental-health/phq-9-pairs.csv", ["change", "{input}", "--instrument", "phq-9"] },
        { "mental-health/phq-9-pairs.csv", ["change", "{input}", "--instrument", "phq-9", "--summary"] },
        { "fft-responses.csv", ["fft", "summarize", "{input}", "--unit", "ward", "--parent", "site", "--period", "month"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_Parquet_file_written_by_DuckDB_gives_exactly_the_output_of_its_CSV(string sample, string[] command)
    {
        string csv = Path.Combine(CliRunner.Root, "samples", sample);
        string parquet = _runner.PathOf("input.parquet");
        DuckDb($"COPY (SELECT * FROM read_csv('{csv}', all_varchar = true)) TO '{parquet}' (FORMAT parquet)");

        (int csvExit, string expected, string csvError) = CliRunner.Run(With(command, csv));
        (int exit, string actual, string error) = CliRunner.Run(With(command, parquet));

        Assert.Equal(csvExit, exit);
        Assert.Equal(csvError, error);
        Assert.Equal(expected, actual);
        Assert.NotEmpty(actual);
    }

    [Fact]
    public void Answers_as_small_integers_with_nulls_for_blanks_give_the_output_of_the_CSV()
    {
        // DuckDB's own types: the item columns become integers, blanks become nulls.
        string csv = Path.Combine(CliRunner.Root, "samples", "core10.csv");
        string parquet = _runner.PathOf("typed.parquet");
        DuckDb($"COPY (SELECT id, service, {string.Join(", ", Enumerable.Range(1, 10).Select(i => $"CAST(item{i} AS TINYINT) AS item{i}"))} FROM read_csv('{csv}')) TO '{parquet}' (FORMAT parquet)");
        Assert.Equal("TINYINT", DuckDbScalar($"SELECT typeof(item1) FROM '{parquet}' LIMIT 1"));
        Assert.True(Convert.ToInt64(DuckDbScalar($"SELECT count(*) FROM '{parquet}' WHERE item3 IS NULL"), CultureInfo.InvariantCulture) > 0, "the sample has blanks");

        Assert.Equal(CliRunner.Run("score", "core-10", csv), CliRunner.Run("score", "core-10", parquet));
    }

    [Fact]
    public void An_Arrow_IPC_file_and_stream_give_the_output_of_the_CSV()
    {
        var random = new Random(5);
        int rows = 300;
        int?[][] items = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, rows).Select(_ => random.Next(12) == 0 ? (int?)null : random.Next(5)).ToArray())];
        string[] ids = [.. Enumerable.Range(0, rows).Select(r => $"P{r:D4}, \"quoted\"")];
        string csv = _runner.Write("arrow.csv", "id," + string.Join(",", Enumerable.Range(1, 10).Select(i => $"item{i}")) + "\n"
            + string.Concat(Enumerable.Range(0, rows).Select(r => $"\"{ids[r].Replace("\"", "\"\"", StringComparison.Ordinal)}\"," + string.Join(",", items.Select(c => c[r]?.ToString(CultureInfo.InvariantCulture) ?? "")) + "\n")));
        RecordBatch batch = Batch(ids, items);

        string file = _runner.PathOf("answers.arrow");
        using (FileStream stream = File.Create(file))
        using (var writer = new ArrowFileWriter(stream, batch.Schema))
        {
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }

        string streamFile = _runner.PathOf("answers.arrows");
        using (FileStream stream = File.Create(streamFile))
        using (var writer = new ArrowStreamWriter(stream, batch.Schema))
        {
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }

        (int Exit, string Output, string Error) expected = CliRunner.Run("score", "core-10", csv);
        Assert.Equal(0, expected.Exit);
        Assert.Equal(expected, CliRunner.Run("score", "core-10", file));
        Assert.Equal(expected, CliRunner.Run("score", "core-10", streamFile));
        string renamed = _runner.PathOf("answers.bin");
        File.Copy(file, renamed);
        Assert.Equal(expected, CliRunner.Run("score", "core-10", renamed, "--format", "arrow"));
    }

    [Fact]
    public void Parquet_written_by_the_tool_reads_back_in_DuckDB_with_the_CSV_values()
    {
        string csv = Path.Combine(CliRunner.Root, "samples", "core10.csv");
        string parquet = _runner.PathOf("scored.parquet");
        (int exit, string text, _) = CliRunner.Run("score", "core-10", csv);
        Assert.Equal(0, exit);
        Assert.Equal(0, CliRunner.Run("score", "core-10", csv, "--output", parquet, "--quiet").Exit);
        Assert.Empty(Directory.GetFiles(_runner.Folder, "*.partial"));

        string[][] expected = Csv.Parse(text);
        string[] header = expected[0];
        Assert.Equal(header, DuckDbRows($"SELECT column_name FROM (DESCRIBE SELECT * FROM '{parquet}')").Select(r => r[0]));
        Dictionary<string, string> types = DuckDbRows($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{parquet}')").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("VARCHAR", types["id"]);
        Assert.Equal("DOUBLE", types["clinical"]);
        Assert.Equal("BIGINT", types["answered"]);
        Assert.Equal("VARCHAR", types["error"]);

        string[][] actual = DuckDbRows($"SELECT * FROM '{parquet}'");
        Assert.Equal(expected.Length - 1, actual.Length);
        for (int r = 1; r < expected.Length; r++)
        {
            for (int c = 0; c < header.Length; c++)
            {
                string cell = expected[r][c], value = actual[r - 1][c];
                if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                {
                    Assert.Equal(number, double.Parse(value, CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(cell, value);
                }
            }
        }
    }

    [Fact]
    public void A_file_that_is_not_Parquet_is_refused_with_nothing_written()
    {
        string fake = _runner.Write("answers.parquet", "id,item1\nP1,2\n");
        string output = _runner.PathOf("out.csv");

        (int exit, string text, string error) = CliRunner.Run("score", "core-10", fake, "--output", output);

        Assert.Equal(1, exit);
        Assert.Empty(text);
        Assert.StartsWith($"error: cannot read the input file {fake}: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_runner.Folder, "*.partial"));
    }

    [Fact]
    public void A_CSV_file_read_as_Arrow_is_refused()
    {
        string csv = Path.Combine(CliRunner.Root, "samples", "core10.csv");
        (int exit, _, string error) = CliRunner.Run("change", csv, "--instrument", "core-10", "--format", "arrow");
        Assert.Equal(1, exit);
        Assert.Contains("it is not a readable Arrow IPC file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_lists_is_refused_by_name()
    {
        string parquet = _runner.PathOf("lists.parquet");
        DuckDb($"COPY (SELECT 'P1' AS id, [1, 2] AS answers) TO '{parquet}' (FORMAT parquet)");
        (int exit, _, string error) = CliRunner.Run("score", "core-10", parquet);
        Assert.Equal(1, exit);
        Assert.Contains("nested or repeated columns (answers)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_run_writes_no_Parquet_file()
    {
        string csv = _runner.Write("bad.csv", "id,answer\nP1,2\n");
        string parquet = _runner.PathOf("out.parquet");
        (int exit, _, _) = CliRunner.Run("score", "core-10", csv, "--output", parquet);
        Assert.Equal(1, exit);
        Assert.False(File.Exists(parquet));
        Assert.Empty(Directory.GetFiles(_runner.Folder, "*.partial"));
    }

    public void Dispose() => _runner.Dispose();

    private static string[] With(string[] command, string input) => [.. command.Select(a => a == "{input}" ? input : a)];

    private static RecordBatch Batch(string[] ids, int?[][] items)
    {
        var builder = new RecordBatch.Builder();
        builder.Append("id", false, new StringArray.Builder().AppendRange(ids).Build());
        for (int i = 0; i < items.Length; i++)
        {
            var column = new Int8Array.Builder();
            foreach (int? value in items[i])
            {
                if (value is int v)
                {
                    column.Append((sbyte)v);
                }
                else
                {
                    column.AppendNull();
                }
            }

            builder.Append($"item{i + 1}", true, column.Build());
        }

        return builder.Build();
    }

    private static void DuckDb(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? DuckDbScalar(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string[][] DuckDbRows(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using System.Data.Common.DbDataReader reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(c => reader.IsDBNull(c) ? "" : Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture)!)]);
        }

        return [.. rows];
    }
}
