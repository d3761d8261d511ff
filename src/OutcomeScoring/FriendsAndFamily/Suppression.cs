using System.Diagnostics;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>Why an FFT row is suppressed before publication (NHS England; nhsengland/fft_pipeline suppression.py).</summary>
public enum SuppressionReason
{
    /// <summary>Not suppressed.</summary>
    None = 0,

    /// <summary>First level: the row has 1-4 responses. Counts and percentages are hidden.</summary>
    FirstLevel = 1,

    /// <summary>Second level: the next smallest sibling of a first-level suppressed row, so the parent total cannot reveal it. Counts are hidden.</summary>
    SecondLevel = 2,

    /// <summary>Cascade: one of the two smallest children of a suppressed parent. Counts are hidden.</summary>
    Cascade = 3,
}

/// <summary>The responses of one unit (a ward, a site, a team) and the unit above it, as input to a report.</summary>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="Parent">The identifier of the unit above it, or <see langword="null"/> for a top-level unit.</param>
/// <param name="Counts">The unit's own responses.</param>
public readonly record struct FftUnitCounts(string Unit, string? Parent, FftCounts Counts);

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
