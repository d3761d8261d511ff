using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// An index specification is not valid: malformed JSON, an unknown property, or a rule broken (duplicate or unknown codes, a missing
/// or bad direction, a weight not above 0, inverted goalposts, an option that does nothing). <see cref="Errors"/> lists every problem
/// found, each naming the component, domain or field and the value.
/// </summary>
public sealed class IndexSpecificationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public IndexSpecificationException()
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public IndexSpecificationException(string message)
        : base(message)
    {
        Errors = [message];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IndexSpecificationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="errors">The problems, each a sentence.</param>
    public IndexSpecificationException(IEnumerable<string> errors)
        : this([.. errors ?? throw new ArgumentNullException(nameof(errors))])
    {
    }

    private IndexSpecificationException(ImmutableArray<string> errors)
        : base(errors.Length == 1 ? errors[0] : $"The index specification has {errors.Length} problems: {string.Join(" ", errors)}")
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, each a sentence naming what is wrong.</summary>
    public ImmutableArray<string> Errors { get; }
}
