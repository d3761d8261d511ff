using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// One dimension of a value set: the sum of the collapsed levels of its items (CORE-6D: the emotional dimension sums
/// five items' levels 0-2 to 0-10; the physical dimension is one item's level 0-2).
/// </summary>
public sealed record ValueSetDimension
{
    /// <summary>Creates a dimension.</summary>
    /// <param name="id">The dimension's id, also the id of its output (for example "emotional").</param>
    /// <param name="items">How each of its items collapses to levels.</param>
    public ValueSetDimension(string id, IEnumerable<ItemLevels> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Id = id;
        Items = [.. items];
    }

    /// <summary>Gets the dimension's id.</summary>
    public string Id { get; init; }

    /// <summary>Gets how each of its items collapses to levels.</summary>
    public ImmutableArray<ItemLevels> Items { get; init; }

    /// <summary>Gets the highest value of the dimension: the sum of its items' highest levels.</summary>
    public int Highest => Items.IsDefaultOrEmpty ? 0 : Items.Sum(i => i?.Highest ?? 0);

    /// <summary>Compares id and items.</summary>
    /// <param name="other">The other dimension.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ValueSetDimension? other) => other is not null && Id == other.Id && Items.SequenceEqual(other.Items);

    /// <summary>Hashes the id.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Items.Length);
}
