using System.Data.Common;
using Npgsql;

namespace OutcomeScoring.Sql.Tests;

/// <summary>A connection to the PostgreSQL server of <see cref="PostgresServer"/>.</summary>
internal sealed class PostgresEngine : SqlEngine
{
    private readonly NpgsqlConnection _connection;

    public PostgresEngine(string connectionString)
    {
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
    }

    public override SqlDialect Dialect => SqlDialect.PostgreSql;

    protected override DbConnection Connection => _connection;

    protected override string TextType => "TEXT";
}
