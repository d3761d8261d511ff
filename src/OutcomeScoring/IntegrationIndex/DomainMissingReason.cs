namespace OutcomeScoring.IntegrationIndex;

/// <summary>Why a domain is missing for a unit and period (<see cref="DomainResult.Reason"/>).</summary>
public enum DomainMissingReason
{
    /// <summary>The domain has a value.</summary>
    None = 0,

    /// <summary>No component of the domain is present for the unit and period.</summary>
    NoComponentPresent = 1,
}
