using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The C# example of docs/sql.md is this file's code, compiled and run: the test fails when the two differ.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void The_docs_example_runs_and_gives_the_columns_it_says()
    {
        // docs/sql.md example begins
        var layout = new SqlScoringOptions
        {
            KeepColumns = ["person_id", "team"],
            AgeColumn = "age_years",
            GenderColumn = "sex",
        };
        string query = SqlScoring.Query(YpCore.Instrument, SqlDialect.TSql, "mhsds.yp_core_answers", layout);
        string selectList = SqlScoring.SelectList(Core10.Instrument, SqlDialect.SparkSql);
        IReadOnlyList<string> columns = SqlScoring.OutputColumns(YpCore.Instrument, layout);
        // person_id, team, mean, clinical, answered, cutoff_clinical, clinical_range, error
        // docs/sql.md example ends
        Assert.Equal(["person_id", "team", "mean", "clinical", "answered", "cutoff_clinical", "clinical_range", "error"], columns);
        Assert.Contains("FROM mhsds.yp_core_answers", query, StringComparison.Ordinal);
        Assert.StartsWith("CASE WHEN", selectList, StringComparison.Ordinal);
        Assert.Equal(Lines(ThisFile(), "        // docs/sql.md example begins", "        // docs/sql.md example ends"), DocsExample());
    }

    private static string[] DocsExample()
    {
        string[] lines = File.ReadAllLines(Path.Combine(PostgresServer.Root, "docs", "sql.md"));
        int start = Array.IndexOf(lines, "```csharp");
        int end = Array.IndexOf(lines, "```", start + 1);
        return [.. lines[(start + 1)..end].Where(l => !l.StartsWith("using ", StringComparison.Ordinal) && l.Length > 0)];
    }

    private static string[] Lines(string path, string begin, string end)
    {
        string[] lines = File.ReadAllLines(path);
        int from = Array.IndexOf(lines, begin), to = Array.IndexOf(lines, end);
        return [.. lines[(from + 1)..to].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()).Where(l => l.Length > 0)];
    }

    private static string ThisFile() => Path.Combine(PostgresServer.Root, "tests", "OutcomeScoring.Sql.Tests", "DocsExampleTests.cs");
}
