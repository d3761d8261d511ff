using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// How an instrument's scores are read: its primary score, severity bands, clinical cut-off tables and
/// a published reliable change threshold, each carrying its source.
/// </summary>
/// <remarks>Immutable and thread-safe. Validated when an <see cref="Instrument"/> is built from it.</remarks>
public sealed record Interpretation
{
    /// <summary>Creates an interpretation.</summary>
    /// <param name="primaryScoreId">The id of the score reported first (for example "all" for CORE-OM).</param>
    /// <param name="severityBands">Severity bands, or <see langword="null"/> when none are published.</param>
    /// <param name="cutoffReferences">The cut-off tables available; the first is the default.</param>
    /// <param name="reliableChange">A published fixed reliable change threshold, or <see langword="null"/>.</param>
    public Interpretation(
        string primaryScoreId,
        SeverityBanding? severityBands = null,
        IEnumerable<CutoffReference>? cutoffReferences = null,
        ReliableChangeThreshold? reliableChange = null)
    {
        PrimaryScoreId = primaryScoreId;
        SeverityBands = severityBands;
        CutoffReferences = cutoffReferences is null ? [] : [.. cutoffReferences];
        ReliableChange = reliableChange;
    }

    /// <summary>Gets the id of the score reported first.</summary>
    public string PrimaryScoreId { get; init; }

    /// <summary>Gets the severity bands, or <see langword="null"/> when none are published.</summary>
    public SeverityBanding? SeverityBands { get; init; }

    /// <summary>Gets the cut-off tables available; the first is the default.</summary>
    public ImmutableArray<CutoffReference> CutoffReferences { get; init; }

    /// <summary>Gets the default cut-off table, or <see langword="null"/> when there is none.</summary>
    public CutoffReference? DefaultCutoffs => CutoffReferences.IsDefaultOrEmpty ? null : CutoffReferences[0];

    /// <summary>Gets the published fixed reliable change threshold, or <see langword="null"/> when none is published.</summary>
    public ReliableChangeThreshold? ReliableChange { get; init; }

    /// <summary>Finds a cut-off table by its id.</summary>
    /// <param name="id">The table's id (case-insensitive), for example "twigg2016".</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">No table has that id; the message lists the ids there are.</exception>
    public CutoffReference GetCutoffReference(string id)
    {
        foreach (CutoffReference reference in CutoffReferences)
        {
            if (string.Equals(reference.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return reference;
            }
        }

        throw new ArgumentException(
            $"Unknown cut-off reference '{id}'. Known references: {string.Join(", ", CutoffReferences.Select(r => r.Id))}.",
            nameof(id));
    }
}
