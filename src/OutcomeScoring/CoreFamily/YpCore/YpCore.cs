namespace OutcomeScoring.CoreFamily;

/// <summary>
/// YP-CORE, the 10-item young person's form (ages 11-16, used to 18), 0-4 scale, one total score; clinical
/// cut-offs depend on age and gender.
/// </summary>
/// <remarks>
/// <para>Items 3, 5 and 10 are reverse scored; the score is the mean of the answered items, prorated with at most
/// 1 missing; the clinical score is the mean x 10 (CORE System Trust; Twigg et al. 2016, alpha .80).</para>
/// <para>Cut-off tables (mean scale, by age and gender): Blackshaw (the default, as in the CECPfuns lookup, whose
/// default reference is "Emily_PhD"), Twigg et al. 2016, and Di Biase et al. 2021 (Italy). Outside a table's ages
/// there is no cut-off and the comparison says so. No reliable change index is published: compute one from your
/// own data. No severity bands and no risk item are given by the sources. CORE instruments are CC BY-NC-ND 4.0
/// (CORE System Trust); this library ships no item text.</para>
/// </remarks>
public static class YpCore
{
    /// <summary>The total score: all 10 items, at most 1 missing.</summary>
    public static ScoreDefinition Total { get; } = new("total", "Total", Enumerable.Range(1, 10), 1, CoreSources.Scoring + "; " + CoreSources.Twigg2016);

    /// <summary>Blackshaw: cut-offs by gender for ages 11-16 (mean scale). The default.</summary>
    public static CutoffReference Blackshaw { get; } = AgeTable(
        "blackshaw", "Blackshaw", CoreSources.CecpFunsLookup + " (reference \"Emily_PhD\")",
        firstAge: 11, men: [1.0, 1.0, 1.0, 1.3, 1.4, 1.5], women: [1.1, 1.5, 1.4, 1.6, 1.6, 1.5]);

    /// <summary>Twigg et al. 2016: cut-offs by gender for ages 11-13 and 14-16 (mean scale).</summary>
    public static CutoffReference Twigg2016 { get; } = AgeTable(
        "twigg2016", "Twigg et al. 2016", CoreSources.Twigg2016 + "; table via " + CoreSources.CecpFunsLookup,
        firstAge: 11, men: [1.03, 1.03, 1.03, 1.41, 1.41, 1.41], women: [1.44, 1.44, 1.44, 1.59, 1.59, 1.59]);

    /// <summary>Di Biase et al. 2021 (Italy): cut-offs by gender for ages 11-17 (mean scale).</summary>
    public static CutoffReference DiBiase2021 { get; } = AgeTable(
        "dibiase2021", "Di Biase et al. 2021 (Italy)", "Di Biase et al. 2021; table via " + CoreSources.CecpFunsLookup,
        firstAge: 11, men: [1.18, 1.18, 1.18, 1.18, 1.23, 1.18, 1.18], women: [1.34, 1.34, 1.34, 1.34, 1.47, 1.47, 1.47]);

    /// <summary>The YP-CORE definition, with the Blackshaw cut-off table as default.</summary>
    public static Instrument Instrument { get; } = new(
        id: "yp-core",
        name: "YP-CORE",
        source: CoreSources.Scoring + "; " + CoreSources.Twigg2016,
        scale: ResponseScale.ZeroToFour,
        items:
        [
            new Item(1, "distressing-thoughts"),
            new Item(2, "overwhelmed"),
            new Item(3, "coping", ItemKeying.Reversed),
            new Item(4, "thoughts-of-self-harm"),
            new Item(5, "someone-to-ask-for-help", ItemKeying.Reversed),
            new Item(6, "nervousness"),
            new Item(7, "not-wanting-to-talk"),
            new Item(8, "not-good-enough"),
            new Item(9, "unhappiness"),
            new Item(10, "achievement", ItemKeying.Reversed),
        ],
        scores: [Total],
        clinicalMultiplier: 10,
        direction: ScoreDirection.LowerIsBetter,
        interpretation: new Interpretation(
            primaryScoreId: "total",
            cutoffReferences: [Blackshaw, Twigg2016, DiBiase2021]),
        resultColumns:
        [
            new("mean", ResultValue.Mean, "total"),
            new("clinical", ResultValue.ClinicalScore, "total"),
            new("answered", ResultValue.ItemsAnswered),
            new("cutoff_clinical", ResultValue.ClinicalCutoff),
            new("clinical_range", ResultValue.InClinicalRange),
        ]);

    private static CutoffReference AgeTable(string id, string name, string source, int firstAge, double[] men, double[] women)
    {
        var entries = new List<CutoffEntry>();
        for (int i = 0; i < men.Length; i++)
        {
            int age = firstAge + i;
            entries.Add(new CutoffEntry("total", men[i], Gender.Male, age, age));
            entries.Add(new CutoffEntry("total", women[i], Gender.Female, age, age));
        }

        return new CutoffReference(id, name, entries, source);
    }
}
