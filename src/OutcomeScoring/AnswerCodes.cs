using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// The byte codes that mark an item with no value on the response scale, for answers stored one byte per item
/// (see <see cref="Instrument.ScoreBatch(ReadOnlySpan{byte}, AnswerCodes, Span{ScoringOutcome})"/>). Every
/// other byte is read as the raw answer itself.
/// </summary>
/// <remarks>
/// There is no default code: a national extract might use 255, 9 or 99 for "not answered", and guessing wrong
/// would turn blanks into answers. A code that is also a value on an instrument's scale is refused when that
/// instrument scores. Immutable and thread-safe.
/// </remarks>
public readonly record struct AnswerCodes
{
    /// <summary>Creates codes with a "not answered" code only.</summary>
    /// <param name="notAnswered">The byte that marks an item left blank.</param>
    public AnswerCodes(byte notAnswered)
    {
        NotAnswered = notAnswered;
    }

    /// <summary>Creates codes for "not answered" and "not applicable" (for example DIALOG's medication item).</summary>
    /// <param name="notAnswered">The byte that marks an item left blank.</param>
    /// <param name="notApplicable">The byte that marks an item the person marked not applicable.</param>
    /// <exception cref="ArgumentException">The two codes are the same.</exception>
    public AnswerCodes(byte notAnswered, byte notApplicable)
    {
        if (notAnswered == notApplicable)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The codes for not answered and not applicable must differ; both are {notAnswered}."),
                nameof(notApplicable));
        }

        NotAnswered = notAnswered;
        NotApplicable = notApplicable;
    }

    /// <summary>Gets the byte that marks an item left blank.</summary>
    public byte NotAnswered { get; }

    /// <summary>Gets the byte that marks an item not applicable, or <see langword="null"/> when none is used.</summary>
    public byte? NotApplicable { get; }

    /// <summary>Reads one byte as an answer: a code, or the raw value itself (checked against the scale when scored).</summary>
    /// <param name="code">The stored byte.</param>
    /// <returns>The answer.</returns>
    public Answer Decode(byte code) =>
        code == NotAnswered ? Answer.NotAnswered
        : code == NotApplicable ? Answer.NotApplicable
        : Answer.Of(code);

    /// <summary>Returns the codes, for example "not answered = 255".</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => NotApplicable.HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"not answered = {NotAnswered}, not applicable = {NotApplicable.GetValueOrDefault()}")
        : string.Create(CultureInfo.InvariantCulture, $"not answered = {NotAnswered}");
}
