namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Which way along a component's raw values is better. It must always be given: <c>default(IndexDirection)</c> (0) is not a
/// direction and a specification holding it is rejected, because an index whose directions were guessed ranks units upside down
/// without anyone noticing (a lesson from COINr's users).
/// </summary>
/// <remarks>The numeric values are the +1/-1 of the Handbook and COINr and of the specification JSON. Sources: Nardo et al. 2008; COINr.</remarks>
public enum IndexDirection
{
    /// <summary>A lower raw value is better (-1): the value is flipped before normalisation.</summary>
    LowerIsBetter = -1,

    /// <summary>A higher raw value is better (+1).</summary>
    HigherIsBetter = 1,
}
