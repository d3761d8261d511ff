namespace OutcomeScoring;

/// <summary>
/// A code in a public code system (SNOMED CT, LOINC) for one score or item of a definition, the value it stands for, and
/// where the code was found. A score or item may have several (for example SNOMED CT's older UK-extension concept beside
/// the newer international one); the first is the preferred one, and readers accept them all.
/// </summary>
/// <param name="System">The code system's URI, for example <see cref="SnomedCt"/> or <see cref="Loinc"/>.</param>
/// <param name="Code">The code, as text (SNOMED CT identifiers are never numbers: a spreadsheet loses their last digits).</param>
/// <param name="Value">Which value the code stands for.</param>
/// <param name="Source">Where the code was found (for example "NHS Digital MHSDS SNOMED CT reference data").</param>
/// <remarks>
/// Immutable. Validated when an <see cref="Instrument"/> is built with it: a SNOMED CT identifier must be 6 to 18 digits
/// whose last is its Verhoeff check digit (SNOMED CT Technical Reference Guide), which catches the ids that spreadsheets
/// have rounded.
/// </remarks>
public sealed record PublicCode(string System, string Code, CodedValue Value, string Source)
{
    /// <summary>The SNOMED CT code system URI.</summary>
    public const string SnomedCt = "http://snomed.info/sct";

    /// <summary>The LOINC code system URI.</summary>
    public const string Loinc = "http://loinc.org";
}
