namespace OutcomeScoring.CoreFamily;

/// <summary>
/// Helpers for the CORE family's variants that are not part of a definition (the definitions themselves, with their
/// sources, are the JSON files in src/OutcomeScoring/Definitions).
/// </summary>
internal static class CoreSources
{
    /// <summary>Builds six contiguous CORE severity bands from the five clinical-score thresholds between them.</summary>
    public static SeverityBanding Bands(string name, string scoreId, double low, double mild, double moderate, double moderateSevere, double severe, string source, string? caveat) =>
        new(
            name,
            scoreId,
            [
                new SeverityBand("healthy", "Healthy", 0, low),
                new SeverityBand("low", "Low", low, mild),
                new SeverityBand("mild", "Mild", mild, moderate),
                new SeverityBand("moderate", "Moderate", moderate, moderateSevere),
                new SeverityBand("moderate-severe", "Moderate to severe", moderateSevere, severe),
                new SeverityBand("severe", "Severe", severe, double.PositiveInfinity),
            ],
            source,
            caveat);
}
