namespace OutcomeScoring.MentalHealth;

/// <summary>
/// One row of a long table of coded scored assessments, as the Mental Health Services Data Set stores them: whose, when, the
/// SNOMED CT concept id of what was scored (<c>CodedAssToolType</c>) and the score (<c>PersScore</c>) on the scale the code
/// stands for (specs/mental-health-proms.md, section 1). Read by <see cref="Mhsds.Administrations"/>.
/// </summary>
/// <param name="Person">The person's identifier.</param>
/// <param name="Date">The date of the assessment.</param>
/// <param name="Code">The concept id, as text (never a number: a spreadsheet loses the last digits of 16-digit ids).</param>
/// <param name="Score">The score, or <see langword="null"/> when none was recorded.</param>
public readonly record struct CodedAssessment(string Person, DateOnly Date, string Code, double? Score)
{
    /// <summary>Gets the episode of care (a referral), or <see langword="null"/> when the person has one.</summary>
    public string? Episode { get; init; }

    /// <summary>Gets the team (or any unit), or <see langword="null"/> when not known.</summary>
    public string? Team { get; init; }
}
