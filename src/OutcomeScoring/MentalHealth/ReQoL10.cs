using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// ReQoL-10 (Recovering Quality of Life, 10 items, answers 0-4, and a physical health item): a total 0-40, higher is
/// better, and the physical health item on its own. The built-in definition is <c>Definitions/reqol-10.json</c>.
/// </summary>
/// <remarks>
/// <para>The total is the sum of the 10 scored items (the clinical score, the mean x 10), scored so that 0 is the worst
/// state; the physical health item (11) is not in the total (the MHSDS range 0-40 leaves no room for it). Missing-item rule
/// not found: no total with any scored item missing.</para>
/// <para><b>Item keying is unconfirmed.</b> The official scoring sheet was not found; the negatively worded items 1, 3, 6
/// and 9 (<see cref="ReversedItems"/>) are reversed (4 - answer), as the project's fact sheet recommends, but public
/// implementations disagree (one reverses 1, 3 and 9; another 3, 5 and 7). Confirm against the licensed scoring
/// instructions before relying on item-level scores; a caller with totals only (as MHSDS and NHS England's dashboard hold
/// them) can use the change machinery on totals directly.</para>
/// <para>Reliable change 5 points (NHS England CMH dashboard). Clinical cut-off: sources disagree, NHS England's 25
/// (<see cref="ClinicalCutoff"/>, the default) and Franklin et al. 2021's 24 (<see cref="Franklin2021ClinicalCutoff"/>);
/// on this higher-is-better scale a score <b>below</b> the cut-off is in the clinical range, so the cut-offs are given
/// here rather than as a cut-off table (whose comparison is "at or above"). Code: MHSDS SNOMED CT 1091071000000100.
/// Source of every fact: specs/mental-health-proms.md, sections 1, 6 and 11. NHS use is under an NHS England
/// sub-licence; no item text is shipped.</para>
/// </remarks>
public static class ReQoL10
{
    /// <summary>
    /// NHS England's clinical cut-off (CMH dashboard <c>Clinical_CutOff = 25</c>): a total below 25 is in the clinical
    /// range; a follow-up of 25 or more has left it. The default.
    /// </summary>
    public const int ClinicalCutoff = 25;

    /// <summary>Franklin et al. 2021's cut-off: below 24 is the clinical range, 24 or more the general population.</summary>
    public const int Franklin2021ClinicalCutoff = 24;

    /// <summary>The item number of the physical health item (not in the total).</summary>
    public const int PhysicalHealthItem = 11;

    /// <summary>The items reversed (4 - answer) so that 0 is the worst state: 1, 3, 6 and 9 (unconfirmed, see remarks).</summary>
    public static IReadOnlyList<int> ReversedItems { get; } = [1, 3, 6, 9];

    /// <summary>The ReQoL-10 definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("reqol-10");

    /// <summary>
    /// Gets the change criteria NHS England's community mental health dashboard uses for ReQoL-10 totals: higher is better,
    /// reliable change 5 (a change equal to it counts), cut-off 25 with a total <b>below</b> it in the clinical range
    /// (<see cref="Change.ChangeCriteria.ClinicalAtCutoff"/> false), so reliable recovery is baseline below 25, follow-up 25
    /// or more and reliable improvement (specs/mental-health-proms.md, section 6). For Franklin et al. 2021's cut-off use
    /// <c>ReQoL10.ChangeCriteria with { ClinicalCutoff = ReQoL10.Franklin2021ClinicalCutoff }</c>.
    /// </summary>
    public static Change.ChangeCriteria ChangeCriteria { get; } =
        new(ScoreDirection.HigherIsBetter, Change.ReliableChangeCriterion.Published(Instrument), ClinicalCutoff) { ClinicalAtCutoff = false };

    /// <summary>The total: the 10 scored items, none missing; its clinical score is the sum 0-40.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The physical health item on its own (its mean is the answer, 0 very severe problems to 4 no problems).</summary>
    public static ScoreDefinition PhysicalHealth => Instrument.Scores[1];
}
