using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Change;

/// <summary>
/// The rules NHS Talking Therapies (formerly IAPT) judges a referral's first and last scores by: a depression measure
/// (PHQ-9) and an anxiety measure (GAD-7, or the anxiety-disorder-specific measure for the provisional diagnosis), each
/// with its caseness cut-off and reliable change threshold, and how a mixed case is classified
/// (specs/mental-health-proms.md, section 4).
/// </summary>
/// <param name="Depression">The depression measure's criteria: direction, reliable change threshold and caseness cut-off (<see cref="ChangeCriteria.ClinicalCutoff"/>, a case at or beyond it).</param>
/// <param name="Anxiety">The anxiety measure's criteria, likewise.</param>
/// <param name="Mixed">How a case where one measure reliably improves and the other reliably deteriorates is classified.</param>
/// <remarks>
/// <para>Caseness: a case at the start scores at or beyond the cut-off on either measure or both. Recovery: a case at the
/// start below caseness on both at the end; referrals not a case at the start are out of the recovery denominator.
/// Reliable improvement: reliable improvement on at least one measure and no reliable deterioration on the other.
/// Reliable deterioration: on any measure (<see cref="MixedReliableChange.Deterioration"/>, the default; the Talking
/// Therapies rule for a mixed case was not found). No reliable change: neither measure crosses its threshold. Reliable
/// recovery: recovery and reliable improvement. A change equal to the threshold counts. Only referrals that finished a
/// course of treatment (at least two attended treatment appointments) count: choosing them is the caller's.</para>
/// <para>Defaults (<see cref="Phq9WithGad7"/>): PHQ-9 caseness 10, reliable change 6; GAD-7 caseness 8, reliable change 4
/// (Franklin 2021; MindStep 2018; IAPT Manual as quoted by cbtwatch.com and NCT05134103; all secondary). An
/// anxiety-disorder-specific measure's values were not found: supply them (<see cref="WithAnxietyMeasure"/>).</para>
/// </remarks>
public sealed record TalkingTherapiesRules(ChangeCriteria Depression, ChangeCriteria Anxiety, MixedReliableChange Mixed = MixedReliableChange.Deterioration)
{
    /// <summary>Gets the default rules: PHQ-9 (caseness 10, reliable change 6) with GAD-7 (caseness 8, reliable change 4), a mixed case counted as deterioration.</summary>
    public static TalkingTherapiesRules Phq9WithGad7 { get; } = new(
        new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.Published(Phq9.Instrument), Phq9.TalkingTherapiesCaseness),
        new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.Published(Gad7.Instrument), Gad7.TalkingTherapiesCaseness));

    /// <summary>Returns these rules with an anxiety-disorder-specific measure in place of the anxiety measure.</summary>
    /// <param name="criteria">The measure's direction, reliable change threshold and caseness cut-off, from the Talking Therapies Manual or your service.</param>
    /// <returns>The new rules.</returns>
    /// <exception cref="ArgumentException">The criteria have no caseness cut-off.</exception>
    public TalkingTherapiesRules WithAnxietyMeasure(ChangeCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.ClinicalCutoff is null
            ? throw new ArgumentException("An anxiety measure needs its caseness cut-off (ChangeCriteria.ClinicalCutoff) for Talking Therapies outcomes.", nameof(criteria))
            : this with { Anxiety = criteria };
    }

    /// <summary>Classifies one referral's first and last scores on both measures.</summary>
    /// <param name="depressionFirst">The first depression score, or <see langword="null"/> when there is none.</param>
    /// <param name="depressionLast">The last depression score, or <see langword="null"/>.</param>
    /// <param name="anxietyFirst">The first anxiety score, or <see langword="null"/>.</param>
    /// <param name="anxietyLast">The last anxiety score, or <see langword="null"/>.</param>
    /// <returns>The outcome; not assessable, naming the missing scores, when any of the four is missing.</returns>
    /// <exception cref="ArgumentException">A measure's criteria have no caseness cut-off.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not a finite number.</exception>
    public TalkingTherapiesPair Classify(double? depressionFirst, double? depressionLast, double? anxietyFirst, double? anxietyLast)
    {
        if (Depression?.ClinicalCutoff is null || Anxiety?.ClinicalCutoff is null)
        {
            throw new ArgumentException("Talking Therapies outcomes need a caseness cut-off (ChangeCriteria.ClinicalCutoff) for both measures.");
        }

        ChangePair depression = Depression.Classify(depressionFirst, depressionLast);
        ChangePair anxiety = Anxiety.Classify(anxietyFirst, anxietyLast);
        string[] missing =
        [
            .. depressionFirst is null ? ["depression first"] : Array.Empty<string>(),
            .. depressionLast is null ? ["depression last"] : Array.Empty<string>(),
            .. anxietyFirst is null ? ["anxiety first"] : Array.Empty<string>(),
            .. anxietyLast is null ? ["anxiety last"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            return new TalkingTherapiesPair(depression, anxiety, null, null, null, null, $"Not assessable: no {string.Join(", ", missing)} score (both measures are needed at the first and the last score).");
        }

        bool caseAtStart = depression.Transition is ClinicalTransition.ClinicalToClinical or ClinicalTransition.ClinicalToNonClinical
            || anxiety.Transition is ClinicalTransition.ClinicalToClinical or ClinicalTransition.ClinicalToNonClinical;
        bool belowAtEnd = depression.Transition is ClinicalTransition.ClinicalToNonClinical or ClinicalTransition.NonClinicalToNonClinical
            && anxiety.Transition is ClinicalTransition.ClinicalToNonClinical or ClinicalTransition.NonClinicalToNonClinical;
        ReliableChangeCategory reliable = Combine(depression.ReliableChange!.Value, anxiety.ReliableChange!.Value, Mixed);
        bool? recovered = caseAtStart ? belowAtEnd : null;
        bool? reliableRecovery = caseAtStart ? belowAtEnd && reliable == ReliableChangeCategory.ReliableImprovement : null;
        return new TalkingTherapiesPair(depression, anxiety, caseAtStart, recovered, reliable, reliableRecovery, null);
    }

    /// <summary>The two measures' reliable change as one: improvement on one and no deterioration on the other; deterioration on any (or, for a mixed case, as <paramref name="mixed"/> says).</summary>
    private static ReliableChangeCategory Combine(ReliableChangeCategory first, ReliableChangeCategory second, MixedReliableChange mixed)
    {
        bool improved = first == ReliableChangeCategory.ReliableImprovement || second == ReliableChangeCategory.ReliableImprovement;
        bool deteriorated = first == ReliableChangeCategory.ReliableDeterioration || second == ReliableChangeCategory.ReliableDeterioration;
        return (improved, deteriorated) switch
        {
            (true, false) => ReliableChangeCategory.ReliableImprovement,
            (false, true) => ReliableChangeCategory.ReliableDeterioration,
            (true, true) => mixed == MixedReliableChange.NoReliableChange ? ReliableChangeCategory.NoReliableChange : ReliableChangeCategory.ReliableDeterioration,
            _ => ReliableChangeCategory.NoReliableChange,
        };
    }
}
