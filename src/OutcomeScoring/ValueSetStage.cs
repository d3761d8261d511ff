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
/// <para>
/// A value set published as a model rather than a table is <b>additive</b> (<see cref="IsAdditive"/>): the value is
/// <see cref="Constant"/> plus what each dimension's value adds (<see cref="ValueSetDimension.Values"/>) plus each
/// <see cref="Terms">term</see> that applies, summed exactly in decimal and never rounded (EQ-5D-3L UK TTO,
/// Dolan 1997: 1, the five decrements, −0.081 when any dimension is above level 1 and −0.269 when any is at level 3;
/// specs/integration-experience-utility.md, section 3). Such a stage has no table.
/// </para>
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
        Terms = [];
    }

    /// <summary>Creates an additive value set: a constant, what each dimension's value adds, and terms that depend on the dimensions together.</summary>
    /// <param name="id">The stage's id (for example "eq5d3l-uk-dolan1997").</param>
    /// <param name="name">The stage's name, as messages use it (for example "EQ-5D-3L index (UK TTO, Dolan 1997)").</param>
    /// <param name="dimensions">The dimensions, each with the value each of its values adds (<see cref="ValueSetDimension.Values"/>).</param>
    /// <param name="constant">The value before any dimension adds to it (EQ-5D: 1, full health).</param>
    /// <param name="terms">The terms added when enough dimensions reach a value (Dolan 1997's constant and N3); may be empty.</param>
    /// <param name="source">Where the collapse and the coefficients come from.</param>
    public ValueSetStage(string id, string name, IEnumerable<ValueSetDimension> dimensions, double constant, IEnumerable<ValueSetTerm> terms, string source)
        : this(id, name, dimensions, [], source)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Constant = constant;
        Terms = [.. terms];
    }

    /// <summary>Each dimension's highest value, worked out once (scoring reads it for every form).</summary>
    private readonly int[] _highest;

    /// <summary>Gets the dimensions, the first varying slowest in the table.</summary>
    public ImmutableArray<ValueSetDimension> Dimensions { get; }

    /// <summary>Gets the table of values, one per combination of dimension values, row-major.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the constant of an additive value set, or <see langword="null"/> for a table.</summary>
    public double? Constant { get; }

    /// <summary>Gets whether the value set is additive (a constant, dimension values and terms) rather than a table.</summary>
    public bool IsAdditive => Constant is not null;

    /// <summary>Gets the terms of an additive value set that depend on the dimensions together; empty for a table.</summary>
    public ImmutableArray<ValueSetTerm> Terms { get; }

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
            throw new ArgumentException($"{Name} has {Display.Count(Dimensions.Length, "dimension")}; {Display.Count(dimensionValues.Length, "value")} {(dimensionValues.Length == 1 ? "was" : "were")} given.", nameof(dimensionValues));
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

        return Constant is { } constant ? (double)Additive(constant, dimensionValues) : Values[index];
    }

    /// <summary>
    /// The additive value: the constant, then each dimension's value, then each term that applies, summed exactly in
    /// <see cref="decimal"/> (each coefficient as its decimal form, to 15 significant digits) and converted to a double
    /// once, so that the sum is the nearest double to the published model's value (Rowen 2026, 22222: 0.784, where
    /// summing doubles gives 0.7839999999999998).
    /// </summary>
    private decimal Additive(double constant, ReadOnlySpan<int> dimensionValues)
    {
        decimal value = (decimal)constant;
        for (int d = 0; d < Dimensions.Length; d++)
        {
            value += (decimal)Dimensions[d].Values[dimensionValues[d]];
        }

        foreach (ValueSetTerm term in Terms)
        {
            int reaching = 0;
            foreach (int dimensionValue in dimensionValues)
            {
                reaching += dimensionValue >= term.AtLeast ? 1 : 0;
            }

            value += reaching >= term.MinimumCount ? (decimal)term.Value : 0;
        }

        return value;
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
                $"{Name} not computable: {(Form is null ? "" : Form + " ")}{Display.Plural("item", missing.Count)} {string.Join(", ", missing.Select(i => Display.Whole(i)))} not answered; all {Display.Count(Items.Length)} items ({needed}) are needed (no prorating)."));
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
            ValidateDimensionValues(checks, who, at, dimension);
            combinations *= dimension.Highest + 1;
        }

        if (IsAdditive)
        {
            ValidateAdditive(checks, who);
            return;
        }

        checks.Check(
            !Values.IsDefault && Values.Length == combinations,
            "values",
            string.Create(CultureInfo.InvariantCulture, $"{who}: the table needs {combinations} values, one per combination of dimension values; it has {(Values.IsDefault ? 0 : Values.Length)}."));
        checks.Check(Values.IsDefault || Values.All(double.IsFinite), "values", $"{who}: every value in the table must be a finite number.");
    }

    /// <summary>The largest size of a coefficient of an additive value set: it is summed in decimal, which holds about 7.9e28.</summary>
    private const double LargestCoefficient = 1e12;

    private static bool Fits(double coefficient) => double.IsFinite(coefficient) && Math.Abs(coefficient) <= LargestCoefficient;

    /// <summary>A dimension of an additive value set has one finite value per dimension value; a table's dimensions have none.</summary>
    private void ValidateDimensionValues(StageChecks checks, string who, string at, ValueSetDimension dimension)
    {
        int count = dimension.Values.IsDefault ? 0 : dimension.Values.Length;
        if (!IsAdditive)
        {
            checks.Check(count == 0, at + ".values", $"{who}: dimension '{dimension.Id}' has values, but the stage is a table; dimension values belong to an additive value set (one with a constant).");
            return;
        }

        checks.Check(
            count == dimension.Highest + 1 && dimension.Values.All(Fits),
            at + ".values",
            string.Create(CultureInfo.InvariantCulture, $"{who}: dimension '{dimension.Id}' needs one value (a finite number within ±1e12) per dimension value 0-{dimension.Highest}, {dimension.Highest + 1} in all; it has {count}."));
    }

    /// <summary>An additive value set: a finite constant, no table, and terms with their own ids that can apply.</summary>
    private void ValidateAdditive(StageChecks checks, string who)
    {
        // No check that an additive stage has no table: only the additive constructor makes one, with an empty table, and
        // Values, Constant and Terms (never default) have no init; the JSON reader refuses a constant beside values.
        checks.Check(Fits(Constant!.Value), "constant", $"{who}: the constant must be a finite number within ±1e12.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int highest = _highest.Length == 0 ? 0 : _highest.Max();
        for (int t = 0; t < Terms.Length; t++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"terms[{t}]");
            ValueSetTerm? term = Terms[t];
            if (term is null)
            {
                checks.Check(false, at, $"{who}: a term is null.");
                continue;
            }

            checks.Check(!string.IsNullOrWhiteSpace(term.Id) && ids.Add(term.Id), at + ".id", $"{who}: term '{term.Id}' needs an id of its own (not blank, not used twice).");
            checks.Check(term.AtLeast >= 1 && term.AtLeast <= highest, at + ".atLeast", string.Create(CultureInfo.InvariantCulture, $"{who}: term '{term.Id}' counts dimensions at {term.AtLeast} or more; it must be 1-{highest} (0 would count every dimension, above {highest} none)."));
            checks.Check(term.MinimumCount >= 1 && term.MinimumCount <= Dimensions.Length, at + ".minimumCount", string.Create(CultureInfo.InvariantCulture, $"{who}: term '{term.Id}' needs {term.MinimumCount} dimensions; it must be 1-{Dimensions.Length}."));
            checks.Check(Fits(term.Value), at + ".value", $"{who}: term '{term.Id}' must add a finite number within ±1e12.");
        }
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
            ItemLevels? item = dimension.Items[i];
            if (item is null)
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
        base.Equals(other) && Dimensions.SequenceEqual(other.Dimensions) && Values.SequenceEqual(other.Values)
        && Constant == other.Constant && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Dimensions.Length, Values.Length, Constant, Terms.Length);
}
