using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Comparison;

/// <summary>One unit on a <see cref="FunnelChart"/>: its value, z-score, the limits at its own size, and whether it lies outside them.</summary>
/// <param name="Index">The zero-based position of the unit in the input.</param>
/// <param name="Id">The unit's identifier.</param>
/// <param name="Size">The unit's size: denominator, number of people, or expected count.</param>
/// <param name="Value">The proportion, mean or O/E, or <see langword="null"/> when the unit has none (see <paramref name="Reason"/>).</param>
/// <param name="ZScore">
/// (Y - t0) / s on the method's scale, before any over-dispersion adjustment (arcsine: on the arcsine scale; exact binomial: the
/// normal z; ratios: (O - t0 E) / sqrt(t0 E)); <see langword="null"/> without a value.
/// </param>
/// <param name="Lower95">The lower 95% limit at the unit's size, or <see langword="null"/> without a value.</param>
/// <param name="Upper95">The upper 95% limit at the unit's size, or <see langword="null"/> without a value.</param>
/// <param name="Lower998">The lower 99.8% limit at the unit's size, or <see langword="null"/> without a value.</param>
/// <param name="Upper998">The upper 99.8% limit at the unit's size, or <see langword="null"/> without a value.</param>
/// <param name="Outside95">Whether the value is strictly above or below the 95% limits.</param>
/// <param name="Outside998">Whether the value is strictly above or below the 99.8% limits.</param>
/// <param name="Reason">Why the unit has no value (for example a zero denominator), or <see cref="FunnelNoValueReason.None"/> when it has one.</param>
/// <param name="Explanation">Why the unit has no value, in plain words (for example "The denominator is 0, so there is no proportion."), or <see langword="null"/> when it has one.</param>
/// <remarks>
/// Sources: Spiegelhalter 2005, Stat Med 24:1185-1202; comparison sheet, "Funnel limits". No colour or value judgement is
/// attached (as FunnelPlotR avoids red/green). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct FunnelUnitResult(
    int Index,
    string Id,
    double Size,
    double? Value,
    double? ZScore,
    double? Lower95,
    double? Upper95,
    double? Lower998,
    double? Upper998,
    FunnelSide Outside95,
    FunnelSide Outside998,
    FunnelNoValueReason Reason,
    string? Explanation)
{
    /// <summary>Gets whether the unit has a value (and so a z-score and limits).</summary>
    public bool HasValue => Value is not null;

    /// <summary>Describes the unit for people (no value judgement on the side).</summary>
    /// <returns>For example "North: 0.9263 (size 950), z 3.3987, above the 99.8% limits", or "Memory: no value (The denominator is 0, so there is no proportion.)".</returns>
    public override string ToString() => Value is { } value
        ? $"{Id}: {Display.Number(value)} (size {Display.Number(Size)}), z {Display.Number(ZScore)}, "
            + (Outside998 != FunnelSide.None ? $"{Display.Words(Outside998)} the 99.8% limits"
                : Outside95 != FunnelSide.None ? $"{Display.Words(Outside95)} the 95% limits"
                : "within the limits")
        : $"{Id}: no value ({Explanation})";
}
