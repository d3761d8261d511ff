using System.Text;
using OutcomeScoring.Cli;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// The SQL generated for every built-in SQL can express without a calibration, for PAM-13 with each made-up calibration, and for each value set EQ-5D offers besides its default, in every dialect, compared byte for byte with the committed files in Golden/
/// (<c>&lt;id&gt;.&lt;dialect&gt;.sql</c>, <c>&lt;id&gt;.&lt;value set&gt;.&lt;dialect&gt;.sql</c>). T-SQL and Spark SQL cannot run on the test machine, so these files are how their text is
/// held still; DuckDB's and PostgreSQL's are also run (<see cref="DuckDbTests"/>, <see cref="PostgreSqlTests"/>). Set
/// OUTCOME_SCORING_UPDATE_GOLDEN=1 to rewrite them (deliberately, then review the diff).
/// </summary>
public sealed class GoldenSqlTests
{
    /// <summary>The layout the golden queries are written for: a table with an id, item1..itemN, age and gender.</summary>
    public static readonly SqlScoringOptions Layout = new() { KeepColumns = ["id"], AgeColumn = "age", GenderColumn = "gender" };

    public static TheoryData<string, SqlDialect> Cases => [.. EngineEquivalence.Expressible.SelectMany(i => Enum.GetValues<SqlDialect>().Select(d => (i.Id, d)))];

    /// <summary>Each value set a built-in offers besides its default (<c>sql --value-set</c>: EQ-5D's), in every dialect.</summary>
    public static TheoryData<string, string, SqlDialect> ValueSetCases =>
    [
        .. Instruments.All.Where(ValueSetChoice.Offers).SelectMany(i => ValueSetChoice.Ids(i).Where(v => v != ValueSetChoice.Default(i))
            .SelectMany(v => Enum.GetValues<SqlDialect>().Select(d => (i.Id, v, d)))),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_query_is_the_committed_one(string id, SqlDialect dialect) =>
        AssertCommitted(SqlScoring.Query(Instruments.Get(id), dialect, "answers", Layout), $"{id}.{dialect.ToString().ToLowerInvariant()}.sql");

    /// <summary>PAM-13 with each made-up calibration in samples/ (item parameters: <c>pam-13</c>; the lookup table: <c>pam-13.table</c>), in every dialect.</summary>
    public static TheoryData<string, SqlDialect> CalibrationCases =>
        [.. new[] { ("pam-13", "pam-13-calibration.made-up.json"), ("pam-13.table", "pam-13-table.made-up.json") }.SelectMany(c => Enum.GetValues<SqlDialect>().Select(d => (c.Item1, d)))];

    [Theory]
    [MemberData(nameof(CalibrationCases))]
    public void The_query_for_pam_13_with_a_made_up_calibration_is_the_committed_one(string name, SqlDialect dialect)
    {
        string file = name == "pam-13" ? "pam-13-calibration.made-up.json" : "pam-13-table.made-up.json";
        OutcomeScoring.Activation.ICalibration calibration = OutcomeScoring.Activation.Calibration.FromJson(File.ReadAllText(EngineEquivalence.CalibrationPath(file)));
        AssertCommitted(
            SqlScoring.Query(Instruments.Get("pam-13"), dialect, "answers", Layout with { Calibration = calibration }),
            $"{name}.{dialect.ToString().ToLowerInvariant()}.sql");
    }

    [Theory]
    [MemberData(nameof(ValueSetCases))]
    public void The_query_for_each_other_value_set_is_the_committed_one(string id, string valueSet, SqlDialect dialect) =>
        AssertCommitted(
            SqlScoring.Query(ValueSetChoice.Choose(Instruments.Get(id), valueSet), dialect, "answers", Layout),
            $"{id}.{valueSet}.{dialect.ToString().ToLowerInvariant()}.sql");

    private static void AssertCommitted(string actual, string file)
    {
        string path = Path.Combine(PostgresServer.Root, "tests", "OutcomeScoring.Sql.Tests", "Golden", file);
        if (Environment.GetEnvironmentVariable("OUTCOME_SCORING_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run with OUTCOME_SCORING_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
