namespace OutcomeScoring;

/// <summary>
/// A term of an additive value set that depends on the dimensions together rather than on one of them: its
/// <see cref="Value"/> is added once when at least <see cref="MinimumCount"/> dimensions have a value of
/// <see cref="AtLeast"/> or more. EQ-5D-3L UK TTO (Dolan 1997): −0.081 when any dimension is above level 1 (dimension value
/// 1 or more), and the N3 term −0.269 when any dimension is at level 3 (dimension value 2 or more)
/// (specs/integration-experience-utility.md, section 3).
/// </summary>
/// <param name="Id">The term's id, unique within the stage (for example "n3"), as messages and documents name it.</param>
/// <param name="AtLeast">The dimension value (0 = a dimension's lowest level) a dimension must reach to count.</param>
/// <param name="Value">The value added when the term applies (a decrement is negative).</param>
/// <remarks>Immutable. Validated when an <see cref="Instrument"/> is built with the stage that holds it.</remarks>
public sealed record ValueSetTerm(string Id, int AtLeast, double Value)
{
    /// <summary>Gets how many dimensions must reach <see cref="AtLeast"/> for the term to apply.</summary>
    /// <value>1 (any dimension) unless the definition says otherwise.</value>
    public int MinimumCount { get; init; } = 1;
}
