using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>Settings of the Monte Carlo over method choices (<see cref="CompositeIndex.MethodUncertainty"/>).</summary>
/// <remarks>
/// At least one thing must vary (a noise factor above 0, or alternatives), or the analysis would do nothing and is rejected. Sources:
/// composite sheet; COINr get_noisy_weights and get_sensitivity (uncertainty analysis). Immutable and thread-safe.
/// </remarks>
public sealed record MethodUncertaintyOptions
{
    /// <summary>The default number of runs.</summary>
    public const int DefaultRuns = 1000;

    /// <summary>The fewest runs allowed.</summary>
    public const int MinimumRuns = 100;

    /// <summary>The most runs allowed.</summary>
    public const int MaximumRuns = 1_000_000;

    /// <summary>The default weight noise factor (0.25, as COINr's examples: each weight varies by up to 25% either way).</summary>
    public const double DefaultNoiseFactor = 0.25;

    /// <summary>Gets the seed of the random source (System.Random): the same data, specification and options give the same runs.</summary>
    public required int Seed { get; init; }

    /// <summary>Gets how many runs (100 to 1,000,000; default 1000).</summary>
    public int Runs { get; init; } = DefaultRuns;

    /// <summary>
    /// Gets the weight noise factor f, 0 to less than 1 (default 0.25, as COINr's examples): each run multiplies every component and
    /// domain weight by 1 + f x U, U uniform on -1 to 1.
    /// </summary>
    public double NoiseFactor { get; init; } = DefaultNoiseFactor;

    /// <summary>
    /// Gets the normalisation alternatives; each run applies one, drawn with equal chance, to every component. Empty (the default)
    /// keeps each component's own. <see cref="NormalisationMethod.Goalposts"/> and <see cref="NormalisationMethod.DistanceToTarget"/>
    /// use each component's own goalposts or target, so every component must have them.
    /// </summary>
    public ImmutableArray<NormalisationMethod> Normalisations { get; init; } = [];

    /// <summary>
    /// Gets the aggregation alternatives; each run applies one, drawn with equal chance, at every level. Empty (the default) keeps the
    /// specification's. Z-scores combine only with the arithmetic mean.
    /// </summary>
    public ImmutableArray<Aggregation> Aggregations { get; init; } = [];

    /// <summary>Gets the coverage of the rank interval, strictly between 0 and 1 (default 0.90: the 5th to 95th percentiles).</summary>
    public double Coverage { get; init; } = 0.90;
}

/// <summary>The parameters of one Monte Carlo run, so that it can be inspected and reproduced (<see cref="ApplyTo"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MethodRun
{
    internal MethodRun(
        int run,
        ImmutableArray<double> componentWeights,
        ImmutableArray<double> domainWeights,
        NormalisationMethod? normalisation,
        Aggregation? aggregation)
    {
        Run = run;
        ComponentWeights = componentWeights;
        DomainWeights = domainWeights;
        Normalisation = normalisation;
        Aggregation = aggregation;
    }

    /// <summary>Gets the run's number, from 0.</summary>
    public int Run { get; }

    /// <summary>Gets the component weights used, in the specification's order.</summary>
    public ImmutableArray<double> ComponentWeights { get; }

    /// <summary>Gets the domain weights used (empty without a domain level).</summary>
    public ImmutableArray<double> DomainWeights { get; }

    /// <summary>Gets the normalisation applied to every component, or <see langword="null"/> when each kept its own.</summary>
    public NormalisationMethod? Normalisation { get; }

    /// <summary>Gets the aggregation used at every level, or <see langword="null"/> when the specification's was kept.</summary>
    public Aggregation? Aggregation { get; }

    /// <summary>
    /// The specification this run used: the nominal one with the run's weights, normalisation and aggregation. Computing it with
    /// <see cref="CompositeIndex.Compute"/> gives the run's ranking (for units whose availability does not depend on the weights).
    /// </summary>
    /// <param name="nominal">The specification the analysis was run on.</param>
    /// <returns>The run's specification, with version "<c>{version}+run{Run}</c>".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nominal"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The run does not belong to <paramref name="nominal"/> (a different number of components or domains).</exception>
    public IndexSpecification ApplyTo(IndexSpecification nominal)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        if (nominal.Components.Length != ComponentWeights.Length || (nominal.HasDomains ? nominal.Domains.Length : 0) != DomainWeights.Length)
        {
            throw new ArgumentException("This run belongs to a specification with a different number of components or domains.", nameof(nominal));
        }

        ImmutableArray<IndexComponent> components = [.. nominal.Components.Select((c, j) => c with
        {
            Weight = ComponentWeights[j],
            Normalisation = Normalisation is { } method && method != c.Normalisation.Method ? IntegrationIndex.Normalisation.Of(method) : c.Normalisation,
        })];
        return nominal with
        {
            Version = string.Create(CultureInfo.InvariantCulture, $"{nominal.Version}+run{Run}"),
            Components = components,
            Domains = nominal.HasDomains ? [.. nominal.Domains.Select((d, k) => d with { Weight = DomainWeights[k] })] : nominal.Domains,
            Aggregation = Aggregation ?? nominal.Aggregation,
            DomainAggregation = nominal.HasDomains && Aggregation is not null ? Aggregation : nominal.DomainAggregation,
        };
    }
}

/// <summary>How stable one unit's rank is across the method runs.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct UnitRankStability
{
    internal UnitRankStability(
        string unit,
        string? period,
        int? nominalRank,
        double? medianRank,
        int? rankLower,
        int? rankUpper,
        double? meanAbsoluteRankShift)
    {
        Unit = unit;
        Period = period;
        NominalRank = nominalRank;
        MedianRank = medianRank;
        RankLower = rankLower;
        RankUpper = rankUpper;
        MeanAbsoluteRankShift = meanAbsoluteRankShift;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public string? Period { get; }

    /// <summary>Gets the rank with the specification as given, or <see langword="null"/> without an index.</summary>
    public int? NominalRank { get; }

    /// <summary>Gets the median rank over the runs (type 7, so it may end in .5), or <see langword="null"/>.</summary>
    public double? MedianRank { get; }

    /// <summary>Gets the lower percentile of the ranks (default the 5th; an observed rank), or <see langword="null"/>.</summary>
    public int? RankLower { get; }

    /// <summary>Gets the upper percentile of the ranks (default the 95th), or <see langword="null"/>.</summary>
    public int? RankUpper { get; }

    /// <summary>Gets the mean over the runs of |run rank - nominal rank|, or <see langword="null"/>.</summary>
    public double? MeanAbsoluteRankShift { get; }
}

/// <summary>
/// Method uncertainty: the index recomputed over many runs, each with perturbed weights and, optionally, another normalisation and
/// aggregation; for each unit the nominal rank, median rank, percentile rank interval and mean absolute rank shift. Every run's
/// parameters are kept (<see cref="Runs"/>) and its ranks can be read (<see cref="RankIn"/>).
/// </summary>
/// <remarks>
/// Which units get an index is decided once, with the nominal weights, so every run ranks the same units. Sources: composite sheet;
/// Saisana, Saltelli &amp; Tarantola 2005 (JRSS A 168:307-323); COINr get_sensitivity (uncertainty analysis). Immutable and thread-safe.
/// </remarks>
public sealed class MethodUncertainty
{
    private readonly int[] _ranks;

    internal MethodUncertainty(
        IndexSpecification specification,
        MethodUncertaintyOptions options,
        ImmutableArray<MethodRun> runs,
        ImmutableArray<UnitRankStability> units,
        double? meanAbsoluteRankShift,
        int[] ranks)
    {
        Specification = specification;
        Options = options;
        Runs = runs;
        Units = units;
        MeanAbsoluteRankShift = meanAbsoluteRankShift;
        _ranks = ranks;
    }

    /// <summary>Gets the specification.</summary>
    public IndexSpecification Specification { get; }

    /// <summary>Gets the specification's version.</summary>
    public string Version => Specification.Version;

    /// <summary>Gets the settings.</summary>
    public MethodUncertaintyOptions Options { get; }

    /// <summary>Gets every run's parameters, in order.</summary>
    public ImmutableArray<MethodRun> Runs { get; }

    /// <summary>Gets one entry per unit and period, in the order of <see cref="IndexResult.Units"/>.</summary>
    public ImmutableArray<UnitRankStability> Units { get; }

    /// <summary>Gets the mean absolute rank shift over all units with an index and all runs, or <see langword="null"/> when no unit has one.</summary>
    public double? MeanAbsoluteRankShift { get; }

    /// <summary>Gets a unit's rank in one run.</summary>
    /// <param name="run">The run, from 0.</param>
    /// <param name="unit">The unit's position in <see cref="Units"/>.</param>
    /// <returns>The rank, or <see langword="null"/> when the unit has no index in that run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public int? RankIn(int run, int unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(unit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, Units.Length);
        int rank = _ranks[(run * Units.Length) + unit];
        return rank == 0 ? null : rank;
    }
}

/// <summary>What leaving one component out does to the ranking.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComponentInfluence
{
    internal ComponentInfluence(string component, double? meanAbsoluteRankShift, int unitsCompared, ImmutableArray<int?> rankShifts)
    {
        Component = component;
        MeanAbsoluteRankShift = meanAbsoluteRankShift;
        UnitsCompared = unitsCompared;
        RankShifts = rankShifts;
    }

    /// <summary>Gets the component left out.</summary>
    public string Component { get; }

    /// <summary>Gets the mean |rank without it - nominal rank| over the units ranked both ways, or <see langword="null"/> when none is.</summary>
    public double? MeanAbsoluteRankShift { get; }

    /// <summary>Gets how many units were ranked both ways.</summary>
    public int UnitsCompared { get; }

    /// <summary>Gets per unit (the order of <see cref="IndexResult.Units"/>), rank without the component minus the nominal rank (positive = a worse rank), or <see langword="null"/>.</summary>
    public ImmutableArray<int?> RankShifts { get; }
}

/// <summary>
/// Leave one component out: for each component, the ranking recomputed without it (its weight renormalised away; a domain left with
/// no component drops out) and the rank shifts against the nominal ranking. The same units are ranked as in the nominal ranking.
/// </summary>
/// <remarks>Sources: composite sheet ("leave one indicator out"); Nardo et al. 2008. Immutable and thread-safe.</remarks>
public sealed class LeaveOneOut
{
    internal LeaveOneOut(IndexSpecification specification, ImmutableArray<ComponentInfluence> components)
    {
        Specification = specification;
        Components = components;
    }

    /// <summary>Gets the specification.</summary>
    public IndexSpecification Specification { get; }

    /// <summary>Gets the specification's version.</summary>
    public string Version => Specification.Version;

    /// <summary>Gets one entry per component, in the specification's order.</summary>
    public ImmutableArray<ComponentInfluence> Components { get; }
}
