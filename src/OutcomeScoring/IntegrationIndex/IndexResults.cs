using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>One component of one unit's result: raw value, normalised value, weight and contribution, or why it is missing.</summary>
/// <param name="Component">The component's code.</param>
/// <param name="Value">The raw value given, or <see langword="null"/>.</param>
/// <param name="StandardError">The standard error given, or <see langword="null"/>.</param>
/// <param name="Count">The count (n) given, or <see langword="null"/>.</param>
/// <param name="Normalised">The normalised value (0-100, or a z-score), or <see langword="null"/> when the component is missing.</param>
/// <param name="Weight">
/// The component's share of the unit's index after renormalising over the components the unit has (they sum to 1; with domains, its
/// share within its domain times the domain's share); 0 when missing.
/// </param>
/// <param name="NominalWeight">The component's share of the weight when every component is present (the specification's weights, normalised).</param>
/// <param name="Contribution">
/// <paramref name="Weight"/> x <paramref name="Normalised"/> when the unit has an index, otherwise <see langword="null"/>. Under the
/// arithmetic mean at every level the contributions sum to the index; under another mean they show the weighted values, which do not.
/// </param>
/// <param name="Reason">Why the component is missing (no value given, a count below the minimum, a normalisation undefined for the data), or <see cref="ComponentMissingReason.None"/>.</param>
/// <param name="Explanation">Why the component is missing, in plain words (for example "n = 4 is below the component's minimum count of 5"), or <see langword="null"/>.</param>
/// <remarks>Sources: Nardo et al. 2008 ("back to the data": decomposition). Immutable and thread-safe.</remarks>
public readonly record struct ComponentResult(
    string Component,
    double? Value,
    double? StandardError,
    long? Count,
    double? Normalised,
    double Weight,
    double NominalWeight,
    double? Contribution,
    ComponentMissingReason Reason,
    string? Explanation)
{
    /// <summary>Gets whether the component is missing for this unit (it is then left out and the other weights renormalised, never imputed).</summary>
    public bool IsMissing => Reason != ComponentMissingReason.None;
}

/// <summary>One domain of one unit's result (only for a specification with a domain level).</summary>
/// <param name="Domain">The domain's code.</param>
/// <param name="Value">The domain's aggregate of its components' normalised values, or <see langword="null"/> when none is present.</param>
/// <param name="Weight">The domain's share of the index after renormalising over the domains present; 0 when missing.</param>
/// <param name="Reason">Why the domain is missing, or <see cref="DomainMissingReason.None"/>.</param>
/// <param name="Explanation">Why the domain is missing, in plain words, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct DomainResult(string Domain, double? Value, double Weight, DomainMissingReason Reason, string? Explanation);

/// <summary>One unit's index in one period: value and rank, or why there is none, and the per-component breakdown.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Period">The period, or <see langword="null"/>.</param>
/// <param name="Index">The index value (0-100 unless z-scores are used), or <see langword="null"/> (see <paramref name="Reason"/>).</param>
/// <param name="Rank">The rank within the period among units with an index, 1 = highest (ties share the best rank: 1, 2, 2, 4), or <see langword="null"/>.</param>
/// <param name="RankedUnits">How many units of the period have an index (and a rank).</param>
/// <param name="ComponentsUsed">How many components the index uses.</param>
/// <param name="WeightShareAvailable">The share of the specification's weight the components present carry (1 when none is missing).</param>
/// <param name="Components">Every component of the specification, in its order, with values, weights and contributions or why it is missing.</param>
/// <param name="Domains">Every domain, in the specification's order (empty without a domain level).</param>
/// <param name="Reason">Why the unit has no index (below the data-availability threshold, or no component), or <see cref="NoIndexReason.None"/>.</param>
/// <param name="Explanation">Why the unit has no index, in plain words (for example "no component has a value"), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndexUnitResult(
    string Unit,
    string? Period,
    double? Index,
    int? Rank,
    int RankedUnits,
    int ComponentsUsed,
    double WeightShareAvailable,
    ImmutableArray<ComponentResult> Components,
    ImmutableArray<DomainResult> Domains,
    NoIndexReason Reason,
    string? Explanation)
{
    /// <summary>Gets whether the unit has an index.</summary>
    public bool HasIndex => Index is not null;

    /// <summary>Gets the components that are missing for this unit.</summary>
    public IEnumerable<ComponentResult> MissingComponents => Components.Where(c => c.IsMissing);
}

/// <summary>
/// The index for every unit and period: values, ranks and the per-component breakdown, with the specification (and so its version)
/// that produced them. From <see cref="CompositeIndex.Compute"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndexResult
{
    internal IndexResult(IndexSpecification specification, ImmutableArray<IndexUnitResult> units)
    {
        Specification = specification;
        Units = units;
    }

    /// <summary>Gets the specification the index was computed with.</summary>
    public IndexSpecification Specification { get; }

    /// <summary>Gets the specification's version.</summary>
    public string Version => Specification.Version;

    /// <summary>Gets one result per unit and period, in order of their first value in the input.</summary>
    public ImmutableArray<IndexUnitResult> Units { get; }

    /// <summary>Gets whether contributions sum to the index (the arithmetic mean at every level).</summary>
    public bool IsAdditive => Specification.IsAdditive;

    /// <summary>Gets the result for a unit and period, or <see langword="null"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period, or <see langword="null"/> for data without periods.</param>
    /// <returns>The unit's result, or <see langword="null"/>.</returns>
    public IndexUnitResult? Find(string unit, string? period = null) =>
        Units.FirstOrDefault(u => u.Unit == unit && u.Period == period);
}
