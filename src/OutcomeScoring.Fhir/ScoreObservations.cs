using System.Globalization;
using Hl7.Fhir.Model;
using OutcomeScoring.Activation;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir;

/// <summary>
/// Writes scores as FHIR R4 <c>Observation</c>s, and reads back the Observations it wrote (so that
/// response -> scores -> Observations -> scores gives the same scores, exactly).
/// </summary>
/// <remarks>
/// <para>Every Observation has status <c>final</c>, category <c>survey</c>, a code (the local code
/// <c>{instrument}.{score}</c> in <see cref="ObservationOptions.CodeSystem"/>, plus a public code where one exists:
/// LOINC 88175-5 for the PAM-13 activation score, SNOMED CT for DIALOG items), the subject, encounter and
/// authored time copied from the response (as subject, encounter and effective), and <c>derivedFrom</c> pointing at
/// the response. A score's value is a Quantity in the UCUM unit <c>{score}</c> at full precision; components give
/// the mean item score, the items answered, the items in the score and whether it was prorated; the method says
/// "mean of all items" or "prorated mean", and a note cites the rule's source. A score that is not computable has
/// no value but the data absent reason <c>not-performed</c> and a note saying why. See docs/fhir.md.</para>
/// <para>No clock is read: <c>issued</c> is left for the caller or server. Each call returns new Observations.</para>
/// </remarks>
public static partial class ScoreObservations
{
    private const string Survey = "survey";
    private const string NotPerformed = "not-performed";
    private const string NotApplicable = "not-applicable";
    private const string Unknown = "unknown";

    /// <summary>Writes one Observation per score of an instrument result (computed or not).</summary>
    /// <param name="source">The response the scores come from (subject, encounter, authored time and reference are copied from it).</param>
    /// <param name="result">The result.</param>
    /// <param name="options">The options; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The Observations, in the order the instrument defines its scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The response has neither an id nor an identifier and no source reference was given, so the Observations could not point at it.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="result"/> is <c>default(InstrumentResult)</c>.</exception>
    public static IReadOnlyList<Observation> FromResult(QuestionnaireResponse source, InstrumentResult result, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ObservationOptions.Default;
        ResourceReference reference = SourceReferenceOf(source, options);
        Instrument instrument = result.Instrument;
        SeverityBanding? banding = instrument.Interpretation.SeverityBands;
        bool hasRiskItems = instrument.Items.Any(i => i.IsRisk);
        var observations = new List<Observation>(result.Count);
        for (int s = 0; s < result.Count; s++)
        {
            Score score = result[s];
            Observation observation = ForScore(source, reference, options, instrument, score);
            if (banding is not null && banding.ScoreId == score.Id && result.Band is { } band)
            {
                observation.Interpretation.Add(new CodeableConcept(options.CodeSystem, $"{instrument.Id}.band.{band.Code}", band.Label, $"{banding.Name}: {band.Label}"));
            }

            if (hasRiskItems && s == instrument.PrimaryScoreIndex)
            {
                observation.Component.Add(Component(options, FhirCodes.RiskItemsFlagged, "Risk items answered above the scale minimum", new Integer(result.RiskItemsFlagged)));
            }

            observations.Add(observation);
        }

        for (int t = 0; t < instrument.Stages.Length; t++)
        {
            // Companion questions that were not asked (DIALOG's help questions) give no Observation, as a missing form would not.
            StageResult stage = result.Stage(t);
            if (stage.Reason != StageNotComputableReason.NotAsked)
            {
                observations.Add(ForStage(source, reference, options, instrument, stage));
            }
        }

        return observations;
    }

    /// <summary>
    /// Writes a DIALOG administration through the generic writers: <see cref="FromResult"/> (SQOL and TS, the lowest-rated
    /// domains, and unmet needs when any help question was answered) then <see cref="FromAnswers"/> (one Observation per
    /// item in MHSDS order: the rating 1-7 coded with the item's SNOMED CT concept from the NHS Digital MHSDS reference
    /// data, with the "more help wanted?" answer as the component <c>help</c>).
    /// </summary>
    /// <param name="source">The response the ratings come from.</param>
    /// <param name="response">The DIALOG ratings (as <see cref="FhirScoring.ReadDialog"/> read them).</param>
    /// <param name="result">Their scores (<see cref="Dialog.Score"/>).</param>
    /// <param name="options">The options; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The score and stage Observations, then the eleven item Observations in MHSDS order.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The response has neither an id nor an identifier and no source reference was given.</exception>
    public static IReadOnlyList<Observation> FromDialog(QuestionnaireResponse source, DialogResponse response, DialogResult result, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        return [.. FromResult(source, result.Scores, options), .. FromAnswers(source, result.Scores.Instrument, response.Ratings.AsSpan(), response.HelpWanted.AsSpan(), options)];
    }

    /// <summary>
    /// Writes a PAM-13 result as its activation stage's Observation (<see cref="FromStage"/>: the activation score with
    /// LOINC 88175-5 and the local code <c>pam-13.activation</c>; components measure-se, level, answered, theta, theta-se).
    /// </summary>
    /// <param name="source">The response the answers come from.</param>
    /// <param name="result">The result (<see cref="FhirScoring.ScorePam13"/>).</param>
    /// <param name="options">The options; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The Observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The response has neither an id nor an identifier and no source reference was given.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="result"/> is <c>default(Pam13Result)</c>.</exception>
    public static Observation FromPam13(QuestionnaireResponse source, Pam13Result result, ObservationOptions? options = null) =>
        FromStage(source, Pam13.Instrument, result.Stage, options);

    /// <summary>Writes a Friends and Family Test answer as a coded Observation (not answered: data absent reason <c>unknown</c>).</summary>
    /// <param name="source">The response the answer comes from.</param>
    /// <param name="answer">The answer, or <see langword="null"/> when the question was not answered.</param>
    /// <param name="question">Which FFT question it answers (for the code and the label).</param>
    /// <param name="options">The options; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The Observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> or <paramref name="question"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The response has neither an id nor an identifier and no source reference was given.</exception>
    public static Observation FromFft(QuestionnaireResponse source, FftAnswer? answer, FftQuestion question, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Enum.IsDefined(question))
        {
            throw new ArgumentOutOfRangeException(nameof(question), question, "Not an FFT question.");
        }

        if (answer is { } a && !Enum.IsDefined(a))
        {
            throw new ArgumentOutOfRangeException(nameof(answer), a, "Not an FFT answer (1-6).");
        }

        options ??= ObservationOptions.Default;
        var code = new CodeableConcept(options.CodeSystem, FftCode(question), FftText(question), FftText(question));
        Observation observation = NewObservation(source, SourceReferenceOf(source, options), code);
        if (answer is { } given)
        {
            observation.Value = new CodeableConcept(options.CodeSystem, FftAnswerCode(given), Fft.Label(given, question), Fft.Label(given, question));
        }
        else
        {
            observation.DataAbsentReason = new CodeableConcept(FhirCodes.DataAbsentReason, Unknown, "Unknown");
        }

        return observation;
    }

    private const string Pam13Code = "pam-13.activation";

    private static string FftCode(FftQuestion question) =>
        question == FftQuestion.Experience2020 ? "fft.experience-2020" : "fft.recommend-2013";

    private static string FftText(FftQuestion question) =>
        question == FftQuestion.Experience2020 ? "Friends and Family Test (experience question, from April 2020)" : "Friends and Family Test (recommend question, April 2013 to March 2020)";

    private static string FftAnswerCode(FftAnswer answer) => answer switch
    {
        FftAnswer.VeryGood => "fft.answer.very-good",
        FftAnswer.Good => "fft.answer.good",
        FftAnswer.Neither => "fft.answer.neither",
        FftAnswer.Poor => "fft.answer.poor",
        FftAnswer.VeryPoor => "fft.answer.very-poor",
        _ => "fft.answer.dont-know",
    };

    private static Observation ForScore(QuestionnaireResponse source, ResourceReference reference, ObservationOptions options, Instrument instrument, Score score)
    {
        ScoreDefinition definition = score.Definition;
        string what = instrument.ClinicalMultiplier == 1
            ? "mean"
            : string.Create(CultureInfo.InvariantCulture, $"clinical score, mean x {instrument.ClinicalMultiplier:R}");
        string display = $"{instrument.Name} {definition.Name}";
        var code = new CodeableConcept { Text = $"{display} ({what})" };
        if (options.IncludePublicCodes)
        {
            // The definition's public codes for the value this Observation holds: its clinical score (the mean when the
            // multiplier is 1). Codes for an item sum (the MHSDS CORE-OM domains) stand for another value and are not written.
            foreach (PublicCode publicCode in definition.Codes)
            {
                if (publicCode.Value == CodedValue.ClinicalScore || (publicCode.Value == CodedValue.Mean && instrument.ClinicalMultiplier == 1))
                {
                    code.Coding.Add(new Coding(publicCode.System, publicCode.Code));
                }
            }
        }

        code.Coding.Add(new Coding(options.CodeSystem, FhirCodes.ScoreCode(instrument.Id, definition.Id), display));
        Observation observation = NewObservation(source, reference, code);
        int count = definition.Items.Length;
        if (score.ClinicalScore is { } clinical)
        {
            observation.Value = ScoreQuantity(clinical);
            observation.Method = score.IsProrated
                ? new CodeableConcept(
                    options.CodeSystem,
                    FhirCodes.ProratedMean,
                    "Prorated mean",
                    string.Create(CultureInfo.InvariantCulture, $"Mean of the {score.ItemsAnswered} answered items of {count} (prorated; at most {definition.MaximumMissing} may be missing){(instrument.ClinicalMultiplier == 1 ? "" : $", x {instrument.ClinicalMultiplier:R}")}"))
                : new CodeableConcept(
                    options.CodeSystem,
                    FhirCodes.MeanOfAllItems,
                    "Mean of all items",
                    string.Create(CultureInfo.InvariantCulture, $"Mean of all {count} items{(instrument.ClinicalMultiplier == 1 ? "" : $", x {instrument.ClinicalMultiplier:R}")}"));
            observation.Component.Add(Component(options, FhirCodes.MeanItemScore, "Mean item score", ScoreQuantity(score.Mean!.Value)));
        }
        else
        {
            observation.DataAbsentReason = new CodeableConcept(FhirCodes.DataAbsentReason, NotPerformed, "Not Performed");
            observation.Note.Add(new Annotation { Text = score.Explanation });
        }

        observation.Component.Add(Component(options, FhirCodes.ItemsAnswered, "Items answered", new Integer(score.ItemsAnswered)));
        observation.Component.Add(Component(options, FhirCodes.ItemsInScore, "Items in the score", new Integer(count)));
        observation.Component.Add(Component(options, FhirCodes.Prorated, "Prorated", new FhirBoolean(score.IsProrated)));
        observation.Note.Add(new Annotation { Text = "Rule: " + definition.Source });
        return observation;
    }

    private static Observation NewObservation(QuestionnaireResponse source, ResourceReference reference, CodeableConcept code)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = code,
            Subject = (ResourceReference?)source.Subject?.DeepCopy(),
            Encounter = (ResourceReference?)source.Encounter?.DeepCopy(),
            Effective = (FhirDateTime?)source.AuthoredElement?.DeepCopy(),
        };
        observation.Category.Add(new CodeableConcept(FhirCodes.ObservationCategory, Survey, "Survey"));
        observation.DerivedFrom.Add((ResourceReference)reference.DeepCopy());
        return observation;
    }

    private static ResourceReference SourceReferenceOf(QuestionnaireResponse source, ObservationOptions options)
    {
        if (options.SourceReference is { } given)
        {
            return new ResourceReference(given);
        }

        if (!string.IsNullOrWhiteSpace(source.Id))
        {
            return new ResourceReference($"QuestionnaireResponse/{source.Id}");
        }

        if (source.Identifier is { } identifier && !string.IsNullOrWhiteSpace(identifier.Value))
        {
            return new ResourceReference { Type = "QuestionnaireResponse", Identifier = (Identifier)identifier.DeepCopy() };
        }

        throw new ArgumentException(
            "The QuestionnaireResponse has neither an id nor an identifier, so the Observations cannot reference it in derivedFrom; give it one, or set ObservationOptions.SourceReference (for example its urn:uuid full URL in a Bundle).",
            nameof(source));
    }

    private static Quantity ScoreQuantity(double value) => new()
    {
        Value = FhirNumbers.ToDecimal(value),
        Unit = FhirCodes.ScoreUnit,
        System = FhirCodes.Ucum,
        Code = FhirCodes.ScoreUnit,
    };

    private static Observation.ComponentComponent Component(ObservationOptions options, string code, string display, DataType value) => new()
    {
        Code = new CodeableConcept(options.CodeSystem, code, display, display),
        Value = value,
    };
}
