using OutcomeScoring.Engine;

namespace OutcomeScoring.CoreFamily;

/// <summary>
/// CORE-SF/A and CORE-SF/B, the two 18-item short forms of CORE-OM for alternating sessions (0-4 scale), with
/// total, non-risk and domain scores.
/// </summary>
/// <remarks>
/// Item lists in the order of C. Evans' CORE-OM scoring app (cpsyctc/shiny-server) - a single secondary source;
/// the structure matches the CORE System Trust's description (all 4 wellbeing items, 6 problems, 6 functioning,
/// 1 risk to self, 1 risk to others) (specs/core.md). Keying as in CORE-OM. Scores: total (at most 1 missing),
/// non-risk and each domain (none missing). Clinical score = mean x 10. No item text is shipped.
/// </remarks>
public static class CoreShortForms
{

    /// <summary>The CORE-OM item number of each CORE-SF/A item, in SF/A order.</summary>
    public static IReadOnlyList<int> FormACoreOmItems { get; } = [2, 4, 28, 32, 33, 14, 19, 20, 6, 23, 25, 7, 27, 29, 17, 15, 31, 34];

    /// <summary>The CORE-OM item number of each CORE-SF/B item, in SF/B order.</summary>
    public static IReadOnlyList<int> FormBCoreOmItems { get; } = [1, 18, 31, 5, 16, 8, 12, 10, 4, 11, 13, 17, 3, 14, 22, 21, 26, 30];

    /// <summary>The CORE-SF/A definition.</summary>
    public static Instrument FormA { get; } = BuiltInDefinitions.Load("core-sf-a");

    /// <summary>The CORE-SF/B definition.</summary>
    public static Instrument FormB { get; } = BuiltInDefinitions.Load("core-sf-b");
}
