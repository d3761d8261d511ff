using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// The data-availability threshold: a unit gets an index only when the components it has carry at least
/// <see cref="MinimumWeightShare"/> of the specification's weight and number at least <see cref="MinimumComponents"/>. Otherwise it
/// gets no index and the reason; missing components are never imputed. With a domain (pillar) level, <see cref="RequiredDomains"/>
/// names the pillars a unit must have. <see cref="IncompleteUnits"/> says whether units below full coverage are ranked with complete
/// ones.
/// </summary>
/// <remarks>
/// No published value exists; the defaults (half the weight, one component) are the project's, and the default profile asks for two
/// components, profile 2.0 names its two patient pillars. Two thresholds are equal when every setting is equal (required pillars compared
/// ignoring case and order). Sources: Nardo et al. 2008 (missing data); composite sheet. Immutable and thread-safe.
/// </remarks>
public sealed record DataAvailability
{
    /// <summary>Gets the default threshold: half the weight, at least one component.</summary>
    public static DataAvailability Default { get; } = new();

    /// <summary>
    /// Gets the smallest share (above 0, at most 1) of the total weight that a unit's components must carry (default 0.5). With a domain
    /// level, a component's share is its share within its domain times its domain's share.
    /// </summary>
    public double MinimumWeightShare { get; init; } = 0.5;

    /// <summary>Gets the smallest number of components a unit must have (at least 1, at most the number of components; default 1).</summary>
    public int MinimumComponents { get; init; } = 1;

    /// <summary>
    /// Gets the codes of the domains (pillars) a unit must have, each with at least one component present, to get an index (empty, the
    /// default, for none). Only with a domain level; every code must be one of the specification's domains.
    /// </summary>
    public ImmutableArray<string> RequiredDomains { get; init; } = [];

    /// <summary>
    /// Gets how units with an index but without every component are ranked (default <see cref="IncompleteRanking.RankedWithComplete"/>,
    /// as profile 1.0; profile 2.0 uses <see cref="IncompleteRanking.NotRanked"/>).
    /// </summary>
    public IncompleteRanking IncompleteUnits { get; init; }

    /// <inheritdoc/>
    public bool Equals(DataAvailability? other) =>
        other is not null
        && MinimumWeightShare.Equals(other.MinimumWeightShare)
        && MinimumComponents == other.MinimumComponents
        && IncompleteUnits == other.IncompleteUnits
        && Required.SetEquals(other.Required);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MinimumWeightShare, MinimumComponents, IncompleteUnits, Required.Count);

    private HashSet<string> Required => new(RequiredDomains.IsDefault ? [] : RequiredDomains, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The rule: whether a unit with <paramref name="count"/> components present, carrying <paramref name="share"/> of the
    /// weight, gets an index, and if not why (a code and a sentence).
    /// </summary>
    /// <param name="count">How many components the unit has.</param>
    /// <param name="share">The share of the weight they carry.</param>
    /// <param name="reason">The sentence, when the unit gets no index.</param>
    /// <param name="presentCodes">The codes of the components present, for the sentence.</param>
    /// <returns><see cref="NoIndexReason.None"/> when the unit gets an index.</returns>
    internal NoIndexReason Check(int count, double share, out string? reason, Func<string> presentCodes)
    {
        if (count == 0)
        {
            reason = "no component has a value";
            return NoIndexReason.NoComponentPresent;
        }

        if (count < MinimumComponents)
        {
            reason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {Internal.Display.Plural("component", count)} ({presentCodes()}) present; the specification needs at least {MinimumComponents}");
            return NoIndexReason.TooFewComponents;
        }

        // A share computed from weights that add up to the threshold exactly may fall short of it by rounding.
        if (share < MinimumWeightShare - 1e-12)
        {
            reason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the components present ({presentCodes()}) carry {share:0.###} of the weight; the specification needs at least {MinimumWeightShare:0.###}");
            return NoIndexReason.TooLittleWeight;
        }

        reason = null;
        return NoIndexReason.None;
    }
}
