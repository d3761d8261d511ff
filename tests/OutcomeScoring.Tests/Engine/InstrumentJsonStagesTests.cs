using System.Text.Json;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Engine;

/// <summary>
/// Reading and writing the stages of a definition (docs/defining-instruments.md, "Stages", "Additive value sets",
/// "Companion questions"): the fields each part allows, what is required, the problems reported with their paths, and
/// what is written back (optional parts only when present). Every definition is built inside its test.
/// </summary>
public class InstrumentJsonStagesTests
{
    /// <summary>A made-up definition on a 0-2 scale with three items, one score and the given stages.</summary>
    private static string Definition(string stages, string extra = "") => $$"""
        {
          "id": "demo", "name": "Demo", "source": "made up",
          "scale": { "minimum": 0, "maximum": 2 },
          "items": [ { "number": 1, "topic": "a" }, { "number": 2, "topic": "b" }, { "number": 3, "topic": "c" } ]{{extra}},
          "scores": [ { "id": "total", "name": "Total", "items": [1, 2, 3], "maximumMissing": 2, "source": "made up" } ],
          "stages": [ {{stages}} ]
        }
        """;

    private const string Table = """
        { "id": "set", "kind": "value-set", "name": "Set", "source": "made up",
          "dimensions": [ { "id": "first", "items": [ { "item": 1, "levels": [0, 1, 1] } ] } ],
          "values": [1, 0.5] }
        """;

    private const string Additive = """
        { "id": "set", "kind": "value-set", "name": "Set", "source": "made up",
          "dimensions": [ { "id": "first", "items": [ { "item": 1, "levels": [0, 1, 2] } ], "values": [0, -0.1, -0.2] },
                          { "id": "second", "items": [ { "item": 2, "levels": [0, 1, 2] } ], "values": [0, -0.01, -0.02] } ],
          "constant": 1,
          "terms": [ { "id": "any", "atLeast": 1, "value": -0.5 }, { "id": "both", "atLeast": 2, "minimumCount": 2, "value": -0.25 } ] }
        """;

    private const string Calibration = """
        { "id": "activation", "kind": "calibration", "name": "Activation", "source": "made up", "items": [3, 1, 2],
          "levels": { "id": "cuts", "name": "Cuts", "level1Maximum": 40, "level2Maximum": 50.5, "level3Maximum": 60, "source": "made up" } }
        """;

    private static (string Path, string Message)[] Problems(string json)
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));
        return [.. e.Problems.Select(p => (p.Path, p.Message))];
    }

    [Theory]
    [InlineData("calibration", "id, kind, name, form, source, note, codes, items, levels")]
    [InlineData("value-set", "id, kind, name, form, source, note, codes, dimensions, values, constant, terms")]
    [InlineData("lowest-rated", "id, kind, name, form, source, note, codes, items")]
    [InlineData("companion-count", "id, kind, name, form, source, note, codes, question, items")]
    public void Each_kind_of_stage_allows_its_own_fields(string kind, string allowed)
    {
        string json = Definition($$"""{ "id": "s", "kind": "{{kind}}", "name": "S", "source": "made up", "colour": 1 }""");
        Assert.Contains(("$.stages[0].colour", $"unknown property \"colour\"; allowed here: {allowed}."), Problems(json));
    }

    [Theory]
    [InlineData("\"kind\": \"tariff\", ")]
    [InlineData("")]
    public void A_stage_of_no_known_kind_allows_the_fields_of_every_kind_each_named_once(string kind)
    {
        string json = Definition($$"""{ "id": "s", {{kind}}"name": "S", "source": "made up", "question": "q", "colour": 1 }""");
        (string Path, string Message)[] problems = Problems(json);
        Assert.Contains(("$.stages[0].colour", "unknown property \"colour\"; allowed here: id, kind, name, form, source, note, codes, items, levels, dimensions, values, constant, terms, question."), problems);
        Assert.DoesNotContain(problems, p => p.Path == "$.stages[0].question");
    }

    [Fact]
    public void A_stage_without_a_kind_is_refused()
    {
        (string Path, string Message)[] problems = Problems(Definition("""{ "id": "s", "name": "S", "source": "made up", "items": [1] }"""));
        Assert.Equal([("$.stages[0].kind", "\"kind\" is missing.")], problems);
    }

    [Fact]
    public void A_stage_that_is_not_an_object_is_refused() =>
        Assert.Equal([("$.stages[0]", "must be an object; got 1.")], Problems(Definition("1")));

    [Theory]
    [InlineData("""{ "id": "c", "name": "C", "level1Maximum": 1, "level2Maximum": 2, "level3Maximum": 3, "source": "s", "colour": 1 }""", "$.stages[0].levels.colour", "unknown property \"colour\"; allowed here: id, name, level1Maximum, level2Maximum, level3Maximum, source.")]
    [InlineData("""{ "id": "c", "name": "C", "level2Maximum": 2, "level3Maximum": 3, "source": "s" }""", "$.stages[0].levels.level1Maximum", "\"level1Maximum\" is missing.")]
    [InlineData("""{ "id": "c", "name": "C", "level1Maximum": 1, "level3Maximum": 3, "source": "s" }""", "$.stages[0].levels.level2Maximum", "\"level2Maximum\" is missing.")]
    [InlineData("""{ "id": "c", "name": "C", "level1Maximum": 1, "level2Maximum": 2, "source": "s" }""", "$.stages[0].levels.level3Maximum", "\"level3Maximum\" is missing.")]
    [InlineData("""{ "name": "C", "level1Maximum": 1, "level2Maximum": 2, "level3Maximum": 3, "source": "s" }""", "$.stages[0].levels.id", "\"id\" is missing.")]
    [InlineData("""{ "id": "c", "level1Maximum": 1, "level2Maximum": 2, "level3Maximum": 3, "source": "s" }""", "$.stages[0].levels.name", "\"name\" is missing.")]
    [InlineData("""{ "id": "c", "name": "C", "level1Maximum": 1, "level2Maximum": 2, "level3Maximum": 3 }""", "$.stages[0].levels.source", "\"source\" is missing.")]
    [InlineData("""{ "id": "c", "name": "C", "level1Maximum": 50, "level2Maximum": 40, "level3Maximum": 60, "source": "s" }""", "$.stages[0].levels", "Activation cut points 'c': 50, 40, 60 must be finite and strictly ascending.")]
    [InlineData("1", "$.stages[0].levels", "must be an object; got 1.")]
    public void The_cut_points_of_a_calibration_stage_are_checked_each_with_its_path(string levels, string path, string message)
    {
        string json = Definition($$"""{ "id": "activation", "kind": "calibration", "name": "Activation", "source": "made up", "items": [1, 2], "levels": {{levels}} }""");
        Assert.Equal([(path, message)], Problems(json));
    }

    [Fact]
    public void A_calibration_stage_reads_its_items_in_order_and_its_cut_points()
    {
        var stage = (CalibrationStage)Instrument.FromJson(Definition(Calibration)).Stages[0];
        Assert.Equal([3, 1, 2], stage.Items);
        ActivationCutPoints levels = stage.Levels!;
        Assert.Equal(("cuts", "Cuts", 40.0, 50.5, 60.0, "made up"), (levels.Id, levels.Name, levels.Level1Maximum, levels.Level2Maximum, levels.Level3Maximum, levels.Source));
        Assert.Null(((CalibrationStage)Instrument.FromJson(Definition("""{ "id": "a", "kind": "calibration", "name": "A", "source": "s", "items": [1] }""")).Stages[0]).Levels);
    }

    [Fact]
    public void A_calibration_stage_without_items_is_refused() =>
        Assert.Equal([("$.stages[0].items", "\"items\" is missing.")], Problems(Definition("""{ "id": "a", "kind": "calibration", "name": "A", "source": "s" }""")));

    [Fact]
    public void An_additive_value_set_with_a_table_is_refused_saying_to_give_one_or_the_other()
    {
        string json = Definition(Additive.Replace("\"constant\": 1,", "\"constant\": 1, \"values\": [1, 2],", StringComparison.Ordinal));
        Assert.Equal([("$.stages[0].values", "an additive value set (one with a constant) has no table of values; give one or the other.")], Problems(json));
    }

    [Fact]
    public void An_additive_value_set_with_a_table_is_not_checked_further()
    {
        // The stage is not read, so its other problems (a term at level 0) are left out: one problem, the one to fix first.
        string json = Definition(Additive.Replace("\"constant\": 1,", "\"constant\": 1, \"values\": [1, 2],", StringComparison.Ordinal).Replace("\"atLeast\": 1", "\"atLeast\": 0", StringComparison.Ordinal));
        Assert.Equal([("$.stages[0].values", "an additive value set (one with a constant) has no table of values; give one or the other.")], Problems(json));
    }

    [Fact]
    public void Without_a_scale_an_items_levels_are_only_checked_to_be_0_or_more()
    {
        string withoutScale = Definition(Table).Replace("\"scale\": { \"minimum\": 0, \"maximum\": 2 },", "", StringComparison.Ordinal);
        Assert.DoesNotContain("\"scale\"", withoutScale, StringComparison.Ordinal);
        (string Path, string Message)[] problems = Problems(withoutScale);
        Assert.Contains(("$.scale", "\"scale\" is missing."), problems);
        Assert.DoesNotContain(problems, p => p.Path.StartsWith("$.stages", StringComparison.Ordinal));

        (string Path, string Message)[] negative = Problems(withoutScale.Replace("\"levels\": [0, 1, 1]", "\"levels\": [0, -1, 1, 1]", StringComparison.Ordinal));
        Assert.Contains(("$.stages[0].dimensions[0].items[0].levels", "Instrument 'demo': stage 'set': item 1 needs one level (0 or more) per answer on the scale, 4 in all."), negative);
    }

    private const string Help = """, "companionQuestions": [ { "id": "help", "name": "help wanted", "items": [1, 2], "source": "s" } ]""";

    /// <summary>
    /// A part that cannot be read is reported alone: each stage below breaks a rule too (a table of one value where two
    /// are needed, a term at level 0, no items), which is not reported once the stage (or its question or column order)
    /// cannot be read.
    /// </summary>
    public static TheoryData<string, string, string, string> Unreadable()
    {
        const string Table = """{ "id": "set", "kind": "value-set", "name": "Set", "source": "made up", "dimensions": [ { "id": "first", "items": [ { "item": 1, "levels": [0, 1, 1] } ] } ], "values": [1] }""";
        const string Additive = """{ "id": "set", "kind": "value-set", "name": "Set", "source": "made up", "dimensions": [ { "id": "first", "items": [ { "item": 1, "levels": [0, 1, 2] } ], "values": [0, -0.1, -0.2] } ], "constant": 1, "terms": [ { "id": "any", "atLeast": 0, "value": -0.5 }, { "id": "both", "atLeast": 2, "value": -0.25 } ] }""";
        const string Calibration = """{ "id": "activation", "kind": "calibration", "name": "Activation", "source": "made up", "items": [], "levels": { "id": "cuts", "name": "Cuts", "level1Maximum": 40, "level2Maximum": 50, "level3Maximum": 60, "source": "made up" } }""";
        const string Lowest = """{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [] }""";
        const string Count = """{ "id": "n", "kind": "companion-count", "name": "N", "source": "s", "question": "help", "items": [] }""";
        const string Fine = """{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }""";
        return new()
        {
            { Table.Replace("\"id\": \"set\", ", "", StringComparison.Ordinal), "", "$.stages[0].id", "\"id\" is missing." },
            { Table.Replace("\"name\": \"Set\", ", "", StringComparison.Ordinal), "", "$.stages[0].name", "\"name\" is missing." },
            { Table.Replace("\"source\": \"made up\", ", "", StringComparison.Ordinal), "", "$.stages[0].source", "\"source\" is missing." },
            { Table.Replace("\"dimensions\": [ {", "\"dimensions\": [ 1, {", StringComparison.Ordinal), "", "$.stages[0].dimensions[0]", "must be an object; got 1." },
            { Table.Replace("{ \"item\": 1, \"levels\": [0, 1, 1] }", "1", StringComparison.Ordinal), "", "$.stages[0].dimensions[0].items[0]", "must be an object; got 1." },
            { Table.Replace("\"id\": \"first\", ", "", StringComparison.Ordinal), "", "$.stages[0].dimensions[0].id", "\"id\" is missing." },
            { Additive.Replace("\"id\": \"set\", ", "", StringComparison.Ordinal), "", "$.stages[0].id", "\"id\" is missing." },
            { Additive.Replace("\"name\": \"Set\", ", "", StringComparison.Ordinal), "", "$.stages[0].name", "\"name\" is missing." },
            { Additive.Replace("\"source\": \"made up\", ", "", StringComparison.Ordinal), "", "$.stages[0].source", "\"source\" is missing." },
            { Additive.Replace("\"dimensions\": [ {", "\"dimensions\": [ 1, {", StringComparison.Ordinal), "", "$.stages[0].dimensions[0]", "must be an object; got 1." },
            { Additive.Replace("\"terms\": [ {", "\"terms\": [ 1, {", StringComparison.Ordinal), "", "$.stages[0].terms[0]", "must be an object; got 1." },
            { Additive.Replace("\"id\": \"both\", ", "", StringComparison.Ordinal), "", "$.stages[0].terms[1].id", "\"id\" is missing." },
            { Additive.Replace("\"id\": \"first\", ", "", StringComparison.Ordinal), "", "$.stages[0].dimensions[0].id", "\"id\" is missing." },
            { Calibration.Replace("\"id\": \"activation\", ", "", StringComparison.Ordinal), "", "$.stages[0].id", "\"id\" is missing." },
            { Calibration.Replace("\"name\": \"Activation\", ", "", StringComparison.Ordinal), "", "$.stages[0].name", "\"name\" is missing." },
            { Calibration.Replace("\"source\": \"made up\", \"items\"", "\"items\"", StringComparison.Ordinal), "", "$.stages[0].source", "\"source\" is missing." },
            { Calibration.Replace("\"level2Maximum\": 50", "\"level2Maximum\": 30", StringComparison.Ordinal), "", "$.stages[0].levels", "Activation cut points 'cuts': 40, 30, 60 must be finite and strictly ascending." },
            { Lowest.Replace("\"id\": \"low\", ", "", StringComparison.Ordinal), "", "$.stages[0].id", "\"id\" is missing." },
            { Lowest.Replace("\"name\": \"Low\", ", "", StringComparison.Ordinal), "", "$.stages[0].name", "\"name\" is missing." },
            { Lowest.Replace("\"source\": \"s\", ", "", StringComparison.Ordinal), "", "$.stages[0].source", "\"source\" is missing." },
            { Count.Replace("\"id\": \"n\", ", "", StringComparison.Ordinal), Help, "$.stages[0].id", "\"id\" is missing." },
            { Count.Replace("\"name\": \"N\", ", "", StringComparison.Ordinal), Help, "$.stages[0].name", "\"name\" is missing." },
            { Count.Replace("\"source\": \"s\", ", "", StringComparison.Ordinal), Help, "$.stages[0].source", "\"source\" is missing." },
            { Fine, """, "companionQuestions": [ { "id": "help", "items": [2, 1], "source": "s" } ]""", "$.companionQuestions[0].name", "\"name\" is missing." },
            { Fine, """, "companionQuestions": [ { "name": "help wanted", "items": [2, 1], "source": "s" } ]""", "$.companionQuestions[0].id", "\"id\" is missing." },
            { Fine, """, "companionQuestions": [ { "id": "help", "name": "help wanted", "items": [2, 1] } ]""", "$.companionQuestions[0].source", "\"source\" is missing." },
            { Fine, """, "columnOrders": [ { "items": [1, 1, 2], "source": "s" } ]""", "$.columnOrders[0].name", "\"name\" is missing." },
            { Fine, """, "columnOrders": [ { "name": "paper", "items": [1, 1, 2] } ]""", "$.columnOrders[0].source", "\"source\" is missing." },
        };
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_part_that_cannot_be_read_is_reported_alone(string stage, string extra, string path, string message) =>
        Assert.Equal([(path, message)], Problems(Definition(stage, extra)));

    [Fact]
    public void The_unreadable_parts_above_break_their_other_rule_when_read()
    {
        // The other rule of each stage in Unreadable, shown to be broken when the stage itself can be read.
        const string Question = """, "companionQuestions": [ { "id": "help", "name": "help wanted", "items": [2, 1], "source": "s" } ]""";
        const string Order = """, "columnOrders": [ { "name": "paper", "items": [1, 1, 2], "source": "s" } ]""";
        const string Fine = """{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }""";
        Assert.Contains(Problems(Definition(Fine, Question)), p => p.Path.StartsWith("$.companionQuestions[0].items", StringComparison.Ordinal));
        Assert.Contains(Problems(Definition(Fine, Order)), p => p.Path.StartsWith("$.columnOrders[0]", StringComparison.Ordinal));
        Assert.Contains(("$.stages[0].values", "Instrument 'demo': stage 'set': the table needs 2 values, one per combination of dimension values; it has 1."), Problems(Definition(Table.Replace("[1, 0.5]", "[1]", StringComparison.Ordinal))));
    }

    [Fact]
    public void Terms_of_a_table_are_refused_and_the_rest_of_the_table_is_still_checked()
    {
        string json = Definition(Table.Replace("\"values\": [1, 0.5]", "\"values\": [1], \"terms\": []", StringComparison.Ordinal));
        Assert.Equal(
            [
                ("$.stages[0].terms", "terms belong to an additive value set, one with a constant; a table has none."),
                ("$.stages[0].values", "Instrument 'demo': stage 'set': the table needs 2 values, one per combination of dimension values; it has 1."),
            ],
            Problems(json));
    }

    [Theory]
    [InlineData("\"values\": [1, 0.5]", "", "$.stages[0].values", "\"values\" is missing.")]
    [InlineData("\"values\": [1, 0.5]", "\"values\": [1, \"x\"]", "$.stages[0].values[1]", "must be a finite number; got \"x\".")]
    [InlineData("\"values\": [1, 0.5]", "\"values\": [1e400, 0.5]", "$.stages[0].values[0]", "must be a finite number; got 1e400.")]
    [InlineData("\"dimensions\": [ {", "\"dimensions\": [ 1, {", "$.stages[0].dimensions[0]", "must be an object; got 1.")]
    [InlineData("\"id\": \"first\", ", "", "$.stages[0].dimensions[0].id", "\"id\" is missing.")]
    [InlineData("\"id\": \"first\", ", "\"id\": \"first\", \"colour\": 1, ", "$.stages[0].dimensions[0].colour", "unknown property \"colour\"; allowed here: id, items, values.")]
    [InlineData(", \"items\": [ { \"item\": 1, \"levels\": [0, 1, 1] } ]", "", "$.stages[0].dimensions[0].items", "\"items\" is missing.")]
    [InlineData("{ \"item\": 1, \"levels\": [0, 1, 1] }", "1", "$.stages[0].dimensions[0].items[0]", "must be an object; got 1.")]
    [InlineData("{ \"item\": 1, \"levels\": [0, 1, 1] }", "{ \"levels\": [0, 1, 1] }", "$.stages[0].dimensions[0].items[0].item", "\"item\" is missing.")]
    [InlineData("{ \"item\": 1, \"levels\": [0, 1, 1] }", "{ \"item\": 1 }", "$.stages[0].dimensions[0].items[0].levels", "\"levels\" is missing.")]
    [InlineData("{ \"item\": 1, \"levels\": [0, 1, 1] }", "{ \"item\": 1, \"levels\": [0, 0.5, 1] }", "$.stages[0].dimensions[0].items[0].levels[1]", "must be a whole number; got 0.5.")]
    [InlineData("{ \"item\": 1, \"levels\": [0, 1, 1] }", "{ \"item\": 1, \"levels\": [0, 1, 1], \"colour\": 1 }", "$.stages[0].dimensions[0].items[0].colour", "unknown property \"colour\"; allowed here: item, levels.")]
    [InlineData("\"levels\": [0, 1, 1] } ] }", "\"levels\": [0, 1, 1] } ], \"values\": [0, \"x\"] }", "$.stages[0].dimensions[0].values[1]", "must be a finite number; got \"x\".")]
    [InlineData("\"dimensions\": [ { \"id\": \"first\", \"items\": [ { \"item\": 1, \"levels\": [0, 1, 1] } ] } ],", "", "$.stages[0].dimensions", "\"dimensions\" is missing.")]
    public void A_table_part_that_cannot_be_read_is_refused_with_its_path(string find, string replace, string path, string message)
    {
        string stage = Table.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Table, stage);
        Assert.Equal([(path, message)], Problems(Definition(stage)));
    }

    [Theory]
    [InlineData("\"constant\": 1,", "\"constant\": \"one\",", "$.stages[0].constant")]
    [InlineData("{ \"id\": \"any\", \"atLeast\": 1, \"value\": -0.5 }", "1", "$.stages[0].terms[0]")]
    [InlineData("\"id\": \"any\", ", "", "$.stages[0].terms[0].id")]
    [InlineData("\"atLeast\": 1, \"value\": -0.5", "\"value\": -0.5", "$.stages[0].terms[0].atLeast")]
    [InlineData("\"atLeast\": 1, \"value\": -0.5", "\"atLeast\": 1", "$.stages[0].terms[0].value")]
    [InlineData("\"minimumCount\": 2,", "\"minimumCount\": 1.5,", "$.stages[0].terms[1].minimumCount")]
    [InlineData("\"minimumCount\": 2,", "\"minimumCount\": 2, \"colour\": 1,", "$.stages[0].terms[1].colour")]
    [InlineData("\"values\": [0, -0.1, -0.2]", "\"values\": [0, \"x\", -0.2]", "$.stages[0].dimensions[0].values[1]")]
    [InlineData("{ \"id\": \"second\"", "1, { \"id\": \"second\"", "$.stages[0].dimensions[1]")]
    [InlineData("\"terms\": [ { \"id\": \"any\", \"atLeast\": 1, \"value\": -0.5 }, { \"id\": \"both\", \"atLeast\": 2, \"minimumCount\": 2, \"value\": -0.25 } ]", "\"terms\": 1", "$.stages[0].terms")]
    public void An_additive_part_that_cannot_be_read_is_refused_with_its_path_alone(string find, string replace, string path)
    {
        string stage = Additive.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Additive, stage);
        (string Path, string Message)[] problems = Problems(Definition(stage));
        Assert.Equal([path], problems.Select(p => p.Path).Distinct());
    }

    [Fact]
    public void A_terms_count_is_1_unless_given_and_an_additive_set_may_have_no_terms()
    {
        var stage = (ValueSetStage)Instrument.FromJson(Definition(Additive)).Stages[0];
        Assert.Equal(1.0, stage.Constant);
        Assert.Equal([new ValueSetTerm("any", 1, -0.5), new ValueSetTerm("both", 2, -0.25) { MinimumCount = 2 }], stage.Terms);
        Assert.Equal([[0, -0.1, -0.2], [0, -0.01, -0.02]], stage.Dimensions.Select(d => d.Values.ToArray()));
        var plain = (ValueSetStage)Instrument.FromJson(Definition(Additive.Replace(",\n  \"terms\": [ { \"id\": \"any\", \"atLeast\": 1, \"value\": -0.5 }, { \"id\": \"both\", \"atLeast\": 2, \"minimumCount\": 2, \"value\": -0.25 } ]", "", StringComparison.Ordinal).Replace("\"constant\": 1,", "\"constant\": 1", StringComparison.Ordinal))).Stages[0];
        Assert.True(plain.IsAdditive);
        Assert.Empty(plain.Terms);
    }

    [Fact]
    public void A_lowest_rated_and_a_companion_count_stage_need_their_items_and_question()
    {
        Assert.Equal([("$.stages[0].items", "\"items\" is missing.")], Problems(Definition("""{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s" }""")));
        const string Companions = """, "companionQuestions": [ { "id": "help", "name": "help wanted", "items": [1, 2], "source": "s" } ]""";
        Assert.Equal([("$.stages[0].question", "\"question\" is missing.")], Problems(Definition("""{ "id": "n", "kind": "companion-count", "name": "N", "source": "s", "items": [1] }""", Companions)));
        Assert.Equal([("$.stages[0].items", "\"items\" is missing.")], Problems(Definition("""{ "id": "n", "kind": "companion-count", "name": "N", "source": "s", "question": "help" }""", Companions)));
        Instrument read = Instrument.FromJson(Definition("""{ "id": "n", "kind": "companion-count", "name": "N", "source": "s", "question": "help", "items": [2, 1] }""", Companions));
        var count = (CompanionCountStage)read.Stages[0];
        Assert.Equal("help", count.Question);
        Assert.Equal([2, 1], count.Items);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("source")]
    public void Every_kind_of_stage_needs_its_common_fields(string field)
    {
        foreach (string stage in (string[])[Calibration, Table, """{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }"""])
        {
            string without = System.Text.RegularExpressions.Regex.Replace(stage, $"^(\\s*\\{{[^{{]*?)\"{field}\": \"[^\"]*\",\\s*", "$1");
            Assert.NotEqual(stage, without);
            Assert.Equal([($"$.stages[0].{field}", $"\"{field}\" is missing.")], Problems(Definition(without)));
        }
    }

    [Fact]
    public void Companion_questions_and_column_orders_name_their_fields()
    {
        const string Question = """{ "id": "help", "name": "help wanted", "items": [1, 2], "source": "s", "colour": 1 }""";
        Assert.Equal(
            [("$.companionQuestions[0].colour", "unknown property \"colour\"; allowed here: id, name, items, source.")],
            Problems(Definition("""{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }""", $", \"companionQuestions\": [ {Question} ]")));
        Assert.Equal(
            [("$.companionQuestions[0]", "must be an object; got 1.")],
            Problems(Definition("""{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }""", ", \"companionQuestions\": [ 1 ]")));
        Assert.Equal(
            [("$.columnOrders[0].colour", "unknown property \"colour\"; allowed here: name, items, source.")],
            Problems(Definition("""{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }""", """, "columnOrders": [ { "name": "paper", "items": [3, 1, 2], "source": "s", "colour": 1 } ]""")));
        Assert.Equal(
            [("$.columnOrders[0]", "must be an object; got 1.")],
            Problems(Definition("""{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [1] }""", ", \"columnOrders\": [ 1 ]")));
    }

    [Fact]
    public void Every_part_of_every_kind_of_stage_is_written_and_read_back()
    {
        const string Companions = """, "companionQuestions": [ { "id": "help", "name": "help wanted", "items": [1, 2], "source": "s" } ], "columnOrders": [ { "name": "paper", "items": [3, 1, 2], "source": "s" } ]""";
        string noted = Calibration.Replace("\"source\": \"made up\", \"items\"", "\"source\": \"made up\", \"form\": \"Long form\", \"note\": \"a note\", \"codes\": [ { \"system\": \"http://loinc.org\", \"code\": \"1-8\", \"value\": \"stage\", \"source\": \"test\" } ], \"items\"", StringComparison.Ordinal);
        Assert.NotEqual(Calibration, noted);
        string json = Definition(
            string.Join(", ", noted, Additive.Replace("\"id\": \"set\"", "\"id\": \"additive\"", StringComparison.Ordinal), Table, """{ "id": "low", "kind": "lowest-rated", "name": "Low", "source": "s", "items": [3, 1] }""", """{ "id": "n", "kind": "companion-count", "name": "N", "source": "s", "question": "help", "items": [2] }"""),
            Companions);
        Instrument read = Instrument.FromJson(json);
        Instrument again = Instrument.FromJson(read.ToJson());
        Assert.Equal(read.Stages, again.Stages);
        Assert.Equal(read.ToJson(), again.ToJson());
        Assert.Equal(read.CompanionQuestions, again.CompanionQuestions);
        Assert.Equal(read.ColumnOrders.Select(o => (o.Name, o.Source, string.Join(",", o.Items))), again.ColumnOrders.Select(o => (o.Name, o.Source, string.Join(",", o.Items))));

        JsonElement[] stages = [.. JsonDocument.Parse(read.ToJson()).RootElement.GetProperty("stages").EnumerateArray()];
        string[] Names(int s) => [.. stages[s].EnumerateObject().Select(p => p.Name)];
        Assert.Equal(["id", "kind", "name", "form", "items", "levels", "source", "note", "codes"], Names(0));
        Assert.Equal(["id", "kind", "name", "dimensions", "constant", "terms", "source"], Names(1));
        Assert.Equal(["id", "kind", "name", "dimensions", "values", "source"], Names(2));
        Assert.Equal(["id", "kind", "name", "items", "source"], Names(3));
        Assert.Equal(["id", "kind", "name", "question", "items", "source"], Names(4));
        Assert.Equal(["calibration", "value-set", "value-set", "lowest-rated", "companion-count"], stages.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(["id", "name", "level1Maximum", "level2Maximum", "level3Maximum", "source"], stages[0].GetProperty("levels").EnumerateObject().Select(p => p.Name));
        Assert.Equal(50.5, stages[0].GetProperty("levels").GetProperty("level2Maximum").GetDouble());
        Assert.Equal(["id", "items", "values"], stages[1].GetProperty("dimensions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "items"], stages[2].GetProperty("dimensions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "atLeast", "value"], stages[1].GetProperty("terms")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "atLeast", "minimumCount", "value"], stages[1].GetProperty("terms")[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, stages[1].GetProperty("terms")[1].GetProperty("minimumCount").GetInt32());
        Assert.Equal(["item", "levels"], stages[2].GetProperty("dimensions")[0].GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void An_additive_set_without_terms_writes_none()
    {
        var stage = new ValueSetStage("set", "Set", [new ValueSetDimension("first", [new ItemLevels(1, [0, 1, 2])]) { Values = [0, -0.1, -0.2] }], 1, [], "made up");
        Instrument instrument = new(
            "demo", "Demo", "made up", new ResponseScale(0, 2), [new Item(1, "a")], [new ScoreDefinition("total", "Total", [1], 0, "made up")], stages: [stage]);
        JsonElement written = JsonDocument.Parse(instrument.ToJson()).RootElement.GetProperty("stages")[0];
        Assert.Equal(["id", "kind", "name", "dimensions", "constant", "source"], written.EnumerateObject().Select(p => p.Name));
        Assert.Equal(stage, Instrument.FromJson(instrument.ToJson()).Stages[0]);
        Assert.DoesNotContain("\"stages\"", new Instrument("demo", "Demo", "made up", new ResponseScale(0, 2), [new Item(1, "a")], [new ScoreDefinition("total", "Total", [1], 0, "made up")]).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_calibration_stage_without_cut_points_is_written_without_levels()
    {
        Instrument pam = OutcomeScoring.Activation.Pam13.Instrument;
        var stage = new CalibrationStage("bare", "Bare", [1, 2, 3], "made up");
        Assert.Null(stage.Levels);
        var instrument = new Instrument("bare", "Bare", "made up", pam.Scale, pam.Items, pam.Scores, stages: [stage]);
        JsonElement written = JsonDocument.Parse(instrument.ToJson()).RootElement.GetProperty("stages")[0];
        Assert.False(written.TryGetProperty("levels", out _));
        Assert.Null(((CalibrationStage)Instrument.FromJson(instrument.ToJson()).Stages[0]).Levels);
    }
}
