namespace OutcomeScoring.Sql.Tests;

/// <summary>The generated DuckDB SQL, run on an embedded DuckDB, gives exactly what <c>score</c> writes.</summary>
public sealed class DuckDbTests
{
    public static TheoryData<string> BuiltInIds => [.. Instruments.All.Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_scores_generated_tables_as_score_does(string id)
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.BuiltIn(engine, id, tables: 40, maxRows: 60);
    }

    [Fact]
    public void Generated_definitions_score_generated_tables_as_score_does()
    {
        using var engine = new DuckDbEngine();
        EngineEquivalence.Generated(engine, definitions: 100, maxRows: 40);
    }
}
