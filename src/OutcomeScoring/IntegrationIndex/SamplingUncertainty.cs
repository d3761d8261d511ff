using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>Settings of the sampling bootstrap (<see cref="CompositeIndex.SamplingUncertainty"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SamplingOptions
{
    /// <summary>The default number of draws.</summary>
    public const int DefaultDraws = 1000;

    /// <summary>The fewest draws allowed.</summary>
    public const int MinimumDraws = 100;

    /// <summary>The most draws allowed.</summary>
    public const int MaximumDraws = 1_000_000;

    /// <summary>Gets the seed of the random source (System.Random): the same data, specification and seed give the same intervals.</summary>
    public required int Seed { get; init; }

    /// <summary>Gets how many bootstrap draws (100 to 1,000,000; default 1000).</summary>
    public int Draws { get; init; } = DefaultDraws;

    /// <summary>Gets the confidence level of the intervals, strictly between 0 and 1 (default 0.95: the 2.5th to 97.5th percentiles).</summary>
    public double Confidence { get; init; } = 0.95;
}

/// <summary>One unit's sampling interval: the index and rank with their percentile intervals over the bootstrap draws.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct UnitSamplingInterval
{
    internal UnitSamplingInterval(
        string unit,
        string? period,
        double? index,
        double? indexLower,
        double? indexUpper,
        int? rank,
        int? rankLower,
        int? rankUpper,
        int componentsHeldFixed)
    {
        Unit = unit;
        Period = period;
        Index = index;
        IndexLower = indexLower;
        IndexUpper = indexUpper;
        Rank = rank;
        RankLower = rankLower;
        RankUpper = rankUpper;
        ComponentsHeldFixed = componentsHeldFixed;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public string? Period { get; }

    /// <summary>Gets the index (as <see cref="CompositeIndex.Compute"/> gives it), or <see langword="null"/>.</summary>
    public double? Index { get; }

    /// <summary>Gets the lower percentile of the index over the draws (type 7), or <see langword="null"/>.</summary>
    public double? IndexLower { get; }

    /// <summary>Gets the upper percentile of the index over the draws, or <see langword="null"/>.</summary>
    public double? IndexUpper { get; }

    /// <summary>Gets the rank, or <see langword="null"/>.</summary>
    public int? Rank { get; }

    /// <summary>Gets the best rank in the interval (the lower percentile of the ranks over the draws; an observed rank), or <see langword="null"/>.</summary>
    public int? RankLower { get; }

    /// <summary>Gets the worst rank in the interval (the upper percentile), or <see langword="null"/>.</summary>
    public int? RankUpper { get; }

    /// <summary>Gets how many of the unit's components had no standard error (or 0), so were held at their value in every draw.</summary>
    public int ComponentsHeldFixed { get; }
}

/// <summary>
/// Sampling uncertainty by parametric bootstrap: each draw replaces every value that has a standard error by value + SE x Z (Z standard
/// normal), normalises (sample-dependent methods are recomputed on the draw), aggregates and ranks again. The interval of each unit's
/// index and rank are percentiles over the draws.
/// </summary>
/// <remarks>Sources: composite sheet ("Uncertainty and sensitivity: sampling"); Nardo et al. 2008. Immutable and thread-safe.</remarks>
public sealed class SamplingUncertainty
{
    internal SamplingUncertainty(IndexSpecification specification, SamplingOptions options, ImmutableArray<UnitSamplingInterval> units)
    {
        Specification = specification;
        Options = options;
        Units = units;
    }

    /// <summary>Gets the specification.</summary>
    public IndexSpecification Specification { get; }

    /// <summary>Gets the specification's version.</summary>
    public string Version => Specification.Version;

    /// <summary>Gets the seed, number of draws and confidence level.</summary>
    public SamplingOptions Options { get; }

    /// <summary>Gets one interval per unit and period, in the order of <see cref="IndexResult.Units"/>.</summary>
    public ImmutableArray<UnitSamplingInterval> Units { get; }
}
