using OutcomeScoring.Comparison;

namespace OutcomeScoring.Change;

/// <summary>
/// NHS Talking Therapies (formerly IAPT) paired outcomes across a depression and an anxiety measure: the rules are
/// <see cref="TalkingTherapiesRules"/> (<see cref="TalkingTherapiesRules.Phq9WithGad7"/> by default), this class
/// summarises a cohort (specs/mental-health-proms.md, section 4).
/// </summary>
public static class TalkingTherapies
{
    /// <summary>Summarises classified referrals, overall or by a key (team, month): counts and Wilson intervals.</summary>
    /// <param name="referrals">The classified referrals with their group keys (<see langword="null"/> key = one group).</param>
    /// <param name="confidence">The Wilson interval's confidence level (default 0.95).</param>
    /// <returns>One summary per key, in order of first appearance.</returns>
    public static System.Collections.Immutable.ImmutableArray<TalkingTherapiesSummary> Summarise(IEnumerable<(string? Group, TalkingTherapiesPair Referral)> referrals, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var groups = new List<(string? Key, List<TalkingTherapiesPair> Referrals)>();
        foreach ((string? group, TalkingTherapiesPair referral) in referrals)
        {
            int index = groups.FindIndex(g => g.Key == group);
            if (index < 0)
            {
                groups.Add((group, []));
                index = groups.Count - 1;
            }

            groups[index].Referrals.Add(referral);
        }

        return [.. groups.Select(g => Summary(g.Key, g.Referrals, confidence))];
    }

    private static TalkingTherapiesSummary Summary(string? group, List<TalkingTherapiesPair> referrals, double confidence)
    {
        TalkingTherapiesPair[] assessable = [.. referrals.Where(r => r.IsAssessable)];
        TalkingTherapiesPair[] cases = [.. assessable.Where(r => r.CaseAtStart == true)];
        CategoryRate Rate(string name, int count, int denominator) => new(name, count, denominator, Wilson.Interval(count, denominator, confidence));
        int n = assessable.Length;
        return new TalkingTherapiesSummary(
            group,
            referrals.Count,
            n,
            [
                Rate("reliable_improvement", assessable.Count(r => r.ReliableChange == ReliableChangeCategory.ReliableImprovement), n),
                Rate("no_reliable_change", assessable.Count(r => r.ReliableChange == ReliableChangeCategory.NoReliableChange), n),
                Rate("reliable_deterioration", assessable.Count(r => r.ReliableChange == ReliableChangeCategory.ReliableDeterioration), n),
            ],
            cases.Length,
            Rate("recovery", cases.Count(r => r.Recovered == true), cases.Length),
            Rate("reliable_recovery", cases.Count(r => r.ReliableRecovery == true), cases.Length));
    }
}
