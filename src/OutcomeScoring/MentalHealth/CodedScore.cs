namespace OutcomeScoring.MentalHealth;

/// <summary>
/// One score, item answer or stage value of a scored form under its public code, on the scale the code stands for: a
/// row of the Mental Health Services Data Set's coded scored assessments (<c>CodedAssToolType</c>, <c>PersScore</c>;
/// specs/mental-health-proms.md, section 1). Built by <see cref="Mhsds.Scores"/>; callers read it and never build it.
/// </summary>
public readonly record struct CodedScore
{
    internal CodedScore(PublicCode code, string of, double value)
    {
        Code = code;
        Of = of;
        Value = value;
    }

    /// <summary>Gets the code (its <see cref="PublicCode.Value"/> says which value it stands for).</summary>
    public PublicCode Code { get; }

    /// <summary>Gets the id of the score or stage, or <c>item&lt;n&gt;</c> for an item's answer.</summary>
    public string Of { get; }

    /// <summary>Gets the value on the code's scale: a CORE-OM domain as an item sum, CORE-10 as its clinical score, an item as answered.</summary>
    public double Value { get; }
}
