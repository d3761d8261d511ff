namespace OutcomeScoring.Change;

/// <summary>Movement between the clinical and non-clinical ranges from baseline to follow-up.</summary>
public enum ClinicalTransition
{
    /// <summary>In the clinical range at both.</summary>
    ClinicalToClinical = 1,

    /// <summary>Clinical at baseline, not at follow-up.</summary>
    ClinicalToNonClinical = 2,

    /// <summary>Non-clinical at both.</summary>
    NonClinicalToNonClinical = 3,

    /// <summary>Non-clinical at baseline, clinical at follow-up.</summary>
    NonClinicalToClinical = 4,
}

/// <summary>The Jacobson-Truax outcome of one baseline/follow-up pair.</summary>
public enum ChangeOutcome
{
    /// <summary>Reliable improvement and clinical at baseline, non-clinical at follow-up (NHS Talking Therapies: reliable recovery).</summary>
    Recovered = 1,

    /// <summary>Reliable improvement, not recovered.</summary>
    Improved = 2,

    /// <summary>No reliable change.</summary>
    Unchanged = 3,

    /// <summary>Reliable deterioration.</summary>
    Deteriorated = 4,
}

/// <summary>Why a pair could not be classified.</summary>
public enum PairNotComputableReason
{
    /// <summary>The pair was classified.</summary>
    None = 0,

    /// <summary>There is no baseline score.</summary>
    NoBaseline = 1,

    /// <summary>There is no follow-up score.</summary>
    NoFollowUp = 2,

    /// <summary>There is neither score.</summary>
    NoScores = 3,
}
