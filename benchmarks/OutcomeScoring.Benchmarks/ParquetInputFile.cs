using DuckDB.NET.Data;

/// <summary>
/// Writes a CSV's rows as Parquet with DuckDB, items as TINYINT (blanks as nulls) and the other columns as DuckDB reads
/// them, for timing the command line's Parquet input. Usage: <c>to-parquet &lt;in.csv&gt; &lt;out.parquet&gt;</c>.
/// </summary>
internal static class ParquetInputFile
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: to-parquet <in.csv> <out.parquet>");
            return 2;
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT COLUMNS(c -> c NOT LIKE 'item%'), CAST(COLUMNS('^item[0-9]+$') AS TINYINT) FROM read_csv('{args[0]}'))
            TO '{args[1]}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
        return 0;
    }
}
