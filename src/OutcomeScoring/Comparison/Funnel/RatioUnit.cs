namespace OutcomeScoring.Comparison;

/// <summary>One unit's observed and expected counts for an O/E ratio funnel.</summary>
/// <param name="Id">The unit's identifier, carried through to the result; must not be <see langword="null"/>.</param>
/// <param name="Observed">The observed count O, 0 or more.</param>
/// <param name="Expected">The expected count E, finite and 0 or more; 0 gives the unit a result with no value (never dropped).</param>
/// <remarks>Sources: comparison sheet, "Funnel limits"; Spiegelhalter 2005, Stat Med 24:1185-1202. Immutable and thread-safe.</remarks>
public readonly record struct RatioUnit(string Id, long Observed, double Expected);
