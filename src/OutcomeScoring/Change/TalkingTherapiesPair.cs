namespace OutcomeScoring.Change;

/// <summary>
/// One referral's NHS Talking Therapies paired outcome: each measure's change, caseness at the start, recovery, the
/// reliable change across both measures and reliable recovery (<see cref="TalkingTherapiesRules.Classify"/>).
/// </summary>
public readonly record struct TalkingTherapiesPair
{
    internal TalkingTherapiesPair(ChangePair depression, ChangePair anxiety, bool? caseAtStart, bool? recovered, ReliableChangeCategory? reliableChange, bool? reliableRecovery, string? explanation)
    {
        Depression = depression;
        Anxiety = anxiety;
        CaseAtStart = caseAtStart;
        Recovered = recovered;
        ReliableChange = reliableChange;
        ReliableRecovery = reliableRecovery;
        Explanation = explanation;
    }

    /// <summary>Gets the depression measure's pair (its change is last minus first).</summary>
    public ChangePair Depression { get; }

    /// <summary>Gets the anxiety measure's pair.</summary>
    public ChangePair Anxiety { get; }

    /// <summary>Gets whether the referral was a case at the start (on either measure), or <see langword="null"/> when not assessable.</summary>
    public bool? CaseAtStart { get; }

    /// <summary>Gets whether a case at the start was below caseness on both measures at the end; <see langword="null"/> when not a case at the start (out of the recovery denominator) or not assessable.</summary>
    public bool? Recovered { get; }

    /// <summary>Gets the reliable change across both measures, or <see langword="null"/> when not assessable.</summary>
    public ReliableChangeCategory? ReliableChange { get; }

    /// <summary>Gets whether the referral recovered with reliable improvement; <see langword="null"/> when not a case at the start or not assessable.</summary>
    public bool? ReliableRecovery { get; }

    /// <summary>Gets whether all four scores were there, so the referral was classified.</summary>
    public bool IsAssessable => Explanation is null;

    /// <summary>Gets why the referral is not assessable (which scores are missing), or <see langword="null"/>.</summary>
    public string? Explanation { get; }
}
