namespace OutcomeScoring.Activation;

/// <summary>
/// A calibration is not valid (malformed JSON, a missing or wrong field, wrong item or threshold counts, a table
/// that does not increase, a calibration that does not fit the instrument). The message names the calibration
/// and exactly what is wrong: the item number, the expected and actual counts, the first non-increasing position.
/// </summary>
public sealed class CalibrationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public CalibrationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public CalibrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalibrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
