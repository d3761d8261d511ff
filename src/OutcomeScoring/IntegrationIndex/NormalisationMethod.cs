namespace OutcomeScoring.IntegrationIndex;

/// <summary>How a component's raw values are brought onto a common scale before aggregation (see <see cref="Normalisation"/>).</summary>
/// <remarks>Sources: Nardo et al. 2008 (OECD/JRC Handbook), section on normalisation; COINr normalisation functions.</remarks>
public enum NormalisationMethod
{
    /// <summary>
    /// Fixed goalposts: 100 x (x - lower) / (upper - lower), truncated to 0-100 (reversed for lower-is-better components). Does not
    /// depend on the other units or periods, so it is stable over time and samples: the default for instrument scales and proportions.
    /// </summary>
    Goalposts = 1,

    /// <summary>Min-max over every unit and period in the data: 100 x (x - min) / (max - min). Sample-dependent.</summary>
    MinMax = 2,

    /// <summary>Standard score over every unit and period in the data: (x - mean) / SD (SD with n - 1). Sample-dependent; arithmetic mean only.</summary>
    ZScore = 3,

    /// <summary>
    /// Percentile rank over every unit and period in the data: 100 x (r - 1) / (m - 1), with r the mid-rank (ties share the average
    /// rank) among the m values. Sample-dependent; uses only the order of the values.
    /// </summary>
    PercentileRank = 4,

    /// <summary>
    /// Distance to a target (COINr n_dist2targ, capped): 100 x (x - worst) / (target - worst), with worst the worst value in the data,
    /// and 100 for every value at or beyond the target.
    /// </summary>
    DistanceToTarget = 5,
}
