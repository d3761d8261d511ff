using System.Diagnostics;
using System.Globalization;
using OutcomeScoring.Internal;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>The number of responses for each of the six FFT answers.</summary>
/// <param name="VeryGood">Very good / Extremely likely.</param>
/// <param name="Good">Good / Likely.</param>
/// <param name="Neither">Neither good nor poor / Neither likely nor unlikely.</param>
/// <param name="Poor">Poor / Unlikely.</param>
/// <param name="VeryPoor">Very poor / Extremely unlikely.</param>
/// <param name="DontKnow">Don't know.</param>
/// <remarks>Immutable. Higher levels are built by adding counts, never by averaging percentages.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct FftCounts(long VeryGood, long Good, long Neither, long Poor, long VeryPoor, long DontKnow)
{
    /// <summary>Gets the total responses: all six answers, Don't know included (NHS England).</summary>
    public long Total => VeryGood + Good + Neither + Poor + VeryPoor + DontKnow;

    /// <summary>Gets the positive responses: Very good + Good (old question: Extremely likely + Likely).</summary>
    public long Positive => VeryGood + Good;

    /// <summary>Gets the negative responses: Poor + Very poor (old question: Unlikely + Extremely unlikely).</summary>
    public long Negative => Poor + VeryPoor;

    /// <summary>Gets the count for one answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>The count.</returns>
    public long this[FftAnswer answer] => answer switch
    {
        FftAnswer.VeryGood => VeryGood,
        FftAnswer.Good => Good,
        FftAnswer.Neither => Neither,
        FftAnswer.Poor => Poor,
        FftAnswer.VeryPoor => VeryPoor,
        FftAnswer.DontKnow => DontKnow,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an FFT answer."),
    };

    /// <summary>Counts a sequence of answers.</summary>
    /// <param name="answers">The answers.</param>
    /// <returns>The counts.</returns>
    public static FftCounts Of(IEnumerable<FftAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        FftCounts counts = default;
        foreach (FftAnswer answer in answers)
        {
            counts = counts.With(answer);
        }

        return counts;
    }

    /// <summary>Returns these counts with one more response.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>The new counts.</returns>
    public FftCounts With(FftAnswer answer) => answer switch
    {
        FftAnswer.VeryGood => this with { VeryGood = VeryGood + 1 },
        FftAnswer.Good => this with { Good = Good + 1 },
        FftAnswer.Neither => this with { Neither = Neither + 1 },
        FftAnswer.Poor => this with { Poor = Poor + 1 },
        FftAnswer.VeryPoor => this with { VeryPoor = VeryPoor + 1 },
        FftAnswer.DontKnow => this with { DontKnow = DontKnow + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an FFT answer."),
    };

    /// <summary>Adds two sets of counts (aggregation up a hierarchy).</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>The summed counts.</returns>
    public static FftCounts operator +(FftCounts left, FftCounts right) => left.Add(right);

    /// <summary>Adds two sets of counts (aggregation up a hierarchy).</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The summed counts.</returns>
    public FftCounts Add(FftCounts other) => new(
        VeryGood + other.VeryGood, Good + other.Good, Neither + other.Neither, Poor + other.Poor, VeryPoor + other.VeryPoor, DontKnow + other.DontKnow);

    /// <summary>Describes the counts for people, in the order of the 2020 question.</summary>
    /// <returns>For example "17 responses: very good 10, good 5, neither 1, poor 0, very poor 1, don't know 0".</returns>
    public override string ToString() =>
        $"{Display.Whole(Total)} responses: very good {Display.Whole(VeryGood)}, good {Display.Whole(Good)}, neither {Display.Whole(Neither)}, poor {Display.Whole(Poor)}, very poor {Display.Whole(VeryPoor)}, don't know {Display.Whole(DontKnow)}";

    /// <summary>Checks that no count is negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative; the message names it.</exception>
    public void Validate()
    {
        foreach (FftAnswer answer in Enum.GetValues<FftAnswer>())
        {
            if (this[answer] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(answer), this[answer], string.Create(CultureInfo.InvariantCulture, $"The count for {answer} is {this[answer]}; counts cannot be negative."));
            }
        }
    }
}
