using System.Collections.Immutable;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli.Report;

/// <summary>How the report draws funnels: the limits from small sizes up past the largest unit, so the funnel's shape shows even when units are alike in size.</summary>
internal static class ReportFunnels
{
    /// <summary>Sizes for the limits table: 100 whole sizes from 1 (or 5% of the largest unit) to 110% of the largest.</summary>
    public static ImmutableArray<double> Sizes(IEnumerable<ProportionUnit> units)
    {
        long largest = units.Select(u => u.Denominator).DefaultIfEmpty(1).Max();
        double low = Math.Max(1, Math.Floor(largest * 0.05)), high = Math.Ceiling(largest * 1.1);
        return [.. Enumerable.Range(0, 100).Select(i => Math.Round(low + ((high - low) * i / 99.0))).Distinct()];
    }
}
