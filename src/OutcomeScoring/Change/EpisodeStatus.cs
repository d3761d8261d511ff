namespace OutcomeScoring.Change;

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
