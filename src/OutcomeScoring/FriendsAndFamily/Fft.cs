using System.Globalization;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// The NHS Friends and Family Test: headline figures, the pre-2014 net score and answer labels.
/// </summary>
/// <remarks>
/// Sources: NHS England FFT pages (england.nhs.uk/fft, "calculations"); NHS England's FFT processing code
/// (nhsengland/fft_pipeline, MIT); "Using the Friends and Family Test to improve patient experience" (NHS England
/// 2019); OHID Fingertips technical guidance on proportions (Wilson). NHS England says FFT results should not be
/// used to compare providers: label any comparison exploratory.
/// </remarks>
public static class Fft
{
    /// <summary>
    /// Computes the headline figures: total responses (Don't know included), % positive = (Very good + Good) /
    /// total and % negative = (Poor + Very poor) / total (old question: would / would not recommend), each with a
    /// Wilson interval; no percentage for zero responses.
    /// </summary>
    /// <param name="counts">The counts.</param>
    /// <param name="question">The question they answer (for labels; the arithmetic is the same).</param>
    /// <param name="confidence">The interval's confidence level (default 0.95).</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the confidence is not strictly between 0 and 1.</exception>
    public static FftFigures Summarise(FftCounts counts, FftQuestion question = FftQuestion.Experience2020, double confidence = 0.95)
    {
        counts.Validate();
        return new FftFigures(
            question,
            counts,
            Wilson.Interval(counts.Positive, counts.Total, confidence),
            Wilson.Interval(counts.Negative, counts.Total, confidence));
    }

    /// <summary>
    /// The net score used before October 2014 for the recommend question: % extremely likely minus % (neither +
    /// unlikely + extremely unlikely), from -100 to 100. Secondary sources say Don't know was left out of its base
    /// (the primary 2013 guidance was not found), so that is the default.
    /// </summary>
    /// <param name="counts">The counts (2013 question).</param>
    /// <param name="includeDontKnow">Whether Don't know counts in the base (default: no).</param>
    /// <returns>The net score, or <see langword="null"/> when the base is zero.</returns>
    public static double? NetScore(FftCounts counts, bool includeDontKnow = false)
    {
        counts.Validate();
        long denominator = counts.Total - (includeDontKnow ? 0 : counts.DontKnow);
        return denominator == 0
            ? null
            : 100.0 * (counts.VeryGood - (counts.Neither + counts.Poor + counts.VeryPoor)) / denominator;
    }

    /// <summary>Gets the label of an answer for a question (for example "Neither good nor poor").</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="question">The question.</param>
    /// <returns>The label as NHS England words it.</returns>
    public static string Label(FftAnswer answer, FftQuestion question) => (question, answer) switch
    {
        (FftQuestion.Recommend2013, FftAnswer.VeryGood) => "Extremely likely",
        (FftQuestion.Recommend2013, FftAnswer.Good) => "Likely",
        (FftQuestion.Recommend2013, FftAnswer.Neither) => "Neither likely nor unlikely",
        (FftQuestion.Recommend2013, FftAnswer.Poor) => "Unlikely",
        (FftQuestion.Recommend2013, FftAnswer.VeryPoor) => "Extremely unlikely",
        (_, FftAnswer.VeryGood) => "Very good",
        (_, FftAnswer.Good) => "Good",
        (_, FftAnswer.Neither) => "Neither good nor poor",
        (_, FftAnswer.Poor) => "Poor",
        (_, FftAnswer.VeryPoor) => "Very poor",
        (_, FftAnswer.DontKnow) => "Don't know",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an FFT answer."),
    };

    /// <summary>
    /// Reads an answer label for a question, case-insensitively, with or without the apostrophe in "Don't know"
    /// (NHS data has both).
    /// </summary>
    /// <param name="label">The label.</param>
    /// <param name="question">The question.</param>
    /// <param name="answer">The answer, when the label is known.</param>
    /// <returns><see langword="true"/> when the label is one of the question's six answers.</returns>
    public static bool TryParseLabel(string? label, FftQuestion question, out FftAnswer answer)
    {
        string normalised = Normalise(label);
        foreach (FftAnswer candidate in Enum.GetValues<FftAnswer>())
        {
            if (Normalise(Label(candidate, question)) == normalised)
            {
                answer = candidate;
                return true;
            }
        }

        answer = default;
        return false;
    }

    private static string Normalise(string? label) =>
        string.Join(' ', (label ?? "").Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
