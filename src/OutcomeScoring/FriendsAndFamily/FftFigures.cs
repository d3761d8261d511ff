using OutcomeScoring.Comparison;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// The headline FFT figures for one set of counts, as NHS England computes them: total responses (Don't know
/// included), % positive and % negative as proportions of that total with Wilson intervals, and no percentage
/// at all for zero responses.
/// </summary>
/// <param name="Question">The question the counts answer.</param>
/// <param name="Counts">The counts.</param>
/// <param name="Positive">Positive share with its Wilson interval (0-1), or <see langword="null"/> for zero responses.</param>
/// <param name="Negative">Negative share with its Wilson interval (0-1), or <see langword="null"/> for zero responses.</param>
public readonly record struct FftFigures(FftQuestion Question, FftCounts Counts, ProportionInterval? Positive, ProportionInterval? Negative)
{
    /// <summary>Gets the total responses (Don't know included).</summary>
    public long Total => Counts.Total;
}
