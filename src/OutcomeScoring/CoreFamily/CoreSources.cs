namespace OutcomeScoring.CoreFamily;

/// <summary>Source citations and helpers shared by the CORE family definitions.</summary>
internal static class CoreSources
{
    public const string Scoring = "CORE System Trust, \"What's in a name (1): scoring CORE measures\"; CORE IMS, \"About CORE System: how used\"";

    public const string NonRisk2023 = "CORE System Trust: non-risk limit raised from 2 to 3 missing items on 17 Apr 2023";

    public const string Connell2007 = "Connell et al. 2007, BJPsych 190:69-74 (cut-off 9.9, rounded to 10 as the authors recommend)";

    public const string Evans2002 = "Evans et al. 2002, BJPsych 180:51-60, as tabulated in C. Evans' CORE scoring app (cpsyctc/shiny-server, apps/CORE_2_scores/app.R)";

    public const string Barkham2013 = "Barkham et al. 2013, Counselling and Psychotherapy Research 13(1):3-13";

    public const string Twigg2016 = "Twigg et al. 2016, Child and Adolescent Mental Health 21(2):115-123";

    public const string CecpFunsLookup = "CECPfuns R package (cpsyctc/CECPfuns, MIT), YP-CORE cut-off lookup table";

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
