namespace OutcomeScoring;

/// <summary>The gender groups that published cut-off tables are split by (the tables give only these two).</summary>
public enum Gender
{
    /// <summary>Male (read from <c>M</c>, <c>male</c> or the NHS code <c>1</c>, any case, by <see cref="Forms.FormCells.TryReadGender"/>).</summary>
    Male = 1,

    /// <summary>Female (read from <c>F</c>, <c>female</c> or the NHS code <c>2</c>, any case, by <see cref="Forms.FormCells.TryReadGender"/>).</summary>
    Female = 2,
}
