namespace OutcomeScoring.Fhir;

/// <summary>
/// One problem found in a FHIR resource: its code, the linkId it concerns (for a response item), the offending value
/// as text, and a message that names both.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct FhirIssue
{
    internal FhirIssue(FhirIssueCode code, string? linkId, string? value, string message)
    {
        Code = code;
        LinkId = linkId;
        Value = value;
        Message = message;
    }

    /// <summary>Gets what was wrong.</summary>
    public FhirIssueCode Code { get; }

    /// <summary>Gets the linkId of the response item concerned, or <see langword="null"/> when the problem is not about one item (for example an Observation).</summary>
    public string? LinkId { get; }

    /// <summary>Gets the offending value as text (for example <c>"7"</c>, <c>"2.5"</c> or <c>"http://loinc.org|LA6568-5"</c>), or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets a sentence naming the linkId (or Observation code) and the value, and what is allowed.</summary>
    public string Message { get; }

    /// <summary>Returns the code and the message.</summary>
    /// <returns>For example "OutOfRange: linkId '3': answer 7 is outside the CORE-10 scale 0-4."</returns>
    public override string ToString() => $"{Code}: {Message}";
}
