namespace OutcomeScoring.Sql.Expressions;

/// <summary>The functions of one double the generated SQL uses; each dialect names them in <see cref="SqlDialectRules"/>.</summary>
internal enum MathFunction
{
    /// <summary>e to the power of the value (<c>EXP</c> everywhere).</summary>
    Exp,

    /// <summary>The natural logarithm (<c>LN</c>; T-SQL's <c>LOG</c>: DuckDB's and PostgreSQL's <c>LOG</c> is base 10).</summary>
    NaturalLog,

    /// <summary>The square root (<c>SQRT</c> everywhere; correctly rounded, IEEE 754).</summary>
    SquareRoot,
}
