using OutcomeScoring.Engine;
using System.Collections.Immutable;
using OutcomeScoring.Activation;

namespace OutcomeScoring;

/// <summary>
/// A derived item-level output: the lowest keyed answer among the stage's answered items and which items have it
/// (DIALOG: the lowest-rated life domains, the ones a DIALOG+ session takes up first; Priebe et al. 2015).
/// </summary>
/// <remarks>
/// Outputs: <c>lowest</c> (the lowest keyed answer, on the response scale), <c>count</c> (how many items have it) and
/// <c>answered</c> (how many of the stage's items were answered). <see cref="StageResult.MarkedItems"/> lists the items
/// at the lowest answer. Not computable when none of the items was answered.
/// </remarks>
public sealed record LowestRatedStage : DefinitionStage
{
    private static readonly ImmutableArray<StageOutput> LowestOutputs =
    [
        new("lowest", true, "the lowest answer among the answered items, after keying"),
        new("count", true, "how many items have the lowest answer"),
        new("answered", true, "how many of the stage's items were answered"),
    ];

    /// <summary>Creates the stage.</summary>
    /// <param name="id">The stage's id (for example "lowest-rated").</param>
    /// <param name="name">The stage's name, as messages use it.</param>
    /// <param name="items">The items compared.</param>
    /// <param name="source">Where the rule comes from.</param>
    public LowestRatedStage(string id, string name, IEnumerable<int> items, string source)
        : base(id, name, source)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
    }

    /// <inheritdoc/>
    public override ImmutableArray<int> Items { get; }

    /// <inheritdoc/>
    public override ImmutableArray<StageOutput> Outputs => LowestOutputs;

    /// <inheritdoc/>
    internal override StageResult Evaluate(ReadOnlySpan<int> categories, Instrument instrument, ICalibration? calibration)
    {
        StageValues values = StageValues.None;
        int lowest = int.MaxValue, answered = 0;
        uint marked = 0;
        for (int j = 0; j < categories.Length; j++)
        {
            int category = categories[j];
            if (category < 0)
            {
                continue;
            }

            answered++;
            if (category < lowest)
            {
                lowest = category;
                marked = 0;
            }

            if (category == lowest)
            {
                marked |= 1u << j;
            }
        }

        values[2] = answered;
        if (answered == 0)
        {
            return new StageResult(this, values, StageNotComputableReason.TooFewItemsAnswered, $"{Name} not computable: none of its {Internal.Display.Count(Items.Length)} items was answered.");
        }

        values[0] = lowest + instrument.Scale.Minimum;
        values[1] = System.Numerics.BitOperations.PopCount(marked);
        return new StageResult(this, values, markedItems: marked);
    }

    /// <inheritdoc/>
    internal override void Validate(StageChecks checks, ResponseScale? scale)
    {
        checks.Check(!Items.IsDefaultOrEmpty, "items", $"Instrument '{checks.InstrumentId}': stage '{Id}' compares no items.");
    }

    /// <inheritdoc/>
    public bool Equals(LowestRatedStage? other) => base.Equals(other) && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Items.Length);
}
