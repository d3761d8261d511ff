namespace OutcomeScoring.Comparison;

/// <summary>One unit's count for a proportion funnel: numerator of denominator (for example FFT positive answers of all answers).</summary>
/// <param name="Id">The unit's identifier, carried through to the result; must not be <see langword="null"/>.</param>
/// <param name="Numerator">The count with the feature, 0 to <paramref name="Denominator"/>.</param>
/// <param name="Denominator">The count of all; 0 gives the unit a result with no value (never dropped).</param>
/// <remarks>Sources: comparison sheet, "Funnel limits". Immutable and thread-safe.</remarks>
public readonly record struct ProportionUnit(string Id, long Numerator, long Denominator);
