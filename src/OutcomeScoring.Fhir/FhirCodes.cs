namespace OutcomeScoring.Fhir;

/// <summary>
/// The code systems, codes and extension this package reads and writes, each with its source. Public codes are used
/// only where one was found and checked; everything else is in a clearly local code system
/// (<see cref="LocalCodeSystem"/>) that a caller can replace with its own (<see cref="ObservationOptions.CodeSystem"/>).
/// See docs/fhir.md.
/// </summary>
public static class FhirCodes
{
    /// <summary>
    /// The default local code system for score, component and method codes that have no public code:
    /// <c>https://outcomescoring.example/fhir/CodeSystem/scores</c>. The <c>.example</c> domain is reserved (RFC 2606),
    /// so the URI can never clash with a real code system; replace it with a URI your organisation controls.
    /// </summary>
    public const string LocalCodeSystem = "https://outcomescoring.example/fhir/CodeSystem/scores";

    /// <summary>LOINC (<c>http://loinc.org</c>).</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>SNOMED CT (<c>http://snomed.info/sct</c>).</summary>
    public const string SnomedCt = "http://snomed.info/sct";

    /// <summary>UCUM (<c>http://unitsofmeasure.org</c>), for the unit <see cref="ScoreUnit"/>.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The UCUM unit of a score: the annotation <c>{score}</c>, a dimensionless count (as LOINC gives it for score terms).</summary>
    public const string ScoreUnit = "{score}";

    /// <summary>HL7 data absent reasons (<c>http://terminology.hl7.org/CodeSystem/data-absent-reason</c>).</summary>
    public const string DataAbsentReason = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    /// <summary>HL7 observation categories (<c>http://terminology.hl7.org/CodeSystem/observation-category</c>); this package writes <c>survey</c>.</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>HL7 v2 table 0136 yes/no (<c>http://terminology.hl7.org/CodeSystem/v2-0136</c>: <c>Y</c>, <c>N</c>), read for DIALOG "more help wanted?" answers.</summary>
    public const string YesNo = "http://terminology.hl7.org/CodeSystem/v2-0136";

    /// <summary>
    /// The FHIR R4 extension that gives an answer option its score (<c>http://hl7.org/fhir/StructureDefinition/ordinalValue</c>,
    /// valueDecimal; FHIR R4 extension registry, "Ordinal Value").
    /// </summary>
    public const string OrdinalValueExtension = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /// <summary>Local code of the component holding the mean item score (CORE: 0-4).</summary>
    public const string MeanItemScore = "mean-item-score";

    /// <summary>Local code of the component holding the number of the score's items that were answered.</summary>
    public const string ItemsAnswered = "items-answered";

    /// <summary>Local code of the component holding the number of items the score is made of.</summary>
    public const string ItemsInScore = "items-in-score";

    /// <summary>Local code of the component saying whether the score was prorated.</summary>
    public const string Prorated = "prorated";

    /// <summary>Local code of the component holding the number of risk items answered above the scale minimum (CORE risk flag).</summary>
    public const string RiskItemsFlagged = "risk-items-flagged";

    /// <summary>Local method code: the mean of all the score's items (none missing).</summary>
    public const string MeanOfAllItems = "mean-of-all-items";

    /// <summary>Local method code: the mean of the answered items, prorated within the score's missing-item limit.</summary>
    public const string ProratedMean = "prorated-mean";

    /// <summary>Gets the local code of a score: the instrument id and the score id joined by a dot (for example <c>core-10.total</c>).</summary>
    /// <param name="instrumentId">The instrument's id.</param>
    /// <param name="scoreId">The score's id.</param>
    /// <returns>The code.</returns>
    public static string ScoreCode(string instrumentId, string scoreId) => $"{instrumentId}.{scoreId}";
}
