namespace OutcomeScoring.Change;

/// <summary>
/// Clinically significant change cut-offs computed from clinical (help-seeking) and non-clinical samples
/// (Jacobson and Truax 1991; CECPfuns getCSC): for a scale where higher is worse, a = M1 - 2 S1,
/// b = M0 + 2 S0, c = (S1 M0 + S0 M1) / (S1 + S0) (the midpoint only when S1 = S0). For a scale where higher is
/// better, a = M1 + 2 S1 and b = M0 - 2 S0; c is the same.
/// </summary>
public readonly record struct ClinicalCutoffs
{
    internal ClinicalCutoffs(double a, double b, double c)
    {
        A = a;
        B = b;
        C = c;
    }

    /// <summary>Gets criterion a: two SDs beyond the clinical mean, toward health.</summary>
    public double A { get; }

    /// <summary>Gets criterion b: two SDs beyond the non-clinical mean, toward the clinical population.</summary>
    public double B { get; }

    /// <summary>Gets criterion c: the point between the two populations weighted by their SDs (usually preferred).</summary>
    public double C { get; }

    /// <summary>Computes criteria a, b and c.</summary>
    /// <param name="clinicalMean">M1, the clinical sample's mean.</param>
    /// <param name="clinicalStandardDeviation">S1, its SD (positive).</param>
    /// <param name="nonClinicalMean">M0, the non-clinical sample's mean.</param>
    /// <param name="nonClinicalStandardDeviation">S0, its SD (positive).</param>
    /// <param name="direction">Which way is better on the scale (default: lower, as for CORE).</param>
    /// <returns>The three criteria.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An SD is not positive, or a value is not finite.</exception>
    public static ClinicalCutoffs Compute(double clinicalMean, double clinicalStandardDeviation, double nonClinicalMean, double nonClinicalStandardDeviation, ScoreDirection direction = ScoreDirection.LowerIsBetter)
    {
        if (!(clinicalStandardDeviation > 0) || !double.IsFinite(clinicalStandardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(clinicalStandardDeviation), clinicalStandardDeviation, "The clinical SD must be a positive number.");
        }

        if (!(nonClinicalStandardDeviation > 0) || !double.IsFinite(nonClinicalStandardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(nonClinicalStandardDeviation), nonClinicalStandardDeviation, "The non-clinical SD must be a positive number.");
        }

        if (!double.IsFinite(clinicalMean) || !double.IsFinite(nonClinicalMean))
        {
            throw new ArgumentOutOfRangeException(nameof(clinicalMean), "The means must be finite numbers.");
        }

        double sign = direction == ScoreDirection.LowerIsBetter ? 1 : -1;
        double c = ((clinicalStandardDeviation * nonClinicalMean) + (nonClinicalStandardDeviation * clinicalMean)) / (clinicalStandardDeviation + nonClinicalStandardDeviation);
        return new ClinicalCutoffs(
            clinicalMean - (sign * 2 * clinicalStandardDeviation),
            nonClinicalMean + (sign * 2 * nonClinicalStandardDeviation),
            c);
    }
}
