using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// How much of the specification one unit's result covers: k of n components, the pillars (domains) and components missing, and
/// whether the unit is complete. <see cref="Text"/> says it in one line, for every table and chart to show as it is:
/// "6 of 8 components, pillars missing: carers, social-care; components missing: ascof-1d, ascof-1a".
/// </summary>
/// <remarks>
/// The library decides coverage and what it means for ranking (<see cref="DataAvailability.IncompleteUnits"/>); the command line and the
/// report only show it. Sources: issue "integration index 2.0" (coverage a board cannot misread); Nardo et al. 2008 (missing data).
/// Immutable and thread-safe.
/// </remarks>
public sealed class IndexCoverage
{
    internal IndexCoverage(int present, int total, ImmutableArray<string> missingComponents, ImmutableArray<string> missingDomains, bool hasDomains, string? rankingNote)
    {
        ComponentsPresent = present;
        ComponentsTotal = total;
        MissingComponents = missingComponents;
        MissingDomains = missingDomains;
        HasDomains = hasDomains;
        RankingNote = rankingNote;
    }

    /// <summary>Gets k: how many of the specification's components the unit has (present and used).</summary>
    public int ComponentsPresent { get; }

    /// <summary>Gets n: how many components the specification has.</summary>
    public int ComponentsTotal { get; }

    /// <summary>Gets the codes of the components missing, in the specification's order.</summary>
    public ImmutableArray<string> MissingComponents { get; }

    /// <summary>Gets the codes of the pillars (domains) with no component present, in the specification's order (empty without domains).</summary>
    public ImmutableArray<string> MissingDomains { get; }

    /// <summary>Gets whether the specification has pillars (domains).</summary>
    public bool HasDomains { get; }

    /// <summary>Gets whether the unit has every component (full coverage).</summary>
    public bool IsComplete => ComponentsPresent == ComponentsTotal;

    /// <summary>
    /// Gets how the unit's coverage affected its ranking, in plain words, or <see langword="null"/> when it did not (a complete unit, a
    /// unit without an index, or a specification that ranks every unit together). For example "not ranked: the specification ranks
    /// only units with every component".
    /// </summary>
    public string? RankingNote { get; }

    /// <summary>Gets the coverage in one line: "k of n components, pillars missing: ...; components missing: ...".</summary>
    public string Text
    {
        get
        {
            string head = string.Create(CultureInfo.InvariantCulture, $"{ComponentsPresent} of {ComponentsTotal} components");
            string pillars = HasDomains ? $", pillars missing: {(MissingDomains.IsEmpty ? "none" : string.Join(", ", MissingDomains))}" : "";
            string components = MissingComponents.IsEmpty ? "" : $"; components missing: {string.Join(", ", MissingComponents)}";
            return head + pillars + components;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
