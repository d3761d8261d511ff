using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>Settings of the variance-based sensitivity analysis (<see cref="CompositeIndex.Sensitivity"/>).</summary>
/// <remarks>
/// Each choice takes part only when it varies: weights when <see cref="NoiseFactor"/> is above 0, the others when two or more alternatives
/// are given. A list of one alternative, or nothing varying at all, is rejected (settings that do nothing fail loudly). Sources:
/// composite sheet ("variance-based (Sobol) indices with N(d+2) runs"); Saltelli et al. 2010; COINr get_sensitivity (SA_type "SA").
/// Immutable and thread-safe.
/// </remarks>
public sealed record SensitivityOptions
{
    /// <summary>The default N (rows of each base matrix).</summary>
    public const int DefaultBaseSamples = 1000;

    /// <summary>The smallest N allowed.</summary>
    public const int MinimumBaseSamples = 100;

    /// <summary>The largest N allowed.</summary>
    public const int MaximumBaseSamples = 100_000;

    /// <summary>Gets the seed of the random source (System.Random): the same data, specification and options give the same indices.</summary>
    public required int Seed { get; init; }

    /// <summary>Gets N, the rows of each base matrix (100 to 100,000; default 1000). The analysis runs the index N x (d + 2) times for d choices.</summary>
    public int BaseSamples { get; init; } = DefaultBaseSamples;

    /// <summary>
    /// Gets the weight noise factor f, 0 to less than 1 (default 0.25, as <see cref="MethodUncertaintyOptions.DefaultNoiseFactor"/>): each
    /// run multiplies every component and domain weight by 1 + f x U, U uniform on -1 to 1. 0 leaves the weights out of the analysis.
    /// </summary>
    public double NoiseFactor { get; init; } = MethodUncertaintyOptions.DefaultNoiseFactor;

    /// <summary>
    /// Gets the normalisation alternatives (none, or at least two); each run applies one, drawn with equal chance, to every component. As
    /// for <see cref="MethodUncertaintyOptions.Normalisations"/>, goalposts and distance to target need every component's own.
    /// </summary>
    public ImmutableArray<NormalisationMethod> Normalisations { get; init; } = [];

    /// <summary>Gets the aggregation alternatives (none, or at least two); each run applies one, drawn with equal chance, at every level.</summary>
    public ImmutableArray<Aggregation> Aggregations { get; init; } = [];

    /// <summary>
    /// Gets the availability-threshold alternatives (none, or at least two minimum weight shares above 0 and at most 1); each run applies
    /// one, drawn with equal chance. The other parts of the rule (minimum components, required pillars) stay as specified.
    /// </summary>
    public ImmutableArray<double> WeightShares { get; init; } = [];
}
