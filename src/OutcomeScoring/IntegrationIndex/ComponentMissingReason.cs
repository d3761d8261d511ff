namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Why a component is missing for a unit and period (<see cref="ComponentResult.Reason"/>): it is then left out and the other
/// weights renormalised, never imputed.
/// </summary>
public enum ComponentMissingReason
{
    /// <summary>The component is present and takes part in the index.</summary>
    None = 0,

    /// <summary>No value was given for the unit, period and component.</summary>
    NotGiven = 1,

    /// <summary>A value was given as missing (null), without a reason.</summary>
    NoValue = 2,

    /// <summary>
    /// A value was given as missing (null) with the caller's own reason (<see cref="ComponentValue.MissingReason"/>, for example
    /// "no FFT responses" from the <see cref="IntegrationProfile"/> helpers); the explanation is that reason.
    /// </summary>
    GivenAsMissing = 3,

    /// <summary>The component has a minimum count and no count (n) was given.</summary>
    NoCount = 4,

    /// <summary>The count (n) is below the component's minimum count.</summary>
    CountBelowMinimum = 5,

    /// <summary>
    /// The component's normalisation is undefined for these data (a sample-dependent method with only one value, or with every
    /// value the same).
    /// </summary>
    NormalisationUndefined = 6,
}
