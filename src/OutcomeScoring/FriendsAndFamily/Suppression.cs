namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// NHS England's suppression of FFT figures before publication (nhsengland/fft_pipeline, suppression.py; specs/fft.md),
/// applied to a hierarchy of units in three steps: first level, second level, then the cascade.
/// </summary>
/// <remarks>
/// Ties in ranking are broken by a key the caller gives (the official process orders wards by total, then speciality,
/// then name); by default the unit identifier, ordinal; then the identifier itself.
/// </remarks>
internal static class Suppression
{
    /// <summary>The most responses a unit may have and still be first-level suppressed (1-4; zero is not suppressed).</summary>
    public const int FirstLevelMaximum = 4;

    /// <summary>How many of the smallest children of a suppressed unit the cascade suppresses.</summary>
    public const int CascadeChildren = 2;

    /// <summary>Works out why each unit is suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public static Dictionary<string, SuppressionReason> Apply(FftHierarchy tree, Func<string, string> tieBreakKey)
    {
        var reasons = tree.Units.ToDictionary(u => u, _ => SuppressionReason.None, StringComparer.Ordinal);
        FirstLevel(tree, reasons);
        SecondLevel(tree, reasons, tieBreakKey);
        Cascade(tree, reasons, tieBreakKey);
        return reasons;
    }

    /// <summary>First level: a unit with 1 to <see cref="FirstLevelMaximum"/> responses (its own plus those below it).</summary>
    private static void FirstLevel(FftHierarchy tree, Dictionary<string, SuppressionReason> reasons)
    {
        foreach (string unit in tree.Units)
        {
            if (tree.Total(unit).Total is > 0 and <= FirstLevelMaximum)
            {
                reasons[unit] = SuppressionReason.FirstLevel;
            }
        }
    }

    /// <summary>
    /// Second level: within each group of siblings (the top-level units form one group, as the national pipeline ranks ICBs
    /// together) ranked by total responses among those with any, when the smallest is first-level suppressed the next
    /// smallest is suppressed too, so that the parent's total cannot reveal it.
    /// </summary>
    private static void SecondLevel(FftHierarchy tree, Dictionary<string, SuppressionReason> reasons, Func<string, string> tieBreakKey)
    {
        foreach (List<string> group in tree.Children.Values.Append(tree.Roots))
        {
            List<string> ranked = Ranked(tree, group, tieBreakKey);
            if (ranked.Count >= 2 && reasons[ranked[0]] == SuppressionReason.FirstLevel && reasons[ranked[1]] == SuppressionReason.None)
            {
                reasons[ranked[1]] = SuppressionReason.SecondLevel;
            }
        }
    }

    /// <summary>Cascade: from the top down, the <see cref="CascadeChildren"/> smallest children (with responses) of any suppressed unit.</summary>
    private static void Cascade(FftHierarchy tree, Dictionary<string, SuppressionReason> reasons, Func<string, string> tieBreakKey)
    {
        var queue = new Queue<string>(tree.Roots);
        while (queue.Count > 0)
        {
            string unit = queue.Dequeue();
            if (reasons[unit] != SuppressionReason.None)
            {
                foreach (string child in Ranked(tree, tree.Children[unit], tieBreakKey).Take(CascadeChildren))
                {
                    if (reasons[child] == SuppressionReason.None)
                    {
                        reasons[child] = SuppressionReason.Cascade;
                    }
                }
            }

            foreach (string child in tree.Children[unit])
            {
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>The units of a group that have responses, smallest total first, ties by the key and then the identifier.</summary>
    private static List<string> Ranked(FftHierarchy tree, List<string> group, Func<string, string> tieBreakKey) =>
        [.. group.Where(u => tree.Total(u).Total > 0).OrderBy(u => tree.Total(u).Total).ThenBy(tieBreakKey, StringComparer.Ordinal).ThenBy(u => u, StringComparer.Ordinal)];
}
