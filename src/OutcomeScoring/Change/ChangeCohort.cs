using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.Comparison;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Change;

/// <summary>One category of a cohort summary: how many, out of how many, as a proportion with its Wilson interval.</summary>
/// <param name="Category">The category's name (for example "reliable_improvement").</param>
/// <param name="Count">How many pairs are in it.</param>
/// <param name="Denominator">How many pairs it is a share of.</param>
/// <param name="Rate">The proportion with its Wilson interval, or <see langword="null"/> when the denominator is 0.</param>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct CategoryRate(string Category, int Count, int Denominator, ProportionInterval? Rate)
{
    /// <summary>Describes the rate for people.</summary>
    /// <returns>For example "recovered: 12 of 36, 33.3% (95% CI 20.2%-49.6%)".</returns>
    public override string ToString() =>
        $"{Category}: {Display.Whole(Count)} of {Display.Whole(Denominator)}{(Rate is { } r ? ", " + r : "")}";
}

/// <summary>A cohort's change outcomes: counts and Wilson intervals per category, eligibility and what was not computable.</summary>
/// <param name="Group">The group's key (for example a team), or <see langword="null"/> for the whole cohort.</param>
/// <param name="Pairs">All pairs given.</param>
/// <param name="Computable">Pairs with both scores.</param>
/// <param name="NotComputable">Pairs not classified, by reason.</param>
/// <param name="ReliableChange">Reliable improvement, no reliable change, reliable deterioration, as shares of the computable pairs (they sum to 1).</param>
/// <param name="Outcomes">Recovered, improved, unchanged, deteriorated, as shares of the computable pairs.</param>
/// <param name="EligibleToRecover">Computable pairs clinical at baseline (only they can recover).</param>
/// <param name="Recovery">NHS Talking Therapies recovery as a share of those eligible, or <see langword="null"/> without a cut-off.</param>
/// <param name="ReliableRecovery">Reliable recovery as a share of those eligible, or <see langword="null"/> without a cut-off.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record ChangeSummary(
    string? Group,
    int Pairs,
    int Computable,
    ImmutableDictionary<PairNotComputableReason, int> NotComputable,
    ImmutableArray<CategoryRate> ReliableChange,
    ImmutableArray<CategoryRate> Outcomes,
    int EligibleToRecover,
    CategoryRate? Recovery,
    CategoryRate? ReliableRecovery)
{
    /// <summary>Describes the summary for people: pairs, and each outcome's count and share.</summary>
    /// <returns>For example "North: 40 pairs, 36 computable; recovered 12 (33.3%), improved 8 (22.2%), ...".</returns>
    public override string ToString() =>
        $"{(Group is null ? "All" : Group)}: {Display.Whole(Pairs)} pairs, {Display.Whole(Computable)} computable; "
        + string.Join(", ", Outcomes.Select(o => $"{o.Category} {Display.Whole(o.Count)}{(o.Rate is { } r ? $" ({Display.Percent(r.Estimate)})" : "")}"))
        + $"; {Display.Whole(EligibleToRecover)} eligible to recover";
}

/// <summary>Cohort summaries of classified pairs (specs/change.md: counts and percentages with Wilson 95% intervals; report eligibility).</summary>
public static class ChangeCohort
{
    /// <summary>Summarises pairs, overall or by a key (team, month).</summary>
    /// <param name="pairs">The classified pairs with their group keys (<see langword="null"/> key = one group).</param>
    /// <param name="confidence">The Wilson interval's confidence level (default 0.95).</param>
    /// <returns>One summary per key, in order of first appearance.</returns>
    public static ImmutableArray<ChangeSummary> Summarise(IEnumerable<(string? Group, ChangePair Pair)> pairs, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var groups = new List<(string? Key, List<ChangePair> Pairs)>();
        foreach ((string? group, ChangePair pair) in pairs)
        {
            int index = groups.FindIndex(g => g.Key == group);
            if (index < 0)
            {
                groups.Add((group, []));
                index = groups.Count - 1;
            }

            groups[index].Pairs.Add(pair);
        }

        return [.. groups.Select(g => Summary(g.Key, g.Pairs, confidence))];
    }

    private static ChangeSummary Summary(string? group, List<ChangePair> pairs, double confidence)
    {
        ChangePair[] computable = [.. pairs.Where(p => p.IsComputable)];
        int n = computable.Length;
        CategoryRate Rate(string name, int count, int denominator) => new(name, count, denominator, Wilson.Interval(count, denominator, confidence));
        ImmutableArray<CategoryRate> reliable =
        [
            Rate("reliable_improvement", computable.Count(p => p.ReliableChange == ReliableChangeCategory.ReliableImprovement), n),
            Rate("no_reliable_change", computable.Count(p => p.ReliableChange == ReliableChangeCategory.NoReliableChange), n),
            Rate("reliable_deterioration", computable.Count(p => p.ReliableChange == ReliableChangeCategory.ReliableDeterioration), n),
        ];
        ImmutableArray<CategoryRate> outcomes =
        [
            Rate("recovered", computable.Count(p => p.Outcome == ChangeOutcome.Recovered), n),
            Rate("improved", computable.Count(p => p.Outcome == ChangeOutcome.Improved), n),
            Rate("unchanged", computable.Count(p => p.Outcome == ChangeOutcome.Unchanged), n),
            Rate("deteriorated", computable.Count(p => p.Outcome == ChangeOutcome.Deteriorated), n),
        ];
        bool hasCutoff = computable.Any(p => p.Transition is not null);
        ChangePair[] eligible = [.. computable.Where(p => p.EligibleToRecover == true)];
        return new ChangeSummary(
            group,
            pairs.Count,
            n,
            pairs.Where(p => !p.IsComputable).GroupBy(p => p.NotComputable).ToImmutableDictionary(g => g.Key, g => g.Count()),
            reliable,
            outcomes,
            eligible.Length,
            hasCutoff ? Rate("recovery", eligible.Count(p => p.Recovery == true), eligible.Length) : null,
            hasCutoff ? Rate("reliable_recovery", eligible.Count(p => p.ReliableRecovery == true), eligible.Length) : null);
    }
}
