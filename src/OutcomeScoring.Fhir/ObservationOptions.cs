namespace OutcomeScoring.Fhir;

/// <summary>
/// How scores are written as Observations (and read back): the local code system for codes that have no public
/// equivalent, whether public codes (LOINC, SNOMED CT) are added, and how the source response is referenced.
/// </summary>
/// <remarks>Immutable and thread-safe; change it with <c>with</c>. Read Observations back with the same options.</remarks>
public sealed record ObservationOptions
{
    private readonly string _codeSystem = FhirCodes.LocalCodeSystem;
    private readonly string? _sourceReference;

    /// <summary>The defaults: <see cref="FhirCodes.LocalCodeSystem"/>, public codes included, the source referenced by its id.</summary>
    public static ObservationOptions Default { get; } = new();

    /// <summary>
    /// Gets the code system URI for score, component, method and answer codes that have no public code; by default
    /// <see cref="FhirCodes.LocalCodeSystem"/>, which is clearly local (a reserved <c>.example</c> domain). Use a URI
    /// your organisation controls.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is not an absolute URI.</exception>
    public string CodeSystem
    {
        get => _codeSystem;
        init => _codeSystem = Uri.IsWellFormedUriString(value, UriKind.Absolute)
            ? value
            : throw new ArgumentException($"The code system must be an absolute URI; got '{value}'.", nameof(value));
    }

    /// <summary>
    /// Gets whether public codes are added next to the local ones: SNOMED CT for DIALOG items and LOINC 88175-5 for
    /// the PAM-13 activation score (default: yes). The local code is always written, so Observations can be read back
    /// either way.
    /// </summary>
    public bool IncludePublicCodes { get; init; } = true;

    /// <summary>
    /// Gets the reference written to <c>Observation.derivedFrom</c> for the source response (for example a
    /// <c>urn:uuid:</c> full URL inside a transaction Bundle), or <see langword="null"/> to use
    /// <c>QuestionnaireResponse/{id}</c>, or failing that the response's identifier.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is empty or white space.</exception>
    public string? SourceReference
    {
        get => _sourceReference;
        init => _sourceReference = value is null || !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ArgumentException("The source reference cannot be empty; use null to reference the response by its id.", nameof(value));
    }
}
