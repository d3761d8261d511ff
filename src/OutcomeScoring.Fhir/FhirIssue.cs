namespace OutcomeScoring.Fhir;

/// <summary>
/// One problem found in a FHIR resource: its code, the linkId it concerns (for a response item), the offending value
/// as text, and a message that names both.
/// </summary>
/// <param name="Code">What was wrong.</param>
/// <param name="LinkId">The linkId of the response item concerned, or <see langword="null"/> when the problem is not about one item (for example an Observation).</param>
/// <param name="Value">The offending value as text (for example <c>"7"</c>, <c>"2.5"</c> or <c>"http://loinc.org|LA6568-5"</c>), or <see langword="null"/>.</param>
/// <param name="Message">A sentence naming the linkId (or Observation code) and the value, and what is allowed.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct FhirIssue(FhirIssueCode Code, string? LinkId, string? Value, string Message)
{
    /// <summary>Returns the code and the message.</summary>
    /// <returns>For example "OutOfRange: linkId '3': answer 7 is outside the CORE-10 scale 0-4."</returns>
    public override string ToString() => $"{Code}: {Message}";
}
