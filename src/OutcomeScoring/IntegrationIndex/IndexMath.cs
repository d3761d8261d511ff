namespace OutcomeScoring.IntegrationIndex;

/// <summary>The weighted means, quantiles and ranking the index uses, written to run without allocation in the Monte Carlo loops.</summary>
internal static class IndexMath
{
    /// <summary>
    /// The weighted generalised mean of the first <paramref name="n"/> values with weights renormalised to sum to 1. Values must be 0
    /// or more except under the arithmetic mean. A 0 makes the geometric, harmonic and negative-power means 0 (their limit).
    /// </summary>
    public static double Mean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int n, Aggregation aggregation)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += weights[i];
        }

        switch (aggregation.Method)
        {
            case AggregationMethod.Arithmetic:
            {
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += weights[i] * values[i];
                }

                return sum / total;
            }

            case AggregationMethod.Geometric:
            {
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    if (values[i] == 0)
                    {
                        return 0;
                    }

                    sum += weights[i] * Math.Log(values[i]);
                }

                return Math.Exp(sum / total);
            }

            case AggregationMethod.Harmonic:
            {
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    if (values[i] == 0)
                    {
                        return 0;
                    }

                    sum += weights[i] / values[i];
                }

                return total / sum;
            }

            default:
            {
                // (sum w x^p)^(1/p) scaled by the largest value, so large exponents neither overflow nor underflow.
                double p = aggregation.Exponent, largest = 0;
                for (int i = 0; i < n; i++)
                {
                    if (values[i] == 0 && p < 0)
                    {
                        return 0;
                    }

                    largest = Math.Max(largest, values[i]);
                }

                if (largest == 0)
                {
                    return 0;
                }

                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += weights[i] * Math.Pow(values[i] / largest, p);
                }

                // The mean lies between the smallest and largest value; rounding must not carry it past the largest.
                return Math.Min(largest, largest * Math.Pow(sum / total, 1 / p));
            }
        }
    }

    /// <summary>Type-7 (linear interpolation) quantile of the first <paramref name="n"/> sorted values.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, int n, double p)
    {
        double h = (n - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, n - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Type-1 (inverse of the empirical distribution) quantile of the first <paramref name="n"/> sorted ranks: always an observed rank.</summary>
    public static int RankQuantile(ReadOnlySpan<int> sorted, int n, double p)
    {
        int k = (int)Math.Ceiling((n * p) - 1e-9);
        return sorted[Math.Clamp(k - 1, 0, n - 1)];
    }

    /// <summary>
    /// Standard competition ranks ("1224"), 1 = highest index, within each group of cells; cells without a finite index get 0.
    /// <paramref name="keys"/> and <paramref name="items"/> are work buffers at least as long as the largest group.
    /// </summary>
    public static void Rank(ReadOnlySpan<double> index, int[][] groups, Span<int> ranks, double[] keys, int[] items)
    {
        ranks.Clear();
        foreach (int[] group in groups)
        {
            int m = 0;
            foreach (int cell in group)
            {
                double value = index[cell];
                if (double.IsFinite(value))
                {
                    keys[m] = -value;
                    items[m++] = cell;
                }
            }

            Array.Sort(keys, items, 0, m);
            for (int i = 0; i < m; i++)
            {
                ranks[items[i]] = i > 0 && keys[i] == keys[i - 1] ? ranks[items[i - 1]] : i + 1;
            }
        }
    }
}
