using DuckDB.NET.Data;
using OutcomeScoring;
using OutcomeScoring.Sql;

/// <summary>
/// The yardstick for <c>score</c>: DuckDB doing the same job in SQL. It reads the CSV (<c>read_csv</c>), scores every row
/// with the query the OutcomeScoring.Sql package writes for the instrument (keyed sums, counts, prorating, not-computable
/// rows with the reason in <c>error</c>, bands and the risk flag: the columns of <c>score</c>), and writes a CSV
/// (<c>COPY ... TO</c>). Usage: <c>duckdb &lt;instrument&gt; &lt;in.csv&gt; &lt;out.csv&gt;</c> runs it once (for peak memory);
/// <c>sql &lt;instrument&gt;</c> prints the SQL.
/// </summary>
internal static class DuckDbScoring
{
    public static string Sql(string instrumentId, string input, string output)
    {
        Instrument instrument = Instruments.Get(instrumentId);
        string query = SqlScoring.Query(instrument, SqlDialect.DuckDb, "responses", new SqlScoringOptions { KeepColumns = ["id"] });
        return $"COPY (\nWITH responses AS (SELECT * FROM read_csv('{input}', header = true))\n{query}) TO '{output}' (HEADER, DELIMITER ',');";
    }

    public static void Run(string instrumentId, string input, string output)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = Sql(instrumentId, input, output);
        command.ExecuteNonQuery();
    }

    public static int Command(string[] args)
    {
        if (args is ["sql", string id])
        {
            Console.WriteLine(Sql(id, "<in.csv>", "<out.csv>"));
            return 0;
        }

        if (args is ["duckdb", string instrument, string input, string output])
        {
            Run(instrument, input, output);
            return 0;
        }

        Console.Error.WriteLine("usage: duckdb <instrument> <in.csv> <out.csv> | sql <instrument>");
        return 2;
    }
}
