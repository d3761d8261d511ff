using OutcomeScoring.Engine;
using System.Collections.Immutable;
using OutcomeScoring.Activation;

namespace OutcomeScoring;

/// <summary>
/// A named step a definition declares where an instrument needs more than keyed sums: a calibration supplied at
/// scoring time (<see cref="CalibrationStage"/>, PAM-13's Rasch step), a value set or tariff read from collapsed item
/// levels (<see cref="ValueSetStage"/>, CORE-6D's utility), or a derived item-level output
/// (<see cref="LowestRatedStage"/>, DIALOG's lowest-rated life domains). The engine stores the keyed answers a stage
/// reads in the result, so scoring stays allocation-free; <see cref="InstrumentResult.Stage(string)"/> evaluates it.
/// </summary>
/// <remarks>A stage is part of the definition (it round-trips through JSON); what a caller supplies at scoring time,
/// such as a licensed calibration, is bound with <see cref="Instrument.WithCalibration(ICalibration)"/> and is not.</remarks>
public abstract record DefinitionStage
{
    /// <summary>The most outputs one stage may give (a stage result holds its values inline).</summary>
    public const int MaximumOutputs = 8;

    private protected DefinitionStage(string id, string name, string source)
    {
        Id = id;
        Name = name;
        Source = source;
    }

    /// <summary>Gets the stage's id, unique within the instrument (for example "activation").</summary>
    public string Id { get; init; }

    /// <summary>Gets the stage's name, as messages use it (for example "CORE-6D utility").</summary>
    public string Name { get; init; }

    /// <summary>Gets where the stage's rule and numbers come from.</summary>
    public string Source { get; init; }

    /// <summary>Gets a note to show with every value of the stage (for example a tariff's provenance), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Gets the name of the form whose item numbers the stage reads, as messages name them (CORE-6D reads CORE-OM items:
    /// "CORE-OM item 16 not answered"), or <see langword="null"/> when they are simply the instrument's items.
    /// </summary>
    public string? Form { get; init; }

    /// <summary>
    /// Gets public codes (LOINC, SNOMED CT) for the stage's first output, its value, the preferred one first; each stands
    /// for <see cref="CodedValue.StageValue"/>. Empty when no public code is known.
    /// </summary>
    public ImmutableArray<PublicCode> Codes { get; init; } = [];

    /// <summary>Gets the numbers of the items the stage reads, in the order it reads them.</summary>
    public abstract ImmutableArray<int> Items { get; }

    /// <summary>
    /// Gets the id of the companion question whose answers the stage reads in place of its items' answers
    /// (<see cref="CompanionCountStage"/>), or <see langword="null"/> when it reads the items' answers.
    /// </summary>
    internal virtual string? CompanionQuestionId => null;

    /// <summary>Gets what the stage gives, in order: each output's id and whether it is a whole number.</summary>
    public abstract ImmutableArray<StageOutput> Outputs { get; }

    /// <summary>Gets the position of an output in <see cref="Outputs"/>, or -1.</summary>
    /// <param name="outputId">The output's id (case-sensitive).</param>
    /// <returns>The zero-based position, or -1 when the stage has no such output.</returns>
    public int IndexOfOutput(string outputId)
    {
        ImmutableArray<StageOutput> outputs = Outputs;
        for (int i = 0; i < outputs.Length; i++)
        {
            if (outputs[i].Id == outputId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Evaluates the stage.</summary>
    /// <param name="categories">For each of <see cref="Items"/>, the keyed answer less the scale minimum, or -1 when not answered.</param>
    /// <param name="instrument">The instrument (its name and scale, for messages).</param>
    /// <param name="calibration">The calibration bound to this stage, if any.</param>
    internal abstract StageResult Evaluate(ReadOnlySpan<int> categories, Instrument instrument, ICalibration? calibration);

    /// <summary>Adds every problem of the stage's own parts (the instrument checks ids, items and lanes).</summary>
    internal abstract void Validate(StageChecks checks, ResponseScale? scale);

    /// <summary>Compares the parts every stage has.</summary>
    /// <param name="other">The other stage.</param>
    /// <returns>Whether they are equal.</returns>
    public virtual bool Equals(DefinitionStage? other) =>
        other is not null && EqualityContract == other.EqualityContract && Id == other.Id && Name == other.Name && Source == other.Source && Note == other.Note && Form == other.Form
        && Codes.AsSpan().SequenceEqual(other.Codes.AsSpan());

    /// <summary>Hashes the parts every stage has.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Source, Note);
}
