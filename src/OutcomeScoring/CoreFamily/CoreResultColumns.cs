namespace OutcomeScoring.CoreFamily;

/// <summary>
/// The result table of the six-score CORE forms (CORE-OM and the short forms), as the command line has always written
/// it: the all-items and non-risk scores as means and clinical scores, the four domains as means (CORE reports domain
/// scores as item means: CORE System Trust, "What's in a name (1): scoring CORE measures"), then items answered, the
/// band where there are bands, and the risk flag.
/// </summary>
internal static class CoreResultColumns
{
    public static ResultColumn[] SixScores(bool band) =>
    [
        new("all_mean", ResultValue.Mean, "all"),
        new("all_clinical", ResultValue.ClinicalScore, "all"),
        new("nonrisk_mean", ResultValue.Mean, "nonrisk"),
        new("nonrisk_clinical", ResultValue.ClinicalScore, "nonrisk"),
        new("wellbeing_mean", ResultValue.Mean, "wellbeing"),
        new("problems_mean", ResultValue.Mean, "problems"),
        new("functioning_mean", ResultValue.Mean, "functioning"),
        new("risk_mean", ResultValue.Mean, "risk"),
        new("answered", ResultValue.ItemsAnswered),
        .. band ? [new ResultColumn("band", ResultValue.Band)] : Array.Empty<ResultColumn>(),
        new("risk_flag", ResultValue.RiskFlag),
    ];
}
