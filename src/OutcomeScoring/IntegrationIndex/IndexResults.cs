using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>One component of one unit's result: raw value, normalised value, weight and contribution, or why it is missing.</summary>
/// <remarks>Sources: Nardo et al. 2008 ("back to the data": decomposition). Immutable and thread-safe.</remarks>
public readonly record struct ComponentResult
{
    internal ComponentResult(
        string component,
        double? value,
        double? standardError,
        long? count,
        double? normalised,
        double weight,
        double nominalWeight,
        double? contribution,
        ComponentMissingReason reason,
        string? explanation,
        double? winsorised = null)
    {
        Component = component;
        Winsorised = winsorised;
        Value = value;
        StandardError = standardError;
        Count = count;
        Normalised = normalised;
        Weight = weight;
        NominalWeight = nominalWeight;
        Contribution = contribution;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Gets the component's code.</summary>
    public string Component { get; }

    /// <summary>Gets the raw value given, or <see langword="null"/>.</summary>
    public double? Value { get; }

    /// <summary>Gets the standard error given, or <see langword="null"/>.</summary>
    public double? StandardError { get; }

    /// <summary>Gets the count (n) given, or <see langword="null"/>.</summary>
    public long? Count { get; }

    /// <summary>Gets the normalised value (0-100, or a z-score), or <see langword="null"/> when the component is missing.</summary>
    public double? Normalised { get; }

    /// <summary>Gets the component's share of the unit's index after renormalising over the components the unit has (they sum to 1; with domains, its share within its domain times the domain's share); 0 when missing.</summary>
    public double Weight { get; }

    /// <summary>Gets the component's share of the weight when every component is present (the specification's weights, normalised).</summary>
    public double NominalWeight { get; }

    /// <summary>Gets <see cref="Weight"/> x <see cref="Normalised"/> when the unit has an index, otherwise <see langword="null"/>. Under the arithmetic mean at every level the contributions sum to the index; under another mean they show the weighted values, which do not.</summary>
    public double? Contribution { get; }

    /// <summary>Gets why the component is missing (no value given, a count below the minimum, a normalisation undefined for the data), or <see cref="ComponentMissingReason.None"/>.</summary>
    public ComponentMissingReason Reason { get; }

    /// <summary>Gets why the component is missing, in plain words (for example "n = 4 is below the component's minimum count of 5"), or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>
    /// Gets the value used after winsorising (<see cref="IndexSpecification.Winsorising"/>) when the rule clamped <see cref="Value"/>,
    /// otherwise <see langword="null"/>.
    /// </summary>
    public double? Winsorised { get; }

    /// <summary>Gets whether the component is missing for this unit (it is then left out and the other weights renormalised, never imputed).</summary>
    public bool IsMissing => Reason != ComponentMissingReason.None;
}

/// <summary>One domain of one unit's result (only for a specification with a domain level).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct DomainResult
{
    internal DomainResult(string domain, double? value, double weight, DomainMissingReason reason, string? explanation)
    {
        Domain = domain;
        Value = value;
        Weight = weight;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Gets the domain's code.</summary>
    public string Domain { get; }

    /// <summary>Gets the domain's aggregate of its components' normalised values, or <see langword="null"/> when none is present.</summary>
    public double? Value { get; }

    /// <summary>Gets the domain's share of the index after renormalising over the domains present; 0 when missing.</summary>
    public double Weight { get; }

    /// <summary>Gets why the domain is missing, or <see cref="DomainMissingReason.None"/>.</summary>
    public DomainMissingReason Reason { get; }

    /// <summary>Gets why the domain is missing, in plain words, or <see langword="null"/>.</summary>
    public string? Explanation { get; }
}

/// <summary>One unit's index in one period: value and rank, or why there is none, and the per-component breakdown.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndexUnitResult
{
    internal IndexUnitResult(
        string unit,
        string? period,
        double? index,
        int? rank,
        int rankedUnits,
        int componentsUsed,
        double weightShareAvailable,
        ImmutableArray<ComponentResult> components,
        ImmutableArray<DomainResult> domains,
        NoIndexReason reason,
        string? explanation,
        IndexCoverage coverage)
    {
        Unit = unit;
        Coverage = coverage;
        Period = period;
        Index = index;
        Rank = rank;
        RankedUnits = rankedUnits;
        ComponentsUsed = componentsUsed;
        WeightShareAvailable = weightShareAvailable;
        Components = components;
        Domains = domains;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public string? Period { get; }

    /// <summary>Gets the index value (0-100 unless z-scores are used), or <see langword="null"/> (see <see cref="Reason"/>).</summary>
    public double? Index { get; }

    /// <summary>
    /// Gets the rank within the period among units with an index, 1 = highest (ties share the best rank: 1, 2, 2, 4), or
    /// <see langword="null"/>. Under <see cref="DataAvailability.IncompleteUnits"/> other than ranked-with-complete, complete units are
    /// ranked only among complete units, and an incomplete unit is ranked only among incomplete ones or not at all (see
    /// <see cref="IndexCoverage.RankingNote"/>).
    /// </summary>
    public int? Rank { get; }

    /// <summary>Gets how many units are in the ranking list the unit is ranked in (without a rank: the period's main list, of complete units unless every unit is ranked together).</summary>
    public int RankedUnits { get; }

    /// <summary>Gets how many components the index uses.</summary>
    public int ComponentsUsed { get; }

    /// <summary>Gets the share of the specification's weight the components present carry (1 when none is missing).</summary>
    public double WeightShareAvailable { get; }

    /// <summary>Gets every component of the specification, in its order, with values, weights and contributions or why it is missing.</summary>
    public ImmutableArray<ComponentResult> Components { get; }

    /// <summary>Gets every domain, in the specification's order (empty without a domain level).</summary>
    public ImmutableArray<DomainResult> Domains { get; }

    /// <summary>Gets why the unit has no index (below the data-availability threshold, or no component), or <see cref="NoIndexReason.None"/>.</summary>
    public NoIndexReason Reason { get; }

    /// <summary>Gets why the unit has no index, in plain words (for example "no component has a value"), or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>Gets the unit's coverage: k of n components, pillars and components missing, and what that meant for its rank.</summary>
    public IndexCoverage Coverage { get; }

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
