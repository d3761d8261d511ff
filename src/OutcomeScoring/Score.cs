using OutcomeScoring.Engine;
using System.Diagnostics;
using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// One computed (or not computable) score: the mean of the scored values of the answered items, the clinical
/// score, how many items were answered and missing, whether it was prorated, and why it could not be computed.
/// </summary>
/// <remarks>
/// Values are kept at full precision: the mean and the clinical score are each a single division of the
/// exact item sum, so a complete 10-item CORE form has a clinical score exactly equal to its item sum.
/// Round only for display. Immutable and thread-safe. <c>default(Score)</c> is not a score of any instrument.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct Score
{
    private readonly ScorePlan _plan;
    private readonly int _keyedSum;
    private readonly int _answered;
    private readonly int _notApplicable;

    internal Score(ScorePlan plan, int keyedSum, int answered, int notApplicable = 0)
    {
        _plan = plan;
        _keyedSum = keyedSum;
        _answered = answered;
        _notApplicable = notApplicable;
    }

    /// <summary>Gets the definition of the score.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Score)</c>.</exception>
    public ScoreDefinition Definition => Plan.Definition;

    /// <summary>Gets the score's id (for example "wellbeing").</summary>
    public string Id => Definition.Id;

    /// <summary>Gets how many of the score's items were answered.</summary>
    public int ItemsAnswered => _answered;

    /// <summary>
    /// Gets how many of the score's items were "not applicable" and left out of it (a score that
    /// <see cref="ScoreDefinition.ExcludesNotApplicable"/>) or counted apart from blanks (a score that
    /// <see cref="ScoreDefinition.CountsNotApplicable"/>); 0 for other scores, where they count as missing.
    /// </summary>
    public int ItemsNotApplicable => _notApplicable;

    /// <summary>Gets how many of the score's items were not answered (and not left out as not applicable).</summary>
    public int ItemsMissing => Definition.Items.Length - _answered - _notApplicable;

    /// <summary>The items held against the missing-item limit: blanks, and not-applicable answers counted apart from them.</summary>
    private int ItemsUnscored => Plan.NotApplicableIsUnanswered ? ItemsMissing + _notApplicable : ItemsMissing;

    /// <summary>
    /// Gets whether the score could be computed: no more items missing than its missing-item rule allows, and at least
    /// one item answered.
    /// </summary>
    public bool IsComputable => _plan is not null && ItemsUnscored <= Definition.MaximumMissing && _answered > 0;

    /// <summary>Gets why the score could not be computed, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason NotComputableReason =>
        IsComputable ? NotComputableReason.None
        : ItemsUnscored > Definition.MaximumMissing ? NotComputableReason.TooManyItemsMissing
        : NotComputableReason.NoItemApplicable;

    /// <summary>Gets whether the score was computed from fewer than all its items (prorated).</summary>
    public bool IsProrated => IsComputable && ItemsUnscored > 0;

    /// <summary>
    /// Gets the mean of the scored values of the answered items (CORE: 0-4), or <see langword="null"/> when the
    /// score is not computable.
    /// </summary>
    public double? Mean => IsComputable ? (double)_keyedSum / _answered : null;

    /// <summary>
    /// Gets the clinical score, the mean times the instrument's clinical multiplier (CORE: x10, 0-40), or
    /// <see langword="null"/> when the score is not computable.
    /// </summary>
    /// <remarks>Rounded to a whole number (halves away from zero) when the definition says so (<see cref="ScoreDefinition.RoundsClinicalScore"/>).</remarks>
    /// <remarks>
    /// A sum score (<see cref="ScoreAggregate.Sum"/>) is the keyed sum of its answered items, not prorated and not multiplied;
    /// a prorated sum (<see cref="ScoreAggregate.ProratedSum"/>) is the mean of the answered items times the score's item count.
    /// </remarks>
    public double? ClinicalScore => !IsComputable ? null
        : Definition.Aggregate == ScoreAggregate.Sum ? _keyedSum
        : Definition.Aggregate == ScoreAggregate.ProratedSum ? Clinical((double)_keyedSum * Definition.Items.Length / _answered)
        : Clinical(_keyedSum * Plan.ClinicalMultiplier / _answered);

    /// <summary>
    /// Gets the highest clinical score possible from the items the score used, or <see langword="null"/> when it is not
    /// computable: for a sum, the items answered x the scale maximum (WSAS: 40, or 32 when the work item is not
    /// applicable, specs/mental-health-proms.md section 5); for a prorated sum, the score's item count x the highest item
    /// value; for a mean, the scale maximum x the clinical multiplier. An item's highest value is its highest point where the
    /// items have points (<see cref="Item.Points"/>; the highest among the score's items).
    /// </summary>
    public double? MaximumPossible => !IsComputable ? null
        : Definition.Aggregate == ScoreAggregate.Sum ? (double)_answered * Plan.ScaleMaximum
        : Definition.Aggregate == ScoreAggregate.ProratedSum ? (double)Definition.Items.Length * Plan.ScaleMaximum
        : Clinical(Plan.ScaleMaximum * Plan.ClinicalMultiplier);

    /// <summary>
    /// Gets a sentence saying why the score is not computable (naming the score, the items missing and the
    /// limit), or <see langword="null"/> when it was computed. The rule's source is <see cref="ScoreDefinition.Source"/>.
    /// </summary>
    public string? Explanation => IsComputable
        ? null
        : NotComputableReason == NotComputableReason.NoItemApplicable
        ? string.Create(CultureInfo.InvariantCulture, $"{Definition.Name} not computable: none of its {Definition.Items.Length} items applies ({_notApplicable} not applicable).")
        : Plan.NotApplicableIsUnanswered && _notApplicable > 0
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"{Definition.Name} not computable: {ItemsUnscored} of its {Definition.Items.Length} items not answered ({ItemsMissing} blank, {_notApplicable} not applicable or don't know); at most {Definition.MaximumMissing} may be missing.")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{Definition.Name} not computable: {ItemsMissing} of its {Definition.Items.Length} items missing; at most {Definition.MaximumMissing} may be missing.");

    private double Clinical(double value) => Plan.Definition.RoundsClinicalScore ? Math.Round(value, MidpointRounding.AwayFromZero) : value;

    private ScorePlan Plan => _plan ?? throw new InvalidOperationException("default(Score) is not a score of any instrument.");

    /// <summary>Returns the score's id and mean, or why it is not computable.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() =>
        _plan is null ? "(no score)"
        : IsComputable ? string.Create(CultureInfo.InvariantCulture, $"{Id}: mean {Mean:R}, clinical {ClinicalScore:R}{(IsProrated ? " (prorated)" : "")}")
        : $"{Id}: {Explanation}";
}
