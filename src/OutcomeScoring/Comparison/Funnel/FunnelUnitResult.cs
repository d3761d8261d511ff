using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Comparison;

/// <summary>One unit on a <see cref="FunnelChart"/>: its value, z-score, the limits at its own size, and whether it lies outside them.</summary>
/// <remarks>
/// Sources: Spiegelhalter 2005, Stat Med 24:1185-1202; comparison sheet, "Funnel limits". No colour or value judgement is
/// attached (as FunnelPlotR avoids red/green). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct FunnelUnitResult
{
    internal FunnelUnitResult(
        int index,
        string id,
        double size,
        double? value,
        double? zScore,
        double? lower95,
        double? upper95,
        double? lower998,
        double? upper998,
        FunnelSide outside95,
        FunnelSide outside998,
        FunnelNoValueReason reason,
        string? explanation)
    {
        Index = index;
        Id = id;
        Size = size;
        Value = value;
        ZScore = zScore;
        Lower95 = lower95;
        Upper95 = upper95;
        Lower998 = lower998;
        Upper998 = upper998;
        Outside95 = outside95;
        Outside998 = outside998;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Gets the zero-based position of the unit in the input.</summary>
    public int Index { get; }

    /// <summary>Gets the unit's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the unit's size: denominator, number of people, or expected count.</summary>
    public double Size { get; }

    /// <summary>Gets the proportion, mean or O/E, or <see langword="null"/> when the unit has none (see <see cref="Reason"/>).</summary>
    public double? Value { get; }

    /// <summary>Gets (Y - t0) / s on the method's scale, before any over-dispersion adjustment (arcsine: on the arcsine scale; exact binomial: the normal z; ratios: (O - t0 E) / sqrt(t0 E)); <see langword="null"/> without a value.</summary>
    public double? ZScore { get; }

    /// <summary>Gets the lower 95% limit at the unit's size, or <see langword="null"/> without a value.</summary>
    public double? Lower95 { get; }

    /// <summary>Gets the upper 95% limit at the unit's size, or <see langword="null"/> without a value.</summary>
    public double? Upper95 { get; }

    /// <summary>Gets the lower 99.8% limit at the unit's size, or <see langword="null"/> without a value.</summary>
    public double? Lower998 { get; }

    /// <summary>Gets the upper 99.8% limit at the unit's size, or <see langword="null"/> without a value.</summary>
    public double? Upper998 { get; }

    /// <summary>Gets whether the value is strictly above or below the 95% limits.</summary>
    public FunnelSide Outside95 { get; }

    /// <summary>Gets whether the value is strictly above or below the 99.8% limits.</summary>
    public FunnelSide Outside998 { get; }

    /// <summary>Gets why the unit has no value (for example a zero denominator), or <see cref="FunnelNoValueReason.None"/> when it has one.</summary>
    public FunnelNoValueReason Reason { get; }

    /// <summary>Gets why the unit has no value, in plain words (for example "The denominator is 0, so there is no proportion."), or <see langword="null"/> when it has one.</summary>
    public string? Explanation { get; }

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
