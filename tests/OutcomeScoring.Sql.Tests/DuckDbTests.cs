using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Sql.Expressions;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The generated DuckDB SQL, run on an embedded DuckDB, gives exactly what <c>score</c> writes.</summary>
public sealed class DuckDbTests
{
    public static TheoryData<string> BuiltInIds => [.. EngineEquivalence.Expressible.Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_scores_generated_tables_as_score_does(string id)
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.BuiltIn(engine, id, tables: 25, maxRows: 60);
    }

    [Theory]
    [InlineData("core-om")]
    [InlineData("yp-core")]
    public void The_select_list_alone_scores_as_the_whole_query_does(string id)
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.BuiltIn(engine, id, tables: 15, maxRows: 40, selectList: true);
    }

    public static TheoryData<string, string> ValueSets => [.. EngineEquivalence.ValueSets];

    [Theory]
    [MemberData(nameof(ValueSets))]
    public void Every_state_of_every_value_set_scores_as_score_value_set_does(string id, string valueSet)
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.EveryState(engine, id, valueSet);
    }

    [Theory]
    [MemberData(nameof(EngineEquivalence.Calibrations), MemberType = typeof(EngineEquivalence))]
    public void Pam_13_with_a_calibration_scores_generated_tables_as_score_calibration_does(string calibration)
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.Calibrated(engine, calibration, tables: 15, maxRows: 60);
    }

    [Fact]
    public void Pam_13_levels_follow_the_cut_points_asked_for_as_score_levels_does()
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.Calibrated(engine, "pam-13-calibration.made-up.json", tables: 10, maxRows: 60, levels: "shirley-ryan");
    }

    [Theory]
    [MemberData(nameof(EngineEquivalence.Calibrations), MemberType = typeof(EngineEquivalence))]
    public void Pam_13_scores_every_answer_pattern_as_score_calibration_does(string calibration)
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.EveryPattern(engine, calibration, least: 9);
    }

    [Fact]
    public void A_user_written_json_definition_with_a_calibration_stage_scores_as_score_does_with_the_calibration()
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.CalibratedDefinition(engine, tables: 20, maxRows: 60);
    }

    [Fact]
    public void A_user_written_json_definition_scores_as_score_definition_does()
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.UserDefinition(engine, EngineEquivalence.MadeUpDefinition, tables: 30, maxRows: 60);
    }

    [Fact]
    public void Generated_definitions_score_generated_tables_as_score_does()
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.Generated(engine, definitions: 60, maxRows: 40);
    }

    [Fact]
    public void Every_double_literal_reads_back_as_the_same_double()
    {
        using var engine = new DuckDbEngine();
        var renderer = new SqlRenderer(SqlDialectRules.For(SqlDialect.DuckDb), factsByName: false);
        Prop.ForAll(EngineEquivalence.Doubles().ArrayOf(20).ToArbitrary(), values =>
        {
            List<Dictionary<string, object?>> row = engine.Read("SELECT " + string.Join(", ", values.Select((v, i) => $"{renderer.Render(new SqlExpr.Double(v))} AS v{i}")));
            string[] different = [.. values.Select((v, i) => (v, got: (double)row[0][$"v{i}"]!)).Where(p => BitConverter.DoubleToInt64Bits(p.got) != BitConverter.DoubleToInt64Bits(p.v)).Select(p => $"{p.v:R} read back as {p.got:R}")];
            Assert.True(different.Length == 0, string.Join("; ", different));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }
}
