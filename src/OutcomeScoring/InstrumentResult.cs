using OutcomeScoring.Engine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using OutcomeScoring.Internal;

namespace OutcomeScoring;

/// <summary>
/// Fixed-size storage for one result, so that scoring allocates nothing: 16-bit lanes, laid out so that the
/// byte-coded batch engine can store its accumulator straight into the first sixteen.
/// </summary>
/// <remarks>
/// Lane 0: items answered; 1: risk items flagged; 2: error kind (0 for a scored form); 3: the item with the
/// bad answer; then for score s, lane 4 + 2s: the sum of (keyed value - scale minimum) over its answered
/// items, and lane 5 + 2s: how many of its items were answered (plus 256 x how many were not applicable, for a score
/// that leaves those out: <see cref="ScorePlan.NotApplicableUnit"/>). A failed outcome keeps its bad value in
/// lanes 4 and 5. <see cref="Instrument"/> checks at construction that every sum fits in 16 bits.
/// </remarks>
[InlineArray(Length)]
internal struct ResultLanes
{
    public const int Length = 4 + (2 * Instrument.MaximumScoreCount);
    public const int ItemsAnswered = 0, RiskFlagged = 1, ErrorKind = 2, ErrorItem = 3, FirstScore = 4;

    private ushort _element0;
}

/// <summary>
/// The result of scoring one response set: every score the instrument defines (each computed, or not
/// computable with the reason), the risk flag, and the severity band of the primary score.
/// </summary>
/// <remarks>
/// A value type holding its scores inline: scoring a response set allocates nothing. Immutable and
/// thread-safe. <c>default(InstrumentResult)</c> is not the result of any instrument.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct InstrumentResult
{
    private readonly Instrument _instrument;
    private readonly ResultLanes _lanes;

    internal InstrumentResult(Instrument instrument, in ResultLanes lanes)
    {
        _instrument = instrument;
        _lanes = lanes;
    }

    /// <summary>Overwrites a result in place with the byte engine's accumulator; the lanes after it are zeroed.</summary>
    internal static void WriteInPlace(ref InstrumentResult slot, Instrument instrument, Vector256<ushort> head)
    {
        ref Vector256<ushort> lanes = ref Unsafe.As<ResultLanes, Vector256<ushort>>(ref Unsafe.AsRef(in slot._lanes));
        if (!ReferenceEquals(slot._instrument, instrument))
        {
            // Every outcome a batch writes for an instrument on this path has zero lanes after the sixteenth (at most
            // six scores, stage item lanes within the sixteen, and companion-answer lanes never filled by a batch:
            // Instrument.BatchLaneEnd), so a slot reused for the same instrument (a buffer scored block after block)
            // needs neither the reference store (and its GC write barrier) nor the tail cleared again.
            Unsafe.AsRef(in slot._instrument) = instrument;
            ref Vector128<ushort> tail = ref Unsafe.As<Vector256<ushort>, Vector128<ushort>>(ref Unsafe.Add(ref lanes, 1));
            tail = Vector128<ushort>.Zero;
            Unsafe.As<Vector128<ushort>, ulong>(ref Unsafe.Add(ref tail, 1)) = 0;
        }

        lanes = head;
    }

    /// <summary>Lane 2: the error kind, or (while the byte engine runs) the count of answers off the scale.</summary>
    internal ushort ErrorLane => _lanes[ResultLanes.ErrorKind];

    /// <summary>The raw lanes, for <see cref="ScoringOutcome"/> (errors) and the batch engine.</summary>
    internal ResultLanes Lanes => _lanes;

    /// <summary>The instrument, or <see langword="null"/> for <c>default(InstrumentResult)</c>.</summary>
    internal Instrument? InstrumentOrNull => _instrument;

    /// <summary>Gets the instrument that was scored.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(InstrumentResult)</c>.</exception>
    public Instrument Instrument =>
        _instrument ?? throw new InvalidOperationException("default(InstrumentResult) is not the result of any instrument.");

    /// <summary>Gets the number of scores (one per score the instrument defines).</summary>
    public int Count => Instrument.Scores.Length;

    /// <summary>Gets the number of items answered on the whole form.</summary>
    public int ItemsAnswered => _lanes[ResultLanes.ItemsAnswered];

    /// <summary>Gets the number of items not answered on the whole form.</summary>
    public int ItemsMissing => Instrument.Items.Length - ItemsAnswered;

    /// <summary>Gets the number of risk items whose scored value is above the scale minimum.</summary>
    public int RiskItemsFlagged => _lanes[ResultLanes.RiskFlagged];

    /// <summary>
    /// Gets whether any risk item was answered above the scale minimum (CORE: any answer above 0 on a risk
    /// item). Worth passing to the clinician whatever the scores say. Unanswered risk items do not raise it.
    /// </summary>
    public bool RiskFlag => _lanes[ResultLanes.RiskFlagged] > 0;

    /// <summary>Gets the primary score (for example all items for CORE-OM).</summary>
    public Score Primary => ScoreAt(Instrument.PrimaryScoreIndex);

    /// <summary>
    /// Gets the severity band of the banded score, or <see langword="null"/> when the instrument has no bands
    /// or that score is not computable.
    /// </summary>
    public SeverityBand? Band
    {
        get
        {
            SeverityBanding? banding = Instrument.Interpretation.SeverityBands;
            if (banding is null)
            {
                return null;
            }

            return this[banding.ScoreId].ClinicalScore is { } clinical ? banding.Classify(clinical) : null;
        }
    }

    /// <summary>Gets a score by position, in the order the instrument defines its scores.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not between 0 and <see cref="Count"/> - 1.</exception>
    public Score this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"{Instrument.Name} has {Display.Count(Count, "score")}; the position must be between 0 and {Count - 1}.");
            }

            return ScoreAt(index);
        }
    }

    /// <summary>Gets a score by its id.</summary>
    /// <param name="scoreId">The score's id (for example "wellbeing"); case-sensitive.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">The instrument has no score with that id; the message lists those it has.</exception>
    public Score this[string scoreId] => ScoreAt(Instrument.IndexOfScore(scoreId));

    /// <summary>Gets a score by its definition (matched by id).</summary>
    /// <param name="score">The score's definition.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">The instrument has no score with that id.</exception>
    public Score this[ScoreDefinition score]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(score);
            return this[score.Id];
        }
    }

    /// <summary>
    /// Compares a score with a clinical cut-off table. A score at or above the cut-off is in the clinical range.
    /// </summary>
    /// <param name="gender">The person's gender, when the table is split by gender.</param>
    /// <param name="age">The person's age in whole years, when the table is split by age.</param>
    /// <param name="reference">The cut-off table; by default the instrument's default table.</param>
    /// <param name="scoreId">The id of the score to compare; by default the primary score.</param>
    /// <returns>
    /// The comparison, or why it cannot be made (no row of the table for this person, or the score is not
    /// computable).
    /// </returns>
    /// <exception cref="InvalidOperationException">No table was given and the instrument has no default table.</exception>
    /// <exception cref="ArgumentException">The instrument has no score with that id.</exception>
    public CutoffComparison CompareWithCutoff(Gender? gender = null, int? age = null, CutoffReference? reference = null, string? scoreId = null)
    {
        reference ??= Instrument.Interpretation.DefaultCutoffs
            ?? throw new InvalidOperationException($"{Instrument.Name} has no published cut-off table; pass one to CompareWithCutoff.");
        Score score = scoreId is null ? Primary : this[scoreId];
        CutoffLookup lookup = reference.Find(score.Id, gender, age);
        if (lookup.Entry is null)
        {
            return new CutoffComparison(lookup, score, null, null);
        }

        // The published cut-off is a decimal on the item-mean scale: scale it exactly, then compare on the
        // clinical scale, where a complete form's score is an exact whole number.
        double clinicalCutoff = lookup.Entry.ToClinical(Instrument.ClinicalMultiplier);
        bool? inRange = score.ClinicalScore is { } clinical ? clinical >= clinicalCutoff : null;
        return new CutoffComparison(lookup, score, clinicalCutoff, inRange);
    }

    /// <summary>Evaluates a stage the definition declares (a calibration, a value set, a derived item-level output).</summary>
    /// <param name="stageId">The stage's id (for example "activation").</param>
    /// <returns>The stage's values, or why it is not computable.</returns>
    /// <exception cref="ArgumentException">The instrument has no stage with that id.</exception>
    public StageResult Stage(string stageId) => Instrument.EvaluateStage(Instrument.IndexOfStage(stageId), _lanes);

    /// <summary>Evaluates a stage by position in <see cref="OutcomeScoring.Instrument.Stages"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The stage's values, or why it is not computable.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no stage at that position.</exception>
    public StageResult Stage(int index)
    {
        if ((uint)index >= (uint)Instrument.Stages.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Instrument.Name} has {Display.Count(Instrument.Stages.Length, "stage")}.");
        }

        return Instrument.EvaluateStage(index, _lanes);
    }

    /// <summary>Copies the scores into a new array, in the order the instrument defines them.</summary>
    /// <returns>The scores.</returns>
    public Score[] ToArray()
    {
        var array = new Score[Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = ScoreAt(i);
        }

        return array;
    }

    /// <summary>Builds the score at a position from its lanes (no range check).</summary>
    private Score ScoreAt(int index)
    {
        ScorePlan plan = _instrument.Plan(index);
        int count = _lanes[ResultLanes.FirstScore + (2 * index) + 1];
        int answered = plan.CountsNotApplicable ? count % ScorePlan.NotApplicableUnit : count;
        int keyedSum = _lanes[ResultLanes.FirstScore + (2 * index)] + (answered * _instrument.ValueBase);
        return new Score(plan, keyedSum, answered, plan.CountsNotApplicable ? count / ScorePlan.NotApplicableUnit : 0);
    }

    /// <summary>Enumerates the scores without allocating.</summary>
    /// <returns>An enumerator over the scores.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Describes the result for people: the instrument, each score (or why not), band, risk and items answered.</summary>
    /// <returns>For example "CORE-10: clinical 25.5556 (prorated), band severe, risk flagged; 9 of 10 items answered".</returns>
    public override string ToString()
    {
        if (_instrument is null)
        {
            return "(no result)";
        }

        var scores = new List<string>(Count);
        foreach (Score score in this)
        {
            string name = Count == 1 ? "" : score.Id + " ";
            scores.Add(score.ClinicalScore is { } clinical
                ? $"{name}{(_instrument.ClinicalMultiplier == 1 ? "" : "clinical ")}{Display.Number(clinical)}{(score.IsProrated ? " (prorated)" : "")}"
                : $"{name}not computable");
        }

        string band = Band is { } b ? $", band {b.Code}" : "";
        string risk = _instrument.Items.Any(i => i.IsRisk) ? (RiskFlag ? ", risk flagged" : ", no risk flagged") : "";
        return $"{_instrument.Name}: {string.Join(", ", scores)}{band}{risk}; {Display.Whole(ItemsAnswered)} of {Display.Whole(_instrument.Items.Length)} items answered";
    }

    /// <summary>Enumerates the scores of a result.</summary>
    public struct Enumerator
    {
        private readonly InstrumentResult _result;
        private int _index;

        internal Enumerator(InstrumentResult result)
        {
            _result = result;
            _index = -1;
        }

        /// <summary>Gets the current score.</summary>
        public readonly Score Current => _result.ScoreAt(_index);

        /// <summary>Moves to the next score.</summary>
        /// <returns><see langword="false"/> after the last score.</returns>
        public bool MoveNext() => ++_index < _result.Count;
    }
}
