namespace OutcomeScoring;

/// <summary>
/// The outcome of looking up a cut-off (<see cref="CutoffReference.Find"/>): the row found, or why there is none, as a code for
/// programs (<see cref="Reason"/>) and a sentence for people (<see cref="Explanation"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Made only by <see cref="CutoffReference.Find"/>; <c>default(CutoffLookup)</c> is not a lookup.</remarks>
public readonly record struct CutoffLookup
{
    /// <summary>A lookup that found a row.</summary>
    internal CutoffLookup(CutoffReference reference, CutoffEntry entry)
    {
        Reference = reference;
        Entry = entry;
    }

    /// <summary>A lookup that found no row, with the code and the sentence saying why.</summary>
    internal CutoffLookup(CutoffReference reference, NoCutoffReason reason, string explanation)
    {
        Reference = reference;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Gets the table that was searched.</summary>
    public CutoffReference Reference { get; }

    /// <summary>Gets the row that applies, or <see langword="null"/> when none does.</summary>
    public CutoffEntry? Entry { get; }

    /// <summary>Gets why no row applies, or <see cref="NoCutoffReason.None"/> when one does.</summary>
    public NoCutoffReason Reason { get; }

    /// <summary>Gets a sentence saying why no row applies (naming the table), or <see langword="null"/> when one does.</summary>
    public string? Explanation { get; }

    /// <summary>Gets whether a cut-off was found.</summary>
    public bool Found => Entry is not null;
}
