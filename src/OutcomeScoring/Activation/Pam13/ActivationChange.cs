using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// The change between two activation scores, and whether the gain is meaningful (NQF #2483: a gain of 3 points
/// or more). Higher is better. Both scores are compared as reported, rounded to one decimal.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ActivationChange
{
    internal ActivationChange(double before, double after, double gain, double meaningfulGain, bool isMeaningfulImprovement)
    {
        Before = before;
        After = after;
        Gain = gain;
        MeaningfulGain = meaningfulGain;
        IsMeaningfulImprovement = isMeaningfulImprovement;
    }

    /// <summary>Gets the earlier score, as reported (one decimal).</summary>
    public double Before { get; }

    /// <summary>Gets the later score, as reported (one decimal).</summary>
    public double After { get; }

    /// <summary>Gets the gain: after minus before, rounded to one decimal (negative when activation fell).</summary>
    public double Gain { get; }

    /// <summary>Gets the gain that counts as meaningful (default 3 points, NQF #2483).</summary>
    public double MeaningfulGain { get; }

    /// <summary>Gets whether <see cref="Gain"/> is at least <see cref="MeaningfulGain"/>.</summary>
    public bool IsMeaningfulImprovement { get; }

    /// <summary>Returns the scores and the gain.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Before:0.0} -> {After:0.0}: gain {Gain:0.0}{(IsMeaningfulImprovement ? " (meaningful)" : "")}");
}
