using System.Diagnostics;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>One row of an FFT report: a unit, its figures from summed counts, and its suppression.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record FftUnitSummary
{
    internal FftUnitSummary(string unit, string? parent, int depth, FftFigures figures, SuppressionReason suppression, long? eligible = null)
    {
        Eligible = eligible;
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

    /// <summary>Gets the number of people eligible to respond, summed like the counts, or <see langword="null"/> when not known.</summary>
    public long? Eligible { get; }

    /// <summary>
    /// Gets the response rate, total responses / eligible (0 or more; above 1 when the data say so), or <see langword="null"/>
    /// when the eligible count is not known or zero. NHS England's data carry "Total Eligible" beside "Total Responses"
    /// (nhsengland/fft_pipeline config.py); the spec sheet gives no formula, so this is the plain ratio of the two.
    /// </summary>
    public double? ResponseRate => Eligible is > 0 and { } eligible ? (double)Figures.Total / eligible : null;

    /// <summary>Gets why the row is suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason Suppression { get; }

    /// <summary>Gets whether the row's six counts must be hidden when published (any suppression, in both disclosure modes).</summary>
    public bool HidesCounts => Suppression != SuppressionReason.None;

    /// <summary>
    /// Gets whether the row's percentages must be hidden in NHS England's format (first-level suppression only);
    /// <see cref="FftDisclosure.Strict"/> hides them for every suppressed row (<see cref="Publish"/>).
    /// </summary>
    public bool HidesPercentages => Suppression == SuppressionReason.FirstLevel;

    /// <summary>
    /// Gets what may be published about the row under a disclosure mode: NHS England's format
    /// (<see cref="FftDisclosure.Nhse"/>: a suppressed row hides its counts, a first-level one its percentages too,
    /// and the total and eligible count are always shown; nhsengland/fft_pipeline suppression.py) or <see cref="FftDisclosure.Strict"/>
    /// (a suppressed row shows nothing but its reason).
    /// </summary>
    /// <param name="disclosure">The disclosure mode.</param>
    /// <returns>The published figures, each <see langword="null"/> where it is withheld.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="disclosure"/> is not a defined mode.</exception>
    public FftPublishedFigures Publish(FftDisclosure disclosure)
    {
        if (!Enum.IsDefined(disclosure))
        {
            throw new ArgumentOutOfRangeException(nameof(disclosure), disclosure, "Not an FFT disclosure mode.");
        }

        bool strict = disclosure == FftDisclosure.Strict && HidesCounts;
        bool hideShares = HidesPercentages || strict;
        return new FftPublishedFigures(
            disclosure,
            Suppression,
            strict ? null : Eligible,
            strict ? null : ResponseRate,
            strict ? null : Figures.Total,
            HidesCounts ? null : Figures.Counts,
            hideShares ? null : Figures.Positive,
            hideShares ? null : Figures.Negative);
    }

    /// <summary>Describes the row for people, showing only what <see cref="FftDisclosure.Strict"/> publication would show.</summary>
    /// <returns>For example "Ward A (in Site North): 17 responses: 88.2% positive (...)" or "Ward B (in Site North): suppressed (first level)".</returns>
    public override string ToString() => $"{(Parent is null ? Unit : $"{Unit} (in {Parent})")}: {Publish(FftDisclosure.Strict)}";
}
