using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Tests.FriendsAndFamily;

/// <summary>
/// The end-to-end disclosure check of issue 15, shared by the library, command-line and report tests. For each suppressed
/// unit (with responses) it looks for another data set one response away (moved between leaves, added or removed,
/// optionally moved back in another period so that whole-period figures stay the same) in which that unit's counts differ
/// but every visible unit's counts are the same: then sums and differences of visible figures cannot give the unit's
/// counts. Where the other data set also keeps every unit's suppression reason, the publication must be byte-for-byte the
/// same: what is published about suppressed units is their reasons, nothing computed from their counts.
/// </summary>
internal static class FftWitness
{
    /// <summary>One leaf unit's responses in one period; the path runs from the top-level unit down to the leaf.</summary>
    internal sealed record Leaf(string Period, string[] Path, FftCounts Counts)
    {
        public string Unit => Path[^1];
    }

    /// <summary>
    /// A random hierarchy from a seed: 1 to <paramref name="maxLevels"/> levels, 1-3 top-level units, 1-3 children each,
    /// leaves with no responses, 2-3 responses or 7-40 responses, so that one response more or less keeps each leaf's
    /// class (the suppression rules reason with bounds: docs/instruments/fft.md says what that leaves open).
    /// </summary>
    public static List<Leaf> Generate(int seed, int maxLevels, int periods, int minimumTopLevel = 1, int minimumLevels = 1, string? service = null)
    {
        var random = new Random(seed);
        int levels = random.Next(minimumLevels, maxLevels + 1);
        var paths = new List<string[]>();
        void Grow(string[] path)
        {
            if (path.Length == levels)
            {
                paths.Add(path);
                return;
            }

            for (int i = random.Next(path.Length == 0 ? minimumTopLevel : 1, 4); i > 0; i--)
            {
                Grow([.. path, (path.Length == 0 ? "U" : path[^1]) + "-" + (char)('a' + i)]);
            }
        }

        Grow([]);
        return [.. Enumerable.Range(1, periods).SelectMany(p => paths.Select(path => new Leaf($"2026-0{p}", service is null ? path : [service, .. path], Counts(random))))];
    }

    private static FftCounts Counts(Random random)
    {
        double kind = random.NextDouble();
        int total = kind < 0.1 ? 0 : kind < 0.45 ? random.Next(2, 4) : random.Next(7, 41);
        var c = new long[6];
        for (int i = 0; i < total; i++)
        {
            c[random.Next(10) switch { < 5 => 0, < 7 => 1, 7 => 2, 8 => 3, _ => random.Next(4, 6) }]++;
        }

        return new FftCounts(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /// <summary>The report rows of one scope (a period, or every period when <paramref name="period"/> is null).</summary>
    public static IEnumerable<FftUnitSummary> Report(IEnumerable<Leaf> data, string? period) =>
        FftReport.Build(data.Where(l => period is null || l.Period == period).SelectMany(l =>
            l.Path.Select((unit, i) => new FftUnitCounts(unit, i > 0 ? l.Path[i - 1] : null, i == l.Path.Length - 1 ? l.Counts : default))));

    /// <summary>
    /// The problems found: a suppressed unit (with responses) of a published scope whose counts no other data set with the same
    /// visible counts changes, or another data set with the same visible counts and reasons whose publication differs.
    /// <paramref name="compared"/> counts the publications compared. With <paramref name="onlyPublication"/> only the second kind
    /// is reported: for publications with figures across periods (the report), where one response more or less in a month cannot
    /// keep every published figure the same even though the counts do not follow from them.
    /// </summary>
    public static List<string> Problems(List<Leaf> data, IReadOnlyList<string?> scopes, Func<List<Leaf>, string> publish, bool compensate, out int compared, bool onlyPublication = false)
    {
        string published = publish(data);
        var before = scopes.Select(s => Report(data, s).ToDictionary(r => r.Unit, r => (r.Suppression, r.Figures.Counts))).ToList();
        var problems = new List<string>();
        compared = 0;
        for (int s = 0; s < scopes.Count; s++)
        {
            foreach ((string unit, (SuppressionReason reason, FftCounts counts)) in before[s])
            {
                if (reason == SuppressionReason.None || counts.Total == 0)
                {
                    continue;
                }

                bool open = false;
                foreach (List<Leaf> other in Moves(data, scopes[s], unit, compensate))
                {
                    var after = scopes.Select(s => Report(other, s).ToDictionary(r => r.Unit, r => (r.Suppression, r.Figures.Counts))).ToList();
                    if (after[s][unit].Counts == counts || !SameVisible(before, after))
                    {
                        continue;
                    }

                    open = true;
                    if (SameReasons(before, after))
                    {
                        compared++;
                        if (publish(other) != published)
                        {
                            problems.Add($"{scopes[s] ?? "whole period"}: {unit} ({reason}): a data set with other counts for it and the same visible counts and reasons is published differently");
                        }

                        break;
                    }
                }

                if (!open && !onlyPublication)
                {
                    problems.Add($"{scopes[s] ?? "whole period"}: {unit} ({reason}): its counts follow from the visible counts");
                }
            }
        }

        return problems;
    }

    private static bool SameVisible(List<Dictionary<string, (SuppressionReason Suppression, FftCounts Counts)>> before, List<Dictionary<string, (SuppressionReason Suppression, FftCounts Counts)>> after) =>
        before.Zip(after).All(scope => scope.First.All(u => u.Value.Suppression != SuppressionReason.None || scope.Second.TryGetValue(u.Key, out var a) && a.Counts == u.Value.Counts));

    private static bool SameReasons(List<Dictionary<string, (SuppressionReason Suppression, FftCounts Counts)>> before, List<Dictionary<string, (SuppressionReason Suppression, FftCounts Counts)>> after) =>
        before.Zip(after).All(scope => scope.First.Count == scope.Second.Count && scope.First.All(u => scope.Second.TryGetValue(u.Key, out var a) && a.Suppression == u.Value.Suppression));

    /// <summary>Data sets one response away: moved from a leaf under the unit to another leaf or back, added or removed.</summary>
    private static IEnumerable<List<Leaf>> Moves(List<Leaf> data, string? period, string unit, bool compensate)
    {
        int[] under = [.. Enumerable.Range(0, data.Count).Where(i => (period is null || data[i].Period == period) && data[i].Path.Contains(unit))];
        foreach (int x in under)
        {
            foreach (FftAnswer a in Enum.GetValues<FftAnswer>())
            {
                foreach (int sign in (int[])[-1, 1])
                {
                    if (Changed(data, (x, a, sign)) is { } alone)
                    {
                        yield return alone;
                    }

                    for (int y = 0; y < data.Count; y++)
                    {
                        if (y == x || data[y].Period != data[x].Period || Changed(data, (x, a, sign), (y, a, -sign)) is not { } moved)
                        {
                            continue;
                        }

                        yield return moved;
                        if (!compensate)
                        {
                            continue;
                        }

                        for (int x2 = 0; x2 < data.Count; x2++)
                        {
                            int y2 = data.FindIndex(l => l.Period == data[x2].Period && l.Unit == data[y].Unit);
                            if (data[x2].Unit == data[x].Unit && data[x2].Period != data[x].Period && y2 >= 0
                                && Changed(moved, (x2, a, -sign), (y2, a, sign)) is { } back)
                            {
                                yield return back;
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<Leaf>? Changed(List<Leaf> data, params (int Leaf, FftAnswer Answer, int Delta)[] changes)
    {
        var changed = new List<Leaf>(data);
        foreach ((int leaf, FftAnswer answer, int delta) in changes)
        {
            FftCounts c = changed[leaf].Counts;
            if (c[answer] + delta < 0)
            {
                return null;
            }

            changed[leaf] = changed[leaf] with { Counts = delta > 0 ? c.With(answer) : Without(c, answer) };
        }

        return changed;
    }

    private static FftCounts Without(FftCounts c, FftAnswer answer) => answer switch
    {
        FftAnswer.VeryGood => c with { VeryGood = c.VeryGood - 1 },
        FftAnswer.Good => c with { Good = c.Good - 1 },
        FftAnswer.Neither => c with { Neither = c.Neither - 1 },
        FftAnswer.Poor => c with { Poor = c.Poor - 1 },
        FftAnswer.VeryPoor => c with { VeryPoor = c.VeryPoor - 1 },
        _ => c with { DontKnow = c.DontKnow - 1 },
    };
}
