using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Charts;

/// <summary>What the two index charts share: the units of one period, in the order they are drawn, and checks that uncertainty results belong to the index result.</summary>
internal static class IndexChartUnits
{
    /// <summary>
    /// The period to chart and its units, best first: ranked units by rank (ties in input order; units ranked in a separate list of
    /// incomplete units after the complete ones), then units with an index that their
    /// specification's coverage rule does not rank, then units without an index, each in input order.
    /// </summary>
    /// <param name="result">The index result.</param>
    /// <param name="period">The period asked for, or <see langword="null"/> for the only one.</param>
    /// <param name="parameter">The name of the period parameter, for exceptions.</param>
    /// <returns>The period and the positions (in <see cref="IndexResult.Units"/>) of its units, in drawing order.</returns>
    /// <exception cref="ArgumentException">The result has several periods and none was given, or has no unit in the period given.</exception>
    public static (string? Period, ImmutableArray<int> Positions) Select(IndexResult result, string? period, string parameter)
    {
        string?[] periods = [.. result.Units.Select(u => u.Period).Distinct()];
        string Periods() => string.Join(", ", periods.Select(p => p is null ? "(none)" : $"'{p}'"));
        if (period is null)
        {
            if (periods.Length > 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The index result has {periods.Length} periods ({Periods()}); give the period to chart."), parameter);
            }

            period = periods.Length == 1 ? periods[0] : null;
        }
        else if (!periods.Contains(period, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The index result has no unit in period '{period}'; its periods are {Periods()}.", parameter);
        }

        int[] inPeriod = [.. Enumerable.Range(0, result.Units.Length).Where(i => result.Units[i].Period == period)];
        // An index of fewer components is not comparable with one of more: units are drawn by how many components they have
        // (most first), then by rank (a unit the specification leaves unranked after the ranked ones), so a unit below
        // full coverage never sits above one with more (issue 15).
        return (period,
        [
            .. inPeriod.Where(i => result.Units[i].HasIndex)
                .OrderByDescending(i => result.Units[i].ComponentsUsed)
                .ThenBy(i => result.Units[i].Rank is null ? 1 : 0)
                .ThenBy(i => result.Units[i].Rank ?? int.MaxValue),
            .. inPeriod.Where(i => !result.Units[i].HasIndex),
        ]);
    }

    /// <summary>Checks that an uncertainty result was computed from the same specification and units as the index result.</summary>
    /// <exception cref="ArgumentException">It was not (the message says what differs).</exception>
    public static void CheckBelongs(IndexResult result, IndexSpecification specification, IReadOnlyList<(string Unit, string? Period)> units, string what, string parameter)
    {
        if (!specification.Equals(result.Specification))
        {
            throw new ArgumentException($"The {what} was computed with the specification '{specification.Name}' version {specification.Version}, not the index result's '{result.Specification.Name}' version {result.Version}.", parameter);
        }

        if (units.Count != result.Units.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The {what} has {units.Count} units but the index result has {result.Units.Length}; compute both from the same values."), parameter);
        }

        for (int i = 0; i < units.Count; i++)
        {
            if (units[i].Unit != result.Units[i].Unit || units[i].Period != result.Units[i].Period)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unit {i} of the {what} is '{units[i].Unit}' but the index result's is '{result.Units[i].Unit}'; compute both from the same values."), parameter);
            }
        }
    }

    /// <summary>A unit's axis label: its name, and "(k of n)" when its index uses fewer than all the components.</summary>
    public static string Label(IndexUnitResult unit) =>
        unit.HasIndex && unit.ComponentsUsed < unit.Components.Length ? $"{unit.Unit} ({Count(unit.ComponentsUsed)} of {Count(unit.Components.Length)})" : unit.Unit;

    /// <summary>Whether every component is on the 0-100 scale (every normalisation but z-scores).</summary>
    public static bool IsZeroToHundred(IndexSpecification specification) =>
        specification.Components.All(c => c.Normalisation.Method != NormalisationMethod.ZScore);

    /// <summary>The aggregation in words, for example "weighted geometric mean".</summary>
    public static string Name(Aggregation aggregation) => aggregation.Method switch
    {
        AggregationMethod.Arithmetic => "weighted arithmetic mean",
        AggregationMethod.Geometric => "weighted geometric mean",
        AggregationMethod.Harmonic => "weighted harmonic mean",
        _ => string.Create(CultureInfo.InvariantCulture, $"weighted power mean (p = {aggregation.Exponent:0.###})"),
    };

    /// <summary>A percentage of coverage in words: 0.95 gives "95%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
