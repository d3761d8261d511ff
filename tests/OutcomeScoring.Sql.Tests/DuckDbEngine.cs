using System.Data.Common;
using DuckDB.NET.Data;

namespace OutcomeScoring.Sql.Tests;

/// <summary>An embedded, in-memory DuckDB (DuckDB.NET, a test-only dependency).</summary>
internal sealed class DuckDbEngine : SqlEngine
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DuckDbEngine() => _connection.Open();

    public override SqlDialect Dialect => SqlDialect.DuckDb;

    protected override DbConnection Connection => _connection;

    protected override string TextType => "VARCHAR";
}
