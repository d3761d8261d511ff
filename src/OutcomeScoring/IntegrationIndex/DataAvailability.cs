namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// The data-availability threshold: a unit gets an index only when the components it has carry at least
/// <see cref="MinimumWeightShare"/> of the specification's weight and number at least <see cref="MinimumComponents"/>. Otherwise it
/// gets no index and the reason; missing components are never imputed.
/// </summary>
/// <remarks>
/// No published value exists; the defaults (half the weight, one component) are the project's, and the default profile asks for two
/// components. Sources: Nardo et al. 2008 (missing data); composite sheet. Immutable and thread-safe.
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
}
