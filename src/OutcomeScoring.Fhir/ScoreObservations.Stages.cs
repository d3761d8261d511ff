using System.Collections.Immutable;
using System.Globalization;
using Hl7.Fhir.Model;

namespace OutcomeScoring.Fhir;

/// <content>One Observation writer and reader for every stage a definition declares (<see cref="DefinitionStage"/>).</content>
public static partial class ScoreObservations
{
    /// <summary>The local code of a component listing an item the stage marked (DIALOG's lowest-rated domains).</summary>
    private const string MarkedItem = "marked-item";

    /// <summary>
    /// Writes one stage result as an Observation: the stage's first output as the value (PAM-13's activation score,
    /// CORE-6D's utility), each other output that has a value as a component coded with its output id, each marked
    /// item as a <c>marked-item</c> component, and the stage's public codes (<see cref="DefinitionStage.Codes"/>) beside
    /// the local code <c>{instrument}.{stage}</c>. A stage that is not computable has no value but the data absent
    /// reason <c>not-performed</c>, and its first note says why.
    /// </summary>
    /// <param name="source">The response the answers come from.</param>
    /// <param name="instrument">The instrument whose definition declares the stage.</param>
    /// <param name="result">The stage result (<see cref="InstrumentResult.Stage(string)"/>).</param>
    /// <param name="options">The options; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The Observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stage is not one of the instrument's, or the response has neither an id nor an identifier and no source reference was given.</exception>
    public static Observation FromStage(QuestionnaireResponse source, Instrument instrument, StageResult result, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(instrument);
        options ??= ObservationOptions.Default;
        if (result.Stage is not { } stage || instrument.IndexOfStage(stage.Id) < 0)
        {
            throw new ArgumentException($"The stage result is not from a stage of {instrument.Name}.", nameof(result));
        }

        return ForStage(source, SourceReferenceOf(source, options), options, instrument, result);
    }

    /// <summary>Reads back one stage Observation (as <see cref="FromStage"/> or <see cref="FromResult"/> wrote it), found by its local code.</summary>
    /// <param name="observations">The Observations (any mix).</param>
    /// <param name="instrument">The instrument whose definition declares the stage.</param>
    /// <param name="stageId">The stage's id (for example "activation").</param>
    /// <param name="options">The options it was written with; by default <see cref="ObservationOptions.Default"/>.</param>
    /// <returns>The stage's values, or every issue (the Observation missing, found twice, or malformed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The instrument has no stage <paramref name="stageId"/>.</exception>
    public static FhirOutcome<ObservedStage> ReadStage(IEnumerable<Observation> observations, Instrument instrument, string stageId, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(instrument);
        int index = instrument.IndexOfStage(stageId);
        if (index < 0)
        {
            throw new ArgumentException($"{instrument.Name} has no stage '{stageId}'.", nameof(stageId));
        }

        options ??= ObservationOptions.Default;
        DefinitionStage stage = instrument.Stages[index];
        string code = FhirCodes.ScoreCode(instrument.Id, stage.Id);
        var issues = ImmutableArray.CreateBuilder<FhirIssue>();
        if (Find([.. observations], options.CodeSystem, code, issues) is not { } observation)
        {
            return new(issues.ToImmutable());
        }

        var reader = new ObservationParts(observation, options, code, issues);
        var values = ImmutableArray.CreateBuilder<double?>(stage.Outputs.Length);
        values.Add(stage.Outputs[0].IsWholeNumber ? reader.IntegerValueOrAbsent() : reader.ValueOrAbsent());
        foreach (StageOutput output in stage.Outputs.Skip(1))
        {
            values.Add(output.IsWholeNumber ? reader.Integer(output.Id, required: false) : reader.Quantity(output.Id, required: false));
        }

        ImmutableArray<int> marked = [.. reader.Integers(MarkedItem).Order()];
        string? explanation = observation.DataAbsentReason?.Coding.Any(c => c.System == FhirCodes.DataAbsentReason && c.Code == NotPerformed) == true
            ? observation.Note.FirstOrDefault()?.Text
            : null;
        return issues.Count > 0 ? new(issues.ToImmutable()) : new(new ObservedStage(stage, values.MoveToImmutable(), marked, explanation));
    }

    private static Observation ForStage(QuestionnaireResponse source, ResourceReference reference, ObservationOptions options, Instrument instrument, StageResult result)
    {
        DefinitionStage stage = result.Stage;
        var code = new CodeableConcept { Text = stage.Name };
        if (options.IncludePublicCodes)
        {
            foreach (PublicCode publicCode in stage.Codes)
            {
                code.Coding.Add(new Coding(publicCode.System, publicCode.Code));
            }
        }

        code.Coding.Add(new Coding(options.CodeSystem, FhirCodes.ScoreCode(instrument.Id, stage.Id), stage.Name));
        Observation observation = NewObservation(source, reference, code);
        StageOutput first = stage.Outputs[0];
        if (result.IsComputable && result[0] is { } value)
        {
            observation.Value = first.IsWholeNumber ? new Integer((int)value) : ScoreQuantity(value);
        }
        else if (!result.IsComputable)
        {
            observation.DataAbsentReason = new CodeableConcept(FhirCodes.DataAbsentReason, NotPerformed, "Not Performed");
            observation.Note.Add(new Annotation { Text = result.Explanation });
        }
        else
        {
            // Computed, but the first output has no value for this form (the stage's rule leaves it absent).
            observation.DataAbsentReason = new CodeableConcept(FhirCodes.DataAbsentReason, Unknown, "Unknown");
        }

        for (int i = 1; i < stage.Outputs.Length; i++)
        {
            if (result[i] is { } output)
            {
                StageOutput what = stage.Outputs[i];
                observation.Component.Add(Component(options, what.Id, what.Description, what.IsWholeNumber ? new Integer((int)output) : PlainQuantity(output)));
            }
        }

        foreach (int item in result.MarkedItems)
        {
            observation.Component.Add(Component(options, MarkedItem, "An item the stage marked", new Integer(item)));
        }

        if (stage.Note is { } note)
        {
            observation.Note.Add(new Annotation { Text = note });
        }

        observation.Note.Add(new Annotation { Text = "Rule: " + stage.Source });
        return observation;
    }

    /// <summary>A value in the stage's own unit (a standard error, a person estimate in logits): a Quantity without a unit.</summary>
    private static Quantity PlainQuantity(double value) => new() { Value = FhirNumbers.ToDecimal(value) };
}
