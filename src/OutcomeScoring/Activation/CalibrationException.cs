using System.Collections.Immutable;

namespace OutcomeScoring.Activation;

/// <summary>
/// A calibration is not valid (malformed JSON, a missing or wrong field, wrong item or threshold counts, a table
/// that does not increase, a calibration that does not fit the instrument). <see cref="Problems"/> lists every
/// problem found, each with its JSON path into the calibration's JSON form (docs/instruments/pam-13.md); the message
/// names the calibration and exactly what is wrong: the item number, the expected and actual counts, the first
/// non-increasing position.
/// </summary>
public sealed class CalibrationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public CalibrationException()
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public CalibrationException(string message)
        : base(message)
    {
        Problems = [new DefinitionProblem("$", message)];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalibrationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new DefinitionProblem("$", message)];
    }

    internal CalibrationException(IReadOnlyList<DefinitionProblem> problems, bool withPaths)
        : base(DefinitionProblem.Describe(problems, withPaths, "The calibration"))
    {
        Problems = [.. problems];
    }

    /// <summary>
    /// Gets every problem found, in the order of the calibration, each with its JSON path (for example
    /// <c>$.items[4].thresholds[1]</c>; <c>$</c> for the calibration as a whole).
    /// </summary>
    public ImmutableArray<DefinitionProblem> Problems { get; }
}
