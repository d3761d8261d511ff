namespace OutcomeScoring.IntegrationIndex;

/// <summary>Source citations for the integration index.</summary>
internal static class IndexSources
{
    public const string Handbook = "Nardo et al. 2008, OECD/JRC Handbook on Constructing Composite Indicators: Methodology and User Guide";

    public const string Coinr = "COINr (JRC, MIT): n_goalposts, n_minmax, n_zscore, n_rank, n_dist2targ, a_amean, a_gmean, a_hmean, get_noisy_weights, get_sensitivity";

    public const string LongTermPlan = "NHS Long Term Plan 2019 (an integration index from the point of view of patients, carers and the public; none was published)";
}
