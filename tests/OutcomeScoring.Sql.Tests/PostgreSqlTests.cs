using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Sql.Expressions;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The generated PostgreSQL SQL, run on a real PostgreSQL server (<see cref="PostgresServer"/>), gives exactly what <c>score</c> writes.</summary>
public sealed class PostgreSqlTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> BuiltInIds => [.. EngineEquivalence.Expressible.Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_scores_generated_tables_as_score_does(string id)
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.BuiltIn(engine, id, tables: 20, maxRows: 60);
    }

    public static TheoryData<string, string> ValueSets => [.. EngineEquivalence.ValueSets];

    [Theory]
    [MemberData(nameof(ValueSets))]
    public void Every_state_of_every_value_set_scores_as_score_value_set_does(string id, string valueSet)
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.EveryState(engine, id, valueSet);
    }

    [Theory]
    [MemberData(nameof(EngineEquivalence.Calibrations), MemberType = typeof(EngineEquivalence))]
    public void Pam_13_with_a_calibration_scores_generated_tables_as_score_calibration_does(string calibration)
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.Calibrated(engine, calibration, tables: 10, maxRows: 60);
    }

    [Theory]
    [MemberData(nameof(EngineEquivalence.Calibrations), MemberType = typeof(EngineEquivalence))]
    public void Pam_13_scores_every_answer_pattern_as_score_calibration_does(string calibration)
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.EveryPattern(engine, calibration, least: 9);
    }

    [Fact]
    public void A_user_written_json_definition_with_a_calibration_stage_scores_as_score_does_with_the_calibration()
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.CalibratedDefinition(engine, tables: 12, maxRows: 60);
    }

    [Fact]
    public void A_user_written_json_definition_scores_as_score_definition_does()
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.UserDefinition(engine, EngineEquivalence.MadeUpDefinition, tables: 20, maxRows: 60);
    }

    [Fact]
    public void Generated_definitions_score_generated_tables_as_score_does()
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.Generated(engine, definitions: 40, maxRows: 40);
    }

    [Fact]
    public void Every_double_literal_reads_back_as_the_same_double()
    {
        using PostgresEngine engine = server.Connect();
        var renderer = new SqlRenderer(SqlDialectRules.For(SqlDialect.PostgreSql), factsByName: false);
        Prop.ForAll(EngineEquivalence.Doubles().ArrayOf(20).ToArbitrary(), values =>
        {
            List<Dictionary<string, object?>> row = engine.Read("SELECT " + string.Join(", ", values.Select((v, i) => $"{renderer.Render(new SqlExpr.Double(v))} AS v{i}")));
            string[] different = [.. values.Select((v, i) => (v, got: (double)row[0][$"v{i}"]!)).Where(p => BitConverter.DoubleToInt64Bits(p.got) != BitConverter.DoubleToInt64Bits(p.v)).Select(p => $"{p.v:R} read back as {p.got:R}")];
            Assert.True(different.Length == 0, string.Join("; ", different));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }
}
