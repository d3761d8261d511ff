using MathNet.Numerics.Statistics;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// First-order and total-effect variance-based (Sobol) sensitivity indices of several outputs to groups of inputs, from two
/// independent N x k matrices A and B of uniform inputs on [0, 1) and the N(d + 2) model runs of the Saltelli design: f(A), f(B) and, for
/// each group i, f(A_B^i), where A_B^i is A with the columns of group i taken from B.
/// </summary>
/// <remarks>
/// <para>
/// Estimators (Saltelli et al. 2010, Comput Phys Commun 181:259-270, table 2): first order S_i = mean(f(B) (f(A_B^i) - f(A))) / V
/// (Saltelli 2010, b; f(B) centred on the mean of f(A) and f(B), which keeps it unbiased and lowers its variance); total effect S_Ti = mean((f(A) - f(A_B^i))^2) / (2V) (Jansen 1999, f); V = the variance of f(A) and f(B) together.
/// Each index also gets a Monte Carlo standard error, SD of its terms / (sqrt(N) x V) (V taken as known), so that "S_i below S_Ti"
/// and "S_i in [0, 1]" can be judged within Monte Carlo error; estimates are not clamped.
/// </para>
/// <para>All inputs come from one System.Random: A row by row, then B row by row, so the same seed gives the same indices. Means and
/// variances are MathNet's (ArrayStatistics). Not thread-safe per call; pure otherwise.</para>
/// </remarks>
internal static class SobolEstimator
{
    /// <summary>The indices of one output to one group: estimates and standard errors (NaN when the output does not vary).</summary>
    internal readonly record struct Estimate(double FirstOrder, double TotalEffect, double FirstOrderError, double TotalEffectError);

    /// <summary>Estimates the indices of <paramref name="outputs"/> outputs to each group of inputs.</summary>
    /// <param name="groupSizes">The number of inputs in each group (a choice such as "weights" is one group of several inputs).</param>
    /// <param name="outputs">How many outputs the model gives per run.</param>
    /// <param name="model">Fills the outputs (second argument) from the inputs (first argument, each on [0, 1)).</param>
    /// <param name="baseSamples">N, the rows of A and B.</param>
    /// <param name="random">The seeded source of the inputs.</param>
    /// <param name="variances">Receives the variance of each output over f(A) and f(B).</param>
    /// <returns>The indices, output-major: <c>[output * groups + group]</c>.</returns>
    public static Estimate[] Run(int[] groupSizes, int outputs, Action<double[], double[]> model, int baseSamples, Random random, out double[] variances)
    {
        int groups = groupSizes.Length, k = groupSizes.Sum(), n = baseSamples;
        double[][] a = Matrix(n, k, random), b = Matrix(n, k, random);
        double[][] fa = Outputs(a, outputs, model), fb = Outputs(b, outputs, model);
        var fab = new double[groups][][];
        for (int g = 0, start = 0; g < groups; start += groupSizes[g], g++)
        {
            double[][] mixed = new double[n][];
            for (int r = 0; r < n; r++)
            {
                mixed[r] = (double[])a[r].Clone();
                Array.Copy(b[r], start, mixed[r], start, groupSizes[g]);
            }

            fab[g] = Outputs(mixed, outputs, model);
        }

        variances = new double[outputs];
        var result = new Estimate[outputs * groups];
        double[] both = new double[2 * n], first = new double[n], total = new double[n];
        for (int o = 0; o < outputs; o++)
        {
            for (int r = 0; r < n; r++)
            {
                both[r] = fa[r][o];
                both[n + r] = fb[r][o];
            }

            double v = ArrayStatistics.Variance(both);
            variances[o] = v;
            for (int g = 0; g < groups; g++)
            {
                double mean = ArrayStatistics.Mean(both);
                if (!(v > 1e-12 * Math.Max(1, mean * mean)))
                {
                    result[(o * groups) + g] = new Estimate(double.NaN, double.NaN, double.NaN, double.NaN);
                    continue;
                }

                for (int r = 0; r < n; r++)
                {
                    double d = fab[g][r][o] - fa[r][o];
                    first[r] = (fb[r][o] - mean) * d;
                    total[r] = d * d;
                }

                double root = Math.Sqrt(n);
                result[(o * groups) + g] = new Estimate(
                    ArrayStatistics.Mean(first) / v,
                    ArrayStatistics.Mean(total) / (2 * v),
                    ArrayStatistics.StandardDeviation(first) / (root * v),
                    ArrayStatistics.StandardDeviation(total) / (root * 2 * v));
            }
        }

        return result;
    }

    private static double[][] Matrix(int rows, int columns, Random random)
    {
        double[][] matrix = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            matrix[r] = new double[columns];
            for (int c = 0; c < columns; c++)
            {
                matrix[r][c] = random.NextDouble();
            }
        }

        return matrix;
    }

    private static double[][] Outputs(double[][] inputs, int outputs, Action<double[], double[]> model)
    {
        double[][] result = new double[inputs.Length][];
        for (int r = 0; r < inputs.Length; r++)
        {
            result[r] = new double[outputs];
            model(inputs[r], result[r]);
        }

        return result;
    }
}
