using System.Globalization;
using System.Numerics;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// How many Newton steps <see cref="RaschSteps"/> takes for a calibration, and the proof that they are enough: for every
/// answer pattern the calibration scores (every set of answered items with at least its minimum, every raw score over them
/// that its uniform-extreme rule lets through), the steps computed here in doubles, formula for formula as the SQL writes
/// them, are compared with the engine's own estimate (<see cref="ICalibration.Score"/>). The number of steps is the most
/// any pattern needs to come within <see cref="Tolerance"/> (on the reporting scale: logits times the transform's slope,
/// when above 1) of the engine's estimate and of its standard error, plus one. A calibration for which some pattern does
/// not get there within <see cref="MostSteps"/> steps, for which the engine's estimate fails, or whose steps could leave
/// the range of <c>EXP</c>, is refused with the reason.
/// </summary>
internal static class RaschProof
{
    /// <summary>The most Newton steps the SQL takes.</summary>
    public const int MostSteps = 40;

    /// <summary>
    /// How close every pattern's SQL estimate must come to the engine's, in reporting-scale points: under half the 1e-12
    /// promised, leaving the rest to the engines' EXP and LN (which may differ from .NET's in the last place). Both estimates
    /// are the root to within the rounding of the estimating function (a raw score near 39 is summed to within a few units
    /// of 2^-48), divided by its slope: at a complete form's extreme raw score that is about 1.5e-14 logits, 1.2e-13 points
    /// with a slope of 8.
    /// </summary>
    public const double Tolerance = 4e-13;

    /// <summary>The most items a calibration may have: every set of answered items is tried (2^n of them).</summary>
    public const int MostItems = 20;

    /// <summary>Finds the number of steps, or says why there is none.</summary>
    /// <returns><see langword="null"/> with <paramref name="steps"/> set, or the reason the calibration is refused.</returns>
    public static string? Steps(ItemParameterCalibration calibration, out int steps)
    {
        steps = 0;
        RaschModel model = calibration.Model;
        if (model.ItemCount > MostItems)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its calibration '{calibration.Name}' has {model.ItemCount} items; the SQL's Newton steps are proved for every set of answered items, which is done for at most {MostItems}");
        }

        var mirror = new Mirror(calibration);
        double scale = Math.Max(1, calibration.Transform.Slope);
        int needed = 0;
        List<(int Mask, int Raw, PersonMeasure Measure)> patterns = [.. Patterns(calibration)];
        foreach ((int mask, int raw, PersonMeasure measure) in patterns)
        {
            if (!measure.IsSuccess)
            {
                return $"its calibration '{calibration.Name}' gives no estimate for {Describe(mask, raw)} ({measure.Message})";
            }

            int reached = mirror.StepsToReach(mask, raw, measure.Theta!.Value, Allowed(measure, scale));
            if (reached < 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"its calibration '{calibration.Name}': {MostSteps} Newton steps from the engine's starting value do not reach the engine's estimate {measure.Theta:R} for {Describe(mask, raw)}");
            }

            needed = Math.Max(needed, reached);
        }

        steps = needed + 1;
        double bound = (model.Thresholds.Max(t => t.Max(Math.Abs)) + Math.Log(2.0 * model.MaximumScore) + (steps * calibration.Estimation.MaximumStep)) * model.Thresholds.Max(t => t.Length);
        if (!(bound < 600))
        {
            return string.Create(CultureInfo.InvariantCulture, $"its calibration '{calibration.Name}' has thresholds or a step size so large that a step's EXP could pass e^600, beyond what every engine computes without overflow");
        }

        foreach ((int mask, int raw, PersonMeasure measure) in patterns)
        {
            (double theta, double se) = mirror.Estimate(mask, raw, steps);
            double allowed = Allowed(measure, scale);
            if (!(Math.Abs(theta - measure.Theta!.Value) <= allowed && Math.Abs(se - measure.StandardError!.Value) <= allowed))
            {
                return string.Create(CultureInfo.InvariantCulture, $"its calibration '{calibration.Name}': after {steps} Newton steps the estimate for {Describe(mask, raw)} is {theta:R} (SE {se:R}), not the engine's {measure.Theta:R} (SE {measure.StandardError:R})");
            }
        }

        return null;
    }

    /// <summary>
    /// How far, in logits, the SQL's estimate may lie from the engine's: <see cref="Tolerance"/> on the reporting scale, or,
    /// where the root is so ill-conditioned that the estimating function's own rounding moves it further (a maximum
    /// likelihood estimate at an adjusted extreme score), four units in the last place of the maximum raw score divided by
    /// the test information (SE^2 per unit): no estimate in doubles, the engine's included, is nearer the root than that.
    /// </summary>
    private static double Allowed(PersonMeasure measure, double scale)
    {
        double se = measure.StandardError!.Value, maximum = measure.MaximumScore;
        return Math.Max(Tolerance / scale, 4 * (Math.BitIncrement(maximum) - maximum) * se * se);
    }

    /// <summary>
    /// Every pattern the calibration scores: each set of answered items (a bit per item) with at least its minimum, each raw
    /// score its uniform-extreme rule lets through, and the engine's estimate for it.
    /// </summary>
    private static IEnumerable<(int Mask, int Raw, PersonMeasure Measure)> Patterns(ItemParameterCalibration calibration)
    {
        int n = calibration.ItemCount;
        var categories = new int?[n];
        for (int mask = 1; mask < 1 << n; mask++)
        {
            if (BitOperations.PopCount((uint)mask) < calibration.MinimumAnswered)
            {
                continue;
            }

            int maximum = Enumerable.Range(0, n).Where(j => (mask & (1 << j)) != 0).Sum(j => calibration.MaximumCategory(j + 1));
            for (int raw = 0; raw <= maximum; raw++)
            {
                if (calibration.RejectUniformExtremes && (raw == 0 || raw == maximum))
                {
                    continue;
                }

                int left = raw;
                for (int j = 0; j < n; j++)
                {
                    int top = calibration.MaximumCategory(j + 1);
                    categories[j] = (mask & (1 << j)) == 0 ? null : Math.Min(top, left);
                    left -= categories[j] ?? 0;
                }

                CalibratedScore score = calibration.Score(categories);
                yield return (mask, raw, score.Measure ?? default);
            }
        }
    }

    private static string Describe(int mask, int raw) =>
        string.Create(CultureInfo.InvariantCulture, $"raw score {raw} over items {string.Join(", ", Enumerable.Range(0, 32).Where(j => (mask & (1 << j)) != 0).Select(j => j + 1))}");

    /// <summary>The SQL's arithmetic in doubles: the same formulas, in the same order (the engines' EXP and LN may differ from .NET's in the last place).</summary>
    private sealed class Mirror(ItemParameterCalibration calibration)
    {
        private readonly double[][] _weights = RaschSteps.Weights(calibration.Model);
        private readonly double[] _sums = RaschSteps.ThresholdSums(calibration.Model);
        private readonly bool _ml = calibration.Estimation.Estimator == RaschEstimator.MaximumLikelihood;
        private readonly double _adjustment = calibration.Estimation.ExtremeScoreAdjustment;
        private readonly double _most = calibration.Estimation.MaximumStep;
        private readonly double[] _w = new double[calibration.Model.Thresholds.Max(t => t.Length) + 1];

        /// <summary>The first step count after which the estimate is within the tolerance of the engine's, or -1.</summary>
        public int StepsToReach(int mask, int raw, double theta, double tolerance)
        {
            (double t, double target, int maximum) = Start(mask, raw);
            for (int k = 0; k <= MostSteps; k++)
            {
                if (Math.Abs(t - theta) <= tolerance)
                {
                    return k;
                }

                t = Next(mask, t, target);
            }

            return -1;
        }

        /// <summary>The estimate and its standard error after a number of steps.</summary>
        public (double Theta, double StandardError) Estimate(int mask, int raw, int steps)
        {
            (double t, double target, _) = Start(mask, raw);
            for (int k = 0; k < steps; k++)
            {
                t = Next(mask, t, target);
            }

            Moments(mask, Math.Exp(t), out _, out double v, out _, out _);
            return (t, 1 / Math.Sqrt(v));
        }

        private (double T, double Target, int Maximum) Start(int mask, int raw)
        {
            int maximum = 0;
            double sum = 0;
            for (int j = 0; j < _weights.Length; j++)
            {
                if ((mask & (1 << j)) != 0)
                {
                    maximum += _weights[j].Length;
                    sum += _sums[j];
                }
            }

            double target = _ml ? (raw <= 0 ? _adjustment : raw >= maximum ? maximum - _adjustment : raw) : raw;
            double start = target < 0.5 ? 0.5 : target > maximum - 0.5 ? maximum - 0.5 : target;
            double t = maximum > 0 ? (sum / maximum) + Math.Log(start / (maximum - start)) : 0;
            return (t, target, maximum);
        }

        private double Next(int mask, double t, double target)
        {
            Moments(mask, Math.Exp(t), out double e, out double v, out double third, out double fourth);
            double residual = target - e;
            double g = _ml || !(v > 0) ? residual : residual + (third / (2 * v));
            double slope = (0 - v) + (((fourth * v) - (third * third)) / (2 * v * v));
            double step = g == 0 ? 0 : v <= 0 ? (g > 0 ? _most : -_most) : _ml ? g / v : (0 - g) / (slope < 0 ? slope : 0 - v);
            return t + (step < -_most ? -_most : step > _most ? _most : step);
        }

        private void Moments(int mask, double x, out double e, out double v, out double third, out double fourth)
        {
            e = v = third = fourth = 0;
            double[] w = _w;
            for (int j = 0; j < _weights.Length; j++)
            {
                if ((mask & (1 << j)) == 0)
                {
                    continue;
                }

                int top = _weights[j].Length;
                double power = x, z = 1, first = 0;
                w[0] = 1;
                for (int c = 1; c <= top; c++)
                {
                    w[c] = _weights[j][c - 1] * power;
                    power *= x;
                    z += w[c];
                    first += c == 1 ? w[c] : c * w[c];
                }

                double mean = first / z, m2 = 0, m3 = 0, m4 = 0;
                for (int c = 0; c <= top; c++)
                {
                    double dev = c - mean, dev2 = dev * dev;
                    m2 += dev2 * w[c];
                    m3 += dev2 * dev * w[c];
                    m4 += dev2 * dev2 * w[c];
                }

                m2 /= z;
                m3 /= z;
                m4 /= z;
                e += mean;
                v += m2;
                third += m3;
                fourth += m4 - (3 * m2 * m2);
            }
        }
    }
}
