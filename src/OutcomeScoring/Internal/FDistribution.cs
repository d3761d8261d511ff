using MathNet.Numerics;

namespace OutcomeScoring.Internal;

/// <summary>
/// Quantiles of Fisher's F distribution, found by bisection on the regularised incomplete beta function
/// (F(d1, d2) at f has CDF I_x(d1/2, d2/2) with x = d1 f / (d1 f + d2); Abramowitz and Stegun 26.6.2).
/// </summary>
/// <remarks>
/// MathNet's <c>FisherSnedecor.InvCDF</c> searches with Brent's method in a bounded bracket and throws
/// <c>NonConvergenceException</c> for small samples at high confidence (for example F(2, 2) at 0.0005). Bisection on
/// the beta variable in (0, 1) cannot fail, and solving in the upper tail through the complement keeps full precision
/// for probabilities near 1.
/// </remarks>
internal static class FDistribution
{
    /// <summary>Gets the quantile of F(d1, d2) at a probability strictly between 0 and 1.</summary>
    public static double Quantile(double d1, double d2, double probability)
    {
        if (!(d1 > 0) || !(d2 > 0) || !(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "F quantiles need positive degrees of freedom and a probability strictly between 0 and 1.");
        }

        if (probability <= 0.5)
        {
            // x solves I_x(d1/2, d2/2) = p; f = d2 x / (d1 (1 - x)).
            double x = InverseBeta(d1 / 2, d2 / 2, probability);
            return d2 * x / (d1 * (1 - x));
        }

        // y = 1 - x solves I_y(d2/2, d1/2) = 1 - p (the complement), which keeps precision when p is near 1.
        double y = InverseBeta(d2 / 2, d1 / 2, 1 - probability);
        return d2 * (1 - y) / (d1 * y);
    }

    private static double InverseBeta(double a, double b, double probability)
    {
        double low = 0, high = 1;
        for (int i = 0; i < 2000; i++)
        {
            double middle = low + ((high - low) / 2);
            if (middle <= low || middle >= high)
            {
                break;
            }

            if (SpecialFunctions.BetaRegularized(a, b, middle) < probability)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low + ((high - low) / 2);
    }
}
