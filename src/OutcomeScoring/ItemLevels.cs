using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>How one item's keyed answers collapse to the levels of a value set's dimension.</summary>
/// <remarks>
/// <see cref="Levels"/> holds one level per answer on the response scale, lowest answer first, after keying (a
/// reversed item is collapsed on its reversed value). CORE-6D: CORE-OM item 1 collapses 0, 1, 2, 3, 4 to 0, 1, 1, 2, 2.
/// </remarks>
public sealed record ItemLevels
{
    /// <summary>Creates the collapse of one item.</summary>
    /// <param name="item">The item's number.</param>
    /// <param name="levels">The level of each keyed answer, lowest answer first.</param>
    public ItemLevels(int item, IEnumerable<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        Item = item;
        Levels = [.. levels];
    }

    /// <summary>Gets the item's number.</summary>
    public int Item { get; init; }

    /// <summary>Gets the level of each keyed answer, lowest answer first.</summary>
    public ImmutableArray<int> Levels { get; init; }

    /// <summary>Gets the highest level.</summary>
    internal int Highest => Levels.IsDefaultOrEmpty ? 0 : Levels.Max();

    /// <summary>Compares item and levels.</summary>
    /// <param name="other">The other collapse.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ItemLevels? other) => other is not null && Item == other.Item && Levels.SequenceEqual(other.Levels);

    /// <summary>Hashes the item.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Item, Levels.Length);
}
