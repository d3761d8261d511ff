using System.Collections.Immutable;

namespace OutcomeScoring.Change;

/// <summary>Pairs baseline and follow-up per episode from longitudinal data (specs/change.md; the usual first-and-last rule of routine outcome monitoring).</summary>
public static class Episodes
{
    /// <summary>
    /// Picks, per person and episode, the first computable score by date as baseline and the last as follow-up;
    /// administrations on the same date keep their input order. Every episode is returned, in order of first
    /// appearance, including those with one score or none.
    /// </summary>
    /// <param name="administrations">The administrations.</param>
    /// <returns>One pair per person and episode.</returns>
    /// <exception cref="ArgumentException">An administration has no person, or a score is not a finite number.</exception>
    public static ImmutableArray<EpisodePair> Pair(IEnumerable<Administration> administrations)
    {
        ArgumentNullException.ThrowIfNull(administrations);
        var groups = new Dictionary<(string, string?), List<(int Order, Administration Item)>>();
        var order = new List<(string, string?)>();
        int index = 0;
        foreach (Administration a in administrations)
        {
            if (string.IsNullOrWhiteSpace(a.Person))
            {
                throw new ArgumentException($"Administration {index} has no person identifier.", nameof(administrations));
            }

            if (a.Score is { } s && !double.IsFinite(s))
            {
                throw new ArgumentException($"Administration {index} ({a.Person}, {a.Date:yyyy-MM-dd}) has the score {s}, which is not a finite number.", nameof(administrations));
            }

            (string, string?) key = (a.Person, a.Episode);
            if (!groups.TryGetValue(key, out List<(int, Administration)>? list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add((index++, a));
        }

        return [.. order.Select(key =>
        {
            Administration[] sorted = [.. groups[key].OrderBy(x => x.Item.Date).ThenBy(x => x.Order).Select(x => x.Item)];
            Administration[] scored = [.. sorted.Where(a => a.Score is not null)];
            EpisodeStatus status = scored.Length switch { 0 => EpisodeStatus.NoScores, 1 => EpisodeStatus.SingleScore, _ => EpisodeStatus.Paired };
            Administration? first = scored.Length > 0 ? scored[0] : null;
            Administration? last = scored.Length > 1 ? scored[^1] : null;
            return new EpisodePair(key.Item1, key.Item2, first?.Date, first?.Score, last?.Date, last?.Score, sorted.Length, scored.Length, status);
        })];
    }
}
