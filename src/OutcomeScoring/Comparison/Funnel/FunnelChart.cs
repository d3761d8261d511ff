using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Contracts;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomeScoring.Comparison;

/// <summary>
/// Funnel limits for comparing units of different sizes against a target: proportions (normal, exact binomial with interpolation,
/// arcsine), means (normal with the pooled within-unit SD) and O/E ratios (exact Poisson), at 95% and 99.8%, optionally widened for
/// over-dispersion (Winsorised phi; multiplicative or additive tau^2). Returns data, not a picture: a limits table over a range of
/// sizes and, per unit in input order, its value, z-score, the limits at its own size and whether and on which side it lies outside.
/// </summary>
/// <remarks>
/// <para>
/// Formulas and the choices made where the sheet is silent are in docs/funnel.md. Comparisons are strict: a value exactly on a limit
/// is inside. Units with no value (zero denominator, size or expected count) are kept, with the reason, never dropped.
/// </para>
/// <para>
/// Comparing providers this way is exploratory (NHS England says so of FFT results): a unit outside the limits warrants a look, not a
/// verdict. As FunnelPlotR does, no colour or value judgement is attached to a side.
/// </para>
/// <para>
/// Sources: Spiegelhalter 2005, Stat Med 24:1185-1202 and Qual Saf Health Care 14:347-351; Manktelow &amp; Seaton 2012, PLoS ONE;
/// FunnelPlotR (nhs-r-community, MIT); comparison sheet, "Funnel limits". Pure and deterministic. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class FunnelChart
{
    /// <summary>The share of z-scores Winsorised in each tail before phi is computed (10%).</summary>
    public const double WinsorisedShare = 0.1;

    private FunnelChart(
        FunnelIndicator indicator,
        FunnelMethod method,
        FunnelOptions options,
        double target,
        bool isTargetPooled,
        double? standardDeviation,
        double phi,
        double tau2,
        int phiUnitCount,
        ImmutableArray<FunnelLimit> limits,
        ImmutableArray<FunnelUnitResult> units)
    {
        Indicator = indicator;
        Method = method;
        Options = options;
        Target = target;
        IsTargetPooled = isTargetPooled;
        StandardDeviation = standardDeviation;
        Phi = phi;
        Tau2 = tau2;
        PhiUnitCount = phiUnitCount;
        Limits = limits;
        Units = units;
    }

    /// <summary>Gets the standard normal quantile for the two-sided 95% limits (tails 2.5% and 97.5%), Normal.InvCDF(0.975) = 1.959964...</summary>
    public static double Z95 { get; } = Wilson.Z(0.95);

    /// <summary>Gets the standard normal quantile for the two-sided 99.8% limits (tails 0.1% and 99.9%), Normal.InvCDF(0.999) = 3.090232...</summary>
    public static double Z998 { get; } = Wilson.Z(0.998);

    /// <summary>Gets what is compared.</summary>
    public FunnelIndicator Indicator { get; }

    /// <summary>Gets the method the limits were computed with.</summary>
    public FunnelMethod Method { get; }

    /// <summary>Gets the options the chart was computed with.</summary>
    public FunnelOptions Options { get; }

    /// <summary>Gets the target t0 (on the indicator's own scale, not the arcsine scale).</summary>
    public double Target { get; }

    /// <summary>Gets whether <see cref="Target"/> is the pooled value (or 1 for ratios) rather than one the caller gave.</summary>
    public bool IsTargetPooled { get; }

    /// <summary>Gets the pooled within-unit SD sigma for a mean funnel, or <see langword="null"/> for proportions and ratios.</summary>
    public double? StandardDeviation { get; }

    /// <summary>Gets which adjustment was asked for (<see cref="FunnelOptions.Overdispersion"/>).</summary>
    public OverdispersionAdjustment Overdispersion => Options.Overdispersion;

    /// <summary>
    /// Gets the over-dispersion factor phi = (1/k) sum z_i^2 over the k units with a value, after Winsorising the z-scores at 10% in each
    /// tail. Computed for every chart (a diagnostic); it changes the limits only with <see cref="OverdispersionAdjustment.Multiplicative"/>
    /// and phi &gt; 1.
    /// </summary>
    public double Phi { get; }

    /// <summary>
    /// Gets the between-unit variance tau^2 = max(0, (k phi - (k - 1)) / (sum w - sum w^2 / sum w)), w = 1 / s^2 (0 with fewer than 2
    /// units). Computed for every chart; it changes the limits only with <see cref="OverdispersionAdjustment.Additive"/>.
    /// </summary>
    public double Tau2 { get; }

    /// <summary>Gets k, the number of units with a value, from which <see cref="Phi"/> and <see cref="Tau2"/> were computed.</summary>
    public int PhiUnitCount { get; }

    /// <summary>Gets whether over-dispersion widened the limits (multiplicative with phi &gt; 1, or additive with tau^2 &gt; 0).</summary>
    public bool IsAdjusted => Overdispersion switch
    {
        OverdispersionAdjustment.Multiplicative => Phi > 1,
        OverdispersionAdjustment.Additive => Tau2 > 0,
        _ => false,
    };

    /// <summary>Gets the limits table, by increasing size.</summary>
    public ImmutableArray<FunnelLimit> Limits { get; }

    /// <summary>Gets every unit, once, in input order, with its value, z-score, limits at its own size and outlier sides.</summary>
    public ImmutableArray<FunnelUnitResult> Units { get; }

    /// <summary>Describes the chart for people: what is compared, how, the target and how many units lie outside.</summary>
    /// <returns>For example "Proportion funnel (Normal limits): 6 units, target 0.8918 (pooled); 2 outside the 99.8% limits, 2 outside the 95%".</returns>
    public override string ToString() =>
        $"{Indicator} funnel ({Method} limits{(IsAdjusted ? $", adjusted for over-dispersion ({Overdispersion})" : "")}): {Internal.Display.Whole(Units.Length)} units, "
        + $"target {Internal.Display.Number(Target)} ({(IsTargetPooled ? "pooled" : "given")}); "
        + $"{Internal.Display.Whole(Units.Count(u => u.Outside998 != FunnelSide.None))} outside the 99.8% limits, {Internal.Display.Whole(Units.Count(u => u.Outside95 != FunnelSide.None))} outside the 95%";

    /// <summary>Computes funnel limits for proportions (numerator / denominator).</summary>
    /// <param name="units">The units; each needs an identifier and 0 &lt;= numerator &lt;= denominator.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FunnelOptions.Default"/> (pooled target, normal limits).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A unit has no identifier; no unit has a denominator above 0; the pooled proportion is 0 or 1; the method is not for proportions;
    /// the exact binomial method is combined with an over-dispersion adjustment.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative or a numerator exceeds its denominator (the message names the unit and the value); the target is not strictly
    /// between 0 and 1; an option is out of range; a size for the exact method is not a whole number up to 2,147,483,647.
    /// </exception>
    [Pure]
    public static FunnelChart ForProportions(IEnumerable<ProportionUnit> units, FunnelOptions? options)
    {
        ArgumentNullException.ThrowIfNull(units);
        options ??= FunnelOptions.Default;
        options.Validate();
        FunnelMethod method = options.Method ?? FunnelOptions.DefaultProportionMethod;
        if (method is not (FunnelMethod.Normal or FunnelMethod.ExactBinomial or FunnelMethod.Arcsine))
        {
            ThrowMethod(method, FunnelIndicator.Proportion, "Normal, ExactBinomial or Arcsine");
        }

        if (method == FunnelMethod.ExactBinomial)
        {
            ThrowIfAdjusted(options, method);
        }

        if (options.Target is { } given && !(given > 0 && given < 1))
        {
            FunnelOptions.Throw(nameof(FunnelOptions.Target), given, "must lie strictly between 0 and 1 for proportions");
        }

        var rows = new List<Row>();
        long sumNumerator = 0, sumDenominator = 0;
        foreach (ProportionUnit unit in units)
        {
            int i = rows.Count;
            CheckId(i, unit.Id);
            if (unit.Denominator < 0)
            {
                ThrowUnit(i, unit.Id, unit.Denominator, "denominator", "must be 0 or more");
            }

            if (unit.Numerator < 0)
            {
                ThrowUnit(i, unit.Id, unit.Numerator, "numerator", "must be 0 or more");
            }

            if (unit.Numerator > unit.Denominator)
            {
                ThrowUnit(i, unit.Id, unit.Numerator, "numerator", string.Create(CultureInfo.InvariantCulture, $"must not exceed the denominator ({unit.Denominator})"));
            }

            if (method == FunnelMethod.ExactBinomial && unit.Denominator > int.MaxValue)
            {
                ThrowUnit(i, unit.Id, unit.Denominator, "denominator", "must be at most 2147483647 for the exact binomial method");
            }

            if (unit.Denominator == 0)
            {
                rows.Add(new Row(unit.Id, 0, null, FunnelNoValueReason.ZeroDenominator, "The denominator is 0, so there is no proportion."));
                continue;
            }

            sumNumerator += unit.Numerator;
            sumDenominator += unit.Denominator;
            rows.Add(new Row(unit.Id, unit.Denominator, (double)unit.Numerator / unit.Denominator, FunnelNoValueReason.None, null));
        }

        if (sumDenominator == 0)
        {
            ThrowNoValue("a denominator above 0");
        }

        double target = options.Target ?? (double)sumNumerator / sumDenominator;
        if (options.Target is null && !(target > 0 && target < 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The pooled proportion is {target} ({sumNumerator} of {sumDenominator}); funnel limits for proportions need a target strictly between 0 and 1, so give FunnelOptions.Target."),
                nameof(units));
        }

        return Build(FunnelIndicator.Proportion, method, options, rows, target, options.Target is null, null);
    }

    /// <summary>Computes funnel limits for means, t0 +/- z sigma / sqrt(n), with sigma the pooled within-unit SD.</summary>
    /// <param name="units">The units; each needs an identifier, a size of 0 or more, and a finite mean when its size is above 0.</param>
    /// <param name="pooledStandardDeviation">The pooled within-unit SD sigma, finite and above 0 (see <see cref="PooledStandardDeviation"/>).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FunnelOptions.Default"/> (size-weighted mean as target).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A unit has no identifier; no unit has a size above 0; the method is not Normal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A size is negative or a mean is not finite (the message names the unit and the value); sigma is not finite and above 0; an option
    /// is out of range.
    /// </exception>
    [Pure]
    public static FunnelChart ForMeans(IEnumerable<MeanUnit> units, double pooledStandardDeviation, FunnelOptions? options)
    {
        ArgumentNullException.ThrowIfNull(units);
        options ??= FunnelOptions.Default;
        options.Validate();
        FunnelMethod method = options.Method ?? FunnelMethod.Normal;
        if (method != FunnelMethod.Normal)
        {
            ThrowMethod(method, FunnelIndicator.Mean, "Normal");
        }

        if (!(double.IsFinite(pooledStandardDeviation) && pooledStandardDeviation > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(pooledStandardDeviation),
                pooledStandardDeviation,
                string.Create(CultureInfo.InvariantCulture, $"The pooled standard deviation is {pooledStandardDeviation}; it must be a finite number above 0."));
        }

        var rows = new List<Row>();
        double weighted = 0;
        long sumSize = 0;
        foreach (MeanUnit unit in units)
        {
            int i = rows.Count;
            CheckId(i, unit.Id);
            if (unit.Size < 0)
            {
                ThrowUnit(i, unit.Id, unit.Size, "size", "must be 0 or more");
            }

            if (unit.Size == 0)
            {
                rows.Add(new Row(unit.Id, 0, null, FunnelNoValueReason.ZeroSize, "The size is 0, so there is no mean."));
                continue;
            }

            if (!double.IsFinite(unit.Mean))
            {
                ThrowUnit(i, unit.Id, unit.Mean, "mean", "must be a finite number when the size is above 0");
            }

            weighted += unit.Size * unit.Mean;
            sumSize += unit.Size;
            rows.Add(new Row(unit.Id, unit.Size, unit.Mean, FunnelNoValueReason.None, null));
        }

        if (sumSize == 0)
        {
            ThrowNoValue("a size above 0");
        }

        double target = options.Target ?? weighted / sumSize;
        return Build(FunnelIndicator.Mean, method, options, rows, target, options.Target is null, pooledStandardDeviation);
    }

    /// <summary>Computes exact Poisson funnel limits for ratios of observed to expected counts (O/E).</summary>
    /// <param name="units">The units; each needs an identifier, an observed count of 0 or more and a finite expected count of 0 or more.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FunnelOptions.Default"/> (target 1).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A unit has no identifier; no unit has an expected count above 0; the method is not ExactPoisson; an over-dispersion adjustment is asked for.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An observed count is negative or an expected count is negative or not finite (the message names the unit and the value); the
    /// target is not above 0; an option is out of range.
    /// </exception>
    [Pure]
    public static FunnelChart ForRatios(IEnumerable<RatioUnit> units, FunnelOptions? options)
    {
        ArgumentNullException.ThrowIfNull(units);
        options ??= FunnelOptions.Default;
        options.Validate();
        FunnelMethod method = options.Method ?? FunnelMethod.ExactPoisson;
        if (method != FunnelMethod.ExactPoisson)
        {
            ThrowMethod(method, FunnelIndicator.Ratio, "ExactPoisson");
        }

        ThrowIfAdjusted(options, method);
        if (options.Target is { } given && !(given > 0))
        {
            FunnelOptions.Throw(nameof(FunnelOptions.Target), given, "must be above 0 for ratios");
        }

        var rows = new List<Row>();
        bool any = false;
        foreach (RatioUnit unit in units)
        {
            int i = rows.Count;
            CheckId(i, unit.Id);
            if (unit.Observed < 0)
            {
                ThrowUnit(i, unit.Id, unit.Observed, "observed count", "must be 0 or more");
            }

            if (!(double.IsFinite(unit.Expected) && unit.Expected >= 0))
            {
                ThrowUnit(i, unit.Id, unit.Expected, "expected count", "must be a finite number, 0 or more");
            }

            if (unit.Expected == 0)
            {
                rows.Add(new Row(unit.Id, 0, null, FunnelNoValueReason.ZeroExpected, "The expected count is 0, so there is no O/E ratio."));
                continue;
            }

            any = true;
            rows.Add(new Row(unit.Id, unit.Expected, unit.Observed / unit.Expected, FunnelNoValueReason.None, null));
        }

        if (!any)
        {
            ThrowNoValue("an expected count above 0");
        }

        return Build(FunnelIndicator.Ratio, method, options, rows, options.Target ?? 1, options.Target is null, null);
    }

    /// <summary>The pooled within-unit SD, sqrt(sum (n_i - 1) s_i^2 / sum (n_i - 1)), over units with 2 or more people.</summary>
    /// <param name="units">Each unit's size and sample SD.</param>
    /// <returns>The pooled SD.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No unit has 2 or more people.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative, or an SD (for a unit of 2 or more) is negative or not finite.</exception>
    [Pure]
    public static double PooledStandardDeviation(IEnumerable<UnitSpread> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        double sum = 0, degrees = 0;
        int i = 0;
        foreach (UnitSpread unit in units)
        {
            if (unit.Size < 0)
            {
                ThrowSpread(i, unit.Size, "size", "must be 0 or more");
            }

            if (unit.Size >= 2)
            {
                if (!(double.IsFinite(unit.StandardDeviation) && unit.StandardDeviation >= 0))
                {
                    ThrowSpread(i, unit.StandardDeviation, "standard deviation", "must be a finite number, 0 or more");
                }

                sum += (unit.Size - 1) * unit.StandardDeviation * unit.StandardDeviation;
                degrees += unit.Size - 1;
            }

            i++;
        }

        if (degrees == 0)
        {
            throw new ArgumentException("No unit has 2 or more people, so there is no within-unit standard deviation to pool.", nameof(units));
        }

        return Math.Sqrt(sum / degrees);
    }

    private static FunnelChart Build(
        FunnelIndicator indicator,
        FunnelMethod method,
        FunnelOptions options,
        List<Row> rows,
        double target,
        bool pooled,
        double? sigma)
    {
        var scale = new FunnelScale(indicator, method, target, sigma ?? 0);

        // z-scores, phi and tau^2 over the k units with a value.
        var zs = new List<double>(rows.Count);
        double sumW = 0, sumW2 = 0;
        double minSize = double.PositiveInfinity, maxSize = 0;
        foreach (Row row in rows)
        {
            if (row.Value.HasValue)
            {
                double s = scale.StandardError(row.Size);
                zs.Add((scale.Transform(row.Value.GetValueOrDefault()) - scale.ScaledTarget) / s);
                double w = 1 / (s * s);
                sumW += w;
                sumW2 += w * w;
                minSize = Math.Min(minSize, row.Size);
                maxSize = Math.Max(maxSize, row.Size);
            }
        }

        int k = zs.Count;
        double phi = FunnelMath.Phi(zs, WinsorisedShare);
        double denominator = sumW - (sumW2 / sumW);
        double tau2 = k < 2 || !(denominator > 0) ? 0 : Math.Max(0, ((k * phi) - (k - 1)) / denominator);

        double inflation = options.Overdispersion == OverdispersionAdjustment.Multiplicative && phi > 1 ? phi : 1;
        double addition = options.Overdispersion == OverdispersionAdjustment.Additive ? tau2 : 0;
        var limiter = new FunnelLimiter(scale, inflation, addition);

        ImmutableArray<FunnelLimit> table = [.. TableSizes(options, method, minSize, maxSize).Select(limiter.At)];

        var results = ImmutableArray.CreateBuilder<FunnelUnitResult>(rows.Count);
        int z = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            Row row = rows[i];
            if (!row.Value.HasValue)
            {
                results.Add(new FunnelUnitResult(i, row.Id, row.Size, null, null, null, null, null, null, FunnelSide.None, FunnelSide.None, row.Reason, row.Explanation));
                continue;
            }

            double value = row.Value.GetValueOrDefault();
            FunnelLimit at = limiter.At(row.Size);
            results.Add(new FunnelUnitResult(
                i,
                row.Id,
                row.Size,
                value,
                zs[z++],
                at.Lower95,
                at.Upper95,
                at.Lower998,
                at.Upper998,
                Side(value, at.Lower95, at.Upper95),
                Side(value, at.Lower998, at.Upper998),
                FunnelNoValueReason.None,
                null));
        }

        return new FunnelChart(indicator, method, options, target, pooled, sigma, phi, tau2, k, table, results.MoveToImmutable());
    }

    private static FunnelSide Side(double value, double lower, double upper) =>
        value > upper ? FunnelSide.Above : value < lower ? FunnelSide.Below : FunnelSide.None;

    private static double[] TableSizes(FunnelOptions options, FunnelMethod method, double minSize, double maxSize)
    {
        bool whole = method == FunnelMethod.ExactBinomial;
        if (!options.LimitSizes.IsDefaultOrEmpty)
        {
            for (int i = 0; i < options.LimitSizes.Length; i++)
            {
                double size = options.LimitSizes[i];
                if (whole && (size != Math.Floor(size) || size > int.MaxValue))
                {
                    FunnelOptions.Throw(nameof(FunnelOptions.LimitSizes), size, "must be a whole number up to 2147483647 for the exact binomial method", $"{nameof(FunnelOptions.LimitSizes)}[{i}]");
                }
            }

            return [.. options.LimitSizes.Distinct().Order()];
        }

        if (minSize == maxSize)
        {
            return [minSize];
        }

        int points = options.LimitPoints;
        var sizes = new double[points];
        for (int i = 0; i < points; i++)
        {
            // The ends are exactly the smallest and largest unit sizes.
            sizes[i] = i == points - 1 ? maxSize : minSize + ((maxSize - minSize) * i / (points - 1));
        }

        return whole ? [.. sizes.Select(x => Math.Round(x)).Distinct()] : sizes;
    }

    private static void CheckId(int index, string? id, string paramName = "units")
    {
        if (id is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unit {index} has no identifier (null); every unit needs one."), paramName);
        }
    }

    private static void ThrowIfAdjusted(FunnelOptions options, FunnelMethod method)
    {
        if (options.Overdispersion != OverdispersionAdjustment.None)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Funnel option Overdispersion is {options.Overdispersion}, but {method} limits take no over-dispersion adjustment; use None{(method == FunnelMethod.ExactBinomial ? ", or the Normal or Arcsine method" : "")}."),
                nameof(options));
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowMethod(FunnelMethod method, FunnelIndicator indicator, string allowed, string paramName = "options") =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Funnel option Method is {method}; for {indicator} funnels it must be {allowed} (or null for the default)."),
            paramName);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowUnit(int index, string id, object value, string what, string rule, string paramName = "units") =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"Unit {index} ('{id}') has {what} {value}; it {rule}."));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowSpread(int index, object value, string what, string rule, string paramName = "units") =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"Unit {index} has {what} {value}; it {rule}."));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNoValue(string what, string paramName = "units") =>
        throw new ArgumentException($"No unit has {what}; a funnel needs at least one unit with a value.", paramName);

    private readonly record struct Row(string Id, double Size, double? Value, FunnelNoValueReason Reason, string? Explanation);
}
