using OutcomeScoring.Sql.Expressions;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The table of dialect differences (docs/sql.md, "Dialects"), one row at a time.</summary>
public sealed class SqlDialectRulesTests
{
    [Theory]
    [InlineData(SqlDialect.DuckDb, "\"a\"\"b\"")]
    [InlineData(SqlDialect.PostgreSql, "\"a\"\"b\"")]
    [InlineData(SqlDialect.TSql, "[a\"b]")]
    [InlineData(SqlDialect.SparkSql, "`a\"b`")]
    public void Identifiers_are_always_quoted_in_the_dialect_s_own_quotes(SqlDialect dialect, string expected) =>
        Assert.Equal(expected, SqlDialectRules.For(dialect).Quote("a\"b"));

    [Theory]
    [InlineData(SqlDialect.TSql, "[a]]b]")]
    [InlineData(SqlDialect.SparkSql, "`a]b`")]
    public void A_closing_quote_inside_an_identifier_is_doubled(SqlDialect dialect, string expected) =>
        Assert.Equal(expected, SqlDialectRules.For(dialect).Quote("a]b"));

    [Theory]
    [InlineData(SqlDialect.DuckDb, @"'it''s \ here'")]
    [InlineData(SqlDialect.PostgreSql, @"'it''s \ here'")]
    [InlineData(SqlDialect.TSql, @"N'it''s \ here'")]
    [InlineData(SqlDialect.SparkSql, @"'it\'s \\ here'")]
    public void Text_literals_escape_quotes_and_in_spark_backslashes(SqlDialect dialect, string expected) =>
        Assert.Equal(expected, SqlDialectRules.For(dialect).TextLiteral(@"it's \ here"));

    [Theory]
    [InlineData(SqlDialect.DuckDb, 10.0, "CAST(10 AS DOUBLE)")]
    [InlineData(SqlDialect.PostgreSql, 11.9, "CAST('11.9' AS DOUBLE PRECISION)")]
    [InlineData(SqlDialect.TSql, 2.5, "CAST(N'2.5' AS FLOAT(53))")]
    [InlineData(SqlDialect.SparkSql, 1e300, "CAST('1E+300' AS DOUBLE)")]
    public void Doubles_are_cast_from_whole_numbers_or_round_trip_text(SqlDialect dialect, double value, string expected) =>
        Assert.Equal(expected, SqlDialectRules.For(dialect).DoubleLiteral(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Only_finite_doubles_are_written(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlDialectRules.For(SqlDialect.DuckDb).DoubleLiteral(value));

    [Fact]
    public void Truth_values_are_bits_in_tsql_and_booleans_elsewhere()
    {
        var predicate = new SqlExpr.Compare(">", new SqlExpr.Int(1), new SqlExpr.Int(0));
        Assert.Equal("CAST(CASE WHEN 1 > 0 THEN 1 ELSE 0 END AS BIT)", new SqlRenderer(SqlDialectRules.For(SqlDialect.TSql), false).Render(new SqlExpr.BoolValue(predicate)));
        Assert.Equal("(1 > 0)", new SqlRenderer(SqlDialectRules.For(SqlDialect.SparkSql), false).Render(new SqlExpr.BoolValue(predicate)));
    }

    [Fact]
    public void Text_is_joined_with_concat_in_tsql_and_bars_elsewhere()
    {
        var concat = new SqlExpr.Concat([new SqlExpr.Text("a"), new SqlExpr.Text("b")]);
        Assert.Equal("CONCAT(N'a', N'b')", new SqlRenderer(SqlDialectRules.For(SqlDialect.TSql), false).Render(concat));
        Assert.Equal("('a' || 'b')", new SqlRenderer(SqlDialectRules.For(SqlDialect.PostgreSql), false).Render(concat));
    }

    [Fact]
    public void Division_casts_both_sides_to_double_and_a_zero_denominator_gives_null() =>
        Assert.Equal(
            "(CAST(\"s\" AS DOUBLE PRECISION) / CAST(NULLIF(\"n\", 0) AS DOUBLE PRECISION))",
            new SqlRenderer(SqlDialectRules.For(SqlDialect.PostgreSql), false).Render(new SqlExpr.Divide(new SqlExpr.Column("s"), new SqlExpr.Column("n"))));

    [Fact]
    public void A_whole_query_reads_columns_only_inside_facts() =>
        Assert.Throws<InvalidOperationException>(() => new SqlRenderer(SqlDialectRules.For(SqlDialect.DuckDb), factsByName: true).Render(new SqlExpr.Column("item1")));

    [Fact]
    public void A_join_of_one_value_is_the_value_because_tsql_concat_ws_needs_two()
    {
        var renderer = new SqlRenderer(SqlDialectRules.For(SqlDialect.TSql), false);
        Assert.Equal("[a]", renderer.Render(new SqlExpr.JoinNonNull("; ", [new SqlExpr.Column("a")])));
        Assert.Equal("CAST(NULL AS NVARCHAR(4000))", renderer.Render(new SqlExpr.JoinNonNull("; ", [])));
        Assert.Equal("NULLIF(CONCAT_WS(N'; ', [a], [b]), N'')", renderer.Render(new SqlExpr.JoinNonNull("; ", [new SqlExpr.Column("a"), new SqlExpr.Column("b")])));
    }
}
