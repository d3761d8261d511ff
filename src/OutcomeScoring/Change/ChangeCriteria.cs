using System.Diagnostics;
using System.Globalization;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Change;

/// <summary>
/// What a baseline/follow-up pair is judged by: which way is better, the reliable change criterion and,
/// optionally, the clinical cut-off (a score at or beyond it, in the worse direction, is in the clinical range:
/// for a lower-is-better scale, score &gt;= cut-off, as Evans et al. call "help-seeking").
/// </summary>
/// <param name="Direction">Which way is better on the scale (from the instrument, or the caller's own scale).</param>
/// <param name="ReliableChange">The reliable change criterion, on the scores' scale.</param>
/// <param name="ClinicalCutoff">The clinical cut-off on the same scale, or <see langword="null"/> for none (then nobody can recover).</param>
public sealed record ChangeCriteria(ScoreDirection Direction, ReliableChangeCriterion ReliableChange, double? ClinicalCutoff = null)
{
    /// <summary>Criteria from an instrument's definition: its direction, its published threshold and its default cut-off for the primary score, on the clinical scale.</summary>
    /// <param name="instrument">The instrument (for example CORE-10: lower is better, 6 points, cut-off 11).</param>
    /// <returns>The criteria; compare clinical scores with them.</returns>
    /// <exception cref="ArgumentException">The instrument publishes no reliable change threshold.</exception>
    public static ChangeCriteria For(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        CutoffEntry? cutoff = instrument.Interpretation.DefaultCutoffs?.Find(instrument.Scores[instrument.PrimaryScoreIndex].Id).Entry;
        return new ChangeCriteria(instrument.Direction, ReliableChangeCriterion.Published(instrument), cutoff?.ToClinical(instrument.ClinicalMultiplier));
    }

    /// <summary>
    /// These criteria with the clinical cut-off that applies to one person, from a cut-off table split by age and
    /// gender (YP-CORE), on the instrument's clinical scale; no cut-off (so nobody can recover) when the table
    /// has none for the person, with the lookup that says why (<see cref="CutoffLookup.Reason"/> and <see cref="CutoffLookup.Explanation"/>).
    /// </summary>
    /// <param name="instrument">The instrument whose primary score the table applies to (for example YP-CORE).</param>
    /// <param name="gender">The person's gender, or <see langword="null"/>.</param>
    /// <param name="age">The person's age in whole years, or <see langword="null"/>.</param>
    /// <param name="reference">The table; by default the instrument's default table.</param>
    /// <returns>The criteria for this person, and the cut-off lookup (the row found, or why there is none).</returns>
    /// <exception cref="ArgumentException">No table was given and the instrument has none.</exception>
    public (ChangeCriteria Criteria, CutoffLookup Lookup) ForPerson(Instrument instrument, Gender? gender, int? age, CutoffReference? reference)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        reference ??= instrument.Interpretation.DefaultCutoffs
            ?? throw new ArgumentException($"{instrument.Name} has no cut-off table; give one.", nameof(reference));
        CutoffLookup lookup = reference.Find(instrument.Scores[instrument.PrimaryScoreIndex].Id, gender, age);
        return (this with { ClinicalCutoff = lookup.Entry?.ToClinical(instrument.ClinicalMultiplier) }, lookup);
    }

    /// <summary>
    /// Gets whether a score equal to the cut-off is in the clinical range: <see langword="true"/> (the default) for a
    /// cut-off published as "at or beyond" (CORE: score &gt;= cut-off), <see langword="false"/> for one published as "beyond"
    /// (ReQoL-10, NHS England's CMH dashboard: a total <b>below</b> 25 is clinical and 25 has left the clinical range;
    /// specs/mental-health-proms.md, section 6).
    /// </summary>
    /// <value><see langword="true"/> unless set.</value>
    public bool ClinicalAtCutoff { get; init; } = true;

    /// <summary>Gets whether a score is in the clinical range, or <see langword="null"/> without a cut-off.</summary>
    /// <param name="score">The score.</param>
    /// <returns>Whether it is beyond the cut-off in the worse direction, or at it when <see cref="ClinicalAtCutoff"/>.</returns>
    public bool? IsClinical(double score) => ClinicalCutoff is not { } cutoff ? null
        : score == cutoff ? ClinicalAtCutoff
        : Direction == ScoreDirection.LowerIsBetter ? score > cutoff : score < cutoff;

    /// <summary>
    /// Classifies one pair. The change is follow-up minus baseline in decimal terms (each score at its decimal value,
    /// 15 significant digits), so 4.1 - 3.1 and 2.7 - 1.7 are both exactly 1 and a change equal to the threshold is
    /// treated the same whatever the scores (issue 15).
    /// </summary>
    /// <param name="baseline">The baseline score, or <see langword="null"/> when there is none.</param>
    /// <param name="followUp">The follow-up score, or <see langword="null"/> when there is none.</param>
    /// <returns>The classification, or why the pair is not computable.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is not a finite number.</exception>
    public ChangePair Classify(double? baseline, double? followUp)
    {
        if (baseline is { } b && !double.IsFinite(b))
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), b, string.Create(CultureInfo.InvariantCulture, $"The baseline score {b} is not a finite number."));
        }

        if (followUp is { } f && !double.IsFinite(f))
        {
            throw new ArgumentOutOfRangeException(nameof(followUp), f, string.Create(CultureInfo.InvariantCulture, $"The follow-up score {f} is not a finite number."));
        }

        if (baseline is not { } pre || followUp is not { } post)
        {
            PairNotComputableReason reason = (baseline, followUp) switch
            {
                (null, null) => PairNotComputableReason.NoScores,
                (null, _) => PairNotComputableReason.NoBaseline,
                _ => PairNotComputableReason.NoFollowUp,
            };
            return new ChangePair(baseline, followUp, null, null, null, null, null, reason);
        }

        // In decimal terms, so that a change equal to the threshold counts the same whatever the scores (issue 15).
        double change = ScoreDifference.Between(pre, post);
        double improvement = Direction == ScoreDirection.LowerIsBetter ? -change : change;
        ReliableChangeCategory category =
            improvement > 0 && ReliableChange.IsReliable(improvement) ? ReliableChangeCategory.ReliableImprovement
            : improvement < 0 && ReliableChange.IsReliable(-improvement) ? ReliableChangeCategory.ReliableDeterioration
            : ReliableChangeCategory.NoReliableChange;
        bool? preClinical = IsClinical(pre), postClinical = IsClinical(post);
        ClinicalTransition? transition = (preClinical, postClinical) switch
        {
            (true, true) => ClinicalTransition.ClinicalToClinical,
            (true, false) => ClinicalTransition.ClinicalToNonClinical,
            (false, false) => ClinicalTransition.NonClinicalToNonClinical,
            (false, true) => ClinicalTransition.NonClinicalToClinical,
            _ => null,
        };
        ChangeOutcome outcome = category switch
        {
            ReliableChangeCategory.ReliableImprovement when transition == ClinicalTransition.ClinicalToNonClinical => ChangeOutcome.Recovered,
            ReliableChangeCategory.ReliableImprovement => ChangeOutcome.Improved,
            ReliableChangeCategory.ReliableDeterioration => ChangeOutcome.Deteriorated,
            _ => ChangeOutcome.Unchanged,
        };
        return new ChangePair(pre, post, change, category, transition, outcome, transition == ClinicalTransition.ClinicalToNonClinical, PairNotComputableReason.None);
    }
}

/// <summary>One classified baseline/follow-up pair.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct ChangePair
{
    internal ChangePair(
        double? baseline,
        double? followUp,
        double? change,
        ReliableChangeCategory? reliableChange,
        ClinicalTransition? transition,
        ChangeOutcome? outcome,
        bool? recovery,
        PairNotComputableReason notComputable)
    {
        Baseline = baseline;
        FollowUp = followUp;
        Change = change;
        ReliableChange = reliableChange;
        Transition = transition;
        Outcome = outcome;
        Recovery = recovery;
        NotComputable = notComputable;
    }

    /// <summary>Gets the baseline score, or <see langword="null"/>.</summary>
    public double? Baseline { get; }

    /// <summary>Gets the follow-up score, or <see langword="null"/>.</summary>
    public double? FollowUp { get; }

    /// <summary>Gets follow-up minus baseline in decimal terms (see <see cref="ChangeCriteria.Classify"/>), or <see langword="null"/> when not computable.</summary>
    public double? Change { get; }

    /// <summary>Gets the reliable change category in the better direction, or <see langword="null"/>.</summary>
    public ReliableChangeCategory? ReliableChange { get; }

    /// <summary>Gets the clinical transition, or <see langword="null"/> without a cut-off or scores.</summary>
    public ClinicalTransition? Transition { get; }

    /// <summary>Gets the Jacobson-Truax outcome, or <see langword="null"/> when not computable.</summary>
    public ChangeOutcome? Outcome { get; }

    /// <summary>Gets NHS Talking Therapies "recovery": clinical at baseline and not at follow-up, whatever the size of change; <see langword="false"/> without a cut-off (nobody can recover), <see langword="null"/> without scores.</summary>
    public bool? Recovery { get; }

    /// <summary>Gets why the pair could not be classified, or <see cref="PairNotComputableReason.None"/>.</summary>
    public PairNotComputableReason NotComputable { get; }

    /// <summary>Gets whether the pair was classified.</summary>
    public bool IsComputable => NotComputable == PairNotComputableReason.None;

    /// <summary>Gets whether the person was clinical at baseline and so eligible to recover, or <see langword="null"/> without a cut-off or baseline.</summary>
    public bool? EligibleToRecover => Transition is { } t ? t is ClinicalTransition.ClinicalToClinical or ClinicalTransition.ClinicalToNonClinical : null;

    /// <summary>Gets NHS Talking Therapies "reliable recovery": recovery together with reliable improvement (the Jacobson-Truax "recovered").</summary>
    public bool? ReliableRecovery => Outcome is null || Recovery is null ? null : Outcome == ChangeOutcome.Recovered;

    /// <summary>Describes the pair for people.</summary>
    /// <returns>For example "25 -> 8 (-17): reliable improvement, clinical to non clinical, recovered", or "20 -> none: not computable (no follow up)".</returns>
    public override string ToString() => IsComputable
        ? $"{Display.Number(Baseline)} -> {Display.Number(FollowUp)} ({Display.Signed(Change!.Value)}): {Display.Words(ReliableChange!.Value)}{(Transition is { } t ? ", " + Display.Words(t) : "")}, {Display.Words(Outcome!.Value)}"
        : $"{Display.Number(Baseline)} -> {Display.Number(FollowUp)}: not computable ({Display.Words(NotComputable)})";
}
