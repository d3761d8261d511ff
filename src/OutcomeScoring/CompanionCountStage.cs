using OutcomeScoring.Engine;
using System.Collections.Immutable;
using OutcomeScoring.Activation;

namespace OutcomeScoring;

/// <summary>
/// Counts the "yes" answers to a <see cref="CompanionQuestion"/> over some of the items it follows (DIALOG: unmet
/// needs, the number of items where more help was wanted; specs/dialog.md, ELFT DIALOG pages).
/// </summary>
/// <remarks>
/// Outputs: <c>count</c> (the "yes" answers) and <c>answered</c> (the questions answered yes or no).
/// <see cref="StageResult.MarkedItems"/> lists the items answered "yes". When none of the questions was answered the
/// stage is not computable with <see cref="StageNotComputableReason.NotAsked"/>: the question was not asked, which is
/// not a problem of the form (DIALOG's help questions are optional).
/// </remarks>
public sealed record CompanionCountStage : DefinitionStage
{
    private static readonly ImmutableArray<StageOutput> CountOutputs =
    [
        new("count", true, "how many of the questions were answered yes"),
        new("answered", true, "how many of the questions were answered yes or no"),
    ];

    /// <summary>Creates the stage.</summary>
    /// <param name="id">The stage's id (DIALOG: "unmet-needs").</param>
    /// <param name="name">The stage's name, as messages use it.</param>
    /// <param name="question">The id of the companion question whose answers it counts.</param>
    /// <param name="items">The items whose companion answers it counts (each one the question follows).</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public CompanionCountStage(string id, string name, string question, IEnumerable<int> items, string source)
        : base(id, name, source)
    {
        ArgumentNullException.ThrowIfNull(items);
        Question = question;
        Items = [.. items];
    }

    /// <summary>Gets the id of the companion question whose answers the stage counts.</summary>
    public string Question { get; init; }

    /// <summary>Gets the numbers of the items whose companion answers the stage counts.</summary>
    public override ImmutableArray<int> Items { get; }

    /// <inheritdoc/>
    public override ImmutableArray<StageOutput> Outputs => CountOutputs;

    /// <inheritdoc/>
    internal override string? CompanionQuestionId => Question;

    /// <inheritdoc/>
    /// <remarks>Each category is -1 (not asked or not answered), 0 (no) or 1 (yes).</remarks>
    internal override StageResult Evaluate(ReadOnlySpan<int> categories, Instrument instrument, ICalibration? calibration)
    {
        StageValues values = StageValues.None;
        int answered = 0, yes = 0;
        uint marked = 0;
        for (int j = 0; j < categories.Length; j++)
        {
            if (categories[j] < 0)
            {
                continue;
            }

            answered++;
            if (categories[j] > 0)
            {
                yes++;
                marked |= 1u << j;
            }
        }

        values[1] = answered;
        if (answered == 0)
        {
            return new StageResult(this, values, StageNotComputableReason.NotAsked, $"{Name}: none of its {Internal.Display.Count(Items.Length)} questions was answered.");
        }

        values[0] = yes;
        return new StageResult(this, values, markedItems: marked);
    }

    /// <inheritdoc/>
    internal override void Validate(StageChecks checks, ResponseScale? scale)
    {
        checks.Check(!string.IsNullOrWhiteSpace(Question), "question", $"Instrument '{checks.InstrumentId}': stage '{Id}' needs the id of the companion question it counts.");
        checks.Check(!Items.IsDefaultOrEmpty, "items", $"Instrument '{checks.InstrumentId}': stage '{Id}' counts no items.");
        checks.Check(Items.IsDefault || Items.Length <= 32, "items", $"Instrument '{checks.InstrumentId}': stage '{Id}' counts {Items.Length} items; a stage marks at most 32.");
    }

    /// <inheritdoc/>
    public bool Equals(CompanionCountStage? other) => base.Equals(other) && Question == other.Question && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Question, Items.Length);
}
