namespace OutcomeScoring.Sql.Expressions;

/// <summary>The value types the generated SQL uses; each dialect names them in <see cref="SqlDialectRules"/>.</summary>
internal enum SqlType
{
    /// <summary>A whole number (counts, answers, ages).</summary>
    Integer,

    /// <summary>An IEEE 754 double (means, clinical scores, cut-offs).</summary>
    Double,

    /// <summary>Text (band codes, messages).</summary>
    Text,

    /// <summary>A truth value (risk flag, clinical range).</summary>
    Boolean,
}
