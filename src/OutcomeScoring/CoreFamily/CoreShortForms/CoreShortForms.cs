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
    private const string Source = "Item lists from C. Evans' CORE-OM scoring app (cpsyctc/shiny-server), a single secondary source; structure matches the CORE System Trust's description (specs/core.md)";

    /// <summary>The CORE-OM item number of each CORE-SF/A item, in SF/A order.</summary>
    public static IReadOnlyList<int> FormACoreOmItems { get; } = [2, 4, 28, 32, 33, 14, 19, 20, 6, 23, 25, 7, 27, 29, 17, 15, 31, 34];

    /// <summary>The CORE-OM item number of each CORE-SF/B item, in SF/B order.</summary>
    public static IReadOnlyList<int> FormBCoreOmItems { get; } = [1, 18, 31, 5, 16, 8, 12, 10, 4, 11, 13, 17, 3, 14, 22, 21, 26, 30];

    /// <summary>The CORE-SF/A definition.</summary>
    public static Instrument FormA { get; } = Create("core-sf-a", "CORE-SF/A", [.. FormACoreOmItems]);

    /// <summary>The CORE-SF/B definition.</summary>
    public static Instrument FormB { get; } = Create("core-sf-b", "CORE-SF/B", [.. FormBCoreOmItems]);

    private static Instrument Create(string id, string name, int[] coreOmItems)
    {
        ScoreDefinition Domain(ScoreDefinition om) =>
            new(om.Id, om.Name, CoreOmSubset.Positions(coreOmItems, om), 0, Source);

        return new Instrument(
            id: id,
            name: name,
            source: Source,
            scale: ResponseScale.ZeroToFour,
            items: CoreOmSubset.Items(coreOmItems),
            scores:
            [
                new ScoreDefinition("all", "All items", Enumerable.Range(1, coreOmItems.Length), 1, Source),
                Domain(CoreOm.NonRisk),
                Domain(CoreOm.Wellbeing),
                Domain(CoreOm.Problems),
                Domain(CoreOm.Functioning),
                Domain(CoreOm.Risk),
            ],
            clinicalMultiplier: 10,
            direction: ScoreDirection.LowerIsBetter,
            interpretation: new Interpretation("all"),
            resultColumns: CoreResultColumns.SixScores(band: false));
    }
}
