namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// One node of the dialect-neutral expression tree that <see cref="ScoringSqlBuilder"/> builds from a definition and
/// <see cref="SqlRenderer"/> writes in each dialect. Values and predicates are separate kinds of node, because T-SQL
/// keeps them apart (a comparison is not a value there); <see cref="BoolValue"/> turns a predicate into an output value.
/// </summary>
internal abstract record SqlExpr
{
    /// <summary>A column of the scored table, by name (quoted when written).</summary>
    public sealed record Column(string Name) : SqlExpr;

    /// <summary>
    /// A named intermediate value computed from the table's columns: written inline in a select list, or computed once in
    /// an inner query and referred to by name in a whole query.
    /// </summary>
    public sealed record Fact(string Name, SqlExpr Definition) : SqlExpr;

    /// <summary>
    /// A column computed by an earlier step of a whole query (a Rasch iteration's value, <see cref="CalibrationSql"/>), by
    /// name: written as the quoted name; it exists only in a whole query (<see cref="SqlScoring.Query"/>), never in a select list.
    /// </summary>
    public sealed record Step(string Name) : SqlExpr;

    /// <summary>A function of one double every dialect has, by the role it plays (<see cref="MathFunction"/>).</summary>
    public sealed record Call(MathFunction Function, SqlExpr Value) : SqlExpr;

    /// <summary>A whole-number literal.</summary>
    public sealed record Int(long Value) : SqlExpr;

    /// <summary>A double-precision literal (written so that every engine reads the same double).</summary>
    public sealed record Double(double Value) : SqlExpr;

    /// <summary>
    /// An exact decimal literal with a fixed number of decimal places (<c>CAST(v AS DECIMAL(18, s))</c>): sums of these are
    /// exact in every dialect's decimal type.
    /// </summary>
    public sealed record Decimal(decimal Value, int Scale) : SqlExpr;

    /// <summary>
    /// An exact decimal converted to the nearest double: written as text first (exact in every dialect), then read as a
    /// double, which every engine does correctly rounded, as it reads <see cref="Double"/> literals.
    /// </summary>
    public sealed record DecimalAsDouble(SqlExpr Value) : SqlExpr;

    /// <summary>A text literal.</summary>
    public sealed record Text(string Value) : SqlExpr;

    /// <summary>A typed NULL.</summary>
    public sealed record Null(SqlType Type) : SqlExpr;

    /// <summary>Subtraction (<c>-</c>) or multiplication (<c>*</c>) of two values of the same type.</summary>
    public sealed record Arithmetic(char Operator, SqlExpr Left, SqlExpr Right) : SqlExpr;

    /// <summary>The sum of values of one type (whole numbers, or doubles).</summary>
    public sealed record Add(IReadOnlyList<SqlExpr> Terms) : SqlExpr;

    /// <summary>
    /// Floating-point division of two values, each cast to double first (so no engine divides whole numbers); a zero
    /// denominator gives NULL in every engine rather than an error or infinity.
    /// </summary>
    public sealed record Divide(SqlExpr Numerator, SqlExpr Denominator) : SqlExpr;

    /// <summary>The largest whole number not above a double, as a double (<c>FLOOR</c>, cast back to double: Spark's is a <c>BIGINT</c>).</summary>
    public sealed record Floor(SqlExpr Value) : SqlExpr;

    /// <summary>A cast to one of the types the generator uses.</summary>
    public sealed record Cast(SqlExpr Value, SqlType Type) : SqlExpr;

    /// <summary><c>CASE WHEN c1 THEN v1 ... ELSE e END</c>; no ELSE means NULL.</summary>
    public sealed record Case(IReadOnlyList<(SqlExpr When, SqlExpr Then)> Branches, SqlExpr? Else = null) : SqlExpr;

    /// <summary>String concatenation of values that are never NULL.</summary>
    public sealed record Concat(IReadOnlyList<SqlExpr> Parts) : SqlExpr;

    /// <summary>The non-NULL parts joined by a separator; NULL when every part is NULL. No part may be the empty text.</summary>
    public sealed record JoinNonNull(string Separator, IReadOnlyList<SqlExpr> Parts) : SqlExpr;

    /// <summary>Text with surrounding spaces removed, in upper case.</summary>
    public sealed record TrimUpper(SqlExpr Value) : SqlExpr;

    /// <summary>Text with surrounding spaces removed.</summary>
    public sealed record Trim(SqlExpr Value) : SqlExpr;

    /// <summary>A predicate as an output value: true, false (never NULL; wrap it in a <see cref="Case"/> for NULL).</summary>
    public sealed record BoolValue(SqlExpr Predicate) : SqlExpr;

    /// <summary>A comparison predicate: <c>=</c>, <c>&lt;&gt;</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</summary>
    public sealed record Compare(string Operator, SqlExpr Left, SqlExpr Right) : SqlExpr;

    /// <summary><c>value BETWEEN low AND high</c>.</summary>
    public sealed record Between(SqlExpr Value, SqlExpr Low, SqlExpr High) : SqlExpr;

    /// <summary><c>value IN (...)</c>.</summary>
    public sealed record In(SqlExpr Value, IReadOnlyList<SqlExpr> Candidates) : SqlExpr;

    /// <summary><c>value IS NULL</c>.</summary>
    public sealed record IsNull(SqlExpr Value) : SqlExpr;

    /// <summary>Conjunction of predicates (TRUE when there are none).</summary>
    public sealed record And(IReadOnlyList<SqlExpr> Terms) : SqlExpr;

    /// <summary>Disjunction of predicates (FALSE when there are none).</summary>
    public sealed record Or(IReadOnlyList<SqlExpr> Terms) : SqlExpr;

    /// <summary>Negation of a predicate.</summary>
    public sealed record Not(SqlExpr Term) : SqlExpr;

    /// <summary>A predicate that is always true or always false.</summary>
    public sealed record Truth(bool Value) : SqlExpr;
}
