using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.Comparison;

/// <summary>
/// How <see cref="XmrChart"/> computes limits and reads signals: the improvement direction, an optional target, an optional
/// fixed baseline, moving-range screening, and the points where new limits start (rebasing).
/// </summary>
/// <remarks>
/// Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT), <c>ptd_spc_options</c>.
/// Immutable and thread-safe. <c>new XmrOptions()</c> is <see cref="Default"/>.
/// </remarks>
public sealed record XmrOptions
{
    /// <summary>Gets the default options: neutral direction, no target, limits from every point of each segment, screening on, no rebasing.</summary>
    public static XmrOptions Default { get; } = new();

    /// <summary>Gets which way is better; the default is <see cref="ImprovementDirection.Neutral"/> (signals without value judgement).</summary>
    public ImprovementDirection Direction { get; init; } = ImprovementDirection.Neutral;

    /// <summary>
    /// Gets the target for assurance, or <see langword="null"/> for none (the default). Must be finite. Ignored, with
    /// <see cref="TargetAssurance.None"/>, when <see cref="Direction"/> is neutral.
    /// </summary>
    public double? Target { get; init; }

    /// <summary>
    /// Gets how many points at the start of each segment fix its centre and limits, or <see langword="null"/> (the default)
    /// to use every point of the segment. Must be at least 2. A segment shorter than this uses all its points.
    /// </summary>
    public int? BaselineLength { get; init; }

    /// <summary>
    /// Gets whether moving ranges above 3.267 x the average moving range are left out and the average recomputed
    /// before the limits are set (default <see langword="true"/>).
    /// </summary>
    public bool ScreenMovingRanges { get; init; } = true;

    /// <summary>
    /// Gets the zero-based indexes of the points where new limits start, strictly increasing, each between 1 and the
    /// number of points minus 1 (the default, empty, charts one segment). Each segment gets its own centre and limits
    /// from its own points, and runs never cross a rebase point.
    /// </summary>
    public ImmutableArray<int> RebaseAt { get; init; } = [];

    /// <summary>Checks the options that do not depend on the series.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its allowed range; the message names it and its value.</exception>
    /// <summary>
    /// Gets how rule 3 (2 of 3 near a limit) is read: by default as NHSRplotthedots reads it
    /// (<see cref="TwoOfThreeReading.WithinLimitsSameSide"/>), so that signals match the tool NHS analysts compare against.
    /// </summary>
    public TwoOfThreeReading TwoOfThree { get; init; } = TwoOfThreeReading.WithinLimitsSameSide;

    internal void Validate()
    {
        if (!Enum.IsDefined(Direction))
        {
            Throw(nameof(Direction), Direction, "must be Increase, Decrease or Neutral");
        }

        if (!Enum.IsDefined(TwoOfThree))
        {
            Throw(nameof(TwoOfThree), TwoOfThree, "must be WithinLimitsSameSide or BeyondNearEdge");
        }

        if (Target is { } target && !double.IsFinite(target))
        {
            Throw(nameof(Target), target, "must be a finite number or null");
        }

        if (BaselineLength is { } baseline && baseline < 2)
        {
            Throw(nameof(BaselineLength), baseline, "must be at least 2 (limits need at least one moving range) or null for every point");
        }
    }

    /// <summary>Checks the rebase points against a series of <paramref name="count"/> points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rebase index is outside 1..count-1.</exception>
    /// <exception cref="ArgumentException">The rebase indexes are not strictly increasing.</exception>
    internal void ValidateRebase(int count)
    {
        if (RebaseAt.IsDefaultOrEmpty)
        {
            return;
        }

        for (int i = 0; i < RebaseAt.Length; i++)
        {
            int at = RebaseAt[i];
            if (at < 1 || at > count - 1)
            {
                Throw(
                    nameof(RebaseAt),
                    at,
                    string.Create(CultureInfo.InvariantCulture, $"must lie between 1 and {count - 1} for a series of {count} points (index 0 already starts the first segment)"),
                    $"{nameof(RebaseAt)}[{i}]");
            }

            if (i > 0 && at <= RebaseAt[i - 1])
            {
                ThrowNotIncreasing(i, at, RebaseAt[i - 1]);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNotIncreasing(int i, int at, int previous, string paramName = "options") =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"XmR option RebaseAt is not strictly increasing: RebaseAt[{i}] = {at} follows RebaseAt[{i - 1}] = {previous}."),
            paramName);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Throw(string option, object value, string rule, string? shownAs = null, string paramName = "options") =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"XmR option {shownAs ?? option} is {value}; it {rule}."));
}
