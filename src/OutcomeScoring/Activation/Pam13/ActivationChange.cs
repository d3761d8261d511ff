using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// The change between two activation scores, and whether the gain is meaningful (NQF #2483: a gain of 3 points
/// or more). Higher is better. Both scores are compared as reported, rounded to one decimal.
/// </summary>
/// <param name="Before">The earlier score, as reported (one decimal).</param>
/// <param name="After">The later score, as reported (one decimal).</param>
/// <param name="Gain">After minus before, rounded to one decimal (negative when activation fell).</param>
/// <param name="MeaningfulGain">The gain that counts as meaningful (default 3 points, NQF #2483).</param>
/// <param name="IsMeaningfulImprovement">Whether <paramref name="Gain"/> is at least <paramref name="MeaningfulGain"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ActivationChange(double Before, double After, double Gain, double MeaningfulGain, bool IsMeaningfulImprovement)
{
    /// <summary>Returns the scores and the gain.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Before:0.0} -> {After:0.0}: gain {Gain:0.0}{(IsMeaningfulImprovement ? " (meaningful)" : "")}");
}
