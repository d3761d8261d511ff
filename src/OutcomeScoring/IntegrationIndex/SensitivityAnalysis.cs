using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>How much of the variance of one unit's rank one choice explains: first-order and total-effect indices with their Monte Carlo errors.</summary>
/// <remarks>
/// First order: the share of the rank's variance due to the choice alone. Total effect: the share due to the choice including its
/// interactions with the other choices; it is at least the first order (up to Monte Carlo error), and 1 - the sum of first orders is
/// the share due to interactions. Estimates are not clamped, so with few runs one can fall slightly below 0 or above 1: read them with
/// their errors. Immutable and thread-safe.
/// </remarks>
public readonly record struct ChoiceSensitivity
{
    internal ChoiceSensitivity(SensitivityChoice choice, double? firstOrder, double? totalEffect, double? firstOrderError, double? totalEffectError)
    {
        Choice = choice;
        FirstOrder = firstOrder;
        TotalEffect = totalEffect;
        FirstOrderError = firstOrderError;
        TotalEffectError = totalEffectError;
    }

    /// <summary>Gets the choice.</summary>
    public SensitivityChoice Choice { get; }

    /// <summary>Gets the first-order index (Saltelli 2010 estimator), or <see langword="null"/> when the rank does not vary.</summary>
    public double? FirstOrder { get; }

    /// <summary>Gets the total-effect index (Jansen 1999 estimator), or <see langword="null"/> when the rank does not vary.</summary>
    public double? TotalEffect { get; }

    /// <summary>Gets the Monte Carlo standard error of <see cref="FirstOrder"/>, or <see langword="null"/>.</summary>
    public double? FirstOrderError { get; }

    /// <summary>Gets the Monte Carlo standard error of <see cref="TotalEffect"/>, or <see langword="null"/>.</summary>
    public double? TotalEffectError { get; }
}

/// <summary>The sensitivity of one unit's rank to each choice.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitSensitivity
{
    internal UnitSensitivity(string unit, string? period, int? nominalRank, double? rankVariance, ImmutableArray<ChoiceSensitivity> choices, string? explanation)
    {
        Unit = unit;
        Period = period;
        NominalRank = nominalRank;
        RankVariance = rankVariance;
        Choices = choices;
        Explanation = explanation;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public string? Period { get; }

    /// <summary>Gets the rank with the specification as given, or <see langword="null"/> when the unit is not ranked (it then gets no indices).</summary>
    public int? NominalRank { get; }

    /// <summary>Gets the variance of the unit's rank over the runs, or <see langword="null"/> when the unit is not ranked.</summary>
    public double? RankVariance { get; }

    /// <summary>Gets one entry per choice analysed, in the order of <see cref="SensitivityAnalysis.Choices"/>.</summary>
    public ImmutableArray<ChoiceSensitivity> Choices { get; }

    /// <summary>Gets why the unit has no indices, in plain words (not ranked, or a rank that never varies), or <see langword="null"/>.</summary>
    public string? Explanation { get; }
}

/// <summary>
/// Variance-based sensitivity of every unit's rank to each uncertain choice (weights, normalisation, aggregation, availability
/// threshold): first-order and total-effect indices per unit and choice, and their means over the units whose rank varies. From
/// <see cref="CompositeIndex.Sensitivity"/>.
/// </summary>
/// <remarks>
/// A unit ranked in the nominal ranking that loses its index in a run (a stricter threshold) takes the rank after the last unit ranked in
/// its list in that run, so that dropping out counts as falling to the bottom. Sources: composite sheet; Saltelli et al. 2010; Jansen
/// 1999; Saisana, Saltelli &amp; Tarantola 2005 (JRSS A 168:307-323); COINr get_sensitivity. Immutable and thread-safe.
/// </remarks>
public sealed class SensitivityAnalysis
{
    internal SensitivityAnalysis(IndexSpecification specification, SensitivityOptions options, ImmutableArray<SensitivityChoice> choices, int runs, ImmutableArray<UnitSensitivity> units, ImmutableArray<ChoiceSensitivity> means)
    {
        Specification = specification;
        Options = options;
        Choices = choices;
        Runs = runs;
        Units = units;
        Means = means;
    }

    /// <summary>Gets the specification.</summary>
    public IndexSpecification Specification { get; }

    /// <summary>Gets the specification's version.</summary>
    public string Version => Specification.Version;

    /// <summary>Gets the settings, seed included.</summary>
    public SensitivityOptions Options { get; }

    /// <summary>Gets the choices analysed (those that vary), in the order weights, normalisation, aggregation, availability threshold.</summary>
    public ImmutableArray<SensitivityChoice> Choices { get; }

    /// <summary>Gets how many times the index was computed: N x (d + 2).</summary>
    public int Runs { get; }

    /// <summary>Gets one entry per unit and period, in the order of <see cref="IndexResult.Units"/>.</summary>
    public ImmutableArray<UnitSensitivity> Units { get; }

    /// <summary>Gets, per choice, the mean of each index over the units with indices (errors: the mean of the units' errors, since the units share their runs).</summary>
    public ImmutableArray<ChoiceSensitivity> Means { get; }
}
