using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// An index specification is not valid: malformed JSON, an unknown property, or a rule broken (duplicate or unknown codes, a missing
/// or bad direction, a weight not above 0, inverted goalposts, an option that does nothing). <see cref="Errors"/> lists every problem
/// found, each naming the component, domain or field and the value; <see cref="Problems"/> gives each with its JSON path into the
/// specification's JSON form (docs/integration-index.md).
/// </summary>
public sealed class IndexSpecificationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public IndexSpecificationException()
    {
        Errors = [];
        Problems = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public IndexSpecificationException(string message)
        : base(message)
    {
        Errors = [message];
        Problems = [new DefinitionProblem("$", message)];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IndexSpecificationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
        Problems = [new DefinitionProblem("$", message)];
    }

    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="errors">The problems, each a sentence.</param>
    public IndexSpecificationException(IEnumerable<string> errors)
        : this([.. errors ?? throw new ArgumentNullException(nameof(errors))])
    {
    }

    private IndexSpecificationException(ImmutableArray<string> errors)
        : this([.. errors.Select(e => new DefinitionProblem("$", e))], withPaths: false)
    {
    }

    internal IndexSpecificationException(IReadOnlyList<DefinitionProblem> problems, bool withPaths)
        : base(DefinitionProblem.Describe(problems, withPaths, "The index specification"))
    {
        Problems = [.. problems];
        Errors = [.. problems.Select(p => p.Message)];
    }

    /// <summary>Gets every problem found, each a sentence naming what is wrong.</summary>
    public ImmutableArray<string> Errors { get; }

    /// <summary>
    /// Gets every problem found, in the order of the specification, each with its JSON path (for example
    /// <c>$.components[1].weight</c>; <c>$</c> for the specification as a whole) and the same message as <see cref="Errors"/>.
    /// </summary>
    public ImmutableArray<DefinitionProblem> Problems { get; }
}
