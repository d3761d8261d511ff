using System.Globalization;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// Writes an expression tree in one dialect, asking <see cref="SqlDialectRules"/> for every difference. Facts are
/// written inline (a select list over the table) or by name (the outer level of a whole query, whose inner level
/// computes them); in the latter mode a bare column outside a fact is a generator bug and throws. A step's value
/// (<see cref="SqlExpr.Step"/>) is read by name in a whole query, or written inline from <c>steps</c> in a select list.
/// </summary>
internal sealed class SqlRenderer(SqlDialectRules rules, bool factsByName, IReadOnlyDictionary<string, SqlExpr>? steps = null)
{
    /// <summary>Gets the dialect rules.</summary>
    public SqlDialectRules Rules { get; } = rules;

    /// <summary>Writes an expression.</summary>
    public string Render(SqlExpr expression) => expression switch
    {
        Column c when factsByName => throw new InvalidOperationException($"Column {c.Name} is read outside a fact."),
        Column c => Rules.Quote(c.Name),
        Fact f => factsByName ? Rules.Quote(f.Name) : Render(f.Definition),
        Step s when factsByName => Rules.Quote(s.Name),
        Step s when steps is not null && steps.TryGetValue(s.Name, out SqlExpr? value) => $"({Render(value)})",
        Step s => throw new InvalidOperationException($"The step value {s.Name} is read outside a whole query."),
        Call m => $"{Rules.FunctionName(m.Function)}({Render(m.Value)})",
        Int i => i.Value.ToString(CultureInfo.InvariantCulture),
        SqlExpr.Double d => Rules.DoubleLiteral(d.Value),
        Text t => Rules.TextLiteral(t.Value),
        SqlExpr.Decimal d => string.Create(CultureInfo.InvariantCulture, $"CAST({d.Value} AS DECIMAL(18, {d.Scale}))"),
        DecimalAsDouble d => $"CAST(CAST({Render(d.Value)} AS {Rules.TextType}) AS {Rules.DoubleType})",
        Null n => $"CAST(NULL AS {Rules.TypeName(n.Type)})",
        Arithmetic a => $"({Render(a.Left)} {a.Operator} {Render(a.Right)})",
        Add a => $"({string.Join(" + ", a.Terms.Select(Render))})",
        Divide d => $"(CAST({Render(d.Numerator)} AS {Rules.DoubleType}) / CAST(NULLIF({Render(d.Denominator)}, 0) AS {Rules.DoubleType}))",
        Cast c => $"CAST({Render(c.Value)} AS {Rules.TypeName(c.Type)})",
        Floor f => $"CAST(FLOOR({Render(f.Value)}) AS {Rules.DoubleType})",
        Case c => RenderCase(c),
        // T-SQL's CONCAT takes two values at least; one value is its own concatenation.
        Concat { Parts.Count: 1 } c => Render(c.Parts[0]),
        Concat c => Rules.ConcatOperator
            ? $"({string.Join(" || ", c.Parts.Select(Render))})"
            : $"CONCAT({string.Join(", ", c.Parts.Select(Render))})",
        // CONCAT_WS needs two values at least in T-SQL (and at most 254); one value is its own join, and none is NULL.
        JoinNonNull { Parts.Count: 0 } => Render(new Null(SqlType.Text)),
        JoinNonNull { Parts.Count: 1 } j => Render(j.Parts[0]),
        JoinNonNull j => $"NULLIF(CONCAT_WS({Rules.TextLiteral(j.Separator)}, {string.Join(", ", j.Parts.Select(Render))}), {Rules.TextLiteral("")})",
        TrimUpper t => $"UPPER(TRIM({Render(t.Value)}))",
        Trim t => $"TRIM({Render(t.Value)})",
        BoolValue b => Rules.HasBooleanValues
            ? $"({Render(b.Predicate)})"
            : $"CAST(CASE WHEN {Render(b.Predicate)} THEN 1 ELSE 0 END AS BIT)",
        Compare c => $"{Render(c.Left)} {c.Operator} {Render(c.Right)}",
        Between b => $"{Render(b.Value)} BETWEEN {Render(b.Low)} AND {Render(b.High)}",
        In i => $"{Render(i.Value)} IN ({string.Join(", ", i.Candidates.Select(Render))})",
        IsNull n => $"{Render(n.Value)} IS NULL",
        And a => Junction(" AND ", [.. a.Terms.Where(t => t is not Truth { Value: true })], identity: true),
        Or o => Junction(" OR ", [.. o.Terms.Where(t => t is not Truth { Value: false })], identity: false),
        Not { Term: IsNull n } => $"{Render(n.Value)} IS NOT NULL",
        Not n => $"NOT ({Render(n.Term)})",
        Truth t => t.Value ? "1 = 1" : "1 = 0",
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, "Not an expression the renderer knows."),
    };

    /// <summary>Terms joined by AND or OR, parenthesised; a term that cannot change the result (TRUE in AND, FALSE in OR) is left out.</summary>
    private string Junction(string separator, SqlExpr[] terms, bool identity) => terms.Length switch
    {
        0 => Render(new Truth(identity)),
        1 => Render(terms[0]),
        _ => $"({string.Join(separator, terms.Select(Render))})",
    };

    private string RenderCase(Case c)
    {
        string branches = string.Join(" ", c.Branches.Select(b => $"WHEN {Render(b.When)} THEN {Render(b.Then)}"));
        string otherwise = c.Else is null ? "" : $" ELSE {Render(c.Else)}";
        return $"CASE {branches}{otherwise} END";
    }
}
