using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>The direct sub-expressions of a node, in the order they are written (a fact's definition is not its child).</summary>
internal static class SqlExprChildren
{
    /// <summary>Gets the children of a node.</summary>
    public static IEnumerable<SqlExpr> Of(SqlExpr expression) => expression switch
    {
        Column or Fact or Step or Int or SqlExpr.Double or SqlExpr.Decimal or Text or Null or Truth => [],
        DecimalAsDouble d => [d.Value],
        Call m => [m.Value],
        Arithmetic a => [a.Left, a.Right],
        Add a => a.Terms,
        Divide d => [d.Numerator, d.Denominator],
        Cast c => [c.Value],
        Floor f => [f.Value],
        Case c => [.. c.Branches.SelectMany(b => new[] { b.When, b.Then }), .. c.Else is null ? [] : new[] { c.Else }],
        Concat c => c.Parts,
        JoinNonNull j => j.Parts,
        TrimUpper t => [t.Value],
        SqlExpr.Trim t => [t.Value],
        BoolValue b => [b.Predicate],
        Compare c => [c.Left, c.Right],
        Between b => [b.Value, b.Low, b.High],
        In i => [i.Value, .. i.Candidates],
        IsNull n => [n.Value],
        And a => a.Terms,
        Or o => o.Terms,
        Not n => [n.Term],
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, "Not an expression the generator knows."),
    };
}
