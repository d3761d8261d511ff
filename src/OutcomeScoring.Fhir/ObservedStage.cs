using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.Fhir;

/// <summary>
/// A stage result read back from an Observation this package wrote (<see cref="ScoreObservations.FromStage"/>): a value
/// per output of the stage (each may be absent), the items it marked, or why it was not computable.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ObservedStage
{
    internal ObservedStage(DefinitionStage stage, ImmutableArray<double?> values, ImmutableArray<int> markedItems, string? explanation)
    {
        Stage = stage;
        Values = values;
        MarkedItems = markedItems;
        Explanation = explanation;
    }

    /// <summary>Gets the stage, from the instrument it was read with.</summary>
    public DefinitionStage Stage { get; }

    /// <summary>Gets a value per output of the stage, in <see cref="DefinitionStage.Outputs"/> order (<see langword="null"/>: absent).</summary>
    public ImmutableArray<double?> Values { get; }

    /// <summary>Gets the item numbers the stage marked (DIALOG's lowest-rated domains), in ascending order; empty for none.</summary>
    public ImmutableArray<int> MarkedItems { get; }

    /// <summary>Gets why the stage was not computable, or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>Gets whether the stage was computed.</summary>
    public bool IsComputable => Explanation is null;

    /// <summary>Gets the value of an output, or <see langword="null"/> when it is absent.</summary>
    /// <param name="outputId">The output's id (for example "measure").</param>
    /// <exception cref="ArgumentException">The stage has no such output.</exception>
    public double? this[string outputId]
    {
        get
        {
            int index = Stage.IndexOfOutput(outputId);
            return index >= 0
                ? Values[index]
                : throw new ArgumentException($"Stage '{Stage.Id}' has no output '{outputId}'; it has {string.Join(", ", Stage.Outputs.Select(o => o.Id))}.", nameof(outputId));
        }
    }

    /// <summary>Gets whether this is the same result as one the library computed: every value (exactly), the marked items and the explanation.</summary>
    /// <param name="result">The library's stage result.</param>
    /// <returns><see langword="true"/> when every part agrees.</returns>
    public bool Matches(StageResult result)
    {
        if (result.Stage?.Id != Stage.Id || result.Explanation != Explanation || !result.MarkedItems.SequenceEqual(MarkedItems))
        {
            return false;
        }

        for (int i = 0; i < Values.Length; i++)
        {
            if (result[i] != Values[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the stage's values, or why it was not computable.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsComputable
        ? $"{Stage.Id}: {string.Join(", ", Stage.Outputs.Select((o, i) => string.Create(CultureInfo.InvariantCulture, $"{o.Id} {(Values[i] is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "absent")}")))}"
        : $"{Stage.Id}: {Explanation}";
}
