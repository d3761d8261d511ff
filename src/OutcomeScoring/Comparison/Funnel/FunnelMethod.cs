namespace OutcomeScoring.Comparison;

/// <summary>How a <see cref="FunnelChart"/> computes its limits.</summary>
/// <remarks>
/// Sources: Spiegelhalter 2005, Stat Med 24:1185-1202 (normal, exact); Manktelow &amp; Seaton 2012, PLoS ONE (interpolated exact
/// binomial limits); comparison sheet, "Funnel limits". See docs/funnel.md for the formulas.
/// </remarks>
public enum FunnelMethod
{
    /// <summary>
    /// Normal approximation, t0 +/- z s: for proportions s = sqrt(t0 (1 - t0) / n) with limits clamped to [0, 1]; for means
    /// s = sigma / sqrt(n). The default for proportions and the only method for means.
    /// </summary>
    Normal = 1,

    /// <summary>
    /// Exact binomial limits with Manktelow and Seaton's interpolation (proportions only): F = Binomial(n, t0) CDF, the smallest r
    /// with F(r) &gt;= p, a = (F(r) - p) / (F(r) - F(r - 1)), limit (r - a) / n, clamped to [0, 1]. No over-dispersion adjustment.
    /// </summary>
    ExactBinomial = 2,

    /// <summary>
    /// Arcsine (variance-stabilising) limits for proportions: Y = asin(sqrt(p)), s = 1 / (2 sqrt(n)), limits
    /// sin^2(asin(sqrt(t0)) +/- z sqrt(s^2 + tau^2)) with the argument clamped to [0, pi/2].
    /// </summary>
    Arcsine = 3,

    /// <summary>
    /// Exact Poisson limits for O/E ratios (the only method for ratios): with O0 = t0 E, lower chi2(alpha/2, 2 O0) / (2E)
    /// (0 when O0 = 0), upper chi2(1 - alpha/2, 2 (O0 + 1)) / (2E). No over-dispersion adjustment.
    /// </summary>
    ExactPoisson = 4,
}
