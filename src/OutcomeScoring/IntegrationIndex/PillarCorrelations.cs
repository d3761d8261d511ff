using System.Collections.Immutable;
using OutcomeScoring.Change;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// The multivariate check of one pillar (domain), or of every component when there are no domains: the Pearson correlation of each
/// pair of its components' normalised values over the units and periods that have both, and Cronbach's alpha of its components over the
/// units and periods that have them all.
/// </summary>
/// <remarks>
/// Values are normalised and oriented (higher is better) first, so a positive correlation means the two components agree. The Handbook
/// asks for this check before aggregating: components of one pillar that do not correlate, or correlate negatively, measure different
/// things, and a high alpha says the pillar is internally consistent (Nardo et al. 2008, step 4). Correlations are MathNet's
/// (Correlation.Pearson); alpha is <see cref="Reliability.CronbachAlpha"/> with its Feldt interval. Immutable and thread-safe.
/// </remarks>
public sealed class PillarCorrelations
{
    internal PillarCorrelations(string? domain, ImmutableArray<string> components, ImmutableArray<double?> correlations, ImmutableArray<int> pairs, CronbachAlphaResult alpha)
    {
        Domain = domain;
        Components = components;
        Correlations = correlations;
        Pairs = pairs;
        Alpha = alpha;
    }

    /// <summary>Gets the pillar's code, or <see langword="null"/> for every component of a specification without domains.</summary>
    public string? Domain { get; }

    /// <summary>Gets the pillar's component codes, in the specification's order.</summary>
    public ImmutableArray<string> Components { get; }

    /// <summary>
    /// Gets the correlation matrix, row-major (k x k, 1 on the diagonal): <see langword="null"/> where fewer than 3 units and periods have
    /// both values or one of them does not vary.
    /// </summary>
    public ImmutableArray<double?> Correlations { get; }

    /// <summary>Gets how many units and periods have both values, for each pair (row-major, k x k).</summary>
    public ImmutableArray<int> Pairs { get; }

    /// <summary>Gets Cronbach's alpha of the pillar's components over the units and periods with all of them (undefined, with the reason, for one component).</summary>
    public CronbachAlphaResult Alpha { get; }

    /// <summary>Gets the correlation of two of the pillar's components, or <see langword="null"/>.</summary>
    /// <param name="first">A component code.</param>
    /// <param name="second">Another component code.</param>
    /// <returns>The correlation, or <see langword="null"/> when it is undefined.</returns>
    /// <exception cref="ArgumentException">A code is not one of the pillar's components.</exception>
    public double? Correlation(string first, string second) => Correlations[(Position(first) * Components.Length) + Position(second)];

    private int Position(string code) =>
        Components.IndexOf(code) is int i and >= 0 ? i : throw new ArgumentException($"'{code}' is not a component of this pillar ({string.Join(", ", Components)}).", nameof(code));
}

/// <summary>
/// The multivariate check before aggregating: per pillar (domain), component correlations and Cronbach's alpha. From
/// <see cref="CompositeIndex.Correlations"/>.
/// </summary>
/// <remarks>Sources: Nardo et al. 2008 (multivariate analysis); composite sheet. Immutable and thread-safe.</remarks>
public sealed class MultivariateCheck
{
    internal MultivariateCheck(IndexSpecification specification, ImmutableArray<PillarCorrelations> pillars)
    {
        Specification = specification;
        Pillars = pillars;
    }

    /// <summary>Gets the specification.</summary>
    public IndexSpecification Specification { get; }

    /// <summary>Gets one entry per pillar in the specification's order (one entry for all components without domains).</summary>
    public ImmutableArray<PillarCorrelations> Pillars { get; }
}
