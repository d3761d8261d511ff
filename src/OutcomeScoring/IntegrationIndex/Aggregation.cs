using System.Globalization;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// How weighted normalised values are combined: the weighted arithmetic mean (the default), geometric mean, harmonic mean, or the
/// generalised (power) mean with an exponent. Weights are always renormalised to sum to 1 over the values present.
/// </summary>
/// <remarks>
/// <para>
/// The means are the generalised mean M_p = (sum w x^p)^(1/p) at p = 1 (arithmetic), p -&gt; 0 (geometric, prod x^w) and p = -1
/// (harmonic), so for the same values M_1 &gt;= M_0 &gt;= M_-1, and every one of them gives x when all values equal x. The lower p, the
/// less a low value can be made up by a high one (compensability).
/// </para>
/// <para>
/// Every mean but the arithmetic needs values of 0 or more: normalisations other than z-scores give 0-100, and a specification that
/// combines z-scores with another mean is rejected. A value of exactly 0 makes a geometric, harmonic or negative-power mean 0 (its
/// limit): nothing compensates for a component at its worst goalpost. No shift is added. Sources: Nardo et al. 2008; COINr a_amean,
/// a_gmean, a_hmean, a_genmean. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record Aggregation
{
    private Aggregation(AggregationMethod method, double exponent)
    {
        Method = method;
        Exponent = exponent;
    }

    /// <summary>Gets the weighted arithmetic mean (fully compensatory; the default).</summary>
    public static Aggregation Arithmetic { get; } = new(AggregationMethod.Arithmetic, 1);

    /// <summary>Gets the weighted geometric mean (partly compensatory).</summary>
    public static Aggregation Geometric { get; } = new(AggregationMethod.Geometric, 0);

    /// <summary>Gets the weighted harmonic mean.</summary>
    public static Aggregation Harmonic { get; } = new(AggregationMethod.Harmonic, -1);

    /// <summary>Gets the method.</summary>
    public AggregationMethod Method { get; }

    /// <summary>Gets the exponent p of the generalised mean: 1 arithmetic, 0 geometric (the limit), -1 harmonic, or the given p.</summary>
    public double Exponent { get; }

    /// <summary>Gets whether this is the arithmetic mean (whose contributions sum to the index).</summary>
    public bool IsArithmetic => Method == AggregationMethod.Arithmetic;

    /// <summary>The weighted generalised (power) mean (sum w x^p)^(1/p).</summary>
    /// <param name="exponent">The exponent p: finite and not 0 (the geometric mean is the limit at 0: use <see cref="Geometric"/>).</param>
    /// <returns>The aggregation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is 0 or not finite.</exception>
    public static Aggregation Power(double exponent)
    {
        if (!double.IsFinite(exponent) || exponent == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(exponent),
                exponent,
                string.Create(CultureInfo.InvariantCulture, $"The power mean's exponent is {exponent}; it must be a finite number other than 0 (the limit at 0 is the geometric mean: use Aggregation.Geometric)."));
        }

        return new Aggregation(AggregationMethod.Power, exponent);
    }

    /// <summary>Describes the aggregation, for example <c>arithmetic</c> or <c>power 2</c>.</summary>
    /// <returns>A short text.</returns>
    public override string ToString() => Method switch
    {
        AggregationMethod.Arithmetic => "arithmetic",
        AggregationMethod.Geometric => "geometric",
        AggregationMethod.Harmonic => "harmonic",
        _ => string.Create(CultureInfo.InvariantCulture, $"power {Exponent}"),
    };
}
