using System.Globalization;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// How one component's raw values are normalised: the method and, for goalposts, the lower and upper goalposts, or, for distance to
/// target, the target. Every normalised value is on a 0-100 scale (higher is better) except z-scores (mean 0, SD 1).
/// </summary>
/// <remarks>
/// <para>
/// Values are oriented first: for a <see cref="IndexDirection.LowerIsBetter"/> component, goalposts give 100 at the lower goalpost and
/// 0 at the upper one, min-max gives 100 to the minimum, and so on. Goalposts are always written in the component's natural order
/// (lower &lt; upper) whatever its direction. Sample-dependent methods (min-max, z-score, percentile rank, distance to target) use
/// every unit and every period in the data together, so that a unit's value stays comparable from period to period.
/// </para>
/// <para>
/// Each method takes exactly the parameters it uses: the factories make a goalposts normalisation without a target or a z-score with
/// goalposts impossible, and the JSON reader rejects them (settings that do nothing fail loudly). Sources: Nardo et al. 2008 (OECD/JRC
/// Handbook); COINr n_goalposts, n_minmax, n_zscore, n_rank, n_dist2targ. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record Normalisation
{
    private Normalisation(NormalisationMethod method, double? lower, double? upper, double? target)
    {
        Method = method;
        Lower = lower;
        Upper = upper;
        Target = target;
    }

    /// <summary>Gets min-max normalisation over every unit and period in the data (0-100).</summary>
    public static Normalisation MinMax { get; } = new(NormalisationMethod.MinMax, null, null, null);

    /// <summary>Gets z-score normalisation over every unit and period in the data (mean 0, SD 1; arithmetic mean only).</summary>
    public static Normalisation ZScore { get; } = new(NormalisationMethod.ZScore, null, null, null);

    /// <summary>Gets percentile-rank normalisation over every unit and period in the data (0-100, mid-ranks for ties).</summary>
    public static Normalisation PercentileRank { get; } = new(NormalisationMethod.PercentileRank, null, null, null);

    /// <summary>Gets the method.</summary>
    public NormalisationMethod Method { get; }

    /// <summary>Gets the lower goalpost on the raw scale (goalposts only; otherwise <see langword="null"/>).</summary>
    public double? Lower { get; }

    /// <summary>Gets the upper goalpost on the raw scale (goalposts only; otherwise <see langword="null"/>).</summary>
    public double? Upper { get; }

    /// <summary>Gets the target on the raw scale (distance to target only; otherwise <see langword="null"/>).</summary>
    public double? Target { get; }

    /// <summary>
    /// Fixed goalposts, usually the component's natural range (0 and 1 for a proportion, 1 and 7 for a DIALOG mean) or policy
    /// targets: 100 x (x - lower) / (upper - lower) truncated to 0-100, reversed for a lower-is-better component.
    /// </summary>
    /// <param name="lower">The lower goalpost, in the component's natural order (below <paramref name="upper"/>).</param>
    /// <param name="upper">The upper goalpost.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A goalpost is not finite, or <paramref name="lower"/> is not below <paramref name="upper"/> (inverted or equal goalposts).</exception>
    public static Normalisation Goalposts(double lower, double upper)
    {
        if (!double.IsFinite(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, string.Create(CultureInfo.InvariantCulture, $"The lower goalpost is {lower}; it must be a finite number."));
        }

        if (!double.IsFinite(upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, string.Create(CultureInfo.InvariantCulture, $"The upper goalpost is {upper}; it must be a finite number."));
        }

        if (!(lower < upper))
        {
            throw new ArgumentOutOfRangeException(
                nameof(upper),
                upper,
                string.Create(CultureInfo.InvariantCulture, $"The goalposts are {lower} (lower) and {upper} (upper); the lower goalpost must be below the upper one ({(lower == upper ? "equal goalposts give no scale" : "inverted goalposts")}). Give them in the natural order and set the direction to say which end is better."));
        }

        return new Normalisation(NormalisationMethod.Goalposts, lower, upper, null);
    }

    /// <summary>
    /// Distance to a target (COINr n_dist2targ, capped at the target): 100 x (x - worst) / (target - worst), worst being the worst
    /// value of the component in the data; values at or beyond the target get 100.
    /// </summary>
    /// <param name="target">The target on the raw scale.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not finite.</exception>
    public static Normalisation DistanceToTarget(double target)
    {
        if (!double.IsFinite(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, string.Create(CultureInfo.InvariantCulture, $"The target is {target}; it must be a finite number."));
        }

        return new Normalisation(NormalisationMethod.DistanceToTarget, null, null, target);
    }

    /// <summary>Gets the normalisation with no parameters for a method that takes none (min-max, z-score, percentile rank).</summary>
    /// <param name="method">The method.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentException"><paramref name="method"/> needs parameters (goalposts, distance to target) or is not a method.</exception>
    public static Normalisation Of(NormalisationMethod method) => method switch
    {
        NormalisationMethod.MinMax => MinMax,
        NormalisationMethod.ZScore => ZScore,
        NormalisationMethod.PercentileRank => PercentileRank,
        NormalisationMethod.Goalposts or NormalisationMethod.DistanceToTarget => throw new ArgumentException(
            $"Normalisation {method} needs parameters; use Normalisation.{(method == NormalisationMethod.Goalposts ? "Goalposts(lower, upper)" : "DistanceToTarget(target)")}.", nameof(method)),
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{(int)method} is not a normalisation method."), nameof(method)),
    };

    /// <summary>Gets whether normalised values lie on the 0-100 scale (every method but z-scores).</summary>
    public bool IsZeroToHundred => Method != NormalisationMethod.ZScore;

    /// <summary>Describes the normalisation, for example <c>goalposts 0 to 1</c>.</summary>
    /// <returns>A short text.</returns>
    public override string ToString() => Method switch
    {
        NormalisationMethod.Goalposts => string.Create(CultureInfo.InvariantCulture, $"goalposts {Lower} to {Upper}"),
        NormalisationMethod.DistanceToTarget => string.Create(CultureInfo.InvariantCulture, $"distance to target {Target}"),
        NormalisationMethod.MinMax => "min-max",
        NormalisationMethod.ZScore => "z-score",
        _ => "percentile rank",
    };
}
