using System.Diagnostics;
using OutcomeScoring.Comparison;
using OutcomeScoring.Internal;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// What may be published about one unit under a disclosure mode (<see cref="FftUnitSummary.Publish"/>): each figure,
/// or <see langword="null"/> where it must be withheld. A report built only from these values cannot show more than
/// the mode allows.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct FftPublishedFigures
{
    internal FftPublishedFigures(FftDisclosure disclosure, SuppressionReason suppression, long? eligible, double? responseRate, long? total, FftCounts? counts, ProportionInterval? positive, ProportionInterval? negative)
    {
        Eligible = eligible;
        ResponseRate = responseRate;
        Disclosure = disclosure;
        Suppression = suppression;
        Total = total;
        Counts = counts;
        Positive = positive;
        Negative = negative;
    }

    /// <summary>Gets the disclosure mode the figures were published under.</summary>
    public FftDisclosure Disclosure { get; }

    /// <summary>Gets why the unit is suppressed, or <see cref="SuppressionReason.None"/> (always published, as NHS England does).</summary>
    public SuppressionReason Suppression { get; }

    /// <summary>
    /// Gets the eligible count, or <see langword="null"/> when not known or withheld (a suppressed unit in
    /// <see cref="FftDisclosure.Strict"/> mode; NHS England never replaces its "Total Eligible").
    /// </summary>
    public long? Eligible { get; }

    /// <summary>Gets the response rate (total / eligible), or <see langword="null"/> when not known or withheld as the total is.</summary>
    public double? ResponseRate { get; }

    /// <summary>Gets the total responses, or <see langword="null"/> when withheld (a suppressed unit in <see cref="FftDisclosure.Strict"/> mode).</summary>
    public long? Total { get; }

    /// <summary>Gets the six counts, or <see langword="null"/> when withheld (any suppressed unit).</summary>
    public FftCounts? Counts { get; }

    /// <summary>
    /// Gets the positive share with its interval, or <see langword="null"/> when withheld (first-level suppression;
    /// any suppression in <see cref="FftDisclosure.Strict"/> mode) or when there are no responses.
    /// </summary>
    public ProportionInterval? Positive { get; }

    /// <summary>Gets the negative share with its interval, or <see langword="null"/> as for <see cref="Positive"/>.</summary>
    public ProportionInterval? Negative { get; }

    /// <summary>Describes what is published, for people.</summary>
    /// <returns>For example "17 responses: 88.2% positive (...), 5.9% negative (...)", "4 responses; suppressed (first level)" or "suppressed (second level)".</returns>
    public override string ToString()
    {
        string total = Total is { } n ? $"{Display.Whole(n)} responses" : "";
        string shares = Positive is { } p && Negative is { } q ? $"{p} positive, {q} negative" : "";
        string figures = string.Join(": ", new[] { total, shares }.Where(s => s.Length > 0));
        return Suppression == SuppressionReason.None
            ? (shares.Length > 0 ? figures : "no responses")
            : string.Join("; ", new[] { figures, $"suppressed ({Display.Words(Suppression)})" }.Where(s => s.Length > 0));
    }
}
