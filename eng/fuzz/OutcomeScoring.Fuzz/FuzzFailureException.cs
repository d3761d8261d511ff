namespace OutcomeScoring.Fuzz;

/// <summary>An input the code under test did not handle as documented (AFL++ records it as a crash).</summary>
internal sealed class FuzzFailureException : Exception
{
    public FuzzFailureException()
    {
    }

    public FuzzFailureException(string message)
        : base(message)
    {
    }

    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
