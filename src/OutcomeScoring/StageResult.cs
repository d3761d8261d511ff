using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace OutcomeScoring;

/// <summary>Inline storage for the values of one stage result (NaN: no value).</summary>
[InlineArray(DefinitionStage.MaximumOutputs)]
internal struct StageValues
{
    private double _element0;

    /// <summary>Gets storage with every value absent.</summary>
    public static StageValues None
    {
        get
        {
            StageValues values = default;
            ((Span<double>)values).Fill(double.NaN);
            return values;
        }
    }
}

/// <summary>
/// What one stage of a definition gives for one result: a value per <see cref="DefinitionStage.Outputs"/> (each may be
/// absent), or why the stage is not computable, with a message for people.
/// </summary>
/// <remarks>A value type holding its values inline. A stage that is not computable may still give some values (a
/// calibration's person estimate when its rule rejects the form, for example).</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct StageResult
{
    private readonly StageValues _values;
    private readonly string? _explanation;
    private readonly uint _markedItems;

    internal StageResult(DefinitionStage stage, in StageValues values, StageNotComputableReason reason = StageNotComputableReason.None, string? explanation = null, uint markedItems = 0)
    {
        Stage = stage;
        _values = values;
        Reason = reason;
        _explanation = explanation;
        _markedItems = markedItems;
    }

    /// <summary>Gets the stage.</summary>
    public DefinitionStage Stage { get; }

    /// <summary>Gets why the stage is not computable, or <see cref="StageNotComputableReason.None"/>.</summary>
    public StageNotComputableReason Reason { get; }

    /// <summary>Gets whether the stage was computed.</summary>
    public bool IsComputable => Reason == StageNotComputableReason.None;

    /// <summary>Gets why the stage is not computable, for people, or <see langword="null"/> when it was computed.</summary>
    public string? Explanation => IsComputable ? null : _explanation;

    /// <summary>Gets the value of an output by position in <see cref="DefinitionStage.Outputs"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The stage has no output at that position.</exception>
    public double? this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Stage.Outputs.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Stage '{Stage.Id}' has {Stage.Outputs.Length} outputs.");
            }

            double value = _values[index];
            return double.IsNaN(value) ? null : value;
        }
    }

    /// <summary>Gets the value of an output by id, or <see langword="null"/> when it has none.</summary>
    /// <param name="outputId">The output's id (for example "measure").</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The stage has no such output; the message lists those it has.</exception>
    public double? this[string outputId]
    {
        get
        {
            int index = Stage.IndexOfOutput(outputId);
            return index >= 0
                ? this[index]
                : throw new ArgumentException($"Stage '{Stage.Id}' has no output '{outputId}'. Its outputs are: {string.Join(", ", Stage.Outputs.Select(o => o.Id))}.", nameof(outputId));
        }
    }

    /// <summary>
    /// Gets the items the stage marks, in item order (for <see cref="LowestRatedStage"/>: the items at the lowest rating);
    /// empty for other stages.
    /// </summary>
    public ImmutableArray<int> MarkedItems
    {
        get
        {
            if (_markedItems == 0)
            {
                return [];
            }

            ImmutableArray<int> items = Stage.Items;
            var marked = new int[System.Numerics.BitOperations.PopCount(_markedItems)];
            int next = 0;
            for (int j = 0; j < items.Length; j++)
            {
                if ((_markedItems & (1u << j)) != 0)
                {
                    marked[next++] = items[j];
                }
            }

            Array.Sort(marked);
            return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(marked);
        }
    }

    /// <summary>Describes the result for people: each output and its value, or why the stage is not computable.</summary>
    /// <returns>For example "activation: measure 61.2, measure-se 3.1, level 3".</returns>
    public override string ToString()
    {
        if (Stage is null)
        {
            return "(no stage result)";
        }

        if (!IsComputable)
        {
            return $"{Stage.Id}: {Explanation}";
        }

        var parts = new List<string>(Stage.Outputs.Length);
        for (int i = 0; i < Stage.Outputs.Length; i++)
        {
            if (this[i] is { } value)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Stage.Outputs[i].Id} {value:R}"));
            }
        }

        return $"{Stage.Id}: {string.Join(", ", parts)}";
    }
}
