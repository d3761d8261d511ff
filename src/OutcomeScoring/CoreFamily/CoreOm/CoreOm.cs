namespace OutcomeScoring.CoreFamily;

/// <summary>
/// CORE-OM (Clinical Outcomes in Routine Evaluation - Outcome Measure), 34 items on a 0-4 scale, with
/// domain scores Wellbeing, Problems/Symptoms, Functioning and Risk, plus all items and non-risk items.
/// </summary>
/// <remarks>
/// <para>Rules (CORE System Trust, "What's in a name (1): scoring CORE measures"): items 3, 4, 7, 12, 19, 21,
/// 31 and 32 are reverse scored (4 - answer); each score is the mean of its answered items, prorated while
/// no more than its limit is missing (all items 3, non-risk 3 since 17 Apr 2023 and 2 before, problems 1,
/// functioning 1, wellbeing 0, risk 0); the clinical score is the mean x 10.</para>
/// <para>Interpretation: clinical cut-off 10 (Connell et al. 2007) by default, with the Evans 2002,
/// Palmieri 2009 and Feixas 2016 gender tables selectable; reliable change 5 clinical points (CORE IMS);
/// severity bands found only in third-party code (labelled so). Any risk item answered above 0 raises the
/// risk flag. CORE instruments are CC BY-NC-ND 4.0 (CORE System Trust); this library ships no item text.</para>
/// </remarks>
public static class CoreOm
{
    /// <summary>All 34 items; at most 3 missing.</summary>
    public static ScoreDefinition AllItems { get; } = new("all", "All items", Enumerable.Range(1, 34), 3, CoreSources.Scoring);

    /// <summary>The 28 non-risk items (Wellbeing, Problems, Functioning); at most 3 missing (CST rule since 17 Apr 2023).</summary>
    public static ScoreDefinition NonRisk { get; } = new("nonrisk", "Non-risk items", [1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33], 3, CoreSources.NonRisk2023);

    /// <summary>Wellbeing (W): items 4, 14, 17, 31; none may be missing.</summary>
    public static ScoreDefinition Wellbeing { get; } = new("wellbeing", "Wellbeing", [4, 14, 17, 31], 0, CoreSources.Scoring);

    /// <summary>Problems/Symptoms (P): 12 items; at most 1 missing.</summary>
    public static ScoreDefinition Problems { get; } = new("problems", "Problems/Symptoms", [2, 5, 8, 11, 13, 15, 18, 20, 23, 27, 28, 30], 1, CoreSources.Scoring);

    /// <summary>Functioning (F): 12 items; at most 1 missing.</summary>
    public static ScoreDefinition Functioning { get; } = new("functioning", "Functioning", [1, 3, 7, 10, 12, 19, 21, 25, 26, 29, 32, 33], 1, CoreSources.Scoring);

    /// <summary>Risk (R): items 6, 9, 16, 22, 24, 34 (6 and 22 risk to others, the rest risk to self); none may be missing.</summary>
    public static ScoreDefinition Risk { get; } = new("risk", "Risk", [6, 9, 16, 22, 24, 34], 0, CoreSources.Scoring);

    /// <summary>
    /// Severity bands on the all-items clinical score: healthy &lt; 6, low 6 to &lt; 10, mild 10 to &lt; 15,
    /// moderate 15 to &lt; 20, moderate-to-severe 20 to &lt; 25, severe &gt;= 25. Found only in third-party code,
    /// not confirmed from a CORE System Trust document.
    /// </summary>
    public static SeverityBanding SeverityBands { get; } = CoreSources.Bands(
        "CORE-OM severity bands (third-party)", "all", 6, 10, 15, 20, 25,
        "Third-party scoring code; see docs/instruments/core-om.md",
        "Not confirmed from a CORE System Trust document.");

    /// <summary>Connell et al. 2007: all-items cut-off 1.0 on the mean scale (10 clinical), for everyone. The default.</summary>
    public static CutoffReference Connell2007 { get; } = new("connell2007", "Connell et al. 2007", [new CutoffEntry("all", 1.0)], CoreSources.Connell2007);

    /// <summary>Evans et al. 2002: cut-offs by gender for every score, with reliable change indices (mean scale).</summary>
    public static CutoffReference Evans2002 { get; } = GenderTable(
        "evans2002", "Evans et al. 2002", CoreSources.Evans2002,
        men: [1.19, 1.37, 1.44, 1.29, 0.43, 1.36],
        women: [1.29, 1.77, 1.62, 1.30, 0.30, 1.50],
        rci: [0.51, 1.33, 0.85, 0.84, 0.95, 0.55]);

    /// <summary>Palmieri et al. 2009 (Italy): cut-offs by gender for every score, with reliable change indices (mean scale).</summary>
    public static CutoffReference Palmieri2009 { get; } = GenderTable(
        "palmieri2009", "Palmieri et al. 2009 (Italy)", "Palmieri et al. 2009, as tabulated in C. Evans' CORE scoring app (cpsyctc/shiny-server, apps/CORE_2_scores/app.R)",
        men: [1.09, 1.40, 1.30, 1.29, 0.25, 1.27],
        women: [1.20, 1.84, 1.43, 1.30, 0.22, 1.42],
        rci: [0.52, 1.45, 0.85, 0.89, 0.83, 0.60]);

    /// <summary>Feixas et al. 2016 (Spain): cut-offs by gender for every score (mean scale); no reliable change indices.</summary>
    public static CutoffReference Feixas2016 { get; } = GenderTable(
        "feixas2016", "Feixas et al. 2016 (Spain)", "Feixas et al. 2016, as tabulated in C. Evans' CORE scoring app (cpsyctc/shiny-server, apps/CORE_2_scores/app.R)",
        men: [1.06, 1.46, 1.33, 1.06, 0.24, 1.24],
        women: [1.13, 1.82, 1.43, 1.07, 0.21, 1.13],
        rci: null);

    /// <summary>The CORE-OM definition with the current (2023) non-risk missing-item limit of 3.</summary>
    public static Instrument Instrument { get; } = new(
        id: "core-om",
        name: "CORE-OM",
        source: CoreSources.Scoring,
        scale: ResponseScale.ZeroToFour,
        items:
        [
            Direct(1, "isolation"),
            Direct(2, "anxiety"),
            Reversed(3, "support"),
            Reversed(4, "self-worth"),
            Direct(5, "energy"),
            RiskItem(6, "violence-to-others"),
            Reversed(7, "coping"),
            Direct(8, "physical-problems"),
            RiskItem(9, "thoughts-of-self-harm"),
            Direct(10, "talking-to-people"),
            Direct(11, "anxiety-impact"),
            Reversed(12, "satisfaction-with-activities"),
            Direct(13, "unwanted-thoughts"),
            Direct(14, "tearfulness"),
            Direct(15, "panic"),
            RiskItem(16, "plans-to-end-life"),
            Direct(17, "overwhelmed"),
            Direct(18, "sleep"),
            Reversed(19, "warmth-affection"),
            Direct(20, "problems-intrusive"),
            Reversed(21, "daily-tasks"),
            RiskItem(22, "threatening-others"),
            Direct(23, "hopelessness"),
            RiskItem(24, "better-off-dead"),
            Direct(25, "criticism"),
            Direct(26, "friendship"),
            Direct(27, "unhappiness"),
            Direct(28, "distressing-images"),
            Direct(29, "irritability"),
            Direct(30, "self-blame"),
            Reversed(31, "optimism"),
            Reversed(32, "achievement"),
            Direct(33, "humiliation"),
            RiskItem(34, "self-harm-or-risk-taking"),
        ],
        scores: [AllItems, NonRisk, Wellbeing, Problems, Functioning, Risk],
        clinicalMultiplier: 10,
        direction: ScoreDirection.LowerIsBetter,
        interpretation: new Interpretation(
            primaryScoreId: "all",
            severityBands: SeverityBands,
            cutoffReferences: [Connell2007, Evans2002, Palmieri2009, Feixas2016],
            reliableChange: new ReliableChangeThreshold(5, null, "CORE IMS, \"About CORE System: how used\" (5 or more clinical points)")),
        resultColumns: CoreResultColumns.SixScores(band: true));

    /// <summary>
    /// The CORE-OM definition with the non-risk missing-item limit in force before 17 Apr 2023 (at most 2),
    /// for reproducing older analyses.
    /// </summary>
    public static Instrument InstrumentWithPre2023NonRiskRule { get; } = Instrument.WithMaximumMissing("nonrisk", 2);

    private static Item Direct(int number, string topic) => new(number, topic);

    private static Item Reversed(int number, string topic) => new(number, topic, ItemKeying.Reversed);

    private static Item RiskItem(int number, string topic) => new(number, topic, ItemKeying.Direct, IsRisk: true);

    private static CutoffReference GenderTable(string id, string name, string source, double[] men, double[] women, double[]? rci)
    {
        string[] scoreIds = ["all", "wellbeing", "problems", "functioning", "risk", "nonrisk"];
        var entries = new List<CutoffEntry>();
        for (int i = 0; i < scoreIds.Length; i++)
        {
            entries.Add(new CutoffEntry(scoreIds[i], men[i], Gender.Male, ReliableChangeMean: rci?[i]));
            entries.Add(new CutoffEntry(scoreIds[i], women[i], Gender.Female, ReliableChangeMean: rci?[i]));
        }

        return new CutoffReference(id, name, entries, source);
    }
}
