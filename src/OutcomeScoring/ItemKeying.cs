namespace OutcomeScoring;

/// <summary>How an item's raw answer becomes its scored value.</summary>
public enum ItemKeying
{
    /// <summary>The scored value is the raw answer.</summary>
    Direct = 0,

    /// <summary>
    /// The item is positively worded and reverse scored: scored value = scale minimum + maximum - answer
    /// (for CORE, 4 - answer), so that a higher score always means more of what the score measures.
    /// </summary>
    Reversed = 1,
}
