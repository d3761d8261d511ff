namespace OutcomeScoring.Comparison;

/// <summary>One point of a series to chart: its value and an optional label such as a month ("2026-04").</summary>
/// <param name="Value">The measured value; must be finite.</param>
/// <param name="Label">A label carried through to the result (no dates are parsed), or <see langword="null"/>.</param>
/// <remarks>Points are charted in the order given; the library never sorts them or reads a clock.</remarks>
public readonly record struct SpcObservation(double Value, string? Label = null);
