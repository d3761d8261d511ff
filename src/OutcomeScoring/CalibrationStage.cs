using OutcomeScoring.Engine;
using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.Activation;

namespace OutcomeScoring;

/// <summary>
/// A calibration supplied at scoring time: the keyed answers of the stage's items, less the scale minimum, are the
/// categories a Rasch calibration or a lookup table turns into a measure (PAM-13's 0-100 activation score: the
/// conversion is licensed and is not shipped). The measure may be read into levels by cut points.
/// </summary>
/// <remarks>
/// Outputs: <c>measure</c> (full precision), <c>measure-se</c>, <c>level</c> (from the cut points, on the measure as
/// reported), <c>answered</c> (items answered among the stage's), <c>theta</c> and <c>theta-se</c> (the person estimate
/// in logits, when the calibration gives one). Which forms are computable (minimum answered, uniform extremes) is the
/// calibration's rule. Sources: Hibbard et al. 2004 and 2005 (PAM); the licensee's calibration.
/// </remarks>
public sealed record CalibrationStage : DefinitionStage
{
    private static readonly ImmutableArray<StageOutput> CalibrationOutputs =
    [
        new("measure", false, "the calibrated measure, at full precision"),
        new("measure-se", false, "the standard error of the measure"),
        new("level", true, "the level of the measure as reported, from the cut points"),
        new("answered", true, "how many of the stage's items were answered"),
        new("theta", false, "the person estimate in logits, when the calibration gives one"),
        new("theta-se", false, "the standard error of the person estimate in logits"),
    ];

    /// <summary>Creates the stage.</summary>
    /// <param name="id">The stage's id (for example "activation").</param>
    /// <param name="name">The stage's name, as messages use it.</param>
    /// <param name="items">The items whose categories the calibration reads, in its item order.</param>
    /// <param name="source">Where the rule comes from.</param>
    public CalibrationStage(string id, string name, IEnumerable<int> items, string source)
        : base(id, name, source)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
    }

    /// <inheritdoc/>
    public override ImmutableArray<int> Items { get; }

    /// <summary>Gets the cut points that read the measure into levels 1-4, or <see langword="null"/> for none.</summary>
    public ActivationCutPoints? Levels { get; init; }

    /// <inheritdoc/>
    public override ImmutableArray<StageOutput> Outputs => CalibrationOutputs;

    /// <summary>Checks that a calibration fits this stage: one calibration item per stage item, each with the scale's categories.</summary>
    /// <param name="calibration">The calibration.</param>
    /// <param name="instrument">The instrument the stage belongs to (its name and scale, for the message).</param>
    /// <exception cref="CalibrationException">The calibration has the wrong number of items or an item the wrong number of thresholds; the message names it.</exception>
    public void CheckFits(ICalibration calibration, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(instrument);
        if (calibration.ItemCount != Items.Length)
        {
            throw new CalibrationException(string.Create(CultureInfo.InvariantCulture, $"Calibration '{calibration.Name}' has {calibration.ItemCount} items; {instrument.Name} needs {Items.Length}."));
        }

        int categories = instrument.Scale.Maximum - instrument.Scale.Minimum;
        for (int item = 1; item <= Items.Length; item++)
        {
            int top = calibration.MaximumCategory(item);
            if (top != categories)
            {
                throw new CalibrationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Calibration '{calibration.Name}': item {item} has {top} thresholds (categories 0-{top}); {instrument.Name} needs {categories} (answers {instrument.Scale.Minimum}-{instrument.Scale.Maximum} recoded 0-{categories})."));
            }
        }
    }

    /// <inheritdoc/>
    internal override StageResult Evaluate(ReadOnlySpan<int> categories, Instrument instrument, ICalibration? calibration)
    {
        StageValues values = StageValues.None;
        int answered = 0;
        foreach (int category in categories)
        {
            answered += category >= 0 ? 1 : 0;
        }

        values[3] = answered;
        if (calibration is null)
        {
            return new StageResult(this, values, StageNotComputableReason.CalibrationNotSupplied, $"{Name} needs a calibration supplied at scoring time; none was given (Instrument.WithCalibration).");
        }

        Span<int?> asked = stackalloc int?[categories.Length];
        for (int j = 0; j < categories.Length; j++)
        {
            asked[j] = categories[j] >= 0 ? categories[j] : null;
        }

        return ResultOf(calibration.Score(asked), answered);
    }

    /// <summary>The stage's result for a score the calibration gave: its outputs, or why it is not computable.</summary>
    /// <param name="scored">The calibration's score.</param>
    /// <param name="answered">How many of the stage's items were answered.</param>
    internal StageResult ResultOf(CalibratedScore scored, int answered)
    {
        StageValues values = StageValues.None;
        values[3] = answered;
        if (scored.Measure is { } measure)
        {
            values[4] = measure.Theta ?? double.NaN;
            values[5] = measure.StandardError ?? double.NaN;
        }

        if (!scored.IsComputable)
        {
            return new StageResult(this, values, Reason(scored.Reason), scored.Explanation);
        }

        double score = scored.Score!.Value;
        values[0] = score;
        values[1] = scored.StandardError ?? double.NaN;
        values[2] = Levels is { } levels ? levels.Level(score) : double.NaN;
        return new StageResult(this, values);
    }

    /// <inheritdoc/>
    internal override void Validate(StageChecks checks, ResponseScale? scale)
    {
        checks.Check(!Items.IsDefaultOrEmpty, "items", $"Instrument '{checks.InstrumentId}': stage '{Id}' reads no items.");
    }

    /// <inheritdoc/>
    public bool Equals(CalibrationStage? other) =>
        base.Equals(other) && Items.SequenceEqual(other.Items) && Equals(Levels?.Id, other.Levels?.Id)
        && Levels?.Level1Maximum == other.Levels?.Level1Maximum && Levels?.Level2Maximum == other.Levels?.Level2Maximum && Levels?.Level3Maximum == other.Levels?.Level3Maximum;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Items.Length, Levels?.Id);

    private static StageNotComputableReason Reason(ActivationNotComputableReason reason) => reason switch
    {
        ActivationNotComputableReason.TooFewItemsAnswered => StageNotComputableReason.TooFewItemsAnswered,
        ActivationNotComputableReason.UniformExtremePattern => StageNotComputableReason.UniformExtremePattern,
        _ => StageNotComputableReason.EstimationFailed,
    };
}
