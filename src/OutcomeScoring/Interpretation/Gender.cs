namespace OutcomeScoring;

/// <summary>The gender groups that published cut-off tables are split by (the tables give only these two).</summary>
public enum Gender
{
    /// <summary>Male (coded <c>M</c> or <c>male</c>, any case, in the command-line tool).</summary>
    Male = 1,

    /// <summary>Female (coded <c>F</c> or <c>female</c>, any case, in the command-line tool).</summary>
    Female = 2,
}
