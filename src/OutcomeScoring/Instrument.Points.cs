using OutcomeScoring.Engine;

namespace OutcomeScoring;

/// <summary>The items' value maps (<see cref="Item.Points"/>), compiled when the instrument is built.</summary>
public sealed partial class Instrument
{
    /// <summary>Per item, what each answer adds to a score's sum lane; <see langword="null"/> when no item has a value map.</summary>
    private readonly int[][]? _points;

    /// <summary>The value every sum lane is counted from: the scale minimum, or the lowest point of a value map below it.</summary>
    internal int ValueBase { get; }

    /// <summary>What an answer on the scale adds to a score's sum lane: its scored value less <see cref="ValueBase"/>.</summary>
    internal int LaneValue(int itemIndex, int answer) =>
        _points is null ? _keyOffset[itemIndex] + (_keySign[itemIndex] * answer) - Scale.Minimum : _points[itemIndex][answer - Scale.Minimum];
}
