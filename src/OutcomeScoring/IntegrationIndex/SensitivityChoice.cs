namespace OutcomeScoring.IntegrationIndex;

/// <summary>An uncertain choice whose effect on the ranks the sensitivity analysis measures (<see cref="CompositeIndex.Sensitivity"/>).</summary>
public enum SensitivityChoice
{
    /// <summary>The component and domain weights, each multiplied by 1 + f x U (U uniform on -1 to 1), as one choice.</summary>
    Weights = 1,

    /// <summary>The normalisation applied to every component, drawn from the alternatives.</summary>
    Normalisation = 2,

    /// <summary>The aggregation at every level, drawn from the alternatives.</summary>
    Aggregation = 3,

    /// <summary>The availability threshold's minimum weight share, drawn from the alternatives.</summary>
    AvailabilityThreshold = 4,
}
