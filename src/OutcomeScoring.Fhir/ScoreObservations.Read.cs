using System.Collections.Immutable;
using System.Globalization;
using Hl7.Fhir.Model;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir;

/// <summary>Reading back the Observations this package wrote.</summary>
public static partial class ScoreObservations
{
    /// <summary>
    /// Reads back the score Observations of one instrument (as <see cref="FromResult"/> wrote them): one per score,
    /// found by its local code. Observations with other codes are not looked at; entered-in-error ones are skipped.
    /// </summary>
    /// <param name="observations">The Observations (any mix).</param>
    /// <param name="instrument">The instrument whose scores to read.</param>
    /// <param name="options">The options they were written with; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>One score per score the instrument defines, in its order; or every issue (a score missing, found twice, or malformed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    public static FhirOutcome<ImmutableArray<ObservedScore>> ReadScores(IEnumerable<Observation> observations, Instrument instrument, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(instrument);
        options ??= ObservationOptions.Default;
        Observation[] all = [.. observations];
        var issues = ImmutableArray.CreateBuilder<FhirIssue>();
        var scores = ImmutableArray.CreateBuilder<ObservedScore>(instrument.Scores.Length);
        foreach (ScoreDefinition definition in instrument.Scores)
        {
            string code = FhirCodes.ScoreCode(instrument.Id, definition.Id);
            if (Find(all, options.CodeSystem, code, issues) is not { } observation)
            {
                continue;
            }

            var reader = new ObservationParts(observation, options, code, issues);
            int? answered = reader.Integer(FhirCodes.ItemsAnswered, required: true);
            int? inScore = reader.Integer(FhirCodes.ItemsInScore, required: true);
            bool? prorated = reader.Boolean(FhirCodes.Prorated, required: true);
            if (inScore is { } n && n != definition.Items.Length)
            {
                reader.Malformed(string.Create(CultureInfo.InvariantCulture, $"says the score has {n} items, but {instrument.Name} {definition.Name} has {definition.Items.Length}"));
            }

            double? clinical = null, mean = null;
            string? explanation = null;
            if (reader.ValueOrAbsent() is { } value)
            {
                clinical = value;
                mean = reader.Quantity(FhirCodes.MeanItemScore, required: true);
            }
            else
            {
                explanation = observation.Note.FirstOrDefault()?.Text;
            }

            if (!reader.HasIssues)
            {
                scores.Add(new ObservedScore(definition.Id, clinical, mean, answered!.Value, inScore!.Value, prorated!.Value, explanation));
            }
        }

        return issues.Count > 0 ? new(issues.ToImmutable()) : new(scores.MoveToImmutable());
    }

    /// <summary>
    /// Reads back the eleven DIALOG item Observations (as <see cref="FromDialog"/> wrote them) into a DIALOG response:
    /// <see cref="ReadAnswers"/> for <see cref="Dialog.Instrument"/>, its companion answers being the "more help wanted?" answers.
    /// </summary>
    /// <param name="observations">The Observations (any mix).</param>
    /// <param name="options">The options they were written with; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The ratings and "more help wanted?" answers, or every issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public static FhirOutcome<DialogResponse> ReadDialog(IEnumerable<Observation> observations, ObservationOptions? options = null)
    {
        FhirOutcome<ObservedAnswers> read = ReadAnswers(observations, Dialog.Instrument, options);
        return read.TryGetValue(out ObservedAnswers? answers)
            ? new(DialogResponse.FromPositional(answers.Answers.AsSpan(), helpWanted: answers.CompanionAnswers.AsSpan()))
            : new(read.Issues);
    }

    /// <summary>Reads back a PAM-13 activation Observation (as <see cref="FromPam13"/>, or <see cref="FromResult"/> for <see cref="Activation.Pam13.Instrument"/>, wrote it): <see cref="ReadStage"/> for its activation stage.</summary>
    /// <param name="observations">The Observations (any mix).</param>
    /// <param name="options">The options it was written with; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The result, or every issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public static FhirOutcome<ObservedActivation> ReadPam13(IEnumerable<Observation> observations, ObservationOptions? options = null)
    {
        FhirOutcome<ObservedStage> read = ReadStage(observations, Activation.Pam13.Instrument, Activation.Pam13.ActivationStage, options);
        if (!read.TryGetValue(out ObservedStage? stage))
        {
            return new(read.Issues);
        }

        if (stage["answered"] is not { } answered)
        {
            return new([new FhirIssue(FhirIssueCode.MalformedObservation, null, $"{(options ?? ObservationOptions.Default).CodeSystem}|{Pam13Code}", "The PAM-13 activation Observation has no 'answered' component.")]);
        }

        return new(new ObservedActivation(stage["measure"], stage["measure-se"], stage["level"] is { } level ? (int)level : null, (int)answered, stage.Explanation));
    }

    /// <summary>Reads back a Friends and Family Test Observation (as <see cref="FromFft"/> wrote it).</summary>
    /// <param name="observations">The Observations (any mix).</param>
    /// <param name="question">Which FFT question it answers.</param>
    /// <param name="options">The options it was written with; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The answer (or <see langword="null"/> when not answered), or every issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public static FhirOutcome<FftAnswer?> ReadFft(IEnumerable<Observation> observations, FftQuestion question, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        options ??= ObservationOptions.Default;
        var issues = ImmutableArray.CreateBuilder<FhirIssue>();
        string code = FftCode(question);
        if (Find([.. observations], options.CodeSystem, code, issues) is not { } observation)
        {
            return new(issues.ToImmutable());
        }

        var reader = new ObservationParts(observation, options, code, issues);
        FftAnswer? answer = null;
        switch (observation.Value)
        {
            case CodeableConcept concept when Enum.GetValues<FftAnswer>().FirstOrDefault(a => concept.Coding.Any(c => c.System == options.CodeSystem && c.Code == FftAnswerCode(a))) is var found && found != default:
                answer = found;
                break;
            case null when observation.DataAbsentReason is not null:
                break;
            default:
                reader.Malformed($"has the value {ResponseReader.Describe(observation.Value)}; an FFT answer is a CodeableConcept with one of the fft.answer codes, or absent with a reason");
                break;
        }

        return issues.Count > 0 ? new(issues.ToImmutable()) : new(answer);
    }

    private static Observation? Find(Observation[] observations, string system, string code, ImmutableArray<FhirIssue>.Builder issues)
    {
        Observation[] matches = [.. observations.Where(o => o is not null && o.Status != ObservationStatus.EnteredInError
            && o.Code?.Coding.Any(c => c.System == system && c.Code == code) == true)];
        string token = $"{system}|{code}";
        switch (matches.Length)
        {
            case 1:
                return matches[0];
            case 0:
                issues.Add(new FhirIssue(FhirIssueCode.MissingObservation, null, token, $"No Observation with code {token} was found."));
                return null;
            default:
                issues.Add(new FhirIssue(FhirIssueCode.DuplicateObservation, null, token, string.Create(CultureInfo.InvariantCulture, $"{matches.Length} Observations have code {token}; expected one.")));
                return null;
        }
    }

    /// <summary>Reads the parts of one Observation, recording a malformed-observation issue for each part that is missing or of the wrong type.</summary>
    private sealed class ObservationParts(Observation observation, ObservationOptions options, string code, ImmutableArray<FhirIssue>.Builder issues)
    {
        private readonly int _issuesBefore = issues.Count;

        public bool HasIssues => issues.Count > _issuesBefore;

        public void Malformed(string what)
        {
            string token = $"{options.CodeSystem}|{code}";
            string name = string.IsNullOrEmpty(observation.Id) ? $"The Observation with code {token}" : $"Observation/{observation.Id} (code {token})";
            issues.Add(new FhirIssue(FhirIssueCode.MalformedObservation, null, token, $"{name} {what}."));
        }

        public double? ValueOrAbsent()
        {
            switch (observation.Value)
            {
                case Quantity { Value: { } value }:
                    return FhirNumbers.ToDouble(value);
                case null when observation.DataAbsentReason is not null:
                    return null;
                default:
                    Malformed($"has the value {ResponseReader.Describe(observation.Value)}; expected a Quantity, or no value with a data absent reason");
                    return null;
            }
        }

        public int? IntegerValueOrAbsent()
        {
            switch (observation.Value)
            {
                case Integer { Value: { } value }:
                    return value;
                case null when observation.DataAbsentReason is not null:
                    return null;
                default:
                    Malformed($"has the value {ResponseReader.Describe(observation.Value)}; expected an integer, or no value with a data absent reason");
                    return null;
            }
        }

        /// <summary>The integer values of every component with a code (none: empty).</summary>
        public IEnumerable<int> Integers(string componentCode)
        {
            foreach (Observation.ComponentComponent component in observation.Component.Where(c => c.Code?.Coding.Any(k => k.System == options.CodeSystem && k.Code == componentCode) == true))
            {
                if (component.Value is Integer { Value: { } value })
                {
                    yield return value;
                }
                else if (component.Value is null)
                {
                    Malformed($"has a '{componentCode}' component without a value");
                }
                else
                {
                    WrongType<int?>(componentCode, component.Value, "an integer");
                }
            }
        }

        public int? Integer(string componentCode, bool required) => Component(componentCode, required) switch
        {
            null => null,
            Integer { Value: { } value } => value,
            var other => WrongType<int?>(componentCode, other, "an integer"),
        };

        public bool? Boolean(string componentCode, bool required) => Component(componentCode, required) switch
        {
            null => null,
            FhirBoolean { Value: { } value } => value,
            var other => WrongType<bool?>(componentCode, other, "a boolean"),
        };

        public double? Quantity(string componentCode, bool required) => Component(componentCode, required) switch
        {
            null => null,
            Quantity { Value: { } value } => FhirNumbers.ToDouble(value),
            var other => WrongType<double?>(componentCode, other, "a Quantity"),
        };

        private DataType? Component(string componentCode, bool required)
        {
            Observation.ComponentComponent[] found = [.. observation.Component.Where(c => c.Code?.Coding.Any(k => k.System == options.CodeSystem && k.Code == componentCode) == true)];
            if (found.Length > 1)
            {
                Malformed(string.Create(CultureInfo.InvariantCulture, $"has {found.Length} '{componentCode}' components; expected one"));
                return null;
            }

            if (found.Length == 0)
            {
                if (required)
                {
                    Malformed($"has no '{componentCode}' component");
                }

                return null;
            }

            if (found[0].Value is null)
            {
                Malformed($"has a '{componentCode}' component without a value");
            }

            return found[0].Value;
        }

        private T? WrongType<T>(string componentCode, DataType value, string expected)
        {
            Malformed($"has a '{componentCode}' component holding {ResponseReader.Describe(value)} ({value.TypeName}); expected {expected}");
            return default;
        }
    }
}
