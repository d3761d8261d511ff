using System.Globalization;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Optional outlier treatment (<see cref="IndexSpecification.Winsorising"/>): before normalisation, each component's raw values are
/// clamped to their <see cref="Share"/> and 1 - <see cref="Share"/> quantiles over every unit and period in the data (type 7, linear
/// interpolation). Each treated value is recorded in its <see cref="ComponentResult.Winsorised"/>.
/// </summary>
/// <remarks>
/// <para>
/// The Handbook (Nardo et al. 2008) and COINr treat outliers before normalising so that one extreme unit does not stretch a
/// sample-dependent scale; neither sheet gives a rule, so this one (symmetric quantile clamping) is stated and caller-chosen, and off by
/// default. Winsorising makes every normalisation depend on the other units, goalposts too: a unit's index can then change when another
/// unit's data change, so profile 2.0 does not use it.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record Winsorising
{
    /// <summary>Creates the rule.</summary>
    /// <param name="share">The share clamped at each end, above 0 and below 0.5 (0.05 clamps to the 5th and 95th percentiles).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not above 0 and below 0.5.</exception>
    public Winsorising(double share)
    {
        if (!(share > 0 && share < 0.5))
        {
            throw new ArgumentOutOfRangeException(
                nameof(share),
                share,
                string.Create(CultureInfo.InvariantCulture, $"The winsorising share is {share}; it must be above 0 and below 0.5 (0.05 clamps to the 5th and 95th percentiles)."));
        }

        Share = share;
    }

    /// <summary>Gets the share clamped at each end (above 0, below 0.5).</summary>
    public double Share { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"winsorised to the {Share * 100:0.##}th-{(1 - Share) * 100:0.##}th percentiles of each component");
}
