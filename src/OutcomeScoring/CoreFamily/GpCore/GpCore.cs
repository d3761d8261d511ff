using OutcomeScoring.Engine;

namespace OutcomeScoring.CoreFamily;

/// <summary>
/// GP-CORE, the 14-item general population form (0-4 scale, one total score, no risk items).
/// </summary>
/// <remarks>
/// Items are CORE-OM items 2, 3, 4, 7, 8, 12, 18, 19, 21, 25, 27, 29, 31, 32, in that order; all eight reverse-scored
/// CORE-OM items (3, 4, 7, 12, 19, 21, 31, 32) are included and stay reverse scored. One total score, at most 1
/// missing; clinical score = mean x 10. How sure: two independent code sources agree on the item list and the
/// structure matches the CORE System Trust's description (2 wellbeing, 4 problems, 8 functioning, no risk), but no
/// CST document listing the items was found (specs/core.md). GP-CORE scores are not comparable with CORE-OM scores.
/// No cut-offs or bands are published in the sheet. CORE instruments are CC BY-NC-ND 4.0 (CST); no item text is shipped.
/// </remarks>
public static class GpCore
{
    /// <summary>The CORE-OM item number of each GP-CORE item, in GP-CORE order.</summary>
    public static IReadOnlyList<int> CoreOmItems { get; } = [2, 3, 4, 7, 8, 12, 18, 19, 21, 25, 27, 29, 31, 32];

    /// <summary>The total score: all 14 items, at most 1 missing.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The GP-CORE definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("gp-core");
}
