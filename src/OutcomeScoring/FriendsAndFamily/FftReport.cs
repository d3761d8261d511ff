using System.Collections.Immutable;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// Builds an FFT report over a hierarchy (ward -> site -> trust -> system): each unit's figures from summed
/// counts (never averaged percentages), with suppression for publication.
/// </summary>
/// <remarks>
/// <para>Suppression (NHS England; nhsengland/fft_pipeline suppression.py): (1) first level, a unit with 1-4
/// responses (zero is not suppressed); (2) second level, within each group of siblings ranked by total responses
/// among those with any responses, when the smallest is first-level suppressed the next smallest is suppressed
/// too; top-level units form one group, as the national pipeline ranks ICBs together; (3) cascade, the two
/// smallest children (with responses) of any suppressed unit are suppressed too, from the top down. Ties in
/// ranking are broken by a key the caller gives (the official process orders wards by total, then speciality,
/// then name); by default the unit identifier, ordinal.</para>
/// <para>A suppressed row hides its counts and total; only first-level suppression hides percentages. If a
/// unit has its own responses as well as children, its total is its own plus its children's.</para>
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
    /// <exception cref="ArgumentException">A unit has no identifier, two different parents, or is its own ancestor; a count is negative.</exception>
    public static ImmutableArray<FftUnitSummary> Build(
        IEnumerable<FftUnitCounts> rows,
        FftQuestion question = FftQuestion.Experience2020,
        double confidence = 0.95,
        Func<string, string>? tieBreakKey = null,
        bool suppress = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        tieBreakKey ??= unit => unit;
        var order = new List<string>();
        var own = new Dictionary<string, FftCounts>(StringComparer.Ordinal);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Seen(string unit)
        {
            if (own.TryAdd(unit, default))
            {
                order.Add(unit);
                parents[unit] = null;
            }
        }

        foreach (FftUnitCounts row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Unit))
            {
                throw new ArgumentException("An FFT row has no unit identifier.", nameof(rows));
            }

            row.Counts.Validate();
            Seen(row.Unit);
            own[row.Unit] += row.Counts;
            if (row.Parent is { } parent && !string.IsNullOrWhiteSpace(parent))
            {
                if (parents[row.Unit] is { } existing && existing != parent)
                {
                    throw new ArgumentException($"Unit '{row.Unit}' has two parents, '{existing}' and '{parent}'.", nameof(rows));
                }

                Seen(parent);
                parents[row.Unit] = parent;
            }
        }

        foreach (string unit in order)
        {
            var path = new HashSet<string>(StringComparer.Ordinal) { unit };
            for (string? up = parents[unit]; up is not null; up = parents[up])
            {
                if (!path.Add(up))
                {
                    throw new ArgumentException($"Unit '{unit}' is its own ancestor (through '{up}').", nameof(rows));
                }
            }
        }

        var children = order.ToDictionary(u => u, _ => new List<string>(), StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (string unit in order)
        {
            (parents[unit] is { } p ? children[p] : roots).Add(unit);
        }

        var totals = new Dictionary<string, FftCounts>(StringComparer.Ordinal);
        FftCounts Total(string unit)
        {
            if (!totals.TryGetValue(unit, out FftCounts counts))
            {
                counts = own[unit];
                foreach (string child in children[unit])
                {
                    counts += Total(child);
                }

                totals[unit] = counts;
            }

            return counts;
        }

        foreach (string unit in order)
        {
            Total(unit);
        }

        var reasons = order.ToDictionary(u => u, _ => SuppressionReason.None, StringComparer.Ordinal);
        if (suppress)
        {
            List<string> Ranked(List<string> group) =>
                [.. group.Where(u => totals[u].Total > 0).OrderBy(u => totals[u].Total).ThenBy(tieBreakKey, StringComparer.Ordinal).ThenBy(u => u, StringComparer.Ordinal)];

            foreach (string unit in order)
            {
                if (totals[unit].Total is > 0 and < 5)
                {
                    reasons[unit] = SuppressionReason.FirstLevel;
                }
            }

            foreach (List<string> group in children.Values.Append(roots))
            {
                List<string> ranked = Ranked(group);
                if (ranked.Count >= 2 && reasons[ranked[0]] == SuppressionReason.FirstLevel && reasons[ranked[1]] == SuppressionReason.None)
                {
                    reasons[ranked[1]] = SuppressionReason.SecondLevel;
                }
            }

            var queue = new Queue<string>(roots);
            while (queue.Count > 0)
            {
                string unit = queue.Dequeue();
                if (reasons[unit] != SuppressionReason.None)
                {
                    foreach (string child in Ranked(children[unit]).Take(2))
                    {
                        if (reasons[child] == SuppressionReason.None)
                        {
                            reasons[child] = SuppressionReason.Cascade;
                        }
                    }
                }

                foreach (string child in children[unit])
                {
                    queue.Enqueue(child);
                }
            }
        }

        var report = ImmutableArray.CreateBuilder<FftUnitSummary>(order.Count);
        void Emit(string unit, int depth)
        {
            report.Add(new FftUnitSummary(unit, parents[unit], depth, Fft.Summarise(totals[unit], question, confidence), reasons[unit]));
            foreach (string child in children[unit])
            {
                Emit(child, depth + 1);
            }
        }

        foreach (string root in roots)
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

            list.Add(new FftUnitCounts(row.Unit, row.Parent, row.Counts));
        }

        return [.. byPeriod.Select(p => new FftPeriodReport(p.Key, Build(p.Value, question, confidence, tieBreakKey)))];
    }
}

/// <summary>The responses of one unit in one period.</summary>
/// <param name="Period">The period label (for example "2026-04").</param>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="Parent">The unit above it, or <see langword="null"/>.</param>
/// <param name="Counts">The unit's own responses in the period.</param>
public readonly record struct FftPeriodCounts(string Period, string Unit, string? Parent, FftCounts Counts);

/// <summary>One period's report.</summary>
public sealed record FftPeriodReport
{
    internal FftPeriodReport(string period, ImmutableArray<FftUnitSummary> rows)
    {
        Period = period;
        Rows = rows;
    }

    /// <summary>Gets the period label.</summary>
    public string Period { get; }

    /// <summary>Gets the report rows for the period, as <see cref="FftReport.Build"/> gives them.</summary>
    public ImmutableArray<FftUnitSummary> Rows { get; }
}
