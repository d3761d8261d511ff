namespace OutcomeScoring.IntegrationIndex;

/// <summary>How normalised values are combined into one value (see <see cref="Aggregation"/>).</summary>
/// <remarks>Sources: Nardo et al. 2008 (OECD/JRC Handbook), section on weighting and aggregation; COINr a_amean, a_gmean, a_hmean, a_genmean.</remarks>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean, sum w x: fully compensatory (a low value can be made up by a high one). The default.</summary>
    Arithmetic = 1,

    /// <summary>Weighted geometric mean, prod x^w: partly compensatory. A value of 0 makes the mean 0.</summary>
    Geometric = 2,

    /// <summary>Weighted harmonic mean, 1 / sum (w / x): less compensatory still. A value of 0 makes the mean 0.</summary>
    Harmonic = 3,

    /// <summary>Weighted generalised (power) mean, (sum w x^p)^(1/p), with the exponent p given.</summary>
    Power = 4,
}
