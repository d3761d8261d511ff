namespace OutcomeScoring;

/// <summary>
/// An instrument definition is not valid (duplicate or unknown items, an empty score, an impossible
/// missing-item limit, and so on). The message names the instrument and exactly what is wrong.
/// </summary>
public sealed class InstrumentDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public InstrumentDefinitionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InstrumentDefinitionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InstrumentDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
