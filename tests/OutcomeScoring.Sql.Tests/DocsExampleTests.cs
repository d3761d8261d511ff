using System.Text.RegularExpressions;
using OutcomeScoring.Activation;
using OutcomeScoring.Cli;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.PreferenceBased;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The C# example of docs/sql.md is this file's code, compiled and run, and the SQL it shows in full is the command's: the test fails when they differ.</summary>
public sealed partial class DocsExampleTests
{
    [Fact]
    public void The_docs_example_runs_and_gives_the_columns_it_says()
    {
        string licensedJson = File.ReadAllText(EngineEquivalence.CalibrationPath("pam-13-calibration.made-up.json"));
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

        // EQ-5D-5L with its England value set (Devlin 2018) in the utility and value_set columns, as sql --value-set does:
        Instrument devlin = Eq5D5L.Instrument.WithResultColumns(
            Eq5D5L.Instrument.ResultColumns.Select(c => c.Stage is null ? c : c with { Stage = Eq5D5L.Devlin2018 }));
        string eq5d = SqlScoring.Query(devlin, SqlDialect.PostgreSql, "survey.eq5d");

        // PAM-13 with the licensee's calibration (licensedJson: the text of its file, read as score --calibration reads it);
        // the SQL then holds the calibration's numbers: keep it where the licence allows.
        ICalibration licensed = Calibration.FromJson(licensedJson);
        var pamLayout = new SqlScoringOptions { KeepColumns = ["person_id"], Calibration = licensed };
        string pam = SqlScoring.Query(Pam13.Instrument, SqlDialect.SparkSql, "survey.pam13", pamLayout);
        // person_id, activation, activation_se, level, answered, theta, theta_se, error
        // docs/sql.md example ends
        Assert.Equal(["person_id", "team", "mean", "clinical", "answered", "cutoff_clinical", "clinical_range", "error"], columns);
        Assert.Contains("FROM mhsds.yp_core_answers", query, StringComparison.Ordinal);
        Assert.StartsWith("CASE WHEN", selectList, StringComparison.Ordinal);
        Assert.Contains("'eq5d5l-england-devlin2018' END AS \"value_set\"", eq5d, StringComparison.Ordinal);
        Assert.Contains("CAST(-0.058 AS DECIMAL(18, 3))", eq5d, StringComparison.Ordinal);
        Assert.Equal(["person_id", "activation", "activation_se", "level", "answered", "theta", "theta_se", "error"], SqlScoring.OutputColumns(Pam13.Instrument, pamLayout));
        Assert.StartsWith("WITH `__os_facts` AS (", pam, StringComparison.Ordinal);
        Assert.Equal(Lines(ThisFile(), "        // docs/sql.md example begins", "        // docs/sql.md example ends"), DocsExample());
    }

    /// <summary>The generated SQL docs/sql.md shows in full (CORE-10, PHQ-9) is what the command it names prints.</summary>
    [Fact]
    public void The_sql_shown_in_full_is_what_the_command_prints()
    {
        string[] lines = File.ReadAllLines(Path.Combine(PostgresServer.Root, "docs", "sql.md"));
        int shown = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            Match command = ShownCommand().Match(lines[i]);
            if (!command.Success)
            {
                continue;
            }

            int start = Array.IndexOf(lines, "```sql", i + 1);
            int end = Array.IndexOf(lines, "```", start + 1);
            var output = new StringWriter { NewLine = "\n" };
            Assert.Equal(0, CliApp.Run(command.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), output, TextWriter.Null));
            Assert.Equal(output.ToString(), string.Join("\n", lines[(start + 1)..end]) + "\n");
            shown++;
        }

        Assert.Equal(2, shown);
    }

    [GeneratedRegex("^`outcome-scoring (sql [^`]+)`(?::| prints, in full:)$")]
    private static partial Regex ShownCommand();

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
