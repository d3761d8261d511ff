using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// Why one response set could not be scored, with the item, the value and the allowed range. Batch scoring
/// returns it in place of a result; single scoring throws <see cref="ToException"/>.
/// </summary>
public readonly record struct ScoringError
{
    internal ScoringError(ScoringErrorKind kind, string instrumentName, int? itemNumber, int value, int minimum, int maximum)
    {
        Kind = kind;
        InstrumentName = instrumentName;
        ItemNumber = itemNumber;
        Value = value;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets what was wrong.</summary>
    public ScoringErrorKind Kind { get; }

    /// <summary>Gets the instrument's name.</summary>
    public string InstrumentName { get; }

    /// <summary>Gets the item with the bad answer, or <see langword="null"/> when the error is not about one item.</summary>
    public int? ItemNumber { get; }

    /// <summary>Gets the bad answer, or the number of answers (or companion answers) given for a wrong count.</summary>
    public int Value { get; }

    /// <summary>Gets the lowest allowed value (answer, or answer count).</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest allowed value (answer, or answer count).</summary>
    public int Maximum { get; }

    /// <summary>Gets a message naming the item, the value and the allowed range.</summary>
    public string Message => Kind switch
    {
        ScoringErrorKind.WrongAnswerCount => string.Create(
            CultureInfo.InvariantCulture,
            $"{InstrumentName} has {Maximum} items but {Value} answers were given; give one answer per item, using Answer.NotAnswered for an item left blank."),
        ScoringErrorKind.MissingResponseSet => $"{InstrumentName}: no response set was given (null).",
        ScoringErrorKind.WrongCompanionAnswerCount => string.Create(
            CultureInfo.InvariantCulture,
            $"{InstrumentName} has {Maximum} companion answers (one per item each companion question follows) but {Value} were given; give them all, using null for one not answered, or none."),
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"{InstrumentName} item {ItemNumber}: answer {Value} is outside the response scale {Minimum}-{Maximum}."),
    };

    /// <summary>Creates the exception that single scoring throws for this error.</summary>
    /// <returns>
    /// An <see cref="ArgumentOutOfRangeException"/> for an answer outside the scale, or an
    /// <see cref="ArgumentException"/> for a wrong answer count; the parameter name is "answers".
    /// </returns>
    public ArgumentException ToException() => Kind switch
    {
        ScoringErrorKind.AnswerOutOfRange => new ArgumentOutOfRangeException("answers", Value, Message),
        _ => new ArgumentException(Message, "answers"),
    };

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
