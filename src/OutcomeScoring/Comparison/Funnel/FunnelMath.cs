using MathNet.Numerics.Distributions;

namespace OutcomeScoring.Comparison;

/// <summary>The scale a funnel works on: the standard error at a size and, for the arcsine method, the transformed value.</summary>
/// <remarks>Sources: Spiegelhalter 2005, Stat Med 24:1185-1202; comparison sheet, "Funnel limits".</remarks>
internal sealed class FunnelScale(FunnelIndicator indicator, FunnelMethod method, double target, double sigma)
{
    public FunnelIndicator Indicator { get; } = indicator;

    public FunnelMethod Method { get; } = method;

    public double Target { get; } = target;

    /// <summary>Gets t0 on the method's scale: asin(sqrt(t0)) for the arcsine method, t0 otherwise.</summary>
    public double ScaledTarget { get; } = method == FunnelMethod.Arcsine ? Math.Asin(Math.Sqrt(target)) : target;

    /// <summary>Y on the method's scale: asin(sqrt(y)) for the arcsine method, y otherwise.</summary>
    public double Transform(double value) => Method == FunnelMethod.Arcsine ? Math.Asin(Math.Sqrt(value)) : value;

    /// <summary>s at a size: sqrt(t0 (1 - t0) / n), 1 / (2 sqrt(n)) (arcsine), sigma / sqrt(n) (means) or sqrt(t0 / E) (ratios).</summary>
    public double StandardError(double size) => (Indicator, Method) switch
    {
        (FunnelIndicator.Mean, _) => sigma / Math.Sqrt(size),
        (FunnelIndicator.Ratio, _) => Math.Sqrt(Target / size),
        (_, FunnelMethod.Arcsine) => 1 / (2 * Math.Sqrt(size)),
        _ => Math.Sqrt(Target * (1 - Target) / size),
    };
}

/// <summary>The 95% and 99.8% limits at a size, with the over-dispersion factor (phi or 1) and added variance (tau^2 or 0).</summary>
internal sealed class FunnelLimiter(FunnelScale scale, double inflation, double addition)
{
    public FunnelLimit At(double size)
    {
        (double lower95, double upper95) = Pair(size, FunnelChart.Z95, 0.025, 0.975);
        (double lower998, double upper998) = Pair(size, FunnelChart.Z998, 0.001, 0.999);
        return new FunnelLimit(size, lower95, upper95, lower998, upper998);
    }

    private (double Lower, double Upper) Pair(double size, double z, double lowerTail, double upperTail)
    {
        double t0 = scale.Target;
        switch (scale.Method)
        {
            case FunnelMethod.ExactBinomial:
                int n = (int)size;
                return (FunnelMath.ExactBinomialLimit(n, t0, lowerTail), FunnelMath.ExactBinomialLimit(n, t0, upperTail));
            case FunnelMethod.ExactPoisson:
                return (FunnelMath.ExactPoissonLower(t0 * size, size, lowerTail), FunnelMath.ExactPoissonUpper(t0 * size, size, upperTail));
        }

        double s = scale.StandardError(size);
        double half = z * Math.Sqrt((inflation * s * s) + addition);
        double centre = scale.ScaledTarget;
        if (scale.Method == FunnelMethod.Arcsine)
        {
            return (ArcsineBack(centre - half), ArcsineBack(centre + half));
        }

        return scale.Indicator == FunnelIndicator.Proportion
            ? (Math.Clamp(centre - half, 0, 1), Math.Clamp(centre + half, 0, 1))
            : (centre - half, centre + half);
    }

    private static double ArcsineBack(double angle)
    {
        double sine = Math.Sin(Math.Clamp(angle, 0, Math.PI / 2));
        return sine * sine;
    }
}

/// <summary>Exact limits and the Winsorised over-dispersion factor.</summary>
internal static class FunnelMath
{
    /// <summary>
    /// Manktelow and Seaton's interpolated exact binomial limit for tail <paramref name="p"/>: F = Binomial(n, t0) CDF; r the smallest
    /// with F(r) &gt;= p; a = (F(r) - p) / (F(r) - F(r - 1)) with F(-1) = 0; (r - a) / n clamped to [0, 1].
    /// </summary>
    /// <remarks>With r = 0 the formula gives -a / n, a little below 0; the clamp makes it 0.</remarks>
    public static double ExactBinomialLimit(int n, double t0, double p)
    {
        // Binary search: F is non-decreasing and F(n) = 1 >= p.
        int lo = 0, hi = n;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Binomial.CDF(t0, n, mid) >= p)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        int r = lo;
        double fr = r == n ? 1 : Binomial.CDF(t0, n, r);
        double previous = r == 0 ? 0 : Binomial.CDF(t0, n, r - 1);
        double a = (fr - p) / (fr - previous);
        return Math.Clamp((r - a) / n, 0, 1);
    }

    /// <summary>chi2(tail, 2 O) / (2 E), 0 when O = 0.</summary>
    public static double ExactPoissonLower(double observed, double expected, double tail) =>
        observed <= 0 ? 0 : ChiSquared.InvCDF(2 * observed, tail) / (2 * expected);

    /// <summary>chi2(tail, 2 (O + 1)) / (2 E).</summary>
    public static double ExactPoissonUpper(double observed, double expected, double tail) =>
        ChiSquared.InvCDF(2 * (observed + 1), tail) / (2 * expected);

    /// <summary>
    /// phi = (1/k) sum z_i^2 after Winsorising: z below the <paramref name="share"/> quantile are set to it, z above the 1 - share
    /// quantile to that, each quantile by linear interpolation between order statistics (R's default, type 7: h = (k - 1) q).
    /// </summary>
    public static double Phi(IReadOnlyList<double> z, double share)
    {
        if (z.Count == 0)
        {
            return 0;
        }

        double[] sorted = [.. z.Order()];
        double low = Quantile(sorted, share), high = Quantile(sorted, 1 - share);
        double sum = 0;
        foreach (double value in z)
        {
            double w = Math.Clamp(value, low, high);
            sum += w * w;
        }

        return sum / z.Count;
    }

    /// <summary>The type-7 quantile of sorted values: x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]), h = (k - 1) q.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int j = (int)Math.Floor(h);
        return j + 1 >= sorted.Length ? sorted[^1] : sorted[j] + ((h - j) * (sorted[j + 1] - sorted[j]));
    }
}
