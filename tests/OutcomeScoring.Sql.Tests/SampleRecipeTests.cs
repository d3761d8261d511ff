using OutcomeScoring.Cli;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// The check docs/sql.md asks users to run on their own platform, run here on DuckDB: the sample CORE-10 file loaded as a
/// table, scored by <c>outcome-scoring sql</c>'s query, and compared both ways (EXCEPT) with <c>score core-10</c>'s
/// committed output for the same file.
/// </summary>
public sealed class SampleRecipeTests
{
    [Fact]
    public void The_sql_command_s_query_on_the_sample_equals_score_s_output_row_for_row()
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, CliApp.Run(["sql", "core-10", "--dialect", "duckdb", "--table", "answers", "--keep", "id,service"], output, TextWriter.Null));
        string sample = Path.Combine(PostgresServer.Root, "samples", "core10.csv");
        string expected = Path.Combine(PostgresServer.Root, "tests", "OutcomeScoring.Cli.Tests", "Golden", "score-core-10.out");
        using var engine = new DuckDbEngine();
        engine.Execute($"CREATE TABLE answers AS SELECT * FROM read_csv('{sample}', header = true)");
        engine.Execute($"CREATE TABLE expected AS SELECT * FROM read_csv('{expected}', header = true)");
        engine.Execute($"CREATE TABLE got AS {output}");
        Assert.Equal(24, engine.Read("SELECT * FROM got").Count);
        Assert.Empty(engine.Read("SELECT * FROM got EXCEPT SELECT * FROM expected"));
        Assert.Empty(engine.Read("SELECT * FROM expected EXCEPT SELECT * FROM got"));
    }
}
