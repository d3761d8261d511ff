using System.Globalization;
using System.Text;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// Everything that differs between the dialects, as data: the whole table of docs/sql.md ("Dialects"). The renderer
/// asks these rules and nothing else, so the four dialects share one tree and one renderer.
/// </summary>
/// <param name="Dialect">The dialect.</param>
/// <param name="IntegerType">The type name of a whole number.</param>
/// <param name="DoubleType">The type name of an IEEE 754 double.</param>
/// <param name="TextType">The type name of text.</param>
/// <param name="OpenQuote">The character that opens a quoted identifier.</param>
/// <param name="CloseQuote">The character that closes a quoted identifier (doubled inside it).</param>
/// <param name="BackslashEscapes">Whether a backslash is an escape character inside a text literal (Spark SQL).</param>
/// <param name="UnicodeTextPrefix">What goes before a text literal so that any character survives (T-SQL: <c>N</c>).</param>
/// <param name="ConcatOperator">Whether text is joined with <c>||</c> (otherwise with <c>CONCAT(...)</c>).</param>
/// <param name="HasBooleanValues">Whether a predicate can be returned as a value (otherwise as <c>BIT</c> 1 or 0).</param>
internal sealed record SqlDialectRules(
    SqlDialect Dialect,
    string IntegerType,
    string DoubleType,
    string TextType,
    char OpenQuote,
    char CloseQuote,
    bool BackslashEscapes,
    string UnicodeTextPrefix,
    bool ConcatOperator,
    bool HasBooleanValues)
{
    private static readonly SqlDialectRules DuckDb = new(SqlDialect.DuckDb, "INTEGER", "DOUBLE", "VARCHAR", '"', '"', false, "", true, true);
    private static readonly SqlDialectRules PostgreSql = new(SqlDialect.PostgreSql, "INTEGER", "DOUBLE PRECISION", "TEXT", '"', '"', false, "", true, true);
    private static readonly SqlDialectRules TSql = new(SqlDialect.TSql, "INT", "FLOAT(53)", "NVARCHAR(4000)", '[', ']', false, "N", false, false);
    private static readonly SqlDialectRules SparkSql = new(SqlDialect.SparkSql, "INT", "DOUBLE", "STRING", '`', '`', true, "", true, true);

    /// <summary>Gets the rules of a dialect.</summary>
    public static SqlDialectRules For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.DuckDb => DuckDb,
        SqlDialect.PostgreSql => PostgreSql,
        SqlDialect.TSql => TSql,
        SqlDialect.SparkSql => SparkSql,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Not a SQL dialect: use DuckDb, PostgreSql, TSql or SparkSql."),
    };

    /// <summary>The name of a type in this dialect.</summary>
    public string TypeName(SqlType type) => type switch
    {
        SqlType.Integer => IntegerType,
        SqlType.Double => DoubleType,
        SqlType.Text => TextType,
        SqlType.Boolean => HasBooleanValues ? "BOOLEAN" : "BIT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The name of a function of one double in this dialect: only the natural logarithm differs (T-SQL's <c>LOG</c>; elsewhere <c>LN</c>, as <c>LOG</c> is base 10 in DuckDB and PostgreSQL).</summary>
    public string FunctionName(MathFunction function) => function switch
    {
        MathFunction.Exp => "EXP",
        MathFunction.NaturalLog => Dialect == SqlDialect.TSql ? "LOG" : "LN",
        MathFunction.SquareRoot => "SQRT",
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };

    /// <summary>
    /// How a step of a whole query (a common table expression) opens: <c>AS MATERIALIZED (</c> where the dialect has it
    /// (PostgreSQL 12+, DuckDB), so that the planner computes each step once instead of substituting every step's
    /// expressions into the next (which grows them with every step); <c>AS (</c> in T-SQL and Spark SQL, which have no such hint.
    /// </summary>
    public string StepOpening => Dialect is SqlDialect.PostgreSql or SqlDialect.DuckDb ? "AS MATERIALIZED (" : "AS (";

    /// <summary>An identifier, always quoted (so that any name, any case, survives), the closing quote doubled inside.</summary>
    public string Quote(string identifier)
    {
        string closing = CloseQuote.ToString();
        return OpenQuote + identifier.Replace(closing, closing + closing, StringComparison.Ordinal) + CloseQuote;
    }

    /// <summary>A text literal: quotes doubled (and, in Spark SQL, quotes and backslashes escaped with a backslash).</summary>
    public string TextLiteral(string value)
    {
        var text = new StringBuilder(value.Length + 3);
        text.Append(UnicodeTextPrefix).Append('\'');
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '\'' when BackslashEscapes => "\\'",
                '\\' when BackslashEscapes => "\\\\",
                '\'' => "''",
                _ => c.ToString(),
            });
        }

        return text.Append('\'').ToString();
    }

    /// <summary>
    /// A double literal that every engine reads as exactly this double: a whole number below 2^53 is cast from an integer
    /// literal (exact); any other value (and negative zero) is cast from its shortest round-trip text, which DuckDB,
    /// PostgreSQL and Spark (Java's Double.parseDouble) parse correctly rounded; the tests read thousands of doubles back
    /// bit for bit from DuckDB and PostgreSQL.
    /// </summary>
    public string DoubleLiteral(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers are written as SQL literals.");
        }

        // Negative zero goes through text too: an integer literal has no sign of zero.
        return Math.Abs(value) < 9007199254740992d && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value))
            ? string.Create(CultureInfo.InvariantCulture, $"CAST({(long)value} AS {DoubleType})")
            : string.Create(CultureInfo.InvariantCulture, $"CAST({TextLiteral(value.ToString("R", CultureInfo.InvariantCulture))} AS {DoubleType})");
    }
}
