using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomeScoring.Comparison;

/// <summary>
/// The Wilson score interval for a proportion, as OHID Fingertips uses for proportions and as NHS England's
/// FFT figures use: lower, upper = (2O + z^2 -/+ z sqrt(z^2 + 4 O (1 - O/n))) / (2 (n + z^2)).
/// </summary>
/// <remarks>Sources: OHID Fingertips technical guidance on proportions (Wilson); specs/fft.md checks.</remarks>
public static class Wilson
{
    /// <summary>Gets the two-sided standard normal quantile for a confidence level (0.95 gives 1.959964...).</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>z with P(|Z| &lt; z) = <paramref name="confidence"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static double Z(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, string.Create(CultureInfo.InvariantCulture, $"A confidence level must lie strictly between 0 and 1 (for example 0.95); got {confidence}."));
        }

        return Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
    }

    /// <summary>The Wilson score interval for <paramref name="successes"/> of <paramref name="total"/>.</summary>
    /// <param name="successes">The number of successes, 0 to <paramref name="total"/>.</param>
    /// <param name="total">The number of trials; 0 gives no interval.</param>
    /// <param name="confidence">The confidence level (default 0.95).</param>
    /// <returns>The proportion and its interval, or <see langword="null"/> when <paramref name="total"/> is 0 (no proportion exists).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, successes exceed the total, or the confidence is not strictly between 0 and 1.</exception>
    public static ProportionInterval? Interval(long successes, long total, double confidence = 0.95)
    {
        if (total < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "The total must not be negative.");
        }

        if (successes < 0 || successes > total)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, string.Create(CultureInfo.InvariantCulture, $"Successes must lie between 0 and the total ({total})."));
        }

        double z = Z(confidence);
        if (total == 0)
        {
            return null;
        }

        double o = successes, n = total, z2 = z * z;
        double root = z * Math.Sqrt(z2 + (4 * o * (1 - (o / n))));
        double denominator = 2 * (n + z2);
        // At O = 0 the lower bound is exactly 0 and at O = n the upper bound exactly 1; the formula can miss them
        // by a rounding error (sqrt(z^2) is not always z), which would put the estimate outside its interval.
        double lower = successes == 0 ? 0 : Math.Max(0, ((2 * o) + z2 - root) / denominator);
        double upper = successes == total ? 1 : Math.Min(1, ((2 * o) + z2 + root) / denominator);
        return new ProportionInterval(o / n, lower, upper, confidence);
    }
}
