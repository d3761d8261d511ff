using System.Collections.Immutable;
using System.Globalization;
using Hl7.Fhir.Model;

namespace OutcomeScoring.Fhir;

/// <content>One Observation writer and reader for the answers of any instrument: one Observation per item, with its companion answers.</content>
public static partial class ScoreObservations
{
    /// <summary>
    /// Writes an instrument's answers: one Observation per item, in item order, coded with the item's public codes
    /// (<see cref="Item.Codes"/>: DIALOG's SNOMED CT concepts from the NHS Digital MHSDS reference data) beside the local code
    /// <c>{instrument}.item.{topic}</c>; the answer as an integer, or absent with the reason <c>not-applicable</c> or
    /// <c>unknown</c>; and each companion answer given for the item (<see cref="Instrument.CompanionQuestions"/>: DIALOG's
    /// "more help wanted?") as a boolean component coded with the question's id.
    /// </summary>
    /// <param name="source">The response the answers come from.</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="answers">One answer per item, item 1 first.</param>
    /// <param name="companionAnswers">The companion answers (as <see cref="Instrument.TryScore(ReadOnlySpan{Answer}, ReadOnlySpan{bool?}, out InstrumentResult, out ScoringError)"/> takes them), or empty when not asked.</param>
    /// <param name="options">The options; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The Observations, item 1 first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// Not one answer per item, companion answers given but not <see cref="Instrument.CompanionAnswerCount"/>, or the response
    /// has neither an id nor an identifier and no source reference was given.
    /// </exception>
    public static IReadOnlyList<Observation> FromAnswers(QuestionnaireResponse source, Instrument instrument, ReadOnlySpan<Answer> answers, ReadOnlySpan<bool?> companionAnswers, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(instrument);
        if (answers.Length != instrument.Items.Length || (!companionAnswers.IsEmpty && companionAnswers.Length != instrument.CompanionAnswerCount))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{instrument.Name} has {instrument.Items.Length} items and {instrument.CompanionAnswerCount} companion answers; got {answers.Length} answers and {companionAnswers.Length} companion answers."), nameof(answers));
        }

        options ??= ObservationOptions.Default;
        ResourceReference reference = SourceReferenceOf(source, options);
        var observations = new List<Observation>(answers.Length);
        foreach (Item item in instrument.Items)
        {
            Observation observation = NewObservation(source, reference, ItemCode(instrument, item, options));
            Answer answer = answers[item.Number - 1];
            if (answer.Value is { } value)
            {
                observation.Value = new Integer(value);
            }
            else
            {
                observation.DataAbsentReason = answer.IsNotApplicable
                    ? new CodeableConcept(FhirCodes.DataAbsentReason, NotApplicable, "Not Applicable")
                    : new CodeableConcept(FhirCodes.DataAbsentReason, Unknown, "Unknown");
            }

            int offset = 0;
            foreach (CompanionQuestion question in instrument.CompanionQuestions)
            {
                int j = question.Items.IndexOf(item.Number);
                if (j >= 0 && !companionAnswers.IsEmpty && companionAnswers[offset + j] is { } yes)
                {
                    observation.Component.Add(Component(options, question.Id, question.Name, new FhirBoolean(yes)));
                }

                offset += question.Items.Length;
            }

            observations.Add(observation);
        }

        return observations;
    }

    /// <summary>Reads back an instrument's item Observations (as <see cref="FromAnswers"/> wrote them), found by their local codes.</summary>
    /// <param name="observations">The Observations (any mix).</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="options">The options they were written with; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The answers and companion answers, or every issue (an item Observation missing, found twice, or malformed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    public static FhirOutcome<ObservedAnswers> ReadAnswers(IEnumerable<Observation> observations, Instrument instrument, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(instrument);
        options ??= ObservationOptions.Default;
        Observation[] all = [.. observations];
        var issues = ImmutableArray.CreateBuilder<FhirIssue>();
        var answers = new Answer[instrument.Items.Length];
        var companions = new bool?[instrument.CompanionAnswerCount];
        foreach (Item item in instrument.Items)
        {
            string code = ItemLocalCode(instrument, item);
            if (Find(all, options.CodeSystem, code, issues) is not { } observation)
            {
                continue;
            }

            var reader = new ObservationParts(observation, options, code, issues);
            switch (observation.Value)
            {
                case Integer { Value: { } value } when instrument.Scale.Contains(value):
                    answers[item.Number - 1] = value;
                    break;
                case null when observation.DataAbsentReason is { } absent:
                    answers[item.Number - 1] = absent.Coding.Any(c => c.System == FhirCodes.DataAbsentReason && c.Code == NotApplicable) ? Answer.NotApplicable : Answer.NotAnswered;
                    break;
                default:
                    reader.Malformed($"has the value {ResponseReader.Describe(observation.Value)}; a {instrument.Name} answer is an integer {instrument.Scale}, or absent with a reason");
                    break;
            }

            int offset = 0;
            foreach (CompanionQuestion question in instrument.CompanionQuestions)
            {
                if (question.Items.IndexOf(item.Number) is var j and >= 0)
                {
                    companions[offset + j] = reader.Boolean(question.Id, required: false);
                }

                offset += question.Items.Length;
            }
        }

        return issues.Count > 0 ? new(issues.ToImmutable()) : new(new ObservedAnswers(instrument, [.. answers], [.. companions]));
    }

    private static string ItemLocalCode(Instrument instrument, Item item) => $"{instrument.Id}.item.{item.Topic}";

    private static CodeableConcept ItemCode(Instrument instrument, Item item, ObservationOptions options)
    {
        var code = new CodeableConcept { Text = string.Create(CultureInfo.InvariantCulture, $"{instrument.Name} answer, item {item.Number} ({item.Topic})") };
        if (options.IncludePublicCodes)
        {
            foreach (PublicCode publicCode in item.Codes)
            {
                code.Coding.Add(new Coding(publicCode.System, publicCode.Code));
            }
        }

        code.Coding.Add(new Coding(options.CodeSystem, ItemLocalCode(instrument, item), $"{instrument.Name} {item.Topic}"));
        return code;
    }
}
