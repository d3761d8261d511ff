using System.Globalization;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// One unit's value for one component (in one period): the raw value on the component's own scale, its standard error and the
/// count it is over. A value of <see langword="null"/> is a missing component (with an optional reason), never imputed.
/// </summary>
/// <param name="Unit">The unit (team, service, practice); must not be empty.</param>
/// <param name="Component">The component's code in the specification (ordinal comparison).</param>
/// <param name="Value">The raw value, finite; or <see langword="null"/> when the unit has no value for the component.</param>
/// <param name="StandardError">
/// The standard error of <paramref name="Value"/> (0 or more), used by the sampling bootstrap; <see langword="null"/> when unknown (the
/// value is then held fixed in the bootstrap, and the result says so).
/// </param>
/// <param name="Count">The number of people or responses the value is over (n), 0 or more; <see langword="null"/> when unknown.</param>
/// <remarks>
/// Build values from the library's results with <see cref="ForProportion"/>, <see cref="ForMean"/> and the
/// <see cref="IntegrationProfile"/> helpers. Immutable and thread-safe.
/// </remarks>
public readonly record struct ComponentValue(string Unit, string Component, double? Value, double? StandardError = null, long? Count = null)
{
    /// <summary>Gets the period (for example <c>2026-04</c>), or <see langword="null"/> for data with a single period.</summary>
    public string? Period { get; init; }

    /// <summary>Gets why the value is missing (for example "no FFT responses"), shown in the results; only with a <see langword="null"/> value.</summary>
    public string? MissingReason { get; init; }

    /// <summary>
    /// A proportion (for example the share of episodes with reliable improvement) with its standard error from the Wilson 95% interval:
    /// SE = (upper - lower) / (2 x 1.959964), which, unlike the binomial sqrt(p(1 - p)/n), is not 0 at 0% or 100%.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <param name="component">The component code.</param>
    /// <param name="successes">The count with the feature, 0 to <paramref name="total"/>.</param>
    /// <param name="total">The count of all; 0 gives a missing value with the reason.</param>
    /// <returns>The value p = successes / total (0-1), its SE, and n = total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the successes exceed the total.</exception>
    /// <remarks>Sources: composite sheet (proportions: Wilson/binomial SE); OHID Fingertips (Wilson).</remarks>
    public static ComponentValue ForProportion(string unit, string component, long successes, long total)
    {
        if (Wilson.Interval(successes, total) is not { } interval)
        {
            return new ComponentValue(unit, component, null, null, 0) { MissingReason = "no respondents (0 of 0), so there is no proportion" };
        }

        return new ComponentValue(unit, component, interval.Estimate, (interval.Upper - interval.Lower) / (2 * Wilson.Z(0.95)), total);
    }

    /// <summary>A mean (for example of DIALOG SQOL scores) with SE = SD / sqrt(n), the SD with n - 1.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="component">The component code.</param>
    /// <param name="values">The individual values (finite); none gives a missing value, one gives a value with no SE (held fixed in the bootstrap).</param>
    /// <returns>The mean, its SE and n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    /// <remarks>Source: composite sheet (means: SD / sqrt(n)).</remarks>
    public static ComponentValue ForMean(string unit, string component, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] data = [.. values];
        for (int i = 0; i < data.Length; i++)
        {
            if (!double.IsFinite(data[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Value {i} for unit '{unit}', component '{component}' is {data[i]}; values must be finite."), nameof(values));
            }
        }

        if (data.Length == 0)
        {
            return new ComponentValue(unit, component, null, null, 0) { MissingReason = "no scores, so there is no mean" };
        }

        double mean = MathNet.Numerics.Statistics.Statistics.Mean(data);
        double? se = data.Length < 2 ? null : MathNet.Numerics.Statistics.Statistics.StandardDeviation(data) / Math.Sqrt(data.Length);
        return new ComponentValue(unit, component, mean, se, data.Length);
    }
}
