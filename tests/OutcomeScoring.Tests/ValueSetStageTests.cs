namespace OutcomeScoring.Tests;

/// <summary>
/// The rules of <see cref="ValueSetStage"/> itself (docs/defining-instruments.md, "Stages" and "Additive value sets"):
/// its outputs, every check a definition must pass with its message and path, the value of a table and of an additive
/// model at their boundaries, the not-computable explanation, and equality by every part. Every stage and instrument is
/// built inside its test.
/// </summary>
public class ValueSetStageTests
{
    private const string Who = "Instrument 'made-up': stage 'set'";

    /// <summary>A made-up instrument with <paramref name="itemCount"/> items on <paramref name="scale"/> and the stage.</summary>
    private static Instrument With(DefinitionStage stage, int itemCount = 3, ResponseScale? scale = null) => new(
        "made-up", "Made-up", "made up", scale ?? new ResponseScale(0, 2),
        Enumerable.Range(1, itemCount).Select(n => new Item(n, $"item {n}")),
        [new ScoreDefinition("total", "Total", Enumerable.Range(1, itemCount), itemCount - 1, "made up")],
        stages: [stage]);

    /// <summary>Every problem the instrument with the stage has, as (path, message), or none.</summary>
    private static (string Path, string Message)[] Problems(DefinitionStage stage, int itemCount = 3, ResponseScale? scale = null)
    {
        try
        {
            _ = With(stage, itemCount, scale);
            return [];
        }
        catch (InstrumentDefinitionException e)
        {
            return [.. e.Problems.Select(p => (p.Path, p.Message))];
        }
    }

    /// <summary>A table over two dimensions: "first" (item 1, 0-2) and "second" (item 2, 0-1); value = first + second / 10.</summary>
    private static ValueSetStage Table(IEnumerable<double>? values = null) => new(
        "set", "Made-up value",
        [new ValueSetDimension("first", [new ItemLevels(1, [0, 1, 2])]), new ValueSetDimension("second", [new ItemLevels(2, [0, 1, 1])])],
        values ?? [0.0, 0.1, 1.0, 1.1, 2.0, 2.1],
        "made up");

    /// <summary>An additive set over three dimensions, items 1-3 each 0-2, with a term "any" and a term "two-high".</summary>
    private static ValueSetStage Additive(double constant = 1, IEnumerable<ValueSetTerm>? terms = null) => new(
        "set", "Made-up value",
        [
            new ValueSetDimension("a", [new ItemLevels(1, [0, 1, 2])]) { Values = [0, -0.1, -0.2] },
            new ValueSetDimension("b", [new ItemLevels(2, [0, 1, 2])]) { Values = [0, -0.01, -0.02] },
            new ValueSetDimension("c", [new ItemLevels(3, [0, 1, 2])]) { Values = [0, -0.001, -0.002] },
        ],
        constant,
        terms ?? [new ValueSetTerm("any", 1, -0.5), new ValueSetTerm("two-high", 2, -0.25) { MinimumCount = 2 }],
        "made up");

    /// <summary>A dimension of one item (number <paramref name="item"/>) whose levels are <paramref name="levels"/>.</summary>
    private static ValueSetDimension One(string id, int item, params int[] levels) => new(id, [new ItemLevels(item, levels)]);

    [Fact]
    public void Null_arguments_are_refused_with_the_parameter_named()
    {
        ValueSetDimension first = One("first", 1, 0, 1, 2);
        Assert.Equal("dimensions", Assert.Throws<ArgumentNullException>(() => new ValueSetStage("set", "Set", null!, [1.0], "made up")).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new ValueSetStage("set", "Set", [first], null!, "made up")).ParamName);
        Assert.Equal("dimensions", Assert.Throws<ArgumentNullException>(() => new ValueSetStage("set", "Set", null!, 1, [], "made up")).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => new ValueSetStage("set", "Set", [first], 1, null!, "made up")).ParamName);
    }

    [Fact]
    public void Its_outputs_are_the_value_then_one_whole_number_per_dimension_in_order()
    {
        Assert.Equal(
            [
                new StageOutput("value", false, "the value from the table"),
                new StageOutput("first", true, "the sum of the dimension's levels"),
                new StageOutput("second", true, "the sum of the dimension's levels"),
            ],
            Table().Outputs);
        Assert.Equal(["value", "a", "b", "c"], Additive().Outputs.Select(o => o.Id));
    }

    [Fact]
    public void Its_items_are_the_dimensions_items_in_order_skipping_what_is_null()
    {
        var stage = new ValueSetStage(
            "set", "Set",
            [One("x", 3, 0, 1), null!, new ValueSetDimension("y", [new ItemLevels(1, [0, 1]), null!, new ItemLevels(2, [0, 1])]), new ValueSetDimension("z", [new ItemLevels(4, [0, 1])]) { Items = default }],
            [1.0],
            "made up");
        Assert.Equal([3, 1, 2], stage.Items);
        Assert.Equal(["value", "x", "y", "z"], stage.Outputs.Select(o => o.Id));
    }

    [Fact]
    public void A_table_is_not_additive_and_an_additive_set_has_its_constant_and_terms()
    {
        ValueSetStage table = Table();
        Assert.False(table.IsAdditive);
        Assert.Null(table.Constant);
        Assert.Empty(table.Terms);
        ValueSetStage additive = Additive(constant: 0.75);
        Assert.True(additive.IsAdditive);
        Assert.Equal(0.75, additive.Constant);
        Assert.Empty(additive.Values);
        Assert.Equal(["any", "two-high"], additive.Terms.Select(t => t.Id));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 0)]
    [InlineData(2, 1)]
    public void A_table_value_is_read_row_major_the_first_dimension_varying_slowest(int first, int second)
    {
        ValueSetStage stage = Table();
        Assert.Equal(first + (second / 10.0), stage.ValueOf([first, second]));
        Assert.Equal(first + (second / 10.0), With(stage, 3).Score([first, second == 0 ? 0 : 2, 0]).Stage("set")["value"]);
    }

    [Fact]
    public void A_table_of_three_dimensions_is_read_row_major_at_every_combination()
    {
        // 2 x 3 x 2 values, numbered in row-major order: the value at (a, b, c) is its position 6a + 2b + c.
        var stage = new ValueSetStage(
            "set", "Set", [One("a", 1, 0, 1, 1), One("b", 2, 0, 1, 2), One("c", 3, 0, 0, 1)], Enumerable.Range(0, 12).Select(v => (double)v), "made up");
        for (int a = 0; a <= 1; a++)
        {
            for (int b = 0; b <= 2; b++)
            {
                for (int c = 0; c <= 1; c++)
                {
                    Assert.Equal((6 * a) + (2 * b) + c, stage.ValueOf([a, b, c]));
                }
            }
        }
    }

    [Fact]
    public void ValueOf_refuses_a_wrong_number_of_values_naming_both()
    {
        ValueSetStage stage = Table();
        ArgumentException few = Assert.Throws<ArgumentException>(() => stage.ValueOf([1]));
        Assert.Equal("Made-up value has two dimensions; one value was given. (Parameter 'dimensionValues')", few.Message);
        Assert.Equal("dimensionValues", few.ParamName);
        Assert.StartsWith("Made-up value has two dimensions; three values were given.", Assert.Throws<ArgumentException>(() => stage.ValueOf([1, 0, 0])).Message, StringComparison.Ordinal);
        Assert.StartsWith("Made-up value has two dimensions; no values were given.", Assert.Throws<ArgumentException>(() => stage.ValueOf([])).Message, StringComparison.Ordinal);
        var single = new ValueSetStage("set", "Single", [One("only", 1, 0, 1, 2)], [0.1, 0.2, 0.3], "made up");
        Assert.StartsWith("Single has one dimension; two values were given.", Assert.Throws<ArgumentException>(() => single.ValueOf([1, 1])).Message, StringComparison.Ordinal);
        Assert.Equal(0.3, single.ValueOf([2]));
    }

    [Theory]
    [InlineData(-1, 0, "first", 2, -1)]
    [InlineData(3, 0, "first", 2, 3)]
    [InlineData(0, -1, "second", 1, -1)]
    [InlineData(2, 2, "second", 1, 2)]
    public void ValueOf_refuses_a_value_outside_its_dimension_naming_the_range(int first, int second, string dimension, int highest, int given)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Table().ValueOf([first, second]));
        Assert.Equal("dimensionValues", e.ParamName);
        Assert.Equal(given, e.ActualValue);
        Assert.StartsWith($"Made-up value: dimension '{dimension}' runs 0-{highest}.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 0, 1.0)]       // nothing: the constant
    [InlineData(1, 0, 0, 0.4)]       // a at 1: its value, and "any" (1 reaches 1)
    [InlineData(2, 0, 0, 0.3)]       // a at 2: "any"; "two-high" needs two dimensions at 2
    [InlineData(2, 1, 0, 0.29)]      // b at 1 does not reach 2: still only one dimension at 2
    [InlineData(2, 2, 0, 0.03)]      // two dimensions at 2: "two-high" applies (exactly its minimum count)
    [InlineData(2, 2, 2, 0.028)]     // all three at 2
    [InlineData(0, 1, 2, 0.488)]     // b and c: "any" once, not per dimension
    public void An_additive_value_is_the_constant_plus_each_dimension_value_plus_each_term_that_applies_summed_exactly(int a, int b, int c, double expected)
    {
        ValueSetStage stage = Additive();
        Assert.Equal(expected, stage.ValueOf([a, b, c]));
        StageResult result = With(stage).Score([a, b, c]).Stage("set");
        Assert.Equal(expected, result["value"]);
        Assert.Equal((double)a, result["a"]);
        Assert.Equal((double)b, result["b"]);
        Assert.Equal((double)c, result["c"]);
    }

    [Fact]
    public void Each_dimension_sums_the_levels_its_items_answers_collapse_to()
    {
        // Scale 1-3: answers 1, 2, 3 are categories 0, 1, 2. Dimension "pair" sums items 2 and 3.
        var stage = new ValueSetStage(
            "set", "Set",
            [One("single", 1, 0, 0, 1), new ValueSetDimension("pair", [new ItemLevels(2, [0, 1, 1]), new ItemLevels(3, [0, 2, 3])])],
            Enumerable.Range(0, 10).Select(v => v / 10.0),
            "made up");
        StageResult result = With(stage, 3, new ResponseScale(1, 3)).Score([3, 2, 3]).Stage("set");
        Assert.Equal(1, result["single"]);
        Assert.Equal(4, result["pair"]);
        Assert.Equal(0.9, result["value"]);   // position 1 x 5 + 4
        Assert.True(result.IsComputable);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public void A_missing_item_makes_it_not_computable_naming_the_missing_and_the_needed_items_in_order()
    {
        // The stage reads items 3, 1, 2 in that order; messages list them in ascending order.
        var stage = new ValueSetStage("set", "Made-up value", [One("x", 3, 0, 1, 2), new ValueSetDimension("y", [new ItemLevels(1, [0, 1, 2]), new ItemLevels(2, [0, 1, 2])])], Enumerable.Range(0, 15).Select(v => (double)v), "made up");
        Instrument instrument = With(stage);

        StageResult two = instrument.Score([1, Answer.NotAnswered, Answer.NotAnswered]).Stage("set");
        Assert.False(two.IsComputable);
        Assert.Equal(StageNotComputableReason.ItemsMissing, two.Reason);
        Assert.Equal("Made-up value not computable: items 2, 3 not answered; all three items (1, 2, 3) are needed (no prorating).", two.Explanation);
        Assert.Null(two["value"]);
        Assert.Null(two["x"]);
        Assert.Null(two["y"]);

        StageResult one = instrument.Score([Answer.NotAnswered, 0, 0]).Stage("set");
        Assert.Equal("Made-up value not computable: item 1 not answered; all three items (1, 2, 3) are needed (no prorating).", one.Explanation);

        StageResult form = With(stage with { Form = "Long form" }).Score([0, 0, Answer.NotAnswered]).Stage("set");
        Assert.Equal("Made-up value not computable: Long form item 3 not answered; all three items (1, 2, 3) are needed (no prorating).", form.Explanation);

        StageResult answered = instrument.Score([0, 0, 0]).Stage("set");
        Assert.True(answered.IsComputable);
        Assert.Equal(0.0, answered["value"]);
    }

    [Fact]
    public void A_well_formed_table_and_additive_set_are_accepted()
    {
        Assert.Empty(Problems(Table()));
        Assert.Empty(Problems(Additive()));
    }

    [Fact]
    public void A_set_without_dimensions_is_refused()
    {
        var stage = new ValueSetStage("set", "Set", [], [0.5], "made up");
        Assert.Equal([("$.stages[0].dimensions", $"{Who} has no dimensions.")], Problems(stage));
    }

    [Fact]
    public void A_set_has_at_most_seven_dimensions_so_its_outputs_fit_a_stage_result()
    {
        // Each dimension one item with levels 0, 0 (highest 0), so the table has one value whatever the count.
        static ValueSetStage Of(int count) =>
            new("set", "Set", Enumerable.Range(1, count).Select(n => One($"d{n}", n, 0, 0)), [0.5], "made up");

        Instrument seven = With(Of(7), 8, new ResponseScale(0, 1));
        StageResult result = seven.Score([1, 1, 1, 1, 1, 1, 1, 1]).Stage("set");
        Assert.Equal(0.5, result["value"]);
        Assert.Equal(0, result["d7"]);
        Assert.Equal(
            [("$.stages[0].dimensions", $"{Who} has 8 dimensions; at most 7 are allowed.")],
            Problems(Of(8), 8, new ResponseScale(0, 1)));
    }

    [Fact]
    public void A_null_dimension_is_named_and_nothing_else_is_checked_of_it()
    {
        var stage = new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2), null!], [1, 2, 3], "made up");
        Assert.Equal([("$.stages[0].dimensions[1]", $"{Who}: a dimension is null.")], Problems(stage));
    }

    [Theory]
    [InlineData("value", "value")]
    [InlineData("first", "first")]
    [InlineData("", "")]
    [InlineData(" ", " ")]
    [InlineData(null, "")]
    public void A_dimension_needs_an_id_of_its_own(string? id, string shown)
    {
        var stage = new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2), One(id!, 2, 0, 1, 1)], [0, 1, 2, 3, 4, 5], "made up");
        Assert.Equal(
            [("$.stages[0].dimensions[1].id", $"{Who}: dimension '{shown}' needs an id of its own (not 'value', not used twice).")],
            Problems(stage));
    }

    [Fact]
    public void A_dimension_without_items_is_refused()
    {
        var empty = new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2), new ValueSetDimension("none", [])], [0, 1, 2], "made up");
        Assert.Equal([("$.stages[0].dimensions[1].items", $"{Who}: dimension 'none' has no items.")], Problems(empty));
        var unset = new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2), new ValueSetDimension("none", []) { Items = default }], [0, 1, 2], "made up");
        Assert.Equal([("$.stages[0].dimensions[1].items", $"{Who}: dimension 'none' has no items.")], Problems(unset));
    }

    [Fact]
    public void A_null_item_of_a_dimension_is_named()
    {
        var stage = new ValueSetStage("set", "Set", [new ValueSetDimension("first", [new ItemLevels(1, [0, 1, 2]), null!])], [0, 1, 2], "made up");
        Assert.Equal([("$.stages[0].dimensions[0].items[1]", $"{Who}: an item of dimension 'first' is null.")], Problems(stage));
    }

    [Theory]
    [InlineData(new[] { 0, 1 })]
    [InlineData(new[] { 0, 1, 1, 1 })]
    [InlineData(new[] { 0, -1, 1 })]
    [InlineData(new int[0])]
    public void An_item_needs_one_level_of_0_or_more_per_answer_on_the_scale(int[] levels)
    {
        var stage = new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2), One("second", 2, levels)], [0, 1, 2, 3, 4, 5], "made up");
        (string Path, string Message)[] problems = Problems(stage);
        Assert.Contains(("$.stages[0].dimensions[1].items[0].levels", $"{Who}: item 2 needs one level (0 or more) per answer on the scale, 3 in all."), problems);
        Assert.All(problems, p => Assert.StartsWith("$.stages[0]", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Levels_of_0_and_exactly_one_per_answer_are_accepted_and_unset_levels_are_refused()
    {
        Assert.Empty(Problems(new ValueSetStage("set", "Set", [One("zero", 1, 0, 0, 0)], [0.5], "made up")));
        ItemLevels unset = new ItemLevels(1, [0, 1, 2]) with { Levels = default };
        var stage = new ValueSetStage("set", "Set", [new ValueSetDimension("first", [unset])], [0.5], "made up");
        Assert.Equal([("$.stages[0].dimensions[0].items[0].levels", $"{Who}: item 1 needs one level (0 or more) per answer on the scale, 3 in all.")], Problems(stage));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(0)]
    public void A_table_needs_one_value_per_combination_of_dimension_values(int count)
    {
        ValueSetStage stage = Table(Enumerable.Repeat(0.5, count));
        Assert.Equal(
            [("$.stages[0].values", $"{Who}: the table needs 6 values, one per combination of dimension values; it has {count}.")],
            Problems(stage));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Every_value_in_a_table_must_be_finite(double bad)
    {
        ValueSetStage stage = Table([0, 0.1, 1, bad, 2, 2.1]);
        Assert.Equal([("$.stages[0].values", $"{Who}: every value in the table must be a finite number.")], Problems(stage));
    }

    [Fact]
    public void A_table_dimension_has_no_values_of_its_own()
    {
        var stage = new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2) with { Values = [0, 1, 2] }], [0, 1, 2], "made up");
        Assert.Equal(
            [("$.stages[0].dimensions[0].values", $"{Who}: dimension 'first' has values, but the stage is a table; dimension values belong to an additive value set (one with a constant).")],
            Problems(stage));
        Assert.Empty(Problems(new ValueSetStage("set", "Set", [One("first", 1, 0, 1, 2) with { Values = default }], [0, 1, 2], "made up")));
    }

    /// <summary>An additive set whose first dimension (0-2) has the given values.</summary>
    private static ValueSetStage AdditiveWith(IEnumerable<double>? firstValues, double constant = 1, IEnumerable<ValueSetTerm>? terms = null) => new(
        "set", "Set",
        [One("first", 1, 0, 1, 2) with { Values = firstValues is null ? default : [.. firstValues] }, One("second", 2, 0, 1, 1) with { Values = [0, -0.5] }],
        constant,
        terms ?? [],
        "made up");

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(0)]
    public void An_additive_dimension_needs_one_value_per_dimension_value(int count)
    {
        ValueSetStage stage = AdditiveWith(Enumerable.Repeat(-0.1, count));
        Assert.Equal(
            [("$.stages[0].dimensions[0].values", $"{Who}: dimension 'first' needs one value (a finite number within ±1e12) per dimension value 0-2, 3 in all; it has {count}.")],
            Problems(stage));
        Assert.Equal(
            [("$.stages[0].dimensions[0].values", $"{Who}: dimension 'first' needs one value (a finite number within ±1e12) per dimension value 0-2, 3 in all; it has 0.")],
            Problems(AdditiveWith(null)));
    }

    public static TheoryData<double, bool> Coefficients => new()
    {
        { 1e12, true },
        { -1e12, true },
        { 0, true },
        { Math.BitIncrement(1e12), false },
        { Math.BitDecrement(-1e12), false },
        { double.NaN, false },
        { double.PositiveInfinity, false },
        { double.NegativeInfinity, false },
    };

    [Theory]
    [MemberData(nameof(Coefficients))]
    public void A_dimension_value_must_be_finite_and_within_1e12(double coefficient, bool allowed)
    {
        (string, string)[] problems = Problems(AdditiveWith([0, coefficient, -0.2]));
        Assert.Equal(
            allowed ? [] : new[] { ("$.stages[0].dimensions[0].values", $"{Who}: dimension 'first' needs one value (a finite number within ±1e12) per dimension value 0-2, 3 in all; it has 3.") },
            problems);
    }

    [Theory]
    [MemberData(nameof(Coefficients))]
    public void The_constant_must_be_finite_and_within_1e12(double constant, bool allowed)
    {
        ValueSetStage stage = AdditiveWith([0, -0.1, -0.2], constant);
        Assert.Equal(allowed ? [] : new[] { ("$.stages[0].constant", $"{Who}: the constant must be a finite number within ±1e12.") }, Problems(stage));
        if (allowed)
        {
            Assert.Equal(constant - 0.5, stage.ValueOf([0, 1]));
        }
    }

    [Theory]
    [MemberData(nameof(Coefficients))]
    public void A_term_must_add_a_finite_number_within_1e12(double value, bool allowed)
    {
        ValueSetStage stage = AdditiveWith([0, -0.1, -0.2], terms: [new ValueSetTerm("t", 1, value)]);
        Assert.Equal(allowed ? [] : new[] { ("$.stages[0].terms[0].value", $"{Who}: term 't' must add a finite number within ±1e12.") }, Problems(stage));
    }

    [Fact]
    public void A_null_term_is_named_and_the_others_are_still_checked()
    {
        ValueSetStage stage = AdditiveWith([0, -0.1, -0.2], terms: [null!, new ValueSetTerm("t", 0, -0.1)]);
        Assert.Equal(
            [
                ("$.stages[0].terms[0]", $"{Who}: a term is null."),
                ("$.stages[0].terms[1].atLeast", $"{Who}: term 't' counts dimensions at 0 or more; it must be 1-2 (0 would count every dimension, above 2 none)."),
            ],
            Problems(stage));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(" ", " ")]
    [InlineData("t", "t")]
    public void A_term_needs_an_id_of_its_own(string id, string shown)
    {
        ValueSetStage stage = AdditiveWith([0, -0.1, -0.2], terms: [new ValueSetTerm("t", 1, -0.1), new ValueSetTerm(id, 2, -0.1)]);
        Assert.Equal([("$.stages[0].terms[1].id", $"{Who}: term '{shown}' needs an id of its own (not blank, not used twice).")], Problems(stage));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(-1, false)]
    public void A_terms_level_runs_from_1_to_the_highest_value_of_any_dimension(int atLeast, bool allowed)
    {
        // Dimensions whose highest values are 1, 3 and 2: the highest of them is neither the first nor the last.
        var stage = new ValueSetStage(
            "set", "Set",
            [One("a", 1, 0, 1, 1) with { Values = [0, -0.1] }, One("b", 2, 0, 2, 3) with { Values = [0, -0.1, -0.2, -0.3] }, One("c", 3, 0, 1, 2) with { Values = [0, -0.1, -0.2] }],
            1,
            [new ValueSetTerm("t", atLeast, -0.1)],
            "made up");
        Assert.Equal(
            allowed ? [] : new[] { ("$.stages[0].terms[0].atLeast", $"{Who}: term 't' counts dimensions at {atLeast} or more; it must be 1-3 (0 would count every dimension, above 3 none).") },
            Problems(stage));
    }

    [Fact]
    public void A_term_of_a_set_without_dimensions_can_count_nothing()
    {
        var stage = new ValueSetStage("set", "Set", [], 1, [new ValueSetTerm("t", 1, -0.1)], "made up");
        Assert.Equal(
            [
                ("$.stages[0].dimensions", $"{Who} has no dimensions."),
                ("$.stages[0].terms[0].atLeast", $"{Who}: term 't' counts dimensions at 1 or more; it must be 1-0 (0 would count every dimension, above 0 none)."),
                ("$.stages[0].terms[0].minimumCount", $"{Who}: term 't' needs 1 dimensions; it must be 1-0."),
            ],
            Problems(stage));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void A_terms_count_runs_from_1_to_the_number_of_dimensions(int minimumCount, bool allowed)
    {
        ValueSetStage stage = AdditiveWith([0, -0.1, -0.2], terms: [new ValueSetTerm("t", 1, -0.1) { MinimumCount = minimumCount }]);
        Assert.Equal(
            allowed ? [] : new[] { ("$.stages[0].terms[0].minimumCount", $"{Who}: term 't' needs {minimumCount} dimensions; it must be 1-2.") },
            Problems(stage));
    }

    [Fact]
    public void Stages_are_equal_when_every_part_is()
    {
        ValueSetStage table = Table(), additive = Additive();
        Assert.Equal(table, Table());
        Assert.Equal(table.GetHashCode(), Table().GetHashCode());
        Assert.Equal(additive, Additive());
        Assert.Equal(additive.GetHashCode(), Additive().GetHashCode());
        Assert.False(table.Equals((ValueSetStage?)null));

        Assert.NotEqual(table, Table([0.0, 0.1, 1.0, 1.1, 2.0, 2.2]));
        Assert.NotEqual(table, new ValueSetStage("set", "Made-up value", [One("first", 1, 0, 1, 2), One("second", 2, 0, 0, 1)], [0.0, 0.1, 1.0, 1.1, 2.0, 2.1], "made up"));
        Assert.NotEqual(table, new ValueSetStage("set", "Made-up value", [One("first", 1, 0, 1, 2), One("other", 2, 0, 1, 1)], [0.0, 0.1, 1.0, 1.1, 2.0, 2.1], "made up"));
        Assert.NotEqual(additive, Additive(constant: 0.9));
        Assert.NotEqual(additive, Additive(terms: [new ValueSetTerm("any", 1, -0.5)]));
        Assert.NotEqual(additive, Additive(terms: [new ValueSetTerm("any", 1, -0.5), new ValueSetTerm("two-high", 2, -0.25) { MinimumCount = 3 }]));
        Assert.NotEqual(additive, Additive(terms: [new ValueSetTerm("any", 1, -0.5), new ValueSetTerm("two-high", 2, -0.2) { MinimumCount = 2 }]));
        Assert.NotEqual(table, table with { Id = "other" });
        Assert.NotEqual(table, table with { Name = "Other" });
        Assert.NotEqual(table, table with { Source = "elsewhere" });
        Assert.NotEqual(table, table with { Note = "a note" });
        Assert.NotEqual(table, table with { Form = "Long form" });
        Assert.NotEqual(table, table with { Codes = [new PublicCode(PublicCode.Loinc, "1-8", CodedValue.StageValue, "made up")] });
    }
}
