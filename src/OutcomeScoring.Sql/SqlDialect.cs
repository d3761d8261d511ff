namespace OutcomeScoring.Sql;

/// <summary>
/// The SQL engines <see cref="SqlScoring"/> writes for. One expression tree is written in each; what differs between
/// them is a small table of rules (docs/sql.md, "Dialects"): type names, identifier quoting, text literals, string
/// concatenation and how a truth value is returned.
/// </summary>
public enum SqlDialect
{
    /// <summary>DuckDB (checked against an embedded DuckDB by the test suite).</summary>
    DuckDb = 0,

    /// <summary>PostgreSQL 12 or later (checked against a PostgreSQL server by the test suite).</summary>
    PostgreSql = 1,

    /// <summary>
    /// T-SQL for SQL Server 2017 or later and Azure SQL (it needs <c>CONCAT_WS</c> and <c>TRIM</c>). Generated from the same
    /// tree and held to committed golden files, but not executed by the test suite: no SQL Server runs on its machine.
    /// </summary>
    TSql = 2,

    /// <summary>
    /// Spark SQL 3 (Databricks). Generated from the same tree and held to committed golden files, but not executed by the
    /// test suite: no Spark runs on its machine.
    /// </summary>
    SparkSql = 3,
}
