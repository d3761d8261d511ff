using System.Collections.Immutable;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// The library's integration profiles by name: <c>integration-1.0</c> (<see cref="IntegrationProfile"/>, unchanged) and
/// <c>integration-2.0</c> (<see cref="IntegrationProfileV2"/>), and which one is the default.
/// </summary>
/// <remarks>
/// The default is profile 2.0 (since its survey components, P3CEQ and ASCOF 1A and 1D, are built from a service's own files:
/// <see cref="IntegrationProfileV2.SurveyValue"/>); profile 1.0 stays available by name, unchanged. Results record the profile's
/// version either way. Immutable and thread-safe.
/// </remarks>
public static class IntegrationProfiles
{
    /// <summary>The name of profile 1.0.</summary>
    public const string Version1Name = "integration-1.0";

    /// <summary>The name of profile 2.0.</summary>
    public const string Version2Name = "integration-2.0";

    /// <summary>Gets the names of the profiles, oldest first.</summary>
    public static ImmutableArray<string> Names { get; } = [Version1Name, Version2Name];

    /// <summary>Gets the default profile (profile 2.0, <see cref="IntegrationProfileV2.Specification"/>; profile 1.0 until the 2.0 survey components were wired).</summary>
    public static IndexSpecification Default => IntegrationProfileV2.Specification;

    /// <summary>Gets a profile by name (ordinal, ignoring case), or <see langword="null"/> when there is none by that name.</summary>
    /// <param name="name">The name, for example <c>integration-2.0</c>.</param>
    /// <returns>The profile's specification, or <see langword="null"/>.</returns>
    public static IndexSpecification? Find(string name) =>
        string.Equals(name, Version1Name, StringComparison.OrdinalIgnoreCase) ? IntegrationProfile.Specification
        : string.Equals(name, Version2Name, StringComparison.OrdinalIgnoreCase) ? IntegrationProfileV2.Specification
        : null;
}
