using System.Globalization;
using Hl7.Fhir.Model;
using OutcomeScoring.Activation;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir;

/// <summary>
/// Reads a FHIR R4 <c>QuestionnaireResponse</c> through a <see cref="QuestionnaireMapping"/> and scores it with the
/// library: any instrument (<see cref="Score"/>), DIALOG (<see cref="ReadDialog"/>), PAM-13 with a licensee's
/// calibration (<see cref="ScorePam13"/>) and the Friends and Family Test (<see cref="ReadFft"/>).
/// </summary>
/// <remarks>
/// <para>Every problem with the response is reported as a <see cref="FhirIssue"/>: unknown linkIds, answers of the
/// wrong type, unknown codes, decimals that are not whole, values outside the scale, items answered more than once,
/// items without a linkId, a response to another Questionnaire, a response entered in error. A response with any
/// issue is not scored (see <see cref="FhirOutcome{T}"/> for why). Missing answers are not issues: they are normal
/// data, and the library's missing-item rules decide whether a score can be computed.</para>
/// <para>Pure: the response is read, never changed. Thread-safe. Passing <see langword="null"/> throws.</para>
/// </remarks>
public static class FhirScoring
{
    /// <summary>Reads a response's answers through a mapping, in item order.</summary>
    /// <param name="response">The response.</param>
    /// <param name="mapping">The mapping (for example <see cref="QuestionnaireMappings.Core10"/>).</param>
    /// <returns>The answers, or every issue found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static FhirOutcome<ResponseAnswers> ReadAnswers(QuestionnaireResponse response, QuestionnaireMapping mapping) =>
        ResponseReader.Read(response, mapping);

    /// <summary>Reads a response and scores it with the mapping's instrument.</summary>
    /// <param name="response">The response.</param>
    /// <param name="mapping">
    /// A mapping with an instrument: any built-in one except FFT, or one from <see cref="QuestionnaireMapping.ForInstrument"/>.
    /// For PAM-13, bind the licensee's calibration first
    /// (<c>QuestionnaireMappings.Pam13.WithInstrument(Pam13.WithCalibration(calibration))</c>); without it the result's
    /// activation stage is not computable, with that reason.
    /// </param>
    /// <returns>The instrument's result (each score and stage computed, or not computable with the reason), or every issue found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The mapping has no instrument (the Friends and Family Test is read with <see cref="ReadFft"/>).</exception>
    public static FhirOutcome<InstrumentResult> Score(QuestionnaireResponse response, QuestionnaireMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        Instrument instrument = mapping.Instrument
            ?? throw new ArgumentException($"The {mapping.InstrumentName} mapping has no instrument to score with; use ReadFft.", nameof(mapping));
        FhirOutcome<ResponseAnswers> read = ReadAnswers(response, mapping);
        if (!read.TryGetValue(out ResponseAnswers? answers))
        {
            return new FhirOutcome<InstrumentResult>(read.Issues);
        }

        // The per-item "more help wanted?" answers are the companion answers the instrument's stages count (DIALOG's unmet needs).
        return instrument.TryScore(answers.Answers.AsSpan(), answers.CompanionAnswers(), out InstrumentResult result, out ScoringError error)
            ? new FhirOutcome<InstrumentResult>(result)
            : new FhirOutcome<InstrumentResult>([FromScoringError(mapping, error)]);
    }

    /// <summary>Reads a DIALOG response: ratings and "more help wanted?" answers, by meaning. Score it with <see cref="Dialog.Score"/>.</summary>
    /// <param name="response">The response.</param>
    /// <param name="mapping">A DIALOG mapping (<see cref="QuestionnaireMappings.Dialog"/>, <see cref="QuestionnaireMappings.DialogPlusAppOrder"/>, or one derived from them).</param>
    /// <returns>The DIALOG response, or every issue found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The mapping is not for DIALOG.</exception>
    public static FhirOutcome<DialogResponse> ReadDialog(QuestionnaireResponse response, QuestionnaireMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.Instrument?.Id != Dialog.Instrument.Id || mapping.ItemCount != Dialog.Items.Length)
        {
            throw new ArgumentException($"The {mapping.InstrumentName} mapping is not a DIALOG mapping; use QuestionnaireMappings.Dialog or QuestionnaireMappings.DialogPlusAppOrder.", nameof(mapping));
        }

        FhirOutcome<ResponseAnswers> read = ReadAnswers(response, mapping);
        return read.TryGetValue(out ResponseAnswers? answers)
            ? new FhirOutcome<DialogResponse>(DialogResponse.FromPositional(answers.Answers.AsSpan(), DialogItemOrder.Mhsds, DialogCoding.OneToSeven, answers.HelpWanted.AsSpan()))
            : new FhirOutcome<DialogResponse>(read.Issues);
    }

    /// <summary>Reads a PAM-13 response and scores it with the licensee's calibration.</summary>
    /// <param name="response">The response.</param>
    /// <param name="mapping">A PAM-13 mapping (<see cref="QuestionnaireMappings.Pam13"/>, or one derived from it).</param>
    /// <param name="calibration">The licensee's calibration (no PAM-13 conversion is shipped).</param>
    /// <param name="cutPoints">The cut points for the level; by default <see cref="ActivationCutPoints.Hibbard2010"/>.</param>
    /// <returns>The PAM-13 result (computed, or not computable with the reason), or every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/>, <paramref name="mapping"/> or <paramref name="calibration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The mapping is not a 13-item 1-4 mapping.</exception>
    /// <exception cref="CalibrationException">The calibration does not fit PAM-13.</exception>
    public static FhirOutcome<Pam13Result> ScorePam13(QuestionnaireResponse response, QuestionnaireMapping mapping, ICalibration calibration, ActivationCutPoints? cutPoints = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(calibration);
        if (mapping.ItemCount != Pam13.ItemCount || mapping.Scale.Minimum != Pam13.MinimumAnswer || mapping.Scale.Maximum != Pam13.MaximumAnswer)
        {
            throw new ArgumentException($"The {mapping.InstrumentName} mapping ({mapping}) is not a PAM-13 mapping (13 items, answers 1-4); use QuestionnaireMappings.Pam13.", nameof(mapping));
        }

        Pam13.CheckCalibration(calibration);
        FhirOutcome<ResponseAnswers> read = ReadAnswers(response, mapping);
        if (!read.TryGetValue(out ResponseAnswers? answers))
        {
            return new FhirOutcome<Pam13Result>(read.Issues);
        }

        return Pam13.TryScore(answers.Answers.AsSpan(), calibration, cutPoints ?? ActivationCutPoints.Hibbard2010, out Pam13Result result, out ScoringError error)
            ? new FhirOutcome<Pam13Result>(result)
            : new FhirOutcome<Pam13Result>([FromScoringError(mapping, error)]);
    }

    /// <summary>Reads a Friends and Family Test response: its one answer, or <see langword="null"/> when the question was not answered.</summary>
    /// <param name="response">The response.</param>
    /// <param name="mapping">An FFT mapping (<see cref="QuestionnaireMappings.FftExperience"/> or <see cref="QuestionnaireMappings.FftRecommend"/>, or one derived from them).</param>
    /// <returns>The answer (or <see langword="null"/>), or every issue found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The mapping is not a one-item 1-6 mapping.</exception>
    public static FhirOutcome<FftAnswer?> ReadFft(QuestionnaireResponse response, QuestionnaireMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.ItemCount != 1 || mapping.Scale.Minimum != 1 || mapping.Scale.Maximum != 6)
        {
            throw new ArgumentException($"The {mapping.InstrumentName} mapping ({mapping}) is not an FFT mapping (one item, codes 1-6); use QuestionnaireMappings.FftExperience or FftRecommend.", nameof(mapping));
        }

        FhirOutcome<ResponseAnswers> read = ReadAnswers(response, mapping);
        return read.TryGetValue(out ResponseAnswers? answers)
            ? new FhirOutcome<FftAnswer?>(answers.Answers[0].Value is { } code ? FftCoding.Standard.Read(code) : null)
            : new FhirOutcome<FftAnswer?>(read.Issues);
    }

    private static FhirIssue FromScoringError(QuestionnaireMapping mapping, ScoringError error)
    {
        // The mapping checks count and range before scoring, so this only happens if a caller-built instrument and
        // mapping disagree; report it rather than throw.
        string? linkId = error.ItemNumber is { } item ? mapping.LinkIdOf(item) : null;
        return new FhirIssue(FhirIssueCode.OutOfRange, linkId, error.Value.ToString(CultureInfo.InvariantCulture), error.Message);
    }

}
