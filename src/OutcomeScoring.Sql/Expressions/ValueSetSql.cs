using System.Globalization;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// A value-set stage (<see cref="ValueSetStage"/>: SWEMWBS's metric score, CORE-6D's utility, any table-form tariff) in SQL,
/// as <see cref="ValueSetStage.Evaluate"/> computes it: each item's keyed answer collapses to its level by a <c>CASE</c> over
/// the answers on the scale; each dimension sums its items' levels; the dimension values give the table's row-major index,
/// and a <c>CASE</c> over that index gives the table's value, written so that every engine reads the same double. An
/// additive value set (<see cref="ValueSetStage.IsAdditive"/>: EQ-5D, ICECAP-O) is summed as the engine sums it, exactly in
/// decimal: its constant, each dimension's value and each term that applies, each the decimal the engine converts the
/// coefficient to (15 significant digits), as <c>DECIMAL(18, s)</c> with the largest number of decimal places s any
/// coefficient has; the exact sum is then read as the nearest double (<see cref="SqlExpr.DecimalAsDouble"/>). That is the
/// engine's double while every sum is below 2^53 units of 10^-s, where the engine's own decimal-to-double conversion is
/// one correctly rounded division; <see cref="AdditiveLimit"/> refuses a value set beyond that. Every item must be answered
/// (no prorating); otherwise every output is NULL and the stage's sentence names the items missing.
/// </summary>
internal sealed class ValueSetSql
{
    private readonly ValueSetStage _stage;
    private readonly ItemFacts _items;
    private readonly Instrument _instrument;
    private readonly Fact _missing;
    private readonly Fact[] _dimensions;
    private readonly Fact _index;

    /// <summary>Builds the stage's facts; <paramref name="position"/> is its place in <see cref="Instrument.Stages"/> (for fact names).</summary>
    public ValueSetSql(Instrument instrument, ValueSetStage stage, int position, ItemFacts items)
    {
        _instrument = instrument;
        _stage = stage;
        _items = items;
        string prefix = ItemFacts.FactPrefix + string.Create(CultureInfo.InvariantCulture, $"v{position}_");
        _missing = new Fact(prefix + "missing", new Add([.. stage.Items.Select(n => (SqlExpr)new Case([(items.Answered(n - 1), new Int(0))], new Int(1)))]));
        _dimensions = [.. stage.Dimensions.Select((d, i) => new Fact(prefix + string.Create(CultureInfo.InvariantCulture, $"d{i}"), new Add([.. d.Items.Select(Level)])))];
        SqlExpr index = _dimensions[^1];
        int stride = 1;
        for (int d = _dimensions.Length - 2; d >= 0; d--)
        {
            stride *= stage.Dimensions[d + 1].Highest + 1;
            index = new Add([new Arithmetic('*', _dimensions[d], new Int(stride)), index]);
        }

        _index = new Fact(prefix + "index", index);
    }

    /// <summary>The most decimal places an additive value set's coefficient may have (the engine's decimals keep 15 significant digits).</summary>
    private const int MostDecimalPlaces = 15;

    /// <summary>
    /// Why an additive value set's exact sums cannot be read as the engine's doubles, or <see langword="null"/> when they can
    /// (always, for a table): the largest sum possible, in units of 10^-s, must stay below 2^53 so that the engine's
    /// decimal-to-double conversion (the whole number of units, a double exactly, divided by 10^s) is correctly rounded, as
    /// the SQL's is; and s must be at most 15.
    /// </summary>
    public static string? AdditiveLimit(ValueSetStage stage)
    {
        if (!stage.IsAdditive)
        {
            return null;
        }

        decimal[] all = [Coefficient(stage.Constant!.Value), .. stage.Dimensions.SelectMany(d => d.Values.Select(Coefficient)), .. stage.Terms.Select(t => Coefficient(t.Value))];
        int places = all.Max(c => (int)c.Scale);
        decimal largest = Math.Abs(Coefficient(stage.Constant!.Value)) + stage.Dimensions.Sum(d => d.Values.Max(v => Math.Abs(Coefficient(v)))) + stage.Terms.Sum(t => Math.Abs(Coefficient(t.Value)));
        return places <= MostDecimalPlaces && largest * Power(places) < 9007199254740992m
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"its additive value set '{stage.Id}' has coefficients with {places} decimal places and sums up to {largest}, beyond 2^53 units of the last place (and at most {MostDecimalPlaces} places), where the engine's decimal-to-double conversion is no longer correctly rounded");
    }

    /// <summary>A coefficient as the engine sums it: its <see cref="decimal"/> form (15 significant digits, no trailing zeros).</summary>
    private static decimal Coefficient(double value) => (decimal)value;

    private static decimal Power(int places)
    {
        decimal power = 1;
        for (int i = 0; i < places; i++)
        {
            power *= 10;
        }

        return power;
    }

    /// <summary>Whether every item the stage reads was answered.</summary>
    public SqlExpr Computable => new Compare("=", _missing, new Int(0));

    /// <summary>An output of the stage (<c>value</c>, or a dimension's id): its value when computable (the caller adds the row's readability), else NULL.</summary>
    public SqlExpr Output(string outputId)
    {
        if (outputId == "value" && _stage.IsAdditive)
        {
            return AdditiveValue();
        }

        if (outputId == "value")
        {
            return new Case([.. _stage.Values.Select((v, i) => ((SqlExpr)new Compare("=", _index, new Int(i)), (SqlExpr)new SqlExpr.Double(v)))]);
        }

        int dimension = _stage.Dimensions.IndexOf(_stage.Dimensions.Single(d => d.Id == outputId));
        return _dimensions[dimension];
    }

    /// <summary>
    /// The stage's sentence when an item it reads is not answered (ValueSetStage.Evaluate's): the missing item numbers in
    /// order, then every item it needs; NULL otherwise. A fact: it reads the item columns. (An unanswered item's number is
    /// the ELSE of "answered", never NOT of it: BETWEEN on a NULL is NULL, and NOT NULL is not true.)
    /// </summary>
    public Fact Explanation()
    {
        int[] order = [.. Enumerable.Range(0, _stage.Items.Length).OrderBy(j => _stage.Items[j])];
        string needed = string.Join(", ", _stage.Items.Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));
        string form = _stage.Form is null ? "" : _stage.Form + " ";
        return new Fact(_missing.Name.Replace("_missing", "_why", StringComparison.Ordinal), new Case([(new Compare(">", _missing, new Int(0)), new Concat([
            new Text($"{_stage.Name} not computable: {form}"),
            new Case([(new Compare("=", _missing, new Int(1)), new Text("item "))], new Text("items ")),
            new JoinNonNull(", ", [.. order.Select(j => (SqlExpr)new Case([(_items.Answered(_stage.Items[j] - 1), new Null(SqlType.Text))], new Text(_stage.Items[j].ToString(CultureInfo.InvariantCulture))))]),
            new Text($" not answered; all {Count(_stage.Items.Length)} items ({needed}) are needed (no prorating)."),
        ]))]));
    }

    /// <summary>
    /// An additive value set's value (ValueSetStage.ValueOf): the constant, each dimension's value for its sum of levels, and
    /// each term whose count of dimensions at or above its value reaches its minimum, summed exactly as decimals, then read
    /// as the nearest double.
    /// </summary>
    private DecimalAsDouble AdditiveValue()
    {
        int places = new[] { _stage.Constant!.Value }.Concat(_stage.Dimensions.SelectMany(d => d.Values)).Concat(_stage.Terms.Select(t => t.Value)).Max(v => (int)Coefficient(v).Scale);
        SqlExpr Exact(double value) => new SqlExpr.Decimal(Coefficient(value), places);
        List<SqlExpr> terms = [Exact(_stage.Constant!.Value)];
        terms.AddRange(_stage.Dimensions.Select((d, i) => (SqlExpr)new Case([.. d.Values.Select((v, level) => ((SqlExpr)new Compare("=", _dimensions[i], new Int(level)), Exact(v)))])));
        foreach (ValueSetTerm term in _stage.Terms)
        {
            SqlExpr reaching = new Add([.. _dimensions.Select(d => (SqlExpr)new Case([(new Compare(">=", d, new Int(term.AtLeast)), new Int(1))], new Int(0)))]);
            terms.Add(new Case([(new Compare(">=", reaching, new Int(term.MinimumCount)), Exact(term.Value))], Exact(0)));
        }

        return new DecimalAsDouble(new Add(terms));
    }

    /// <summary>The level an item's answer collapses to, 0 when it is not answered (the dimension is then not used).</summary>
    private SqlExpr Level(ItemLevels item)
    {
        ResponseScale scale = _instrument.Scale;
        bool reversed = _instrument.Items[item.Item - 1].Keying == ItemKeying.Reversed;
        List<(SqlExpr, SqlExpr)> branches = [];
        for (int raw = scale.Minimum; raw <= scale.Maximum; raw++)
        {
            int level = item.Levels[(reversed ? scale.Reverse(raw) : raw) - scale.Minimum];
            if (level != 0)
            {
                branches.Add((new Compare("=", _items.Raw(item.Item - 1), new Int(raw)), new Int(level)));
            }
        }

        return branches.Count == 0 ? new Int(0) : new Case(branches, new Int(0));
    }

    /// <summary>A count as the engine writes it in this sentence (Display.Count): in words up to twelve.</summary>
    private static string Count(int value) => value is >= 0 and <= 12
        ? ((string[])["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])[value]
        : value.ToString(CultureInfo.InvariantCulture);
}
