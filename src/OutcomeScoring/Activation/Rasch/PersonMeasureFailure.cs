namespace OutcomeScoring.Activation;

/// <summary>Why a person measure could not be estimated.</summary>
public enum PersonMeasureFailure
{
    /// <summary>The measure was estimated.</summary>
    None = 0,

    /// <summary>No item was answered, so there is nothing to estimate from.</summary>
    NoItemsAnswered = 1,

    /// <summary>Newton-Raphson did not reach the tolerance within the iteration cap.</summary>
    DidNotConverge = 2,
}
