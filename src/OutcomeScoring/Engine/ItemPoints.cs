using System.Collections.Immutable;

namespace OutcomeScoring.Engine;

/// <summary>
/// Compiles the items' value maps (<see cref="Item.Points"/>): for an instrument with any, a table per item of what each
/// answer adds to a score's sum lane (its points less the lowest value any item scores), so that scoring stays one lookup.
/// An instrument without value maps keeps keyed answers less the scale minimum, as before.
/// </summary>
internal static class ItemPoints
{
    /// <summary>Whether an item has a value map.</summary>
    public static bool Has(Item item) => !item.Points.IsDefaultOrEmpty;

    /// <summary>
    /// The lane tables (indexed by item, then answer less the scale minimum) and the base every lane value is counted
    /// from; no tables, and the scale minimum as base, when no item has a value map.
    /// </summary>
    public static (int[][]? Tables, int Base) Compile(ImmutableArray<Item> items, ResponseScale scale)
    {
        if (!items.Any(Has))
        {
            return (null, scale.Minimum);
        }

        int lowest = Lowest(items, scale);
        var tables = new int[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            tables[i] = new int[scale.Maximum - scale.Minimum + 1];
            for (int answer = scale.Minimum; answer <= scale.Maximum; answer++)
            {
                tables[i][answer - scale.Minimum] = Value(items[i], scale, answer) - lowest;
            }
        }

        return (tables, lowest);
    }

    /// <summary>The lowest value any item of the instrument scores: the scale minimum, or lower when a value map goes lower.</summary>
    public static int Lowest(IEnumerable<Item> items, ResponseScale scale) =>
        Math.Min(scale.Minimum, items.Where(Has).Select(i => i.Points.Min()).DefaultIfEmpty(scale.Minimum).Min());

    /// <summary>The highest value an item scores: the highest of its points, or the scale maximum.</summary>
    public static int Highest(Item item, ResponseScale scale) => Has(item) ? item.Points.Max() : scale.Maximum;

    /// <summary>What one answer on the scale scores on an item: its points, or the keyed answer.</summary>
    public static int Value(Item item, ResponseScale scale, int answer) =>
        Has(item) ? item.Points[answer - scale.Minimum]
        : item.Keying == ItemKeying.Reversed ? scale.Reverse(answer)
        : answer;
}
