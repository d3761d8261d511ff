namespace OutcomeScoring.DialogScale;

/// <summary>
/// The eleven DIALOG items by meaning: eight life domains and three treatment aspects. The numeric value is the
/// item's position in the MHSDS order (NHS Digital MHSDS SNOMED CT reference data).
/// </summary>
/// <remarks>Key DIALOG data by meaning, never by position alone: sources disagree on positions 6 and 7.</remarks>
public enum DialogDomain
{
    /// <summary>Mental health (SQOL).</summary>
    MentalHealth = 1,

    /// <summary>Physical health (SQOL).</summary>
    PhysicalHealth = 2,

    /// <summary>Job situation (SQOL).</summary>
    JobSituation = 3,

    /// <summary>Accommodation (SQOL).</summary>
    Accommodation = 4,

    /// <summary>Leisure activities (SQOL).</summary>
    LeisureActivities = 5,

    /// <summary>Friendships (SQOL); position 6 in MHSDS order, 7 in the DIALOG+ app.</summary>
    Friendships = 6,

    /// <summary>Partner/family (SQOL); position 7 in MHSDS order, 6 in the DIALOG+ app.</summary>
    PartnerFamily = 7,

    /// <summary>Personal safety (SQOL).</summary>
    PersonalSafety = 8,

    /// <summary>Medication (TS).</summary>
    Medication = 9,

    /// <summary>Practical help (TS).</summary>
    PracticalHelp = 10,

    /// <summary>Consultations (meetings) with mental health professionals (TS).</summary>
    Consultations = 11,
}

/// <summary>The two DIALOG subscales.</summary>
public enum DialogSubscale
{
    /// <summary>Subjective quality of life (SQOL): the eight life domains, items 1-8.</summary>
    QualityOfLife = 1,

    /// <summary>Treatment satisfaction (TS): the three treatment aspects, items 9-11.</summary>
    TreatmentSatisfaction = 2,
}

/// <summary>The position order of DIALOG items in a data source.</summary>
public enum DialogItemOrder
{
    /// <summary>MHSDS order (the default): friendships at 6, partner/family at 7.</summary>
    Mhsds = 0,

    /// <summary>DIALOG+ app order: partner/family at 6, friendships at 7; otherwise as MHSDS.</summary>
    DialogPlusApp = 1,
}

/// <summary>How the ratings in a data source are coded. The reader must be told; it never guesses.</summary>
public enum DialogCoding
{
    /// <summary>1 (totally dissatisfied) to 7 (totally satisfied): the DIALOG scale itself.</summary>
    OneToSeven = 0,

    /// <summary>0 to 6, as one public export tool writes them; read as rating = value + 1.</summary>
    ZeroToSix = 1,
}
