using System.Globalization;

namespace OutcomeScoring.Change;

/// <summary>Criterion c with a percentile bootstrap interval.</summary>
public readonly record struct CutoffInterval
{
    internal CutoffInterval(double c, double lower, double upper, double confidence, int replicates, int seed)
    {
        C = c;
        Lower = lower;
        Upper = upper;
        Confidence = confidence;
        Replicates = replicates;
        Seed = seed;
    }

    /// <summary>Gets criterion c from the two samples as given.</summary>
    public double C { get; }

    /// <summary>Gets the lower bound of the percentile interval.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound.</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level.</summary>
    public double Confidence { get; }

    /// <summary>Gets how many bootstrap replicates were drawn.</summary>
    public int Replicates { get; }

    /// <summary>Gets the seed of the random source, so the interval can be reproduced.</summary>
    public int Seed { get; }
}

/// <summary>
/// A bootstrap interval for criterion c (as CECPfuns getBootCICSC offers): resample both groups with
/// replacement, recompute c from each resample's means and SDs (n - 1), and take percentiles. The random source
/// is seeded: the same data and seed give the same interval.
/// </summary>
public static class CutoffBootstrap
{
    /// <summary>Computes criterion c and its bootstrap interval from a clinical and a non-clinical sample.</summary>
    /// <param name="clinical">Scores of the clinical (help-seeking) sample; at least 2.</param>
    /// <param name="nonClinical">Scores of the non-clinical sample; at least 2.</param>
    /// <param name="seed">The seed for the random source.</param>
    /// <param name="replicates">How many resamples (default 2000).</param>
    /// <param name="confidence">The confidence level (default 0.95).</param>
    /// <returns>c and its percentile interval.</returns>
    /// <exception cref="ArgumentException">A sample has fewer than 2 scores, neither sample varies, or a score is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The replicates or confidence are out of range.</exception>
    public static CutoffInterval ForC(IReadOnlyList<double> clinical, IReadOnlyList<double> nonClinical, int seed, int replicates = 2000, double confidence = 0.95)
    {
        Check(clinical, nameof(clinical));
        Check(nonClinical, nameof(nonClinical));
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 100);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }

        double spread = Sd(clinical) + Sd(nonClinical);
        if (!double.IsFinite(spread))
        {
            throw new ArgumentException("The scores are so far apart that their standard deviation overflows; rescale them.", nameof(clinical));
        }

        if (spread == 0)
        {
            throw new ArgumentException("Neither sample varies, so criterion c is undefined (0/0).", nameof(clinical));
        }

        double c = C(clinical, nonClinical);
        var random = new Random(seed);
        var draws = new double[replicates];
        double[] a = new double[clinical.Count], b = new double[nonClinical.Count];
        int kept = 0;
        for (int r = 0; r < replicates; r++)
        {
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = clinical[random.Next(a.Length)];
            }

            for (int i = 0; i < b.Length; i++)
            {
                b[i] = nonClinical[random.Next(b.Length)];
            }

            // A resample with no spread in either group has no c (0/0): it is left out.
            if (Sd(a) + Sd(b) > 0)
            {
                draws[kept++] = C(a, b);
            }
        }

        if (kept == 0)
        {
            throw new ArgumentException("Every resample lacked spread in both groups; the samples are too small to bootstrap.", nameof(clinical));
        }

        Array.Sort(draws, 0, kept);
        double tail = (1 - confidence) / 2;
        return new CutoffInterval(c, Quantile(draws, kept, tail), Quantile(draws, kept, 1 - tail), confidence, replicates, seed);
    }

    private static double C(IReadOnlyList<double> clinical, IReadOnlyList<double> nonClinical)
    {
        double s1 = Sd(clinical), s0 = Sd(nonClinical);
        return ((s1 * nonClinical.Average()) + (s0 * clinical.Average())) / (s1 + s0);
    }

    private static double Sd(IReadOnlyList<double> values) => MathNet.Numerics.Statistics.Statistics.StandardDeviation(values);

    // Type-7 (linear interpolation) quantile of the first n sorted values.
    private static double Quantile(double[] sorted, int n, double p)
    {
        double h = (n - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, n - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static void Check(IReadOnlyList<double> sample, string name)
    {
        ArgumentNullException.ThrowIfNull(sample, name);
        if (sample.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The {name} sample has {sample.Count} scores; at least 2 are needed."), name);
        }

        if (sample.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException($"The {name} sample has a score that is not a finite number.", name);
        }
    }
}
