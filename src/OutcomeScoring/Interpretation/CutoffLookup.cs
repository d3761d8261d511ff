namespace OutcomeScoring;

/// <summary>The outcome of looking up a cut-off: the row found, or why there is none.</summary>
/// <param name="Reference">The table that was searched.</param>
/// <param name="Entry">The row that applies, or <see langword="null"/> when none does.</param>
/// <param name="Reason">Why no row applies, or <see langword="null"/> when one does.</param>
public readonly record struct CutoffLookup(CutoffReference Reference, CutoffEntry? Entry, string? Reason)
{
    /// <summary>Gets whether a cut-off was found.</summary>
    public bool Found => Entry is not null;
}
