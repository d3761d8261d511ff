namespace OutcomeScoring.IntegrationIndex;

/// <summary>Why a unit gets no index in a period (<see cref="IndexUnitResult.Reason"/>).</summary>
public enum NoIndexReason
{
    /// <summary>The unit has an index.</summary>
    None = 0,

    /// <summary>No component is present for the unit and period.</summary>
    NoComponentPresent = 1,

    /// <summary>Fewer components are present than the specification's <see cref="DataAvailability.MinimumComponents"/>.</summary>
    TooFewComponents = 2,

    /// <summary>The components present carry less of the weight than the specification's <see cref="DataAvailability.MinimumWeightShare"/>.</summary>
    TooLittleWeight = 3,

    /// <summary>A pillar (domain) named in <see cref="DataAvailability.RequiredDomains"/> has no component present.</summary>
    RequiredDomainMissing = 4,
}
