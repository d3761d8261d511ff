using System.Diagnostics;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>One row of an FFT report: a unit, its figures from summed counts, and its suppression.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record FftUnitSummary
{
    internal FftUnitSummary(string unit, string? parent, int depth, FftFigures figures, SuppressionReason suppression)
    {
        Unit = unit;
        Parent = parent;
        Depth = depth;
        Figures = figures;
        Suppression = suppression;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the unit above it, or <see langword="null"/>.</summary>
    public string? Parent { get; }

    /// <summary>Gets 0 for a top-level unit, 1 for its children, and so on.</summary>
    public int Depth { get; }

    /// <summary>Gets the figures from the unit's own responses plus all those below it.</summary>
    public FftFigures Figures { get; }

    /// <summary>Gets why the row is suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason Suppression { get; }

    /// <summary>Gets whether the row's counts (and total) must be hidden when published.</summary>
    public bool HidesCounts => Suppression != SuppressionReason.None;

    /// <summary>Gets whether the row's percentages must be hidden too (first-level suppression only).</summary>
    public bool HidesPercentages => Suppression == SuppressionReason.FirstLevel;

    /// <summary>Describes the row for people, showing what publication would show.</summary>
    /// <returns>For example "Ward A (in Site North): 17 responses: 88.2% positive (...)" or "Ward B: suppressed (first level)".</returns>
    public override string ToString()
    {
        string unit = Parent is null ? Unit : $"{Unit} (in {Parent})";
        return Suppression switch
        {
            SuppressionReason.None => $"{unit}: {Figures}",
            SuppressionReason.FirstLevel => $"{unit}: suppressed (first level)",
            _ => $"{unit}: counts suppressed ({Internal.Display.Words(Suppression)}); {(Figures.Positive is { } p ? p + " positive" : "no responses")}",
        };
    }
}
