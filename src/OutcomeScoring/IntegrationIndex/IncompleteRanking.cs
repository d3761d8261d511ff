namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// How units with an index but without every component (below full coverage) are ranked (<see cref="DataAvailability.IncompleteUnits"/>).
/// </summary>
/// <remarks>
/// A unit with 2 of 4 components can top a ranking of complete units only because its missing components were left out; boards read a
/// ranking as like against like. <see cref="NotRanked"/> and <see cref="RankedSeparately"/> never rank an incomplete unit among
/// complete ones. Sources: issue "integration index 2.0"; Nardo et al. 2008 (missing data).
/// </remarks>
public enum IncompleteRanking
{
    /// <summary>Every unit with an index is ranked in one list, complete or not (profile 1.0 and the default, for compatibility).</summary>
    RankedWithComplete = 0,

    /// <summary>Incomplete units are ranked in their own list, apart from the complete units (an explicit choice).</summary>
    RankedSeparately = 1,

    /// <summary>Incomplete units get their index and coverage but no rank; only complete units are ranked (profile 2.0).</summary>
    NotRanked = 2,
}
