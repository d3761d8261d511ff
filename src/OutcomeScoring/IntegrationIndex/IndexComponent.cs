namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// One component of an index: a measure per unit (for example the share of episodes with reliable improvement), with its code,
/// name, direction, weight and normalisation, and optionally its domain and the smallest count a value needs.
/// </summary>
/// <param name="Code">
/// The code that input values use: letters, digits, '_', '-' or '.', unique in the specification (ignoring case), for example
/// <c>outcomes</c>.
/// </param>
/// <param name="Name">A plain-words name, for example "Reliable improvement (CORE-10 / YP-CORE)".</param>
/// <param name="Direction">Which way is better; must be given (<see cref="IndexDirection.HigherIsBetter"/> or <see cref="IndexDirection.LowerIsBetter"/>).</param>
/// <param name="Normalisation">How raw values are normalised (goalposts with the natural range, in the default profile).</param>
/// <remarks>
/// <para>
/// <see cref="Weight"/> is a trade-off (how many points of one component make up for a point of another under the arithmetic mean),
/// not a statement of importance (Nardo et al. 2008). Weights are relative: they are renormalised to sum to 1 over the components a
/// unit has. Immutable and thread-safe; checked by <see cref="IndexSpecification.Validate"/>.
/// </para>
/// </remarks>
public sealed record IndexComponent(string Code, string Name, IndexDirection Direction, Normalisation Normalisation)
{
    /// <summary>Gets the weight, finite and above 0 (default 1: equal weights, the Handbook's default).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>
    /// Gets the code of the component's domain, or <see langword="null"/> (the default) when the specification has no domain level.
    /// With domains, every component needs one.
    /// </summary>
    public string? Domain { get; init; }

    /// <summary>
    /// Gets the smallest count (n) a value needs to be used, or <see langword="null"/> (the default) for no minimum. A value with a
    /// smaller n, or with no n, counts as missing for this component, with the reason.
    /// </summary>
    public long? MinimumCount { get; init; }

    /// <summary>Gets an optional description: what the value is, from which measure and population, and its source.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets what the component measures: joined up, personalised, anticipatory care, or an outcome (<see cref="CareAspects.None"/>, the
    /// default, when untagged). Tags describe; they do not change the index.
    /// </summary>
    public CareAspects Measures { get; init; }

    /// <summary>Gets whose view the component gives (patients, carers, social care users, the public), or <see langword="null"/> (the default) when untagged.</summary>
    public Perspective? Perspective { get; init; }
}
