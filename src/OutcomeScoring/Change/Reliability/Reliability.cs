using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Change;

/// <summary>
/// Internal consistency of a set of items: Cronbach's alpha with the Feldt confidence interval, item-rest correlations and
/// alpha if item deleted.
/// </summary>
/// <remarks>
/// <para>
/// alpha = k/(k-1) * (1 - sum of item variances / variance of the total score), with sample variances (divisor n - 1) over the
/// complete cases: rows with every item present. Rows with a missing item are left out and counted.
/// </para>
/// <para>
/// Feldt interval: (1 - alpha_hat)/(1 - alpha) follows F(n-1, (n-1)(k-1)), so the 1-g interval is
/// [1 - (1 - alpha_hat) F(1-g/2), 1 - (1 - alpha_hat) F(g/2)]. The F quantiles are found by bisection on MathNet.Numerics'
/// regularised incomplete beta function, which cannot fail to converge (MathNet's <c>FisherSnedecor.InvCDF</c> throws for
/// small samples at high confidence, e.g. 3 rows of 2 items at 99.9%).
/// </para>
/// <para>
/// Sources: Cronbach 1951, Psychometrika 16:297-334 (alpha); Feldt 1965, Psychometrika 30:357-370 (interval);
/// CECPfuns (cpsyctc/CECPfuns, R, getChronbachAlpha: the same formula, sample variances and listwise deletion, though it stops with
/// an error where this returns a reason, and also refuses 2 items, 2 rows and constant items); specs/change.md,
/// "Cronbach's alpha and its interval". See docs/reliability.md. Pure and deterministic; thread-safe.
/// </para>
/// </remarks>
public static class Reliability
{
    /// <summary>
    /// The total score's variance is treated as zero when it is at most this share of the sum of item variances (items that
    /// cancel out exactly can leave a rounding residue).
    /// </summary>
    private const double RelativeZero = 1e-12;

    /// <summary>Computes Cronbach's alpha, its Feldt interval and per-item statistics over the complete cases of <paramref name="rows"/>.</summary>
    /// <param name="rows">One row per person; one value per item, <see langword="null"/> for a missing answer. Every row must have the same length.</param>
    /// <param name="confidence">The confidence level of the Feldt interval, strictly between 0 and 1 (default 0.95). At 0.8 and above the interval contains alpha; at very low levels it need not (the median of F is not exactly 1).</param>
    /// <returns>
    /// The result. Alpha is <see langword="null"/>, with a <see cref="CronbachAlphaResult.Reason"/> and an <see cref="CronbachAlphaResult.Explanation"/>, when there are fewer than 2
    /// items, fewer than 2 complete cases, or the total score does not vary.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A row is <see langword="null"/>, rows differ in length, or a value is NaN or infinite (the message names the 0-based row and item).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static CronbachAlphaResult CronbachAlpha(IEnumerable<IReadOnlyList<double?>> rows, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, string.Create(CultureInfo.InvariantCulture, $"A confidence level must lie strictly between 0 and 1 (for example 0.95); got {confidence}."));
        }

        int k = -1, rowCount = 0;
        List<double[]> complete = [];
        foreach (IReadOnlyList<double?> row in rows)
        {
            if (row is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {rowCount} is null; give a row of values (null for a missing item)."), nameof(rows));
            }

            if (k < 0)
            {
                k = row.Count;
            }
            else if (row.Count != k)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {rowCount} has {row.Count} items; row 0 has {k}. Every row must have the same number of items."), nameof(rows));
            }

            bool isComplete = true;
            double[] values = new double[k];
            for (int j = 0; j < k; j++)
            {
                // No pattern variable here or below: a mutant that removes the early exit must still compile, or Stryker
                // drops every mutant of this method (issue 21).
                double? value = row[j];
                if (!value.HasValue)
                {
                    isComplete = false;
                    continue;
                }

                double v = value.Value;
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {rowCount}, item {j} is {v}; values must be finite numbers (null for a missing item)."), nameof(rows));
                }

                values[j] = v;
            }

            if (isComplete)
            {
                complete.Add(values);
            }

            rowCount++;
        }

        k = Math.Max(k, 0);
        int n = complete.Count;
        if (k < 2)
        {
            return Undefined(AlphaUndefinedReason.TooFewItems, string.Create(CultureInfo.InvariantCulture, $"alpha undefined: it needs at least 2 items; there are {k}."));
        }

        if (n < 2)
        {
            return Undefined(AlphaUndefinedReason.TooFewCompleteCases, string.Create(CultureInfo.InvariantCulture, $"alpha undefined: it needs at least 2 complete cases (rows with every item present); there are {n}."));
        }

        double[][] columns = new double[k][];
        for (int j = 0; j < k; j++)
        {
            columns[j] = new double[n];
            for (int i = 0; i < n; i++)
            {
                columns[j][i] = complete[i][j];
            }
        }

        double[] totals = new double[n];
        for (int i = 0; i < n; i++)
        {
            totals[i] = Sum(complete[i]);
        }

        double[] variances = Array.ConvertAll(columns, Variance);
        double sumOfVariances = variances.Sum();
        double? alpha = Alpha(k, sumOfVariances, Variance(totals));

        // Each rest score is the total less the item, so the item statistics take O(n k) time, not O(n k^2) (issue 21, D8).
        ImmutableArray<ItemReliability>.Builder items = ImmutableArray.CreateBuilder<ItemReliability>(k);
        double[] rest = new double[n];
        for (int j = 0; j < k; j++)
        {
            for (int i = 0; i < n; i++)
            {
                rest[i] = totals[i] - complete[i][j];
            }

            double? alphaIfDeleted = k >= 3 ? Alpha(k - 1, sumOfVariances - variances[j], Variance(rest)) : null;
            items.Add(new ItemReliability(j, columns[j].Average(), variances[j], Correlation(columns[j], rest), alphaIfDeleted));
        }

        if (!alpha.HasValue)
        {
            return new CronbachAlphaResult(null, null, null, confidence, rowCount, n, k, items.MoveToImmutable(), AlphaUndefinedReason.TotalDoesNotVary, "alpha undefined: the total score does not vary");
        }

        double a = alpha.Value;
        double g = 1 - confidence, df1 = n - 1, df2 = (n - 1.0) * (k - 1);
        double lower = 1 - ((1 - a) * FDistribution.Quantile(df1, df2, 1 - (g / 2)));
        double upper = 1 - ((1 - a) * FDistribution.Quantile(df1, df2, g / 2));
        return new CronbachAlphaResult(a, lower, upper, confidence, rowCount, n, k, items.MoveToImmutable(), AlphaUndefinedReason.None, null);

        CronbachAlphaResult Undefined(AlphaUndefinedReason reason, string explanation) =>
            new(null, null, null, confidence, rowCount, n, k, [], reason, explanation);
    }

    private static double? Alpha(int k, double sumOfItemVariances, double totalVariance) =>
        totalVariance <= RelativeZero * sumOfItemVariances || totalVariance == 0
            ? null
            : k / (k - 1.0) * (1 - (sumOfItemVariances / totalVariance));

    private static double Sum(double[] values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>The sample variance (divisor n - 1), exactly 0 when every value is the same.</summary>
    private static double Variance(double[] x)
    {
        if (IsConstant(x))
        {
            return 0;
        }

        return MathNet.Numerics.Statistics.ArrayStatistics.Variance(x);
    }

    private static double? Correlation(double[] x, double[] y)
    {
        if (IsConstant(x) || IsConstant(y))
        {
            return null;
        }

        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    private static bool IsConstant(double[] x) => Array.TrueForAll(x, v => v == x[0]);
}
