using System.Collections.Immutable;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// Builds an FFT report over a hierarchy (ward -> site -> trust -> system): each unit's figures from summed
/// counts (never averaged percentages), with suppression for publication.
/// </summary>
/// <remarks>
/// <para>Suppression (NHS England; nhsengland/fft_pipeline suppression.py; the rule is in Suppression.cs): (1) first
/// level, a unit with 1-4 responses (zero is not suppressed); (2) second level, within each group of siblings ranked by
/// total responses among those with any responses, when the smallest is first-level suppressed the next smallest is
/// suppressed too; top-level units form one group, as the national pipeline ranks ICBs together; (3) cascade, the two
/// smallest children (with responses) of any suppressed unit are suppressed too, from the top down. Ties in
/// ranking are broken by a key the caller gives (the official process orders wards by total, then speciality,
/// then name); by default the unit identifier, ordinal.</para>
/// <para>What a suppressed row still shows depends on the disclosure mode (<see cref="FftUnitSummary.Publish"/>). If a
/// unit has its own responses as well as children, its total is its own plus its children's; so is its eligible count,
/// when every row at or below it gives one (<see cref="FftUnitCounts.Eligible"/>).</para>
/// </remarks>
public static class FftReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="rows">Responses per unit; several rows for one unit are added together.</param>
    /// <param name="question">The question answered.</param>
    /// <param name="confidence">The Wilson interval's confidence level (default 0.95).</param>
    /// <param name="tieBreakKey">The key that orders units with equal totals; by default the unit identifier.</param>
    /// <param name="suppress">Whether to apply suppression (default yes).</param>
    /// <returns>One row per unit and per parent, depth first, parents before their children, in order of first appearance.</returns>
    /// <exception cref="ArgumentException">A unit has no identifier, two different parents, or is its own ancestor; a count or eligible count is negative.</exception>
    public static ImmutableArray<FftUnitSummary> Build(
        IEnumerable<FftUnitCounts> rows,
        FftQuestion question = FftQuestion.Experience2020,
        double confidence = 0.95,
        Func<string, string>? tieBreakKey = null,
        bool suppress = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        tieBreakKey ??= unit => unit;
        var tree = FftHierarchy.Read(rows);
        Dictionary<string, SuppressionReason>? reasons = suppress ? Suppression.Apply(tree, tieBreakKey) : null;
        var report = ImmutableArray.CreateBuilder<FftUnitSummary>(tree.Units.Count);
        void Emit(string unit, int depth)
        {
            report.Add(new FftUnitSummary(unit, tree.Parents[unit], depth, Fft.Summarise(tree.Total(unit), question, confidence), reasons?[unit] ?? SuppressionReason.None, tree.Eligible(unit)));
            foreach (string child in tree.Children[unit])
            {
                Emit(child, depth + 1);
            }
        }

        foreach (string root in tree.Roots)
        {
            Emit(root, 0);
        }

        return report.MoveToImmutable();
    }

    /// <summary>
    /// Builds one report per period (for example per month), each with its own suppression, as FFT data are
    /// published monthly: the monthly series of every unit.
    /// </summary>
    /// <param name="rows">Responses per period and unit.</param>
    /// <param name="question">The question answered.</param>
    /// <param name="confidence">The Wilson interval's confidence level (default 0.95).</param>
    /// <param name="tieBreakKey">The key that orders units with equal totals; by default the unit identifier.</param>
    /// <returns>Periods in ordinal order of their labels (ISO months such as "2026-04" sort in time order), each with its report.</returns>
    /// <exception cref="ArgumentException">A period label is empty, or a period's hierarchy is not valid (see <see cref="Build"/>).</exception>
    public static ImmutableArray<FftPeriodReport> BuildByPeriod(
        IEnumerable<FftPeriodCounts> rows,
        FftQuestion question = FftQuestion.Experience2020,
        double confidence = 0.95,
        Func<string, string>? tieBreakKey = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byPeriod = new SortedDictionary<string, List<FftUnitCounts>>(StringComparer.Ordinal);
        foreach (FftPeriodCounts row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Period))
            {
                throw new ArgumentException($"An FFT row for unit '{row.Unit}' has no period.", nameof(rows));
            }

            if (!byPeriod.TryGetValue(row.Period, out List<FftUnitCounts>? list))
            {
                byPeriod[row.Period] = list = [];
            }

            list.Add(new FftUnitCounts(row.Unit, row.Parent, row.Counts) { Eligible = row.Eligible });
        }

        return [.. byPeriod.Select(p => new FftPeriodReport(p.Key, Build(p.Value, question, confidence, tieBreakKey)))];
    }
}
