namespace OutcomeScoring;

/// <summary>
/// Which value a public code stands for. The same score can be published in different forms: NHS England's Mental Health
/// Services Data Set codes CORE-10 as its clinical score (0-40) but the CORE-OM domains as item sums (0-16, 0-48), not the
/// item means the library reports (specs/mental-health-proms.md, section 1), so a code says which one it means and an
/// exporter converts.
/// </summary>
public enum CodedValue
{
    /// <summary>The score's clinical score: its mean times the clinical multiplier (CORE-10: 0-40).</summary>
    ClinicalScore = 0,

    /// <summary>The score's mean of its keyed answered items.</summary>
    Mean = 1,

    /// <summary>The sum of the score's keyed items (for a complete form, the mean times the number of items).</summary>
    ItemSum = 2,

    /// <summary>An item's answer as given on the form (item codes only).</summary>
    Answer = 3,

    /// <summary>A stage's first output, its value (stage codes only: PAM-13's activation score, LOINC 88175-5).</summary>
    StageValue = 4,
}
