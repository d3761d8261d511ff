namespace OutcomeScoring.CoreFamily;

/// <summary>
/// Builds a CORE family form whose items are CORE-OM items: each item keeps CORE-OM's topic tag, keying and risk
/// flag, renumbered in the form's own order; domain scores take the form's items that belong to each CORE-OM domain.
/// </summary>
internal static class CoreOmSubset
{
    /// <summary>The form's items, from the CORE-OM item numbers in the form's order.</summary>
    public static Item[] Items(int[] coreOmItems) =>
        [.. coreOmItems.Select((om, i) => CoreOm.Instrument.Items[om - 1] with { Number = i + 1 })];

    /// <summary>The form's positions (1-based) of the CORE-OM items in <paramref name="domain"/>.</summary>
    public static int[] Positions(int[] coreOmItems, ScoreDefinition domain) =>
        [.. coreOmItems.Select((om, i) => (om, position: i + 1)).Where(x => domain.Items.Contains(x.om)).Select(x => x.position)];
}
