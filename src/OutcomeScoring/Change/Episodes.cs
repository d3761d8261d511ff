using System.Collections.Immutable;
using OutcomeScoring.Cohorts;

namespace OutcomeScoring.Change;

/// <summary>
/// Pairs baseline and follow-up per person and episode from longitudinal data: the first and last computable score (specs/change.md;
/// the usual first-and-last rule of routine outcome monitoring). One of the cohort rules (<see cref="Cohort"/>, docs/cohorts.md).
/// </summary>
public static class Episodes
{
    /// <summary>
    /// Picks, per person and episode, the first computable score by date as baseline and the last as follow-up;
    /// administrations on the same date keep their input order (the earlier row is first, the later row last). Every episode is
    /// returned, in order of first appearance, including those with one score or none. The order is <see cref="Cohort.ByEpisode"/>'s.
    /// </summary>
    /// <param name="administrations">The administrations.</param>
    /// <returns>One pair per person and episode.</returns>
    /// <exception cref="ArgumentException">An administration has no person, or a score is not a finite number.</exception>
    public static ImmutableArray<EpisodePair> Pair(IEnumerable<Administration> administrations)
    {
        Administration[] forms = Cohort.Checked(administrations, needTeam: false);
        return [.. Cohort.ByEpisode(forms).Select(e =>
        {
            int computable = e.ComputablePositions.Length;
            EpisodeStatus status = computable switch { 0 => EpisodeStatus.NoScores, 1 => EpisodeStatus.SingleScore, _ => EpisodeStatus.Paired };
            Administration? first = e.FirstComputable is int f ? forms[f] : null;
            Administration? last = computable > 1 ? forms[e.LastComputable!.Value] : null;
            return new EpisodePair(e.Person, e.Episode, first?.Date, first?.Score, last?.Date, last?.Score,
                e.FirstComputable, computable > 1 ? e.LastComputable : null, e.Positions.Length, computable, status);
        })];
    }
}
