using OutcomeScoring.Engine;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Tests.Engine;

/// <summary>
/// Every rule of <see cref="InstrumentValidation"/>: the whole list of problems (path and message) a broken definition
/// gets, and for each numeric rule the boundary, one step inside and one outside. Definitions are built in each test.
/// </summary>
public sealed class InstrumentValidationTests
{
    private static Item[] Items(int n) => [.. Enumerable.Range(1, n).Select(i => new Item(i, $"t{i}"))];

    private static ScoreDefinition Total(int n, int maximumMissing = 0) => new("total", "Total", Enumerable.Range(1, n), maximumMissing, "s");

    private static Instrument Build(
        IEnumerable<Item>? items = null,
        IEnumerable<ScoreDefinition>? scores = null,
        ResponseScale? scale = null,
        double multiplier = 1,
        Interpretation? interpretation = null,
        IEnumerable<ResultColumn>? columns = null,
        IEnumerable<DefinitionStage>? stages = null,
        IEnumerable<CompanionQuestion>? questions = null,
        IEnumerable<ColumnOrder>? orders = null) =>
        new("test", "Test", "s", scale ?? ResponseScale.ZeroToFour, items ?? Items(2), scores ?? [Total(2)], multiplier,
            ScoreDirection.LowerIsBetter, interpretation, columns, stages, questions, orders);

    private static (string Path, string Message)[] Problems(Func<Instrument> build) =>
        [.. Assert.Throws<InstrumentDefinitionException>(build).Problems.Select(p => (p.Path, p.Message))];

    private static void AssertOne(Func<Instrument> build, string path, string message) =>
        Assert.Equal([(path, message)], Problems(build));

    private const string P = "Instrument 'test'";

    [Fact]
    public void Blank_id_name_and_source_are_each_reported()
    {
        Assert.Equal(
            [("$.id", "An instrument needs an id."), ("$.name", "Instrument ' ' needs a name."), ("$.source", "Instrument ' ' needs a source.")],
            Problems(() => new Instrument(" ", "", "\t", ResponseScale.ZeroToFour, Items(2), [Total(2)])));
    }

    [Fact]
    public void Missing_scale_items_and_scores_are_reported_as_absent_once_each()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument("test", "Test", "s", null!, null!, null!));
        Assert.Equal(
            [("$.scale", $"{P} needs a response scale."), ("$.items", $"{P} needs items."), ("$.scores", $"{P} needs scores.")],
            e.Problems.Select(p => (p.Path, p.Message)));
        Assert.All(e.Problems, p => Assert.True(p.IsAbsence));
    }

    [Fact]
    public void Null_entries_are_absences_and_broken_rules_are_not()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Build(items: [null!, new Item(2, " ")]));
        Assert.Equal([("$.items[0]", true), ("$.items[1].topic", false)], e.Problems.Select(p => (p.Path, p.IsAbsence)));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void The_clinical_multiplier_must_be_positive_and_finite(double multiplier, string shown) =>
        AssertOne(() => Build(multiplier: multiplier), "$.clinicalMultiplier", $"{P}: the clinical multiplier must be a positive finite number; got {shown}.");

    [Theory]
    [InlineData(double.Epsilon)]
    [InlineData(1e300)]
    public void The_smallest_and_a_huge_positive_multiplier_are_accepted(double multiplier) =>
        Assert.Equal(multiplier, Build(multiplier: multiplier).ClinicalMultiplier);

    [Fact]
    public void An_unknown_direction_is_refused() =>
        AssertOne(
            () => new Instrument("test", "Test", "s", ResponseScale.ZeroToFour, Items(2), [Total(2)], direction: (ScoreDirection)7),
            "$.direction",
            $"{P}: unknown score direction 7.");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_not_applicable_answer_on_the_scale_is_refused(int answer) =>
        AssertOne(
            () => Build(scale: ResponseScale.ZeroToFour with { NotApplicableAnswer = answer }),
            "$.scale.notApplicable",
            $"{P}: the answer {answer} for not applicable is also an answer on the 0-4 scale; it must lie outside it.");

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void A_not_applicable_answer_next_to_the_scale_is_accepted(int answer) =>
        Assert.Equal(answer, Build(scale: ResponseScale.ZeroToFour with { NotApplicableAnswer = answer }).Scale.NotApplicableAnswer);

    [Fact]
    public void Items_whose_sum_reaches_exactly_the_16_bit_limit_are_accepted() =>
        Assert.Equal(13107, Build(items: Items(13107), scores: [Total(1)], scale: new ResponseScale(1, 6)).Items.Length);

    [Fact]
    public void Items_whose_sum_could_pass_the_16_bit_limit_are_refused_once() =>
        AssertOne(
            () => Build(items: Items(13108), scores: [Total(1)], scale: new ResponseScale(1, 6)),
            "$.items",
            $"{P}: 13108 items on a 1-6 scale could sum to 65540 above the scale minimum; results hold sums of at most 65535.");

    [Fact]
    public void No_items_is_refused_with_the_score_items_it_cannot_have() =>
        Assert.Equal(
            [("$.items", $"{P} has no items."), ("$.scores[0].items[0]", $"{P}: score 'total' refers to item 1, but the instrument has items 1 to 0.")],
            Problems(() => Build(items: [], scores: [Total(1)])));

    [Fact]
    public void A_null_item_is_reported_and_the_next_item_still_checked()
    {
        Assert.Equal(
            [("$.items[0]", $"{P}: item at position 1 is null."), ("$.items[1].topic", $"{P}: item 2 needs a topic tag.")],
            Problems(() => Build(items: [null!, new Item(2, " ")])));
    }

    [Fact]
    public void A_repeated_item_number_is_reported_once_not_also_as_out_of_order() =>
        AssertOne(() => Build(items: [new Item(1, "a"), new Item(1, "b")], scores: [Total(1)]), "$.items[1].number", $"{P}: item 1 is defined more than once.");

    [Fact]
    public void Items_out_of_order_are_reported_at_each_position() =>
        Assert.Equal(
            [
                ("$.items[0].number", $"{P}: items must be numbered 1 to 2 in order; position 1 holds item 2."),
                ("$.items[1].number", $"{P}: items must be numbered 1 to 2 in order; position 2 holds item 1."),
            ],
            Problems(() => Build(items: [new Item(2, "a"), new Item(1, "b")])));

    [Fact]
    public void Blank_topic_and_unknown_keying_are_both_reported() =>
        Assert.Equal(
            [("$.items[1].topic", $"{P}: item 2 needs a topic tag."), ("$.items[1].keying", $"{P}: item 2 has unknown keying 5.")],
            Problems(() => Build(items: [new Item(1, "a"), new Item(2, "", (ItemKeying)5)])));

    [Fact]
    public void Points_of_the_wrong_count_on_a_reversed_risk_item_give_three_problems() =>
        Assert.Equal(
            [
                ("$.items[1].points", $"{P}: item 2 has 2 points, but the 0-4 scale has 5 answers; give one point value per answer, lowest answer first."),
                ("$.items[1].points", $"{P}: item 2 has points and is reversed; write its points in reversed order and leave it direct."),
                ("$.items[1].points", $"{P}: item 2 has points and is a risk item; a risk flag reads keyed answers, so a risk item cannot have points."),
            ],
            Problems(() => Build(items: [new Item(1, "a"), new Item(2, "b", ItemKeying.Reversed, IsRisk: true) { Points = [1, 0] }])));

    [Fact]
    public void Points_summing_to_exactly_the_16_bit_limit_are_accepted() =>
        Assert.Equal([0, 65535], Build(items: [new Item(1, "a") { Points = [0, 65535] }], scores: [Total(1)], scale: new ResponseScale(0, 1)).Items[0].Points);

    [Fact]
    public void Points_summing_past_the_16_bit_limit_are_refused() =>
        AssertOne(
            () => Build(items: [new Item(1, "a") { Points = [0, 65536] }], scores: [Total(1)], scale: new ResponseScale(0, 1)),
            "$.items",
            $"{P}: its items' points could sum to 65536 above the lowest point; results hold sums of at most 65535.");

    [Theory]
    [InlineData(65532, true)]
    [InlineData(65533, false)]
    public void The_points_reach_is_counted_from_the_lowest_point_of_every_item(int highest, bool accepted)
    {
        // Item 1 scores -1 to highest, item 2 (no points) 0 to 1: the sum reaches highest + 1 - 2 * (-1) above the lowest point.
        Instrument Make() => Build(items: [new Item(1, "a") { Points = [-1, highest] }, new Item(2, "b")], scale: new ResponseScale(0, 1));
        if (accepted)
        {
            Assert.Equal(highest, Make().Items[0].Points[1]);
        }
        else
        {
            AssertOne(Make, "$.items", $"{P}: its items' points could sum to 65536 above the lowest point; results hold sums of at most 65535.");
        }
    }

    [Theory]
    [InlineData(12)]
    public void Twelve_scores_are_allowed(int count) =>
        Assert.Equal(count, Build(scores: [.. Enumerable.Range(1, count).Select(i => new ScoreDefinition($"s{i}", "S", [1], 0, "s"))]).Scores.Length);

    [Fact]
    public void Thirteen_scores_are_refused() =>
        AssertOne(
            () => Build(scores: [.. Enumerable.Range(1, 13).Select(i => new ScoreDefinition($"s{i}", "S", [1], 0, "s"))]),
            "$.scores",
            $"{P} defines 13 scores; at most 12 are allowed.");

    [Fact]
    public void Thirteen_scores_leave_no_lane_for_a_stage_rather_than_a_negative_number() =>
        Assert.Equal(
            [
                ("$.scores", $"{P} defines 13 scores; at most 12 are allowed."),
                ("$.stages", $"{P}: its stages read 1 different item; with 13 scores a result holds at most 0."),
            ],
            Problems(() => Build(
                scores: [.. Enumerable.Range(1, 13).Select(i => new ScoreDefinition($"s{i}", "S", [1], 0, "s"))],
                stages: [new LowestRatedStage("low", "L", [1], "s")])));

    [Fact]
    public void One_item_and_one_companion_answer_read_past_the_room_are_counted_in_the_singular() =>
        AssertOne(
            () => Build(
                scores: [.. Enumerable.Range(1, 12).Select(i => new ScoreDefinition($"s{i}", "S", [1], 0, "s"))],
                questions: [new CompanionQuestion("help", "H", [1], "s")],
                stages: [new LowestRatedStage("low", "L", [2], "s"), new CompanionCountStage("need", "N", "help", [1], "s")]),
            "$.stages",
            $"{P}: its stages read 1 different item and 1 companion answer; with twelve scores a result holds at most 0.");

    [Fact]
    public void One_point_and_one_missing_item_are_counted_in_the_singular() =>
        Assert.Equal(
            [
                ("$.items[0].points", $"{P}: item 1 has 1 point, but the 0-4 scale has 5 answers; give one point value per answer, lowest answer first."),
                ("$.scores[0].maximumMissing", $"{P}: score 'total' allows 1 missing item, but it has 1; the limit must be between 0 and 0 so that at least one answered item is needed."),
            ],
            Problems(() => Build(items: [new Item(1, "a") { Points = [7] }], scores: [Total(1, 1)])));

    [Fact]
    public void A_column_order_of_one_item_is_counted_in_the_singular()
    {
        AssertOne(
            () => Build(orders: [new ColumnOrder("short", [2], "s")]),
            "$.columnOrders[0].items",
            $"{P}: column order 'short' lists 1 item; it must list each of the instrument's 2 items once.");
        Assert.Equal(
            [
                ("$.columnOrders[0].items", $"{P}: column order 'long' lists 2 items; it must list each of the instrument's 1 item once."),
                ("$.columnOrders[0].items[1]", $"{P}: column order 'long' lists item 1 at column 2; it must list each item 1 to 1 once."),
            ],
            Problems(() => Build(items: Items(1), scores: [Total(1)], orders: [new ColumnOrder("long", [1, 1], "s")])));
    }

    [Fact]
    public void Parts_without_items_are_checked_without_item_ranges() =>
        Assert.Equal(
            [("$.items", $"{P} needs items.")],
            Problems(() => new Instrument(
                "test", "Test", "s", ResponseScale.ZeroToFour, null!, [Total(3)],
                stages: [new LowestRatedStage("low", "L", [5], "s")],
                companionQuestions: [new CompanionQuestion("help", "H", [7], "s")],
                columnOrders: [new ColumnOrder("mine", [9], "s")],
                resultColumns: [new ResultColumn("r", ResultValue.RiskFlag)])));

    [Fact]
    public void Parts_without_a_scale_are_checked_without_it() =>
        Assert.Equal(
            [("$.scale", $"{P} needs a response scale.")],
            Problems(() => new Instrument(
                "test", "Test", "s", null!, Items(2), [Total(2)],
                interpretation: new Interpretation("total", Bands(5, 26)),
                resultColumns: [new ResultColumn("p", ResultValue.AnswerProfile)])));

    [Fact]
    public void Severity_bands_are_not_compared_with_an_unusable_multiplier() =>
        Assert.Equal(
            [("$.clinicalMultiplier", $"{P}: the clinical multiplier must be a positive finite number; got NaN.")],
            Problems(() => Build(multiplier: double.NaN, interpretation: new Interpretation("total", Bands(5, 26)))));

    [Fact]
    public void A_score_without_an_id_is_reported_once() =>
        Assert.Equal(
            [("$.scores[1].id", $"{P}: a score needs an id.")],
            Problems(() => Build(scores: [Total(2), new ScoreDefinition(null!, "N", [1], 0, "s")])));

    [Fact]
    public void Default_code_and_reference_lists_are_read_as_empty_ones() =>
        Assert.Equal(2, Build(
            items: [new Item(1, "a") { Codes = default }, new Item(2, "b")],
            interpretation: new Interpretation("total") with { CutoffReferences = default }).Items.Length);

    [Fact]
    public void A_snomed_ct_code_without_its_code_is_reported_as_blank_only() =>
        AssertOne(
            () => Build(scores: [Total(2) with { Codes = [Code(null!, system: PublicCode.SnomedCt)] }]),
            "$.scores[0].codes[0].code",
            $"{P}: a code of score 'total' is blank.");

    [Fact]
    public void A_stage_code_must_stand_for_the_stage_value() =>
        AssertOne(
            () => Build(stages: [new LowestRatedStage("low", "L", [1], "s") { Codes = [Code("a", CodedValue.ClinicalScore), Code("b", CodedValue.StageValue)] }]),
            "$.stages[0].codes[0].value",
            $"{P}: code a of stage 'low' must stand for the stage's value.");

    [Fact]
    public void A_stage_without_id_name_or_source_gets_each_problem() =>
        Assert.Equal(
            [
                ("$.stages[0].id", $"{P}: a stage needs an id."),
                ("$.stages[0].name", $"{P}: stage '' needs a name."),
                ("$.stages[0].source", $"{P}: stage '' needs a source."),
            ],
            Problems(() => Build(stages: [new LowestRatedStage(null!, " ", [1], "")])));

    [Fact]
    public void A_companion_question_without_an_id_or_items_is_reported()
    {
        Assert.Equal(
            [("$.companionQuestions[0].id", $"{P}: companion question 1 needs an id.")],
            Problems(() => Build(questions: [new CompanionQuestion(null!, "Q", [1], "s")])));
        Assert.Equal(
            [("$.companionQuestions[0].items", $"{P}: companion question 'q' follows no items.")],
            Problems(() => Build(
                questions: [new CompanionQuestion("q", "Q", [1], "s") with { Items = default }],
                stages: [new CompanionCountStage("need", "N", "q", [1], "s")])));
    }

    [Fact]
    public void A_companion_count_stage_reads_the_first_question_of_its_id() =>
        Assert.Equal(
            [
                ("$.companionQuestions[1].id", $"{P}: companion question 'q' is defined more than once (ids are case-insensitive, as they name columns)."),
                ("$.stages[0].items[0]", $"{P}: stage 'need' counts the 'q' answer after item 2, but that question is not asked after item 2."),
            ],
            Problems(() => Build(
                questions: [new CompanionQuestion("q", "Q", [1], "s"), new CompanionQuestion("q", "Q", [1, 2], "s")],
                stages: [new CompanionCountStage("need", "N", "q", [2], "s")])));

    [Fact]
    public void A_column_order_without_a_name_or_items_is_reported()
    {
        Assert.Equal(
            [("$.columnOrders[0].name", $"{P}: column order 1 needs a name of letters, digits and '-'; got ''.")],
            Problems(() => Build(orders: [new ColumnOrder(null!, [1, 2], "s")])));
        Assert.Single(Build(orders: [new ColumnOrder("none", [1, 2], "s") with { Items = default }]).ColumnOrders);
    }

    [Fact]
    public void A_result_column_without_a_name_is_reported_once() =>
        AssertOne(() => Build(columns: [new ResultColumn(null!, ResultValue.ItemsAnswered)]), "$.resultColumns[0].name", $"{P}: result column 1 needs a name.");

    [Theory]
    [InlineData(ResultValue.Mean)]
    [InlineData(ResultValue.ClinicalScore)]
    [InlineData(ResultValue.ScoreItemsAnswered)]
    [InlineData(ResultValue.ScoreItemsNotApplicable)]
    [InlineData(ResultValue.MaximumPossible)]
    public void A_column_about_one_score_needs_its_id(ResultValue value) =>
        AssertOne(() => Build(columns: [new ResultColumn("c", value)]), "$.resultColumns[0].score", $"{P}: result column 'c' needs the id of the score it is about.");

    [Theory]
    [InlineData(ResultValue.ItemsAnswered)]
    [InlineData(ResultValue.RiskFlag)]
    [InlineData(ResultValue.AnswerProfile)]
    public void A_column_not_about_one_score_takes_none(ResultValue value) =>
        Assert.Contains(("$.resultColumns[0].score", $"{P}: result column 'c' is not about one score; leave its score out."), Problems(() => Build(columns: [new ResultColumn("c", value, "total")])));

    [Fact]
    public void No_scores_is_refused() => AssertOne(() => Build(scores: []), "$.scores", $"{P} has no scores.");

    [Fact]
    public void A_null_score_is_reported_and_the_next_score_still_checked() =>
        Assert.Equal(
            [("$.scores[0]", $"{P}: a score is null."), ("$.scores[1].name", $"{P}: score 'b' needs a name.")],
            Problems(() => Build(scores: [null!, new ScoreDefinition("b", " ", [1], 0, "s")], interpretation: new Interpretation("b"), columns: [new ResultColumn("m", ResultValue.Mean, "b")])));

    [Fact]
    public void A_score_without_id_name_source_or_items_gets_each_problem() =>
        Assert.Equal(
            [
                ("$.scores[1].id", $"{P}: a score needs an id."),
                ("$.scores[1].name", $"{P}: score '' needs a name."),
                ("$.scores[1].source", $"{P}: score '' needs a source for its missing-item rule."),
                ("$.scores[1].items", $"{P}: score '' has no items."),
            ],
            Problems(() => Build(scores: [Total(2), new ScoreDefinition("", "", [], 0, "")])));

    [Fact]
    public void A_repeated_score_id_is_refused() =>
        AssertOne(() => Build(scores: [Total(2), Total(1)]), "$.scores[1].id", $"{P}: score 'total' is defined more than once.");

    [Fact]
    public void Score_items_outside_the_instrument_and_repeated_are_each_reported() =>
        Assert.Equal(
            [
                ("$.scores[0].items[0]", $"{P}: score 'total' refers to item 0, but the instrument has items 1 to 2."),
                ("$.scores[0].items[3]", $"{P}: score 'total' refers to item 3, but the instrument has items 1 to 2."),
                ("$.scores[0].items[4]", $"{P}: score 'total' lists item 2 more than once."),
            ],
            Problems(() => Build(scores: [new ScoreDefinition("total", "Total", [0, 1, 2, 3, 2], 0, "s")])));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_missing_item_limit_must_leave_one_item(int maximumMissing) =>
        AssertOne(
            () => Build(items: Items(3), scores: [Total(3, maximumMissing)]),
            "$.scores[0].maximumMissing",
            $"{P}: score 'total' allows {maximumMissing} missing items, but it has 3; the limit must be between 0 and 2 so that at least one answered item is needed.");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_missing_item_limit_from_zero_to_one_below_the_item_count_is_accepted(int maximumMissing) =>
        Assert.Equal(maximumMissing, Build(items: Items(3), scores: [Total(3, maximumMissing)]).Scores[0].MaximumMissing);

    [Theory]
    [InlineData(true, false, "leaves out")]
    [InlineData(false, true, "counts")]
    public void A_score_reading_not_applicable_answers_may_have_at_most_255_items(bool excludes, bool counts, string verb)
    {
        ScoreDefinition score = Total(256) with { ExcludesNotApplicable = excludes, CountsNotApplicable = counts };
        AssertOne(
            () => Build(items: Items(256), scores: [score]),
            "$.scores[0].notApplicable",
            $"{P}: score 'total' {verb} not-applicable answers, so it may have at most 255 items; it has 256.");
        ScoreDefinition fits = Total(255) with { ExcludesNotApplicable = excludes, CountsNotApplicable = counts };
        Assert.Equal(255, Build(items: Items(256), scores: [fits]).Scores[0].Items.Length);
        Assert.Equal(256, Build(items: Items(256), scores: [Total(256)]).Scores[0].Items.Length);
    }

    [Fact]
    public void A_score_cannot_both_leave_out_and_count_not_applicable_answers() =>
        AssertOne(
            () => Build(scores: [Total(2) with { ExcludesNotApplicable = true, CountsNotApplicable = true }]),
            "$.scores[0].notApplicable",
            $"{P}: score 'total' both leaves out not-applicable answers and counts them as not answered; choose one.");

    [Fact]
    public void An_unknown_aggregate_is_refused() =>
        AssertOne(
            () => Build(scores: [Total(2) with { Aggregate = (ScoreAggregate)9 }]),
            "$.scores[0].aggregate",
            $"{P}: score 'total' has aggregate 9, which is not Mean, Sum or ProratedSum.");

    private static PublicCode Code(string code, CodedValue value = CodedValue.ClinicalScore, string system = "http://example.org/codes", string source = "s") =>
        new(system, code, value, source);

    [Fact]
    public void Each_broken_rule_of_a_score_code_is_reported_with_its_path() =>
        Assert.Equal(
            [
                ("$.scores[0].codes[0]", $"{P}: a code of score 'total' is null."),
                ("$.scores[0].codes[1].system", $"{P}: the code system of score 'total' must be an absolute URI (for example http://snomed.info/sct); got 'codes'."),
                ("$.scores[0].codes[2].code", $"{P}: a code of score 'total' is blank."),
                ("$.scores[0].codes[2].source", $"{P}: code  of score 'total' needs a source."),
                ("$.scores[0].codes[4].code", $"{P}: score 'total' lists code b more than once."),
                ("$.scores[0].codes[5].value", $"{P}: code c of score 'total' stands for unknown value 99."),
                ("$.scores[0].codes[6].value", $"{P}: code d of score 'total' stands for an item's answer or a stage's value; a score's code stands for its clinical score, mean or item sum."),
                ("$.scores[0].codes[7].value", $"{P}: code e of score 'total' stands for an item's answer or a stage's value; a score's code stands for its clinical score, mean or item sum."),
            ],
            Problems(() => Build(scores: [Total(2) with
            {
                Codes =
                [
                    null!, Code("a", system: "codes"), Code("", source: ""), Code("b"), Code("b"), Code("c", (CodedValue)99),
                    Code("d", CodedValue.Answer), Code("e", CodedValue.StageValue), Code("f", CodedValue.Mean), Code("g", CodedValue.ItemSum),
                ],
            }])));

    [Fact]
    public void The_same_code_in_another_system_is_not_a_repeat() =>
        Assert.Equal(2, Build(scores: [Total(2) with { Codes = [Code("a"), Code("a", system: "http://example.org/other")] }]).Scores[0].Codes.Length);

    [Fact]
    public void An_item_code_must_stand_for_the_answer() =>
        AssertOne(
            () => Build(items: [new Item(1, "a") { Codes = [Code("a", CodedValue.ClinicalScore)] }, new Item(2, "b") { Codes = [Code("b", CodedValue.Answer)] }]),
            "$.items[0].codes[0].value",
            $"{P}: code a of item 1 must stand for the item's answer.");

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567890123456789")]
    [InlineData("718583009")]
    [InlineData("7185830O8")]
    public void A_snomed_ct_code_that_is_not_an_identifier_is_refused(string code) =>
        AssertOne(
            () => Build(scores: [Total(2) with { Codes = [Code(code, system: PublicCode.SnomedCt)] }]),
            "$.scores[0].codes[0].code",
            $"{P}: '{code}' of score 'total' is not a SNOMED CT identifier: it must be 6 to 18 digits ending in their Verhoeff check digit (a spreadsheet that rounded it to 15 significant digits breaks the check).");

    [Theory]
    [InlineData(6)]
    [InlineData(18)]
    public void A_snomed_ct_identifier_of_6_or_18_digits_is_accepted(int length)
    {
        string code = WithCheckDigit(new string('1', length - 1));
        Assert.Equal(code, Build(scores: [Total(2) with { Codes = [Code(code, system: PublicCode.SnomedCt)] }]).Scores[0].Codes[0].Code);
    }

    [Fact]
    public void A_code_in_another_system_is_not_held_to_the_snomed_ct_form() =>
        Assert.Equal("1", Build(scores: [Total(2) with { Codes = [Code("1")] }]).Scores[0].Codes[0].Code);

    private static string WithCheckDigit(string digits) =>
        Enumerable.Range(0, 10).Select(d => digits + d).Single(Verhoeff.IsValid);

    [Fact]
    public void Each_broken_rule_of_companion_questions_is_reported() =>
        Assert.Equal(
            [
                ("$.companionQuestions[0]", $"{P}: companion question 1 is null."),
                ("$.companionQuestions[1].id", $"{P}: companion question 2 needs an id."),
                ("$.companionQuestions[1].name", $"{P}: companion question '' needs a name."),
                ("$.companionQuestions[1].source", $"{P}: companion question '' needs a source."),
                ("$.companionQuestions[1].items", $"{P}: companion question '' follows no items."),
                ("$.companionQuestions[3].id", $"{P}: companion question 'HELP' is defined more than once (ids are case-insensitive, as they name columns)."),
                ("$.companionQuestions[4].id", $"{P}: companion question 'a b' names its columns ('a b1', ...), so its id must be letters, digits, '-' or '_' and not 'item'."),
                ("$.companionQuestions[5].id", $"{P}: companion question 'Item' names its columns ('Item1', ...), so its id must be letters, digits, '-' or '_' and not 'item'."),
                ("$.companionQuestions[6].items[0]", $"{P}: companion question 'c' follows item 0, but the instrument has items 1 to 2."),
                ("$.companionQuestions[6].items[2]", $"{P}: companion question 'c' follows item 3, but the instrument has items 1 to 2."),
                ("$.companionQuestions[6].items[3]", $"{P}: companion question 'c' lists item 2 out of order or twice; list its items once each, in ascending order."),
                ("$.companionQuestions[8].items[1]", $"{P}: companion question 'd' lists item 1 out of order or twice; list its items once each, in ascending order."),
            ],
            Problems(() => Build(questions:
            [
                null!, new CompanionQuestion("", "", [], ""), new CompanionQuestion("help", "H", [1, 2], "s"), new CompanionQuestion("HELP", "H", [1], "s"),
                new CompanionQuestion("a b", "A", [1], "s"), new CompanionQuestion("Item", "I", [1], "s"), new CompanionQuestion("c", "C", [0, 2, 3, 2], "s"),
                new CompanionQuestion("ok-1_x", "O", [1, 2], "s"), new CompanionQuestion("d", "D", [1, 1], "s"),
            ])));

    [Fact]
    public void A_companion_question_may_follow_32_items_but_not_33()
    {
        Assert.Equal(32, Build(items: Items(33), scores: [Total(1)], questions: [new CompanionQuestion("q", "Q", Enumerable.Range(1, 32), "s")]).CompanionAnswerCount);
        AssertOne(
            () => Build(items: Items(33), scores: [Total(1)], questions: [new CompanionQuestion("q", "Q", Enumerable.Range(1, 33), "s")]),
            "$.companionQuestions[0].items",
            $"{P}: companion question 'q' follows 33 items; at most 32 are allowed.");
    }

    [Fact]
    public void Each_broken_rule_of_column_orders_is_reported() =>
        Assert.Equal(
            [
                ("$.columnOrders[0]", $"{P}: column order 1 is null."),
                ("$.columnOrders[1].name", $"{P}: column order 2 needs a name of letters, digits and '-'; got ''."),
                ("$.columnOrders[1].source", $"{P}: column order '' needs a source."),
                ("$.columnOrders[2].name", $"{P}: column order 3 needs a name of letters, digits and '-'; got 'a_b'."),
                ("$.columnOrders[4].name", $"{P}: column order 'MHSDS' is defined more than once (names are case-insensitive)."),
                ("$.columnOrders[5].items", $"{P}: column order 'short' lists 1 item; it must list each of the instrument's 2 items once."),
                ("$.columnOrders[6].items[0]", $"{P}: column order 'c' lists item 0 at column 1; it must list each item 1 to 2 once."),
                ("$.columnOrders[7].items[1]", $"{P}: column order 'd' lists item 1 at column 2; it must list each item 1 to 2 once."),
                ("$.columnOrders[8].items[0]", $"{P}: column order 'e' lists item 3 at column 1; it must list each item 1 to 2 once."),
            ],
            Problems(() => Build(orders:
            [
                null!, new ColumnOrder("", [1, 2], ""), new ColumnOrder("a_b", [2, 1], "s"), new ColumnOrder("mhsds", [1, 2], "s"), new ColumnOrder("MHSDS", [2, 1], "s"),
                new ColumnOrder("short", [1], "s"), new ColumnOrder("c", [0, 1], "s"), new ColumnOrder("d", [1, 1], "s"), new ColumnOrder("e", [3, 2], "s"), new ColumnOrder("dialog-plus", [2, 1], "s"),
            ])));

    [Fact]
    public void Each_broken_rule_of_a_stage_is_reported() =>
        Assert.Equal(
            [
                ("$.stages[0]", $"{P}: a stage is null."),
                ("$.stages[2].id", $"{P}: stage 'low' is defined more than once."),
                ("$.stages[3].id", $"{P}: stage 'total' has the id of a score; scores and stages are named alike in result columns and codes, so a stage needs its own id."),
                ("$.stages[4]", $"{P}: stage 'far' reads item 0, but the instrument has items 1 to 2."),
                ("$.stages[4]", $"{P}: stage 'far' reads item 3, but the instrument has items 1 to 2."),
                ("$.stages[4]", $"{P}: stage 'far' reads item 1 more than once."),
            ],
            Problems(() => Build(scores: [Total(2), new ScoreDefinition("other", "O", [1], 0, "s")], stages:
            [
                null!, new LowestRatedStage("low", "L", [1, 2], "s"), new LowestRatedStage("low", "L", [1], "s"), new LowestRatedStage("total", "T", [1], "s"),
                new LowestRatedStage("far", "F", [0, 1, 3, 1], "s"),
            ])));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_stage_cannot_read_an_item_with_points(int withPoints) =>
        AssertOne(
            () => Build(items: [.. Items(2).Select(i => i.Number == withPoints ? i with { Points = [0, 1, 2, 3, 4] } : i)], stages: [new LowestRatedStage("low", "L", [1, 2], "s")]),
            "$.stages[0]",
            $"{P}: stage 'low' reads item {withPoints}, which has points; a stage reads keyed answers, so the items it reads cannot have points.");

    [Fact]
    public void Stages_may_read_as_many_items_as_a_result_has_lanes_left()
    {
        // 28 lanes, 4 fixed, 2 per score: with one score a result holds 22 stage answers.
        Assert.Single(Build(items: Items(22), scores: [Total(1)], stages: [new LowestRatedStage("low", "L", Enumerable.Range(1, 22), "s")]).Stages);
        AssertOne(
            () => Build(items: Items(23), scores: [Total(1)], stages: [new LowestRatedStage("low", "L", Enumerable.Range(1, 23), "s")]),
            "$.stages",
            $"{P}: its stages read 23 different items; with one score a result holds at most 22.");
    }

    [Fact]
    public void Companion_answers_count_toward_the_stage_room()
    {
        CompanionQuestion question = new("help", "H", Enumerable.Range(1, 12), "s");
        AssertOne(
            () => Build(
                items: Items(12), scores: [Total(1), new ScoreDefinition("b", "B", [1], 0, "s")], questions: [question],
                stages: [new LowestRatedStage("low", "L", Enumerable.Range(1, 9), "s"), new CompanionCountStage("need", "N", "help", Enumerable.Range(1, 12), "s")]),
            "$.stages",
            $"{P}: its stages read 9 different items and 12 companion answers; with two scores a result holds at most 20.");
        Assert.Equal(2, Build(
            items: Items(12), scores: [Total(1), new ScoreDefinition("b", "B", [1], 0, "s")], questions: [question],
            stages: [new LowestRatedStage("low", "L", Enumerable.Range(1, 8), "s"), new CompanionCountStage("need", "N", "help", Enumerable.Range(1, 12), "s")]).Stages.Length);
    }

    [Fact]
    public void A_companion_count_stage_names_a_defined_question_and_its_items()
    {
        Assert.Equal(
            [("$.stages[0].question", $"{P}: stage 'need' counts the companion question 'other', which the instrument does not define; it has help, more.")],
            Problems(() => Build(
                questions: [new CompanionQuestion("help", "H", [1], "s"), new CompanionQuestion("more", "M", [1], "s")],
                stages: [new CompanionCountStage("need", "N", "other", [1], "s")])));
        Assert.Equal(
            [("$.stages[0].question", $"{P}: stage 'need' counts the companion question 'other', which the instrument does not define.")],
            Problems(() => Build(stages: [new CompanionCountStage("need", "N", "other", [1], "s")])));
        Assert.Equal(
            [("$.stages[0].items[1]", $"{P}: stage 'need' counts the 'help' answer after item 2, but that question is not asked after item 2.")],
            Problems(() => Build(questions: [new CompanionQuestion("help", "H", [1], "s")], stages: [new CompanionCountStage("need", "N", "help", [1, 2], "s")])));
    }

    [Fact]
    public void A_companion_count_stage_may_read_an_item_with_points() =>
        Assert.Single(Build(
            items: [new Item(1, "a") { Points = [0, 1, 2, 3, 4] }, new Item(2, "b")],
            questions: [new CompanionQuestion("help", "H", [1], "s")],
            stages: [new CompanionCountStage("need", "N", "help", [1], "s")]).Stages);

    [Fact]
    public void Each_broken_rule_of_result_columns_is_reported()
    {
        Assert.Equal(
            [
                ("$.resultColumns[0]", $"{P}: result column 1 is null."),
                ("$.resultColumns[1].name", $"{P}: result column 2 needs a name."),
                ("$.resultColumns[3].name", $"{P}: result column 'A' appears more than once (names are case-insensitive)."),
                ("$.resultColumns[4].value", $"{P}: result column 'u' has unknown value 99."),
                ("$.resultColumns[5].score", $"{P}: result column 'm' needs the id of the score it is about."),
                ("$.resultColumns[6].score", $"{P}: result column 'n' is not about one score; leave its score out."),
                ("$.resultColumns[7].score", $"{P}: result column 'x' is about score 'other', which it does not have."),
                ("$.resultColumns[8].value", $"{P}: result column 'b' gives a band, but the instrument has no severity bands."),
                ("$.resultColumns[9].value", $"{P}: result column 'r' gives the risk flag, but the instrument has no risk item."),
                ("$.resultColumns[10].value", $"{P}: result column 'c' compares with a cut-off, but the instrument has no cut-off table."),
                ("$.resultColumns[11].value", $"{P}: result column 'i' compares with a cut-off, but the instrument has no cut-off table."),
                ("$.resultColumns[12].stage", $"{P}: result column 's' is not a stage output; leave its stage and output out."),
                ("$.resultColumns[13].stage", $"{P}: result column 'o' is not a stage output; leave its stage and output out."),
            ],
            Problems(() => Build(columns:
            [
                null!, new ResultColumn(" ", ResultValue.ItemsAnswered), new ResultColumn("a", ResultValue.ItemsAnswered), new ResultColumn("A", ResultValue.ItemsAnswered),
                new ResultColumn("u", (ResultValue)99), new ResultColumn("m", ResultValue.Mean), new ResultColumn("n", ResultValue.ItemsAnswered, "total"),
                new ResultColumn("x", ResultValue.ClinicalScore, "other"), new ResultColumn("b", ResultValue.Band), new ResultColumn("r", ResultValue.RiskFlag),
                new ResultColumn("c", ResultValue.ClinicalCutoff, "total"), new ResultColumn("i", ResultValue.InClinicalRange),
                new ResultColumn("s", ResultValue.ItemsAnswered, Stage: "low"), new ResultColumn("o", ResultValue.Mean, "total", Output: "lowest"),
                new ResultColumn("ok", ResultValue.MaximumPossible, "total"),
            ])));
    }

    [Fact]
    public void The_result_table_needs_a_column() =>
        AssertOne(() => Build(columns: []), "$.resultColumns", $"{P}: the result table needs at least one column.");

    [Theory]
    [InlineData(0, 9, true)]
    [InlineData(1, 9, true)]
    [InlineData(-1, 4, false)]
    [InlineData(0, 10, false)]
    public void An_answer_profile_needs_a_scale_of_single_digits(int minimum, int maximum, bool accepted)
    {
        Instrument Make() => Build(scale: new ResponseScale(minimum, maximum), columns: [new ResultColumn("p", ResultValue.AnswerProfile)]);
        if (accepted)
        {
            Assert.Equal(maximum, Make().Scale.Maximum);
        }
        else
        {
            AssertOne(Make, "$.resultColumns[0].value", $"{P}: result column 'p' writes each answer as one digit, but the scale runs {minimum}-{maximum}; it must lie within 0-9.");
        }
    }

    [Fact]
    public void Stage_columns_name_a_stage_it_has_and_one_of_its_outputs() =>
        Assert.Equal(
            [
                ("$.stages[0]", $"{P}: a stage is null."),
                ("$.resultColumns[0].stage", $"{P}: result column 'a' is about stage 'none', which it does not have."),
                ("$.resultColumns[1].output", $"{P}: result column 'b' holds the id of stage 'low', not an output; leave its output out."),
                ("$.resultColumns[2].output", $"{P}: result column 'c' holds output 'best' of stage 'low', which gives lowest, count, answered."),
                ("$.resultColumns[3].output", $"{P}: result column 'd' holds output '' of stage 'low', which gives lowest, count, answered."),
            ],
            Problems(() => Build(
                stages: [null!, new LowestRatedStage("low", "L", [1, 2], "s")],
                columns:
                [
                    new ResultColumn("a", ResultValue.StageOutput, Stage: "none", Output: "lowest"), new ResultColumn("b", ResultValue.StageId, Stage: "low", Output: "lowest"),
                    new ResultColumn("c", ResultValue.StageOutput, Stage: "low", Output: "best"), new ResultColumn("d", ResultValue.StageOutput, Stage: "low"),
                    new ResultColumn("e", ResultValue.StageOutput, Stage: "low", Output: "count"), new ResultColumn("g", ResultValue.StageOutput, Stage: "low", Output: "lowest"), new ResultColumn("f", ResultValue.StageId, Stage: "low"),
                ])));

    [Fact]
    public void Columns_with_what_they_need_are_accepted()
    {
        var interpretation = new Interpretation(
            "total",
            new SeverityBanding("B", "total", [new SeverityBand("low", "Low", 0, 5)], "s"),
            [new CutoffReference("r", "R", [new CutoffEntry("total", 1)], "s")]);
        Instrument instrument = Build(
            items: [new Item(1, "a"), new Item(2, "b", IsRisk: true)],
            scores: [Total(2), new ScoreDefinition("other", "O", [1], 0, "s")],
            interpretation: interpretation,
            columns:
            [
                new ResultColumn("b", ResultValue.Band), new ResultColumn("r", ResultValue.RiskFlag), new ResultColumn("c", ResultValue.ClinicalCutoff, "total"),
                new ResultColumn("i", ResultValue.InClinicalRange), new ResultColumn("p", ResultValue.AnswerProfile),
                new ResultColumn("o", ResultValue.ClinicalScore, "other"), new ResultColumn("t", ResultValue.InClinicalRange, "total"),
            ]);
        Assert.Equal(7, instrument.ResultColumns.Length);
    }

    private static SeverityBanding Bands(double lower, double upper, string score = "total") =>
        new("B", score, [new SeverityBand("low", "Low", lower, 20), new SeverityBand("high", "High", 20, upper)], "s");

    [Theory]
    [InlineData(10.0, 50.001)]
    [InlineData(-1.0, 51)]
    public void Severity_bands_covering_every_clinical_score_are_accepted(double lower, double upper) =>
        Assert.Equal(upper, Build(scale: new ResponseScale(1, 5), multiplier: 10, interpretation: new Interpretation("total", Bands(lower, upper))).Interpretation.SeverityBands!.Bands[1].UpperBound);

    [Theory]
    [InlineData(10.5, 51, "10.5", "51")]
    [InlineData(10, 50, "10", "50")]
    public void Severity_bands_leaving_out_a_clinical_score_are_refused(double lower, double upper, string shownLower, string shownUpper) =>
        AssertOne(
            () => Build(scale: new ResponseScale(1, 5), multiplier: 10, interpretation: new Interpretation("total", Bands(lower, upper))),
            "$.interpretation.severityBands.bands",
            $"{P}: severity bands 'B' cover {shownLower} to {shownUpper}, but clinical scores run from 10 to 50 inclusive.");

    [Fact]
    public void Interpretation_parts_about_scores_it_does_not_have_are_each_reported() =>
        Assert.Equal(
            [
                ("$.interpretation.primaryScore", $"{P}: the primary score 'main' is not one of its scores."),
                ("$.interpretation.severityBands.score", $"{P}: severity bands 'B' apply to score 'other', which it does not have."),
                ("$.interpretation.cutoffReferences[0]", $"{P}: a cut-off reference is null."),
                ("$.interpretation.cutoffReferences[1].entries[1].score", $"{P}: cut-off reference 'r' gives a cut-off for score 'gone', which it does not have."),
                ("$.interpretation.cutoffReferences[2].id", $"{P}: cut-off reference id 'R' is used more than once."),
                ("$.interpretation.cutoffReferences[2].withheld[0].score", $"{P}: cut-off reference 'R' withholds a cut-off for score 'gone', which it does not have."),
                ("$.interpretation.reliableChange.clinicalPoints", $"{P}: the reliable change threshold must be a positive number of points; got 0."),
            ],
            Problems(() => Build(interpretation: new Interpretation(
                "main",
                Bands(0, 25, "other"),
                [
                    null!, new CutoffReference("r", "R", [new CutoffEntry("total", 1), new CutoffEntry("gone", 1)], "s"),
                    new CutoffReference("R", "R", [new CutoffEntry("total", 1)], "s", [new WithheldCutoff("gone", "why")]),
                ],
                new ReliableChangeThreshold(0, null, "s")))));

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(-2, "-2")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void A_reliable_change_threshold_must_be_positive_and_finite(double points, string shown) =>
        AssertOne(
            () => Build(interpretation: new Interpretation("total", reliableChange: new ReliableChangeThreshold(points, null, "s"))),
            "$.interpretation.reliableChange.clinicalPoints",
            $"{P}: the reliable change threshold must be a positive number of points; got {shown}.");

    [Fact]
    public void A_tiny_positive_reliable_change_threshold_is_accepted() =>
        Assert.Equal(double.Epsilon, Build(interpretation: new Interpretation("total", reliableChange: new ReliableChangeThreshold(double.Epsilon, null, "s"))).Interpretation.ReliableChange!.ClinicalPoints);

    [Fact]
    public void A_built_in_file_that_is_missing_is_named() =>
        Assert.Equal(
            "'nothing.json' of the built-in definitions is missing from the OutcomeScoring assembly.",
            Assert.Throws<InvalidOperationException>(() => BuiltInDefinitions.Open("nothing.json")).Message);

    [Fact]
    public void A_built_in_is_loaded_by_its_id_from_its_file()
    {
        Instrument loaded = BuiltInDefinitions.Load("core-10");
        using var reader = new StreamReader(BuiltInDefinitions.Open("core-10.json"));
        Assert.Equal(reader.ReadToEnd(), loaded.ToJson() + "\n");
        Assert.Equal("core-10", loaded.Id);
    }
}
