using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace OutcomeScoring.Fhir;

/// <summary>
/// How the answers in a <c>QuestionnaireResponse</c> become raw answers: which FHIR answer types are read as numbers,
/// an offset added to numbers, and which codes and labels mean which answer (a value, "not answered" or
/// "not applicable"). Everything else is reported as an issue, never guessed.
/// </summary>
/// <remarks>
/// <para>Numbers: <c>valueInteger</c> (when <see cref="AcceptsIntegers"/>), a whole <c>valueDecimal</c> (when
/// <see cref="AcceptsDecimals"/>), and a <c>valueCoding</c> carrying the FHIR R4 <c>ordinalValue</c> extension
/// (<see cref="FhirCodes.OrdinalValueExtension"/>, when <see cref="AcceptsOrdinalValues"/>), which is how a
/// Questionnaire gives each answer option its score. <see cref="Offset"/> is added to every number (for example 1
/// for DIALOG data coded 0-6).</para>
/// <para>Codes: a <c>valueCoding</c> whose system and code are in <see cref="Codes"/> means the answer given there,
/// and is looked up before any ordinal value. Labels: a <c>valueString</c> in <see cref="Labels"/> (compared
/// case-insensitively, ignoring leading and trailing white space) means the answer given there. Code and label
/// answers are used as they are: the offset does not apply.</para>
/// <para>An item with no answer, or absent from the response, is <see cref="Answer.NotAnswered"/>. Immutable and
/// thread-safe; change it with <c>with</c>, <see cref="WithCode"/> or <see cref="WithLabel"/>.</para>
/// </remarks>
public sealed record AnswerScheme
{
    private readonly ImmutableDictionary<AnswerCode, Answer> _codes = ImmutableDictionary<AnswerCode, Answer>.Empty;
    private readonly ImmutableDictionary<string, Answer> _labels = ImmutableDictionary.Create<string, Answer>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Numbers only (integers, whole decimals, ordinal values, no offset), with the HL7 data absent reasons
    /// <c>asked-declined</c>, <c>asked-unknown</c>, <c>not-asked</c> and <c>unknown</c> read as "not answered".
    /// The built-in mappings start from this.
    /// </summary>
    public static AnswerScheme Numbers { get; } = new AnswerScheme()
        .WithCode(new AnswerCode(FhirCodes.DataAbsentReason, "asked-declined"), Answer.NotAnswered)
        .WithCode(new AnswerCode(FhirCodes.DataAbsentReason, "asked-unknown"), Answer.NotAnswered)
        .WithCode(new AnswerCode(FhirCodes.DataAbsentReason, "not-asked"), Answer.NotAnswered)
        .WithCode(new AnswerCode(FhirCodes.DataAbsentReason, "unknown"), Answer.NotAnswered);

    /// <summary>
    /// <see cref="Numbers"/> plus the HL7 data absent reason <c>not-applicable</c> read as
    /// <see cref="Answer.NotApplicable"/> (DIALOG and PAM-13 have a "not applicable" answer).
    /// </summary>
    public static AnswerScheme NumbersWithNotApplicable { get; } =
        Numbers.WithCode(new AnswerCode(FhirCodes.DataAbsentReason, "not-applicable"), Answer.NotApplicable);

    /// <summary>Gets whether <c>valueInteger</c> answers are read as numbers (default: yes).</summary>
    public bool AcceptsIntegers { get; init; } = true;

    /// <summary>Gets whether whole-number <c>valueDecimal</c> answers are read as numbers (default: yes).</summary>
    public bool AcceptsDecimals { get; init; } = true;

    /// <summary>Gets whether a <c>valueCoding</c> with the <c>ordinalValue</c> extension is read as that number (default: yes).</summary>
    public bool AcceptsOrdinalValues { get; init; } = true;

    /// <summary>Gets the number added to every numeric answer before it is checked against the scale (default 0).</summary>
    public int Offset { get; init; }

    /// <summary>Gets the coded answers and what each means.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/> or default.</exception>
    public ImmutableDictionary<AnswerCode, Answer> Codes
    {
        get => _codes;
        init => _codes = value ?? throw new ArgumentNullException(nameof(value), "Codes cannot be null; use an empty dictionary.");
    }

    /// <summary>Gets the text answers (<c>valueString</c>) and what each means; compared case-insensitively after trimming.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public ImmutableDictionary<string, Answer> Labels
    {
        get => _labels;
        init => _labels = (value ?? throw new ArgumentNullException(nameof(value), "Labels cannot be null; use an empty dictionary."))
            .WithComparers(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Returns a copy in which a coded answer means the given answer (replacing any meaning it had).</summary>
    /// <param name="code">The system and code.</param>
    /// <param name="meaning">What it means: a value (<c>Answer.Of(3)</c>), <see cref="Answer.NotAnswered"/> or <see cref="Answer.NotApplicable"/>.</param>
    /// <returns>The new scheme.</returns>
    [Pure]
    public AnswerScheme WithCode(AnswerCode code, Answer meaning)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code.System, nameof(code));
        return this with { Codes = Codes.SetItem(code, meaning) };
    }

    /// <summary>Returns a copy in which a text answer means the given answer (replacing any meaning it had).</summary>
    /// <param name="label">The text, for example "Very good"; compared case-insensitively after trimming.</param>
    /// <param name="meaning">What it means.</param>
    /// <returns>The new scheme.</returns>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or white space.</exception>
    [Pure]
    public AnswerScheme WithLabel(string label, Answer meaning)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return this with { Labels = Labels.SetItem(label.Trim(), meaning) };
    }

    /// <summary>Gets what a text answer means, if the scheme knows it.</summary>
    /// <param name="label">The text as given.</param>
    /// <param name="meaning">The answer it means.</param>
    /// <returns><see langword="true"/> when the label is known.</returns>
    public bool TryReadLabel(string label, out Answer meaning)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Labels.TryGetValue(label.Trim(), out meaning);
    }
}
