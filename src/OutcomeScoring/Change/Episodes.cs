using System.Collections.Immutable;

namespace OutcomeScoring.Change;

/// <summary>One administration of a measure to a person: when, in which episode of care, and the score (if computable).</summary>
/// <param name="Person">The person's identifier.</param>
/// <param name="Episode">The episode of care, or <see langword="null"/> when the person has one episode.</param>
/// <param name="Date">The date of the administration.</param>
/// <param name="Score">The score, or <see langword="null"/> when it was not computable.</param>
public readonly record struct Administration(string Person, string? Episode, DateOnly Date, double? Score);

/// <summary>What an episode's administrations give for a baseline/follow-up comparison.</summary>
public enum EpisodeStatus
{
    /// <summary>At least two computable scores: baseline (first) and follow-up (last).</summary>
    Paired = 1,

    /// <summary>Only one computable score: no change can be measured (reported, not dropped).</summary>
    SingleScore = 2,

    /// <summary>No computable score at all.</summary>
    NoScores = 3,
}

/// <summary>An episode's baseline and follow-up: the first and last computable scores by date.</summary>
public sealed record EpisodePair
{
    internal EpisodePair(
        string person,
        string? episode,
        DateOnly? baselineDate,
        double? baseline,
        DateOnly? followUpDate,
        double? followUp,
        int administrations,
        int computableScores,
        EpisodeStatus status)
    {
        Person = person;
        Episode = episode;
        BaselineDate = baselineDate;
        Baseline = baseline;
        FollowUpDate = followUpDate;
        FollowUp = followUp;
        Administrations = administrations;
        ComputableScores = computableScores;
        Status = status;
    }

    /// <summary>Gets the person.</summary>
    public string Person { get; }

    /// <summary>Gets the episode, or <see langword="null"/>.</summary>
    public string? Episode { get; }

    /// <summary>Gets the date of the first computable score, or <see langword="null"/>.</summary>
    public DateOnly? BaselineDate { get; }

    /// <summary>Gets the first computable score, or <see langword="null"/>.</summary>
    public double? Baseline { get; }

    /// <summary>Gets the date of the last computable score (when it is not the baseline), or <see langword="null"/>.</summary>
    public DateOnly? FollowUpDate { get; }

    /// <summary>Gets the last computable score (when it is not the baseline), or <see langword="null"/>.</summary>
    public double? FollowUp { get; }

    /// <summary>Gets how many administrations the episode has.</summary>
    public int Administrations { get; }

    /// <summary>Gets how many of them have a computable score.</summary>
    public int ComputableScores { get; }

    /// <summary>Gets whether the episode is paired, has a single score, or none.</summary>
    public EpisodeStatus Status { get; }
}

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
