namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// A domain (pillar) of an index with a domain level (components -&gt; domains -&gt; index), for example "care planning" from the National
/// Voices / TLAP narrative for person-centred coordinated care, or a whose-view pillar such as "carers" in <see cref="IntegrationProfileV2"/>.
/// </summary>
/// <param name="Code">The code components use in <see cref="IndexComponent.Domain"/>; same rules as component codes.</param>
/// <param name="Name">A plain-words name.</param>
/// <remarks>Immutable and thread-safe; checked by <see cref="IndexSpecification.Validate"/>. Every domain must have at least one component.</remarks>
public sealed record IndexDomain(string Code, string Name)
{
    /// <summary>Gets the domain's weight in the index, finite and above 0 (default 1: equal weights).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Gets whose view the pillar gives, or <see langword="null"/> (the default) when untagged.</summary>
    public Perspective? Perspective { get; init; }
}
