namespace OutcomeScoring;

/// <summary>The reliable change category of one comparison between two scores or ratings, in the direction that is better for the instrument.</summary>
public enum ReliableChangeCategory
{
    /// <summary>The change is at least the threshold in the better direction.</summary>
    ReliableImprovement = 1,

    /// <summary>The change is smaller than the threshold either way.</summary>
    NoReliableChange = 2,

    /// <summary>The change is at least the threshold in the worse direction.</summary>
    ReliableDeterioration = 3,
}
