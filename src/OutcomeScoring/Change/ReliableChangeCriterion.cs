using System.Globalization;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Change;

/// <summary>Whether a change equal to the threshold counts as reliable.</summary>
/// <remarks>
/// Implementations disagree (specs/change.md): CORE IMS ("5 or more"), NHS England's DIALOG rule and Evans'
/// plots use "at least"; the Jacobson-Truax z-test, CECPfuns and R clinicalsignificance use "exceeds". The
/// defaults here follow the sheet: at least for published whole-number thresholds, exceeds for a computed RCI.
/// </remarks>
public enum ChangeBoundary
{
    /// <summary>A change equal to the threshold is reliable (&gt;=).</summary>
    AtLeast = 0,

    /// <summary>The change must exceed the threshold (&gt;).</summary>
    Exceeds = 1,
}

/// <summary>
/// The size of change that counts as reliable, on the scale of the scores being compared, with its boundary
/// convention and source.
/// </summary>
/// <param name="Threshold">The reliable change threshold (positive), on the scores' scale.</param>
/// <param name="Boundary">Whether a change equal to the threshold counts.</param>
/// <param name="Source">Where the threshold comes from.</param>
public sealed record ReliableChangeCriterion(double Threshold, ChangeBoundary Boundary, string Source)
{
    /// <summary>
    /// The reliable change index on the score's own scale: z x sqrt(2) x SD x sqrt(1 - r) (Jacobson and Truax
    /// 1991 with the sqrt(2) correction of Christensen and Mendoza 1986). Check: SD 7.5, r 0.8, 95% gives
    /// 9.296925484568419 (CECPfuns test suite).
    /// </summary>
    /// <param name="baselineStandardDeviation">The SD of the baseline scores (positive).</param>
    /// <param name="reliability">The reliability, usually Cronbach's alpha (0 to 1, below 1).</param>
    /// <param name="confidence">The confidence level (default 0.95; CORE-10's published 6 uses 0.90).</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static double Index(double baselineStandardDeviation, double reliability, double confidence = 0.95)
    {
        if (!(baselineStandardDeviation > 0) || !double.IsFinite(baselineStandardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineStandardDeviation), baselineStandardDeviation, "The baseline SD must be a positive number.");
        }

        if (!(reliability >= 0 && reliability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, string.Create(CultureInfo.InvariantCulture, $"The reliability must lie in [0, 1); got {reliability}."));
        }

        return Wilson.Z(confidence) * Math.Sqrt(2) * baselineStandardDeviation * Math.Sqrt(1 - reliability);
    }

    /// <summary>A criterion computed from the baseline SD and reliability; by default a change must exceed it.</summary>
    /// <param name="baselineStandardDeviation">The SD of the baseline scores.</param>
    /// <param name="reliability">The reliability (for example Cronbach's alpha).</param>
    /// <param name="confidence">The confidence level (default 0.95).</param>
    /// <param name="boundary">The boundary convention (default: exceeds, as for a computed RCI).</param>
    /// <returns>The criterion.</returns>
    public static ReliableChangeCriterion FromReliability(double baselineStandardDeviation, double reliability, double confidence = 0.95, ChangeBoundary boundary = ChangeBoundary.Exceeds) =>
        new(
            Index(baselineStandardDeviation, reliability, confidence),
            boundary,
            string.Create(CultureInfo.InvariantCulture, $"Computed: z({confidence}) x sqrt(2) x SD {baselineStandardDeviation} x sqrt(1 - {reliability}) (Jacobson and Truax 1991; Christensen and Mendoza 1986)"));

    /// <summary>
    /// The instrument's published fixed threshold on its clinical scale (CORE-OM 5, CORE-10 6 at 90%); by default
    /// a change equal to it counts. Compare clinical scores with it.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="boundary">The boundary convention (default: at least, as for a published whole number).</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException">The instrument publishes no threshold (for example YP-CORE): compute one with <see cref="FromReliability"/>.</exception>
    public static ReliableChangeCriterion Published(Instrument instrument, ChangeBoundary boundary = ChangeBoundary.AtLeast)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ReliableChangeThreshold published = instrument.Interpretation.ReliableChange
            ?? throw new ArgumentException($"{instrument.Name} has no published reliable change threshold; compute one from your baseline SD and reliability with ReliableChangeCriterion.FromReliability.", nameof(instrument));
        return new ReliableChangeCriterion(published.ClinicalPoints, boundary, published.Source);
    }

    /// <summary>Gets whether an improvement or deterioration of this size is reliable.</summary>
    /// <param name="size">The size of the change (absolute value).</param>
    /// <returns><see langword="true"/> when reliable under the boundary convention.</returns>
    public bool IsReliable(double size) => Boundary == ChangeBoundary.AtLeast ? size >= Threshold : size > Threshold;
}
