using System.Text;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// benchmarks/duckdb-core-10.sql and duckdb-core-om.sql are printed copies of the DuckDB query the benchmark runs
/// (<c>dotnet &lt;benchmarks dll&gt; sql &lt;id&gt;</c>, benchmarks/README.md): each is held to what the benchmark's own code
/// (<c>DuckDbScoring</c>, compiled into this project from its source file) prints from today's generator, so a change to
/// the generator cannot leave them stale. OUTCOME_SCORING_UPDATE_GOLDEN=1 rewrites them (then review the diff).
/// </summary>
public sealed class BenchmarkSqlTests
{
    [Theory]
    [InlineData("core-10")]
    [InlineData("core-om")]
    public void The_printed_benchmark_query_is_the_generators(string id)
    {
        // What `sql <id>` prints: Console.WriteLine's line break after the statement.
        string printed = DuckDbScoring.Sql(id, "<in.csv>", "<out.csv>") + "\n";
        string path = Path.Combine(PostgresServer.Root, "benchmarks", $"duckdb-{id}.sql");
        if (Environment.GetEnvironmentVariable("OUTCOME_SCORING_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, printed, new UTF8Encoding(false));
        }

        Assert.Equal(File.ReadAllText(path), printed);
    }

    [Fact]
    public void The_benchmark_query_scores_a_file_as_score_does()
    {
        string folder = Directory.CreateTempSubdirectory("outcome-scoring-bench-sql-").FullName;
        try
        {
            string input = Path.Combine(PostgresServer.Root, "samples", "core10.csv"), output = Path.Combine(folder, "out.csv");
            DuckDbScoring.Run("core-10", input, output);
            string[] header = File.ReadLines(output).First().Split(',');
            Assert.Equal(["id", .. SqlScoring.OutputColumns(Instruments.Get("core-10"))], header);
            Assert.Equal(File.ReadLines(input).Count(), File.ReadLines(output).Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
