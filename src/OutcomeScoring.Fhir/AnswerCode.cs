namespace OutcomeScoring.Fhir;

/// <summary>A coded answer as a FHIR <c>Coding</c> carries it: the code system URI and the code, compared exactly.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct AnswerCode
{
    /// <summary>Creates a coded answer.</summary>
    /// <param name="system">The code system URI (for example <c>http://terminology.hl7.org/CodeSystem/data-absent-reason</c>).</param>
    /// <param name="code">The code within that system (for example <c>not-applicable</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="system"/> or <paramref name="code"/> is null, empty or white space.</exception>
    public AnswerCode(string system, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        System = system;
        Code = code;
    }

    /// <summary>Gets the code system URI.</summary>
    public string System { get; }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Returns the code as <c>system|code</c>, the FHIR token form.</summary>
    /// <returns>For example <c>http://terminology.hl7.org/CodeSystem/data-absent-reason|not-applicable</c>.</returns>
    public override string ToString() => $"{System}|{Code}";
}
