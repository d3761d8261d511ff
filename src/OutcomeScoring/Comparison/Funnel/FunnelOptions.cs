using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.Comparison;

/// <summary>
/// How <see cref="FunnelChart"/> computes its limits: the target, the method, the over-dispersion adjustment and the sizes of the
/// limits table.
/// </summary>
/// <remarks>
/// Sources: comparison sheet, "Funnel limits"; Spiegelhalter 2005 (Stat Med 24:1185-1202; Qual Saf Health Care 14:347-351).
/// Immutable and thread-safe. <c>new FunnelOptions()</c> is <see cref="Default"/>.
/// </remarks>
public sealed record FunnelOptions
{
    /// <summary>The default number of sizes in the limits table when <see cref="LimitSizes"/> is empty.</summary>
    public const int DefaultLimitPoints = 100;

    /// <summary>The method for proportions when <see cref="Method"/> is <see langword="null"/>: <see cref="FunnelMethod.Normal"/>.</summary>
    public const FunnelMethod DefaultProportionMethod = FunnelMethod.Normal;

    /// <summary>Gets the default options: pooled target, the indicator's default method, no over-dispersion adjustment, 100 sizes.</summary>
    public static FunnelOptions Default { get; } = new();

    /// <summary>
    /// Gets the target t0, or <see langword="null"/> (the default) for the pooled value: sum of numerators / sum of denominators
    /// (proportions), the size-weighted mean (means), or 1 (ratios). Proportions need 0 &lt; t0 &lt; 1, ratios t0 &gt; 0, means any finite value.
    /// </summary>
    public double? Target { get; init; }

    /// <summary>
    /// Gets the method, or <see langword="null"/> (the default) for the indicator's default: <see cref="DefaultProportionMethod"/> for
    /// proportions and means, <see cref="FunnelMethod.ExactPoisson"/> for ratios. Proportions accept Normal, ExactBinomial and Arcsine;
    /// means only Normal; ratios only ExactPoisson.
    /// </summary>
    public FunnelMethod? Method { get; init; }

    /// <summary>
    /// Gets the over-dispersion adjustment (default <see cref="OverdispersionAdjustment.None"/>). The exact methods do not combine with
    /// an adjustment (as FunnelPlotR); asking for one is an error.
    /// </summary>
    public OverdispersionAdjustment Overdispersion { get; init; } = OverdispersionAdjustment.None;

    /// <summary>
    /// Gets the sizes of the limits table; each must be finite and above 0 (whole numbers for the exact binomial method). Sorted and
    /// de-duplicated in the result. When empty (the default), <see cref="LimitPoints"/> sizes are spread evenly from the smallest to the
    /// largest unit size.
    /// </summary>
    public ImmutableArray<double> LimitSizes { get; init; } = [];

    /// <summary>
    /// Gets how many evenly spaced sizes, from the smallest to the largest unit size, make the limits table when
    /// <see cref="LimitSizes"/> is empty (default 100, at least 2). For the exact binomial method they are rounded to whole numbers and
    /// de-duplicated.
    /// </summary>
    public int LimitPoints { get; init; } = DefaultLimitPoints;

    /// <summary>Checks the options that do not depend on the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its allowed range; the message names it and its value.</exception>
    internal void Validate()
    {
        if (Method is { } method && !Enum.IsDefined(method))
        {
            Throw(nameof(Method), method, "must be Normal, ExactBinomial, Arcsine, ExactPoisson or null");
        }

        if (!Enum.IsDefined(Overdispersion))
        {
            Throw(nameof(Overdispersion), Overdispersion, "must be None, Multiplicative or Additive");
        }

        if (Target is { } target && !double.IsFinite(target))
        {
            Throw(nameof(Target), target, "must be a finite number or null");
        }

        if (LimitPoints < 2)
        {
            Throw(nameof(LimitPoints), LimitPoints, "must be at least 2");
        }

        if (!LimitSizes.IsDefault)
        {
            for (int i = 0; i < LimitSizes.Length; i++)
            {
                if (!(double.IsFinite(LimitSizes[i]) && LimitSizes[i] > 0))
                {
                    Throw(nameof(LimitSizes), LimitSizes[i], "must be a finite number above 0", $"{nameof(LimitSizes)}[{i}]");
                }
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void Throw(string option, object value, string rule, string? shownAs = null, string paramName = "options") =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"Funnel option {shownAs ?? option} is {value}; it {rule}."));
}
