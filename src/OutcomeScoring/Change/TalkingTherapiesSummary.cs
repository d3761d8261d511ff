using System.Collections.Immutable;

namespace OutcomeScoring.Change;

/// <summary>
/// A cohort's NHS Talking Therapies outcomes: how many referrals, how many assessable, the reliable change categories as
/// shares of those assessable, and recovery and reliable recovery as shares of the cases at the start (the denominator
/// NHS Talking Therapies reports); each with its Wilson interval (<see cref="TalkingTherapies.Summarise"/>).
/// </summary>
public sealed record TalkingTherapiesSummary
{
    internal TalkingTherapiesSummary(string? group, int referrals, int assessable, ImmutableArray<CategoryRate> reliableChange, int casesAtStart, CategoryRate recovery, CategoryRate reliableRecovery)
    {
        Group = group;
        Referrals = referrals;
        Assessable = assessable;
        ReliableChange = reliableChange;
        CasesAtStart = casesAtStart;
        Recovery = recovery;
        ReliableRecovery = reliableRecovery;
    }

    /// <summary>Gets the group key, or <see langword="null"/> for the whole cohort.</summary>
    public string? Group { get; }

    /// <summary>Gets how many referrals were given.</summary>
    public int Referrals { get; }

    /// <summary>Gets how many had all four scores.</summary>
    public int Assessable { get; }

    /// <summary>Gets reliable improvement, no reliable change and reliable deterioration as shares of the assessable referrals.</summary>
    public ImmutableArray<CategoryRate> ReliableChange { get; }

    /// <summary>Gets how many assessable referrals were a case at the start (the recovery denominator).</summary>
    public int CasesAtStart { get; }

    /// <summary>Gets recovery as a share of the cases at the start.</summary>
    public CategoryRate Recovery { get; }

    /// <summary>Gets reliable recovery as a share of the cases at the start.</summary>
    public CategoryRate ReliableRecovery { get; }
}
