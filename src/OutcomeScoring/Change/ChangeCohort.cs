using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.Comparison;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Change;

/// <summary>One category of a cohort summary: how many, out of how many, as a proportion with its Wilson interval.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct CategoryRate
{
    internal CategoryRate(string category, int count, int denominator, ProportionInterval? rate)
    {
        Category = category;
        Count = count;
        Denominator = denominator;
        Rate = rate;
    }

    /// <summary>Gets the category's name (for example "reliable_improvement").</summary>
    public string Category { get; }

    /// <summary>Gets how many pairs are in it.</summary>
    public int Count { get; }

    /// <summary>Gets how many pairs it is a share of.</summary>
    public int Denominator { get; }

    /// <summary>Gets the proportion with its Wilson interval, or <see langword="null"/> when the denominator is 0.</summary>
    public ProportionInterval? Rate { get; }

    /// <summary>Describes the rate for people.</summary>
    /// <returns>For example "recovered: 12 of 36, 33.3% (95% CI 20.2%-49.6%)".</returns>
    public override string ToString() =>
        $"{Category}: {Display.Whole(Count)} of {Display.Whole(Denominator)}{(Rate is { } r ? ", " + r : "")}";
}

/// <summary>A cohort's change outcomes: counts and Wilson intervals per category, eligibility and what was not computable.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record ChangeSummary
{
    internal ChangeSummary(
        string? group,
        int pairs,
        int computable,
        ImmutableDictionary<PairNotComputableReason, int> notComputable,
        ImmutableArray<CategoryRate> reliableChange,
        ImmutableArray<CategoryRate> outcomes,
        int eligibleToRecover,
        CategoryRate? recovery,
        CategoryRate? reliableRecovery)
    {
        Group = group;
        Pairs = pairs;
        Computable = computable;
        NotComputable = notComputable;
        ReliableChange = reliableChange;
        Outcomes = outcomes;
        EligibleToRecover = eligibleToRecover;
        Recovery = recovery;
        ReliableRecovery = reliableRecovery;
    }

    /// <summary>Gets the group's key (for example a team), or <see langword="null"/> for the whole cohort.</summary>
    public string? Group { get; }

    /// <summary>Gets how many pairs were given.</summary>
    public int Pairs { get; }

    /// <summary>Gets how many pairs have both scores.</summary>
    public int Computable { get; }

    /// <summary>Gets how many pairs were not classified, by reason.</summary>
    public ImmutableDictionary<PairNotComputableReason, int> NotComputable { get; }

    /// <summary>Gets the rates of reliable improvement, no reliable change, reliable deterioration, as shares of the computable pairs (they sum to 1).</summary>
    public ImmutableArray<CategoryRate> ReliableChange { get; }

    /// <summary>Gets the rates of recovered, improved, unchanged, deteriorated, as shares of the computable pairs.</summary>
    public ImmutableArray<CategoryRate> Outcomes { get; }

    /// <summary>Gets how many computable pairs were clinical at baseline (only they can recover).</summary>
    public int EligibleToRecover { get; }

    /// <summary>Gets NHS Talking Therapies recovery as a share of those eligible, or <see langword="null"/> without a cut-off.</summary>
    public CategoryRate? Recovery { get; }

    /// <summary>Gets reliable recovery as a share of those eligible, or <see langword="null"/> without a cut-off.</summary>
    public CategoryRate? ReliableRecovery { get; }

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
