namespace OutcomeScoring;

/// <summary>Why a score could not be compared with a clinical cut-off (<see cref="CutoffComparison.Reason"/>).</summary>
public enum NoComparisonReason
{
    /// <summary>The comparison was made.</summary>
    None = 0,

    /// <summary>The table gives no cut-off for this score and person; <see cref="CutoffLookup.Reason"/> says why.</summary>
    NoCutoff = 1,

    /// <summary>The score is not computable; <see cref="Score.NotComputableReason"/> says why.</summary>
    ScoreNotComputable = 2,
}
