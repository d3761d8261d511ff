using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace OutcomeScoring.Activation;

/// <summary>
/// A Rasch model for polytomous items (partial credit or rating scale) with person estimation by maximum
/// likelihood or Warm's weighted likelihood, over the answered items only. Pure: no I/O, no state.
/// </summary>
/// <remarks>
/// <para>
/// Item i is answered in categories k = 0..M_i and has thresholds (step difficulties) d_i1..d_iM, in logits.
/// Partial credit model: P_ik(t) = exp(sum_{j&lt;=k} (t - d_ij)) / sum_{m=0..M} exp(sum_{j&lt;=m} (t - d_ij)),
/// the empty sum being 0. Rating scale model: d_ij = d_i + tau_j, the taus shared by all items. Over the answered
/// items, E_i = sum k P_ik, V_i = sum (k - E_i)^2 P_ik and T_i = sum (k - E_i)^3 P_ik.
/// </para>
/// <para>
/// Maximum likelihood solves sum E_i(t) = R by Newton-Raphson, t &lt;- t + clamp((R - sum E_i) / sum V_i);
/// at R = 0 and R = max it uses the extreme-score adjustment instead. Warm's weighted likelihood solves
/// R - sum E_i + sum T_i / (2 sum V_i) = 0 by Newton-Raphson with the exact derivative (falling back to
/// -sum V_i if that derivative is not negative). Steps are clamped to <see cref="PersonEstimationOptions.MaximumStep"/>
/// and safeguarded by a bracket around the root (a step that would leave it, or that fails to halve the previous
/// step, is replaced by bisection, as in Numerical Recipes' rtsafe; before a bracket exists, steps that fail to
/// halve are doubled up to the clamp to find one), so the
/// iteration cannot oscillate. Where widely spread or disordered thresholds give the weighted likelihood more
/// than one stationary point, the root reached from the starting value (mean threshold plus the log-odds of
/// the raw score) is returned.
/// The standard error is 1/sqrt(sum V_i) at the estimate for both estimators.
/// </para>
/// <para>
/// Sources: Linacre, Rasch Measurement Transactions 10:2 and 12:2 (estimation); Warm 1989, Psychometrika
/// 54:427-450 (weighted likelihood). Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RaschModel
{
    private readonly double[][] _thresholds;
    private readonly int _maximumScore;

    private RaschModel(RaschModelKind kind, double[][] thresholds, ImmutableArray<double> difficulties, ImmutableArray<double> taus)
    {
        Kind = kind;
        _thresholds = thresholds;
        Thresholds = [.. thresholds.Select(t => ImmutableArray.Create(t))];
        ItemDifficulties = difficulties;
        Taus = taus;
        _maximumScore = thresholds.Sum(t => t.Length);
    }

    /// <summary>Gets which model this is.</summary>
    public RaschModelKind Kind { get; }

    /// <summary>Gets the number of items.</summary>
    public int ItemCount => _thresholds.Length;

    /// <summary>Gets the thresholds d_i1..d_iM of each item, in logits, item 1 first (for the rating scale model, d_i + tau_j).</summary>
    public ImmutableArray<ImmutableArray<double>> Thresholds { get; }

    /// <summary>Gets the item difficulties d_i of a rating scale model, or an empty array for a partial credit model.</summary>
    public ImmutableArray<double> ItemDifficulties { get; }

    /// <summary>Gets the shared thresholds tau_j of a rating scale model, or an empty array for a partial credit model.</summary>
    public ImmutableArray<double> Taus { get; }

    /// <summary>Gets the highest possible raw score when every item is answered (sum of M_i).</summary>
    public int MaximumScore => _maximumScore;

    /// <summary>Builds a partial credit model.</summary>
    /// <param name="thresholds">For each item, item 1 first, its thresholds d_i1..d_iM in logits (at least one, all finite).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> or one item's thresholds is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no items, an item has no thresholds, or a threshold is not a finite number; the message names the item.</exception>
    public static RaschModel PartialCredit(IEnumerable<IEnumerable<double>> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        double[][] items = [.. thresholds.Select((t, i) => t is null
            ? throw new ArgumentNullException(nameof(thresholds), string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} has no threshold list (null)."))
            : t.ToArray())];
        Validate(items, nameof(thresholds));
        return new RaschModel(RaschModelKind.PartialCredit, items, [], []);
    }

    /// <summary>Builds a rating scale model: d_ij = d_i + tau_j.</summary>
    /// <param name="itemDifficulties">The item difficulties d_i in logits, item 1 first (all finite).</param>
    /// <param name="taus">The thresholds tau_1..tau_M shared by every item (at least one, all finite).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no items or no taus, or a value is not a finite number; the message names it.</exception>
    public static RaschModel RatingScale(IEnumerable<double> itemDifficulties, IEnumerable<double> taus)
    {
        ArgumentNullException.ThrowIfNull(itemDifficulties);
        ArgumentNullException.ThrowIfNull(taus);
        ImmutableArray<double> d = [.. itemDifficulties];
        ImmutableArray<double> tau = [.. taus];
        if (tau.IsEmpty)
        {
            throw new ArgumentException("A rating scale model needs at least one tau.", nameof(taus));
        }

        for (int j = 0; j < tau.Length; j++)
        {
            if (!double.IsFinite(tau[j]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Tau {j + 1} is {tau[j]}; taus must be finite numbers."), nameof(taus));
            }
        }

        for (int i = 0; i < d.Length; i++)
        {
            if (!double.IsFinite(d[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} difficulty is {d[i]}; difficulties must be finite numbers."), nameof(itemDifficulties));
            }
        }

        double[][] items = [.. d.Select(di => tau.Select(t => di + t).ToArray())];
        Validate(items, nameof(itemDifficulties));
        return new RaschModel(RaschModelKind.RatingScale, items, d, tau);
    }

    /// <summary>Gets the highest category M_i of an item (its number of thresholds).</summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <returns>M_i; the item is answered in categories 0..M_i.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such item.</exception>
    public int MaximumCategory(int itemNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemNumber, ItemCount);
        return _thresholds[itemNumber - 1].Length;
    }

    /// <summary>Estimates a person measure from the categories of the answered items.</summary>
    /// <param name="categories">One entry per item, item 1 first: the category 0..M_i, or <see langword="null"/> for an item not answered.</param>
    /// <param name="options">How to estimate; <see cref="PersonEstimationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The measure, or a failure with its reason (no item answered, no convergence); never NaN.</returns>
    /// <exception cref="ArgumentException">The number of entries differs from <see cref="ItemCount"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category lies outside 0..M_i (the message names the item, the value and the range), or an option is out of range.</exception>
    public PersonMeasure Estimate(ReadOnlySpan<int?> categories, PersonEstimationOptions? options)
    {
        CheckLength(categories.Length);
        int[]? rented = null;
        Span<int> answered = ItemCount <= 64 ? stackalloc int[ItemCount] : (rented = ArrayPool<int>.Shared.Rent(ItemCount));
        try
        {
            int count = 0, raw = 0;
            for (int i = 0; i < categories.Length; i++)
            {
                if (categories[i] is { } k)
                {
                    CheckCategory(i, k);
                    answered[count++] = i;
                    raw += k;
                }
            }

            return Solve(answered[..count], raw, options);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Estimates a person measure from the categories of the answered items.</summary>
    /// <param name="categories">
    /// One entry per item, item 1 first: the category 0..M_i (already recoded), or <see cref="Answer.NotAnswered"/> /
    /// <see cref="Answer.NotApplicable"/> for an item not answered.
    /// </param>
    /// <param name="options">How to estimate; <see cref="PersonEstimationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The measure, or a failure with its reason (no item answered, no convergence); never NaN.</returns>
    /// <exception cref="ArgumentException">The number of entries differs from <see cref="ItemCount"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category lies outside 0..M_i (the message names the item, the value and the range), or an option is out of range.</exception>
    public PersonMeasure Estimate(ReadOnlySpan<Answer> categories, PersonEstimationOptions? options)
    {
        CheckLength(categories.Length);
        Span<int?> values = categories.Length <= 64 ? stackalloc int?[categories.Length] : new int?[categories.Length];
        for (int i = 0; i < categories.Length; i++)
        {
            values[i] = categories[i].Value;
        }

        return Estimate(values, options);
    }

    /// <summary>
    /// Estimates the person measure for a raw score with every item answered (for example to build a raw-score
    /// table, or to check a non-whole score such as the centre of an odd maximum).
    /// </summary>
    /// <param name="rawScore">The raw score, 0 to <see cref="MaximumScore"/>.</param>
    /// <param name="options">How to estimate; <see cref="PersonEstimationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The measure, or a failure with its reason; never NaN.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The raw score is not a number between 0 and <see cref="MaximumScore"/>, or an option is out of range.</exception>
    public PersonMeasure EstimateFromRawScore(double rawScore, PersonEstimationOptions? options = null)
    {
        if (!(rawScore >= 0 && rawScore <= _maximumScore))
        {
            ThrowRawScore(rawScore, _maximumScore);
        }

        Span<int> all = ItemCount <= 64 ? stackalloc int[ItemCount] : new int[ItemCount];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        return Solve(all, rawScore, options);
    }

    /// <summary>Gets the expected raw score sum E_i(theta) over all items (the test characteristic curve).</summary>
    /// <param name="theta">The person measure, in logits.</param>
    /// <returns>The expected raw score, between 0 and <see cref="MaximumScore"/>.</returns>
    public double ExpectedScore(double theta)
    {
        double sum = 0;
        foreach (double[] item in _thresholds)
        {
            Moments(item, theta, out double e, out _, out _, out _);
            sum += e;
        }

        return sum;
    }

    private PersonMeasure Solve(ReadOnlySpan<int> items, double raw, PersonEstimationOptions? options)
    {
        PersonEstimationOptions o = options ?? PersonEstimationOptions.Default;
        o.Validate();
        int max = 0;
        double thresholdSum = 0;
        int thresholdCount = 0;
        foreach (int i in items)
        {
            max += _thresholds[i].Length;
            foreach (double d in _thresholds[i])
            {
                thresholdSum += d;
                thresholdCount++;
            }
        }

        if (items.IsEmpty)
        {
            return new PersonMeasure(o.Estimator, PersonMeasureFailure.NoItemsAnswered, "No item was answered, so no person measure can be estimated.", 0, 0, 0, 0);
        }

        bool extreme = raw <= 0 || raw >= max;
        bool ml = o.Estimator == RaschEstimator.MaximumLikelihood;
        double target = ml && extreme ? (raw <= 0 ? o.ExtremeScoreAdjustment : max - o.ExtremeScoreAdjustment) : raw;

        // Start from the mean threshold shifted by the log-odds of the (clamped) proportion of the maximum.
        double start = Math.Clamp(target, Math.Min(0.5, max / 2.0), Math.Max(max - 0.5, max / 2.0));
        double t = (thresholdSum / thresholdCount) + Math.Log(start / (max - start));
        if (!double.IsFinite(t))
        {
            t = thresholdSum / thresholdCount;
        }

        // Safeguarded Newton-Raphson: every point visited narrows a bracket [low, high] around a root (the
        // estimating function is positive below the root side and negative above it); a clamped Newton step
        // that would leave the bracket is replaced by bisection, so oscillation cannot go on.
        double low = double.NegativeInfinity, high = double.PositiveInfinity, previousStep = double.PositiveInfinity;
        for (int iteration = 1; iteration <= o.MaximumIterations; iteration++)
        {
            SumMoments(items, t, out double e, out double v, out double third, out double fourth);
            double g = ml || !(v > 0) ? target - e : target - e + (third / (2 * v));
            if (g > 0)
            {
                low = t;
            }
            else if (g < 0)
            {
                high = t;
            }

            double step;
            if (g == 0)
            {
                step = 0;
            }
            else if (!(v > 0))
            {
                // Information has underflowed: move towards the root by the largest step allowed.
                step = g > 0 ? o.MaximumStep : -o.MaximumStep;
            }
            else if (ml)
            {
                step = g / v;
            }
            else
            {
                double slope = -v + (((fourth * v) - (third * third)) / (2 * v * v));
                step = -g / (slope < 0 && double.IsFinite(slope) ? slope : -v);
            }

            if (!double.IsFinite(step))
            {
                step = g > 0 ? o.MaximumStep : -o.MaximumStep;
            }

            step = Math.Clamp(step, -o.MaximumStep, o.MaximumStep);
            bool converged = g == 0 || Math.Abs(step) < o.Tolerance;
            bool bracketed = double.IsFinite(low) && double.IsFinite(high);
            if (!converged && !bracketed && Math.Abs(step) > Math.Abs(previousStep) / 2 && Math.Abs(step) < o.MaximumStep)
            {
                // Creeping towards a root not yet bracketed (a flat stretch of the estimating function):
                // double the step, up to the clamp, until the sign changes.
                step = Math.CopySign(Math.Min(o.MaximumStep, 2 * Math.Abs(previousStep)), step);
            }

            double next = t + step;
            if (!converged && bracketed
                && (next <= low || next >= high || Math.Abs(step) > Math.Abs(previousStep) / 2))
            {
                // Bisect when Newton would leave the bracket or is not at least halving its steps.
                next = low + ((high - low) / 2);
                converged = high - low < o.Tolerance;
            }

            previousStep = next - t;

            t = next;
            if (converged)
            {
                SumMoments(items, t, out _, out double vFinal, out _, out _);
                if (vFinal > 0 && double.IsFinite(t))
                {
                    return new PersonMeasure(o.Estimator, t, 1 / Math.Sqrt(vFinal), raw, max, items.Length, iteration, extreme);
                }

                break;
            }
        }

        return new PersonMeasure(
            o.Estimator,
            PersonMeasureFailure.DidNotConverge,
            string.Create(CultureInfo.InvariantCulture, $"The {(ml ? "maximum likelihood" : "weighted likelihood")} estimate did not converge to {o.Tolerance:R} logits within {o.MaximumIterations} iterations (raw score {raw:R} of {max} over {items.Length} items)."),
            raw,
            max,
            items.Length,
            o.MaximumIterations);
    }

    private void SumMoments(ReadOnlySpan<int> items, double t, out double e, out double v, out double third, out double fourth)
    {
        e = v = third = fourth = 0;
        foreach (int i in items)
        {
            Moments(_thresholds[i], t, out double ei, out double vi, out double ti, out double ki);
            e += ei;
            v += vi;
            third += ti;
            fourth += ki;
        }
    }

    /// <summary>Expected category, variance, third central moment and fourth cumulant of one item at theta.</summary>
    private static void Moments(double[] thresholds, double t, out double e, out double v, out double third, out double fourth)
    {
        // Cumulative logits l_k = sum_{j<=k} (t - d_j); subtract the largest before exponentiating.
        double cumulative = 0, largest = 0;
        foreach (double d in thresholds)
        {
            cumulative += t - d;
            largest = Math.Max(largest, cumulative);
        }

        // Each category's weight exp(l_k - largest) is computed once and reused for every moment.
        Span<double> w = thresholds.Length < 32 ? stackalloc double[thresholds.Length + 1] : new double[thresholds.Length + 1];
        w[0] = Math.Exp(-largest);
        double z = w[0], first = 0;
        cumulative = 0;
        for (int k = 1; k <= thresholds.Length; k++)
        {
            cumulative += t - thresholds[k - 1];
            w[k] = Math.Exp(cumulative - largest);
            z += w[k];
            first += k * w[k];
        }

        e = first / z;
        double m2 = 0, m3 = 0, m4 = 0;
        for (int k = 0; k <= thresholds.Length; k++)
        {
            double p = w[k] / z;
            double dev = k - e, dev2 = dev * dev;
            m2 += dev2 * p;
            m3 += dev2 * dev * p;
            m4 += dev2 * dev2 * p;
        }

        v = m2;
        third = m3;
        fourth = m4 - (3 * m2 * m2);
    }

    private void CheckLength(int length)
    {
        if (length != ItemCount)
        {
            ThrowLength(length, ItemCount);
        }
    }

    private void CheckCategory(int index, int category)
    {
        if (category < 0 || category > _thresholds[index].Length)
        {
            ThrowCategory(index + 1, category, _thresholds[index].Length);
        }
    }

    /// <summary>Throws the error for a category outside 0..maximum (shared with the calibrations' checks).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowCategory(int itemNumber, int category, int maximum, string paramName = "categories") =>
        throw new ArgumentOutOfRangeException(
            paramName,
            category,
            string.Create(CultureInfo.InvariantCulture, $"Item {itemNumber}: category {category} is outside the allowed range 0-{maximum}."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLength(int length, int itemCount, string paramName = "categories") =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The model has {itemCount} items but {length} categories were given; give one entry per item, null for an item not answered."),
            paramName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRawScore(double rawScore, int maximum) =>
        throw new ArgumentOutOfRangeException(
            nameof(rawScore),
            rawScore,
            string.Create(CultureInfo.InvariantCulture, $"Raw score {rawScore} is outside the allowed range 0-{maximum}."));

    private static void Validate(double[][] items, string parameter)
    {
        if (items.Length == 0)
        {
            throw new ArgumentException("A Rasch model needs at least one item.", parameter);
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Length == 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} has no thresholds; an item needs at least one (two categories)."), parameter);
            }

            for (int j = 0; j < items[i].Length; j++)
            {
                if (!double.IsFinite(items[i][j]))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} threshold {j + 1} is {items[i][j]}; thresholds must be finite numbers."), parameter);
                }
            }
        }
    }
}
