using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// One dimension of a value set: the sum of the collapsed levels of its items (CORE-6D: the emotional dimension sums
/// five items' levels 0-2 to 0-10; the physical dimension is one item's level 0-2). In an additive value set the
/// dimension also carries the value each of its values adds (<see cref="Values"/>).
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

    /// <summary>
    /// Gets, for an additive value set (<see cref="ValueSetStage.IsAdditive"/>), the value each dimension value adds, from
    /// 0 to <see cref="Highest"/> (EQ-5D-5L England, mobility: 0, −0.058, −0.076, −0.207, −0.274); empty for a table.
    /// </summary>
    /// <value>Empty unless the stage is additive.</value>
    public ImmutableArray<double> Values { get; init; } = [];

    /// <summary>Gets the highest value of the dimension: the sum of its items' highest levels.</summary>
    public int Highest => Items.IsDefaultOrEmpty ? 0 : Items.Sum(i => i?.Highest ?? 0);

    /// <summary>Compares id, items and values.</summary>
    /// <param name="other">The other dimension.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ValueSetDimension? other) => other is not null && Id == other.Id && Items.SequenceEqual(other.Items) && Values.SequenceEqual(other.Values);

    /// <summary>Hashes the id.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Items.Length);
}
