using OutcomeScoring.Cli;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// The check docs/sql.md asks users to run on their own platform, run here on DuckDB: a sample file loaded as a table,
/// scored by <c>outcome-scoring sql</c>'s query, and compared both ways (EXCEPT) with <c>score</c>'s committed output for
/// the same file. <c>NA</c> cells are loaded as the code given to <c>--not-applicable-code</c>, as docs/sql.md says; DIALOG's
/// help columns are read with <c>--columns help1=help1</c>.
/// </summary>
public sealed class SampleRecipeTests
{
    private const int NotApplicableCode = 99;

    [Theory]
    [InlineData("core-10", "core10.csv", "score-core-10", 24)]
    [InlineData("k10", "mental-health/k10.csv", "score-k10", 0)]
    [InlineData("wsas", "mental-health/wsas.csv", "score-wsas", 0)]
    [InlineData("honos", "mental-health/honos.csv", "score-honos", 0)]
    [InlineData("swemwbs", "mental-health/swemwbs.csv", "score-swemwbs", 0)]
    [InlineData("core-6d", "core-om.csv", "score-core-6d", 0)]
    [InlineData("dialog", "dialog.csv", "score-dialog", 0)]
    public void The_sql_command_s_query_on_the_sample_equals_score_s_output_row_for_row(string id, string sampleFile, string golden, int rows)
    {
        string sample = Path.Combine(PostgresServer.Root, "samples", sampleFile);
        string expected = Path.Combine(PostgresServer.Root, "tests", "OutcomeScoring.Cli.Tests", "Golden", golden + ".out");
        string[] header = File.ReadLines(sample).First().Split(',');
        string[] kept = [.. header.Where(c => !IsItem(c) && !IsHelp(c))];
        string[] help = header.Any(IsHelp) ? ["--columns", "help1=help1"] : [];
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, CliApp.Run(["sql", id, "--dialect", "duckdb", "--table", "answers", "--keep", string.Join(',', kept), "--not-applicable-code", $"{NotApplicableCode}", .. help], output, TextWriter.Null));
        using var engine = new DuckDbEngine();
        // Help answers are text (DuckDB would read a column of yes/no as BOOLEAN, which the query refuses as score would 'true').
        string helpTypes = header.Any(IsHelp) ? $", types = {{{string.Join(", ", header.Where(IsHelp).Select(h => $"'{h}': 'VARCHAR'"))}}}" : "";
        engine.Execute($"CREATE TABLE raw AS SELECT * FROM read_csv('{sample}', header = true{helpTypes})");
        engine.Execute($"CREATE TABLE answers AS SELECT {string.Join(", ", header.Select(Load))} FROM raw");
        engine.Execute($"CREATE TABLE expected AS SELECT * FROM read_csv('{expected}', header = true)");
        engine.Execute($"CREATE TABLE got AS {output}");
        int count = engine.Read("SELECT * FROM got").Count;
        Assert.Equal(File.ReadLines(expected).Count() - 1, count);
        Assert.True(rows == 0 || rows == count);
        Assert.Empty(engine.Read("SELECT * FROM got EXCEPT SELECT * FROM expected").Select(r => string.Join(", ", r.Select(p => $"{p.Key}={p.Value}"))));
        Assert.Empty(engine.Read("SELECT * FROM expected EXCEPT SELECT * FROM got"));
    }

    private static bool IsItem(string column) => column.StartsWith("item", StringComparison.Ordinal) && column[4..].All(char.IsAsciiDigit);

    /// <summary>DIALOG's help columns (help1..help11), read by the query, not kept.</summary>
    private static bool IsHelp(string column) => column.StartsWith("help", StringComparison.Ordinal) && column[4..].All(char.IsAsciiDigit);

    /// <summary>An item cell as a whole number: blank is NULL, NA the not-applicable code; another column as written.</summary>
    private static string Load(string column) => IsItem(column)
        ? $"CASE WHEN upper(trim(CAST(\"{column}\" AS VARCHAR))) IN ('NA', 'N/A') THEN {NotApplicableCode} ELSE CAST(\"{column}\" AS INTEGER) END AS \"{column}\""
        : $"\"{column}\"";
}
