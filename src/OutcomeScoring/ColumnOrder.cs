using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// A named order in which a data source writes an instrument's items: which item each numbered column holds, column 1
/// first (DIALOG's MHSDS order and the DIALOG+ app's, which swaps items 6 and 7; specs/dialog.md: sources disagree on
/// positions 6 and 7, so both are offered and the caller says which, never guessed).
/// </summary>
/// <remarks>
/// <para>A definition part (JSON <c>columnOrders</c>), immutable and thread-safe. Its <see cref="Items"/> are each item
/// number of the instrument once; a form reader given it reads column <c>item{k}</c> as item <c>Items[k - 1]</c>
/// (<see cref="Forms.FormLayout.ColumnItems"/>, <see cref="Forms.FormLayout.For(Instrument, string)"/>). The command line
/// chooses one by name with <c>score --item-order NAME</c>.</para>
/// </remarks>
public sealed record ColumnOrder
{
    /// <summary>Creates a column order.</summary>
    /// <param name="name">The order's name, unique within the instrument (letters, digits and '-'; DIALOG: "mhsds", "dialog-plus").</param>
    /// <param name="items">The item number each column holds, column 1 first: each item number of the instrument once.</param>
    /// <param name="source">Where the order comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public ColumnOrder(string name, IEnumerable<int> items, string source)
    {
        ArgumentNullException.ThrowIfNull(items);
        Name = name;
        Items = [.. items];
        Source = source;
    }

    /// <summary>Gets the order's name, unique within the instrument (case-insensitive).</summary>
    public string Name { get; init; }

    /// <summary>Gets the item number each column holds, column 1 first.</summary>
    public ImmutableArray<int> Items { get; init; }

    /// <summary>Gets where the order comes from.</summary>
    public string Source { get; init; }

    /// <summary>Compares every part (the items element by element).</summary>
    /// <param name="other">The other order.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ColumnOrder? other) =>
        other is not null && Name == other.Name && Source == other.Source && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    /// <summary>Hashes the name and the number of items.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Name, Items.IsDefault ? 0 : Items.Length);
}
