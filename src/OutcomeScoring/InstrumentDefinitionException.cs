using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// An instrument definition is not valid (duplicate or unknown items, an empty score, an impossible
/// missing-item limit, JSON that does not describe an instrument, and so on). <see cref="Problems"/> lists every
/// problem found, each with its JSON path; the message names the instrument and exactly what is wrong.
/// </summary>
public sealed class InstrumentDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public InstrumentDefinitionException()
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InstrumentDefinitionException(string message)
        : base(message)
    {
        Problems = [new DefinitionProblem("$", message)];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InstrumentDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new DefinitionProblem("$", message)];
    }

    internal InstrumentDefinitionException(IReadOnlyList<DefinitionProblem> problems, bool withPaths)
        : base(DefinitionProblem.Describe(problems, withPaths, "The definition"))
    {
        Problems = [.. problems];
    }

    /// <summary>Gets every problem found, in the order of the definition, each with its JSON path.</summary>
    public ImmutableArray<DefinitionProblem> Problems { get; }
}
