using System.Diagnostics;
using OutcomeScoring.Comparison;
using OutcomeScoring.Internal;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// The headline FFT figures for one set of counts, as NHS England computes them: total responses (Don't know
/// included), % positive and % negative as proportions of that total with Wilson intervals, and no percentage
/// at all for zero responses.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct FftFigures
{
    internal FftFigures(FftQuestion question, FftCounts counts, ProportionInterval? positive, ProportionInterval? negative)
    {
        Question = question;
        Counts = counts;
        Positive = positive;
        Negative = negative;
    }

    /// <summary>Gets the question the counts answer.</summary>
    public FftQuestion Question { get; }

    /// <summary>Gets the counts.</summary>
    public FftCounts Counts { get; }

    /// <summary>Gets the positive share with its Wilson interval (0-1), or <see langword="null"/> for zero responses.</summary>
    public ProportionInterval? Positive { get; }

    /// <summary>Gets the negative share with its Wilson interval (0-1), or <see langword="null"/> for zero responses.</summary>
    public ProportionInterval? Negative { get; }

    /// <summary>Gets the total responses (Don't know included).</summary>
    public long Total => Counts.Total;

    /// <summary>Describes the figures for people.</summary>
    /// <returns>For example "17 responses: 88.2% positive (95% CI 65.7%-96.7%), 5.9% negative (95% CI 1.0%-27.0%)", or "no responses".</returns>
    public override string ToString() => Positive is { } positive && Negative is { } negative
        ? $"{Display.Whole(Total)} responses: {positive} positive, {negative} negative"
        : "no responses";
}
