using OutcomeScoring.Engine;
using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.Activation;
using OutcomeScoring.Internal;

namespace OutcomeScoring;

/// <summary>
/// A value set (tariff): each dimension sums the levels its items' keyed answers collapse to, and the dimensions'
/// values index a table of values (CORE-6D: physical level 0-2 by emotional sum 0-10 gives the utility). Every item
/// must be answered: a value set is not prorated.
/// </summary>
/// <remarks>
/// Outputs: <c>value</c>, then one per dimension (its sum of levels), in dimension order. The table holds one value per
/// combination of dimension values, the first dimension varying slowest (row-major), so it has
/// (highest + 1) of the first times (highest + 1) of the second, and so on, values.
/// </remarks>
public sealed record ValueSetStage : DefinitionStage
{
    /// <summary>Creates the stage.</summary>
    /// <param name="id">The stage's id (for example "core-6d").</param>
    /// <param name="name">The stage's name, as messages use it (for example "CORE-6D utility").</param>
    /// <param name="dimensions">The dimensions, the first varying slowest in the table.</param>
    /// <param name="values">The table of values, row-major.</param>
    /// <param name="source">Where the collapse and the values come from.</param>
    public ValueSetStage(string id, string name, IEnumerable<ValueSetDimension> dimensions, IEnumerable<double> values, string source)
        : base(id, name, source)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(values);
        Dimensions = [.. dimensions];
        Values = [.. values];
        Items = [.. Dimensions.Where(d => d is not null && !d.Items.IsDefault).SelectMany(d => d.Items).Where(i => i is not null).Select(i => i.Item)];
        Outputs = [new StageOutput("value", false, "the value from the table"), .. Dimensions.Where(d => d is not null).Select(d => new StageOutput(d.Id, true, "the sum of the dimension's levels"))];
        _highest = [.. Dimensions.Select(d => d?.Highest ?? 0)];
    }

    /// <summary>Each dimension's highest value, worked out once (scoring reads it for every form).</summary>
    private readonly int[] _highest;

    /// <summary>Gets the dimensions, the first varying slowest in the table.</summary>
    public ImmutableArray<ValueSetDimension> Dimensions { get; }

    /// <summary>Gets the table of values, one per combination of dimension values, row-major.</summary>
    public ImmutableArray<double> Values { get; }

    /// <inheritdoc/>
    public override ImmutableArray<int> Items { get; }

    /// <inheritdoc/>
    public override ImmutableArray<StageOutput> Outputs { get; }

    /// <summary>Gets the table's value for one combination of dimension values.</summary>
    /// <param name="dimensionValues">One value per dimension, in dimension order.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">Not one value per dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value lies outside its dimension's range.</exception>
    public double ValueOf(ReadOnlySpan<int> dimensionValues)
    {
        if (dimensionValues.Length != Dimensions.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{Name} has {Dimensions.Length} dimensions; {dimensionValues.Length} values were given."), nameof(dimensionValues));
        }

        int index = 0;
        for (int d = 0; d < Dimensions.Length; d++)
        {
            int highest = _highest[d];
            if (dimensionValues[d] < 0 || dimensionValues[d] > highest)
            {
                throw new ArgumentOutOfRangeException(nameof(dimensionValues), dimensionValues[d], string.Create(CultureInfo.InvariantCulture, $"{Name}: dimension '{Dimensions[d].Id}' runs 0-{highest}."));
            }

            index = (index * (highest + 1)) + dimensionValues[d];
        }

        return Values[index];
    }

    /// <inheritdoc/>
    internal override StageResult Evaluate(ReadOnlySpan<int> categories, Instrument instrument, ICalibration? calibration)
    {
        StageValues values = StageValues.None;
        List<int>? missing = null;
        for (int j = 0; j < categories.Length; j++)
        {
            if (categories[j] < 0)
            {
                (missing ??= []).Add(Items[j]);
            }
        }

        if (missing is not null)
        {
            missing.Sort();
            string needed = string.Join(", ", Items.Order().Select(i => Display.Whole(i)));
            return new StageResult(this, values, StageNotComputableReason.ItemsMissing, string.Create(
                CultureInfo.InvariantCulture,
                $"{Name} not computable: {(Form is null ? "" : Form + " ")}item{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(i => Display.Whole(i)))} not answered; all {Display.Count(Items.Length)} items ({needed}) are needed (no prorating)."));
        }

        Span<int> sums = stackalloc int[Dimensions.Length];
        int j2 = 0;
        for (int d = 0; d < Dimensions.Length; d++)
        {
            foreach (ItemLevels item in Dimensions[d].Items)
            {
                sums[d] += item.Levels[categories[j2++]];
            }

            values[d + 1] = sums[d];
        }

        values[0] = ValueOf(sums);
        return new StageResult(this, values);
    }

    /// <inheritdoc/>
    internal override void Validate(StageChecks checks, ResponseScale? scale)
    {
        string who = $"Instrument '{checks.InstrumentId}': stage '{Id}'";
        checks.Check(!Dimensions.IsDefaultOrEmpty, "dimensions", $"{who} has no dimensions.");
        checks.Check(Outputs.Length <= MaximumOutputs, "dimensions", string.Create(CultureInfo.InvariantCulture, $"{who} has {Dimensions.Length} dimensions; at most {MaximumOutputs - 1} are allowed."));
        var ids = new HashSet<string>(StringComparer.Ordinal) { "value" };
        long combinations = 1;
        for (int d = 0; d < Dimensions.Length; d++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"dimensions[{d}]");
            ValueSetDimension? dimension = Dimensions[d];
            if (dimension is null)
            {
                checks.Check(false, at, $"{who}: a dimension is null.");
                continue;
            }

            checks.Check(!string.IsNullOrWhiteSpace(dimension.Id) && ids.Add(dimension.Id), at + ".id", $"{who}: dimension '{dimension.Id}' needs an id of its own (not 'value', not used twice).");
            checks.Check(!dimension.Items.IsDefaultOrEmpty, at + ".items", $"{who}: dimension '{dimension.Id}' has no items.");
            ValidateLevels(checks, scale, who, at, dimension);
            combinations *= dimension.Highest + 1;
        }

        checks.Check(
            !Values.IsDefault && Values.Length == combinations,
            "values",
            string.Create(CultureInfo.InvariantCulture, $"{who}: the table needs {combinations} values, one per combination of dimension values; it has {(Values.IsDefault ? 0 : Values.Length)}."));
        checks.Check(Values.IsDefault || Values.All(double.IsFinite), "values", $"{who}: every value in the table must be a finite number.");
    }

    private static void ValidateLevels(StageChecks checks, ResponseScale? scale, string who, string at, ValueSetDimension dimension)
    {
        if (dimension.Items.IsDefault)
        {
            return;
        }

        for (int i = 0; i < dimension.Items.Length; i++)
        {
            string itemAt = string.Create(CultureInfo.InvariantCulture, $"{at}.items[{i}]");
            if (dimension.Items[i] is not { } item)
            {
                checks.Check(false, itemAt, $"{who}: an item of dimension '{dimension.Id}' is null.");
                continue;
            }

            int answers = scale is null ? item.Levels.Length : scale.Maximum - scale.Minimum + 1;
            checks.Check(
                !item.Levels.IsDefault && item.Levels.Length == answers && item.Levels.All(l => l >= 0),
                itemAt + ".levels",
                string.Create(CultureInfo.InvariantCulture, $"{who}: item {item.Item} needs one level (0 or more) per answer on the scale, {answers} in all."));
        }
    }

    /// <inheritdoc/>
    public bool Equals(ValueSetStage? other) =>
        base.Equals(other) && Dimensions.SequenceEqual(other.Dimensions) && Values.SequenceEqual(other.Values);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Dimensions.Length, Values.Length);
}
