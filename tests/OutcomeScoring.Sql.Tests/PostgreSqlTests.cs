namespace OutcomeScoring.Sql.Tests;

/// <summary>The generated PostgreSQL SQL, run on a real PostgreSQL server (<see cref="PostgresServer"/>), gives exactly what <c>score</c> writes.</summary>
public sealed class PostgreSqlTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> BuiltInIds => [.. Instruments.All.Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_scores_generated_tables_as_score_does(string id)
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.BuiltIn(engine, id, tables: 30, maxRows: 60);
    }

    [Fact]
    public void Generated_definitions_score_generated_tables_as_score_does()
    {
        using PostgresEngine engine = server.Connect();
        EngineEquivalence.Generated(engine, definitions: 60, maxRows: 40);
    }
}
