using System.Text;
using System.Text.Json;
using OutcomeScoring.Engine;

namespace OutcomeScoring.Tests.Engine;

/// <summary>
/// The JSON reader and writer of a definition rule by rule: every field read into its property and written back exactly
/// when it is set, every problem with its whole message and path, every numeric check at its boundary, and the layout.
/// </summary>
public sealed class InstrumentJsonReaderTests
{
    private static string Minimal(string items = """[{ "number": 1, "topic": "a" }, { "number": 2, "topic": "b" }]""", string scores = """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s" }]""", string extra = "", string scale = """{ "minimum": 0, "maximum": 3 }""") =>
        $$"""{ "id": "demo", "name": "Demo", "source": "made up", "scale": {{scale}}, "items": {{items}}, "scores": {{scores}}{{extra}} }""";

    private static (string Path, string Message)[] Problems(string json) =>
        [.. Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json)).Problems.Select(p => (p.Path, p.Message))];

    private static (string Path, string Message) Problem(string json) => Assert.Single(Problems(json));

    /// <summary>The members of an object in the written JSON, each with its value's text as written.</summary>
    private static string[] Written(Instrument instrument, string part, int index)
    {
        using JsonDocument document = JsonDocument.Parse(instrument.ToJson());
        return [.. document.RootElement.GetProperty(part)[index].EnumerateObject().Select(p => $"{p.Name}={JsonSerializer.Serialize(p.Value)}")];
    }

    [Fact]
    public void The_reader_refuses_null_text_and_a_null_stream_and_the_writer_a_null_stream()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => Instrument.FromJson((string)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => Instrument.FromJson((Stream)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => Instrument.FromJson(Minimal()).WriteJson(null!)).ParamName);
    }

    [Fact]
    public void Text_that_is_not_json_names_the_line_and_position_counted_from_one()
    {
        (string path, string message) = Problem("{\n  \"id\": }");
        Assert.Equal("$", path);
        Assert.StartsWith("The text is not valid JSON at line 2, position 9: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_of_text_that_is_not_json_starts_with_its_path()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson("{\n  \"id\": }"));
        Assert.StartsWith("$: The text is not valid JSON at line 2, position 9: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s" }, 3]""", "", "$.scores[1]", "3")]
    [InlineData("""[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s" }]""", """, "resultColumns": [true]""", "$.resultColumns[0]", "true")]
    [InlineData("""[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s" }]""", """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": ["e"] }] }""", "$.interpretation.cutoffReferences[0].entries[0]", "\"e\"")]
    [InlineData("""[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s" }]""", """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1 }], "withheld": [[]] }] }""", "$.interpretation.cutoffReferences[0].withheld[0]", "[]")]
    public void A_score_column_cutoff_entry_or_withheld_cutoff_that_is_not_an_object_is_refused_at_its_position(string scores, string extra, string path, string got) =>
        Assert.Equal((path, $"must be an object; got {got}."), Problem(Minimal(scores: scores, extra: extra)));

    [Fact]
    public void A_definition_without_an_id_names_the_instrument_as_blank_in_its_other_problems()
    {
        string json = Minimal(scores: """[{ "id": "total", "name": "Total", "items": [1, 9], "maximumMissing": 0, "source": "s" }]""").Replace("\"id\": \"demo\", ", "", StringComparison.Ordinal);
        (string Path, string Message)[] problems = Problems(json);
        Assert.Equal(("$.id", "\"id\" is missing."), problems[0]);
        Assert.Contains(problems, p => p.Message.StartsWith("Instrument '': score 'total' refers to item 9", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_is_written_as_the_utf8_of_the_text_with_characters_unescaped()
    {
        Instrument instrument = Instrument.FromJson(Minimal(items: """[{ "number": 1, "topic": "café & <b>" }, { "number": 2, "topic": "b" }]"""));
        using var stream = new MemoryStream();
        instrument.WriteJson(stream);
        Assert.Equal(Encoding.UTF8.GetBytes(instrument.ToJson()), stream.ToArray());
        Assert.Contains("\"topic\": \"café & <b>\"", instrument.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scale_needs_maximum_above_minimum_at_the_boundary()
    {
        Assert.Equal(
            ("$.scale.maximum", "A response scale needs maximum > minimum; got minimum 2, maximum 2."),
            Problem(Minimal(scale: """{ "minimum": 2, "maximum": 2 }""")));
        Assert.Equal(
            ("$.scale.maximum", "A response scale needs maximum > minimum; got minimum 2, maximum 1."),
            Problem(Minimal(scale: """{ "minimum": 2, "maximum": 1 }""")));
        Instrument instrument = Instrument.FromJson(Minimal(scale: """{ "minimum": 2, "maximum": 3, "notApplicable": 9 }"""));
        Assert.Equal((2, 3, (int?)9), (instrument.Scale.Minimum, instrument.Scale.Maximum, instrument.Scale.NotApplicableAnswer));
        Assert.Contains("\"scale\": { \"minimum\": 2, \"maximum\": 3, \"notApplicable\": 9 },", instrument.ToJson(), StringComparison.Ordinal);
        Assert.Null(Instrument.FromJson(Minimal()).Scale.NotApplicableAnswer);
    }

    [Fact]
    public void A_scale_missing_a_bound_or_not_an_object_is_reported_alone()
    {
        Assert.Equal(("$.scale.minimum", "\"minimum\" is missing."), Problem(Minimal(scale: """{ "maximum": 3 }""")));
        Assert.Equal(("$.scale.maximum", "\"maximum\" is missing."), Problem(Minimal(scale: """{ "minimum": 0 }""")));
        Assert.Equal(("$.scale", "must be an object; got 4."), Problem(Minimal(scale: "4")));
        Assert.Equal(("$.scale", "\"scale\" is missing."), Problem(Minimal(scale: "null")));
        Assert.Equal(("$.scale.notApplicable", "must be a whole number; got \"x\"."), Problem(Minimal(scale: """{ "minimum": 0, "maximum": 3, "notApplicable": "x" }""")));
    }

    [Fact]
    public void Required_parts_missing_are_each_named()
    {
        string json = """{ "scale": { "minimum": 0, "maximum": 3 } }""";
        Assert.Equal(
            [
                ("$.id", "\"id\" is missing."), ("$.name", "\"name\" is missing."), ("$.source", "\"source\" is missing."),
                ("$.items", "\"items\" is missing."), ("$.scores", "\"scores\" is missing."),
            ],
            Problems(json));
    }

    [Fact]
    public void Every_kind_of_value_of_the_wrong_type_is_named_with_its_whole_message()
    {
        string json = Minimal(
            items: """[{ "number": 2147483648, "topic": 5, "risk": 1, "allowsNotApplicable": "yes", "points": 3 }, 7]""",
            scores: """{ "id": "total" }""",
            extra: """, "clinicalMultiplier": "ten", "columnOrders": {}, "interpretation": [1]""");
        Assert.Equal(
            [
                ("$.clinicalMultiplier", "must be a finite number; got \"ten\"."),
                ("$.items[0].number", "must be a whole number; got 2147483648."),
                ("$.items[0].topic", "must be a non-empty string; got 5."),
                ("$.items[0].risk", "must be true or false; got 1."),
                ("$.items[0].allowsNotApplicable", "must be true or false; got \"yes\"."),
                ("$.items[0].points", "must be an array; got 3."),
                ("$.items[1]", "must be an object; got 7."),
                ("$.columnOrders", "must be an array; got {}."),
                ("$.scores", "must be an array; got { \"id\": \"total\" }."),
                ("$.interpretation", "must be an object; got [1]."),
            ],
            Problems(json));
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_not_finite()
    {
        Assert.Equal(("$.clinicalMultiplier", "must be a finite number; got 1e400."), Problem(Minimal(extra: """, "clinicalMultiplier": 1e400""")));
        Assert.Equal(2.5, Instrument.FromJson(Minimal(extra: """, "clinicalMultiplier": 2.5""")).ClinicalMultiplier);
    }

    public static TheoryData<string, string, string> UnknownProperties => new()
    {
        { Minimal(extra: """, "x": 1"""), "$.x", "$schema, id, name, source, scale, clinicalMultiplier, direction, items, companionQuestions, columnOrders, scores, interpretation, resultColumns, stages" },
        { Minimal(scale: """{ "minimum": 0, "maximum": 3, "x": 1 }"""), "$.scale.x", "minimum, maximum, notApplicable" },
        { Minimal(items: """[{ "number": 1, "topic": "a", "x": 1 }, { "number": 2, "topic": "b" }]"""), "$.items[0].x", "number, topic, keying, risk, allowsNotApplicable, points, codes" },
        { Minimal(scores: """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s", "codes": [{ "system": "http://loinc.org", "code": "c", "value": "clinical", "source": "s", "x": 1 }] }]"""), "$.scores[0].codes[0].x", "system, code, value, source" },
        { Minimal(extra: """, "interpretation": { "x": 1 }"""), "$.interpretation.x", "primaryScore, severityBands, cutoffReferences, reliableChange" },
        { Minimal(extra: """, "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "x": 1, "bands": [{ "code": "a", "label": "A" }] } }"""), "$.interpretation.severityBands.x", "name, score, source, caveat, bands" },
        { Minimal(extra: """, "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "code": "a", "label": "A", "x": 1 }] } }"""), "$.interpretation.severityBands.bands[0].x", "code, label, lower, upper" },
        { Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "x": 1, "entries": [{ "score": "total", "meanCutoff": 1 }] }] }"""), "$.interpretation.cutoffReferences[0].x", "id, name, source, entries, withheld" },
        { Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1, "x": 1 }] }] }"""), "$.interpretation.cutoffReferences[0].entries[0].x", "score, meanCutoff, gender, minimumAge, maximumAge, reliableChangeMean" },
        { Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1, "gender": "male" }], "withheld": [{ "score": "total", "reason": "r", "gender": "female", "x": 1 }] }] }"""), "$.interpretation.cutoffReferences[0].withheld[0].x", "score, reason, gender, minimumAge, maximumAge" },
        { Minimal(extra: """, "interpretation": { "reliableChange": { "clinicalPoints": 1, "source": "s", "x": 1 } }"""), "$.interpretation.reliableChange.x", "clinicalPoints, confidence, source" },
        { Minimal(extra: """, "resultColumns": [{ "name": "m", "value": "mean", "score": "total", "x": 1 }]"""), "$.resultColumns[0].x", "name, value, score, stage, output" },
    };

    [Theory]
    [MemberData(nameof(UnknownProperties))]
    public void An_unknown_property_is_refused_naming_every_property_allowed_there(string json, string path, string allowed) =>
        Assert.Equal((path, $"unknown property \"x\"; allowed here: {allowed}."), Problem(json));

    [Fact]
    public void A_property_given_twice_is_refused_at_its_second_place()
    {
        Assert.Equal(
            [("$.items[0].topic", "\"topic\" is given more than once; a definition gives each property once.")],
            Problems(Minimal(items: """[{ "number": 1, "topic": "a", "topic": "b" }, { "number": 2, "topic": "b" }]""")));
        Assert.Equal(
            [("$.scale.maximum", "\"maximum\" is given more than once; a definition gives each property once."), ("$.scale.maximum", "\"maximum\" is given more than once; a definition gives each property once.")],
            Problems(Minimal(scale: """{ "minimum": 0, "maximum": 3, "maximum": 4, "maximum": 5 }""")));
        Assert.Equal(
            [("$.x", "unknown property \"x\"; allowed here: $schema, id, name, source, scale, clinicalMultiplier, direction, items, companionQuestions, columnOrders, scores, interpretation, resultColumns, stages."), ("$.x", "unknown property \"x\"; allowed here: $schema, id, name, source, scale, clinicalMultiplier, direction, items, companionQuestions, columnOrders, scores, interpretation, resultColumns, stages.")],
            Problems(Minimal(extra: """, "x": 1, "x": 2""")));
    }

    public static TheoryData<string, ResultValue, string> ColumnValues => new()
    {
        { "mean", ResultValue.Mean, "total" },
        { "clinical", ResultValue.ClinicalScore, "total" },
        { "score-items-answered", ResultValue.ScoreItemsAnswered, "total" },
        { "answered", ResultValue.ItemsAnswered, "" },
        { "band", ResultValue.Band, "" },
        { "risk-flag", ResultValue.RiskFlag, "" },
        { "cutoff-clinical", ResultValue.ClinicalCutoff, "total" },
        { "clinical-range", ResultValue.InClinicalRange, "total" },
        { "score-items-not-applicable", ResultValue.ScoreItemsNotApplicable, "total" },
        { "maximum-possible", ResultValue.MaximumPossible, "total" },
        { "answer-profile", ResultValue.AnswerProfile, "" },
    };

    [Theory]
    [MemberData(nameof(ColumnValues))]
    public void Each_result_column_value_is_read_by_its_name_and_written_back_by_it(string name, ResultValue value, string score)
    {
        string column = score.Length == 0 ? $$"""{ "name": "c", "value": "{{name}}" }""" : $$"""{ "name": "c", "value": "{{name}}", "score": "{{score}}" }""";
        string json = Minimal(
            items: """[{ "number": 1, "topic": "a", "risk": true }, { "number": 2, "topic": "b" }]""",
            extra: $$""", "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "code": "all", "label": "All" }] }, "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1 }] }] }, "resultColumns": [{{column}}]""");
        Instrument instrument = Instrument.FromJson(json);
        ResultColumn read = Assert.Single(instrument.ResultColumns);
        Assert.Equal((value, score.Length == 0 ? null : score), (read.Value, read.ScoreId));
        Assert.Contains($"\"resultColumns\": [\n    {column}\n  ]", instrument.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_column_with_an_unknown_or_missing_value_names_every_value_there_is()
    {
        Assert.Equal(
            [
                ("$.resultColumns[0].value", "must be \"mean\", \"clinical\", \"score-items-answered\", \"answered\", \"band\", \"risk-flag\", \"cutoff-clinical\", \"clinical-range\", \"stage\", \"score-items-not-applicable\", \"maximum-possible\", \"answer-profile\" or \"stage-id\"; got \"median\"."),
                ("$.resultColumns[1].value", "\"value\" is missing."),
                ("$.resultColumns[2].name", "\"name\" is missing."),
                ("$.resultColumns[2].score", "must be a non-empty string; got \"\"."),
                ("$.resultColumns[2].stage", "must be a non-empty string; got 1."),
                ("$.resultColumns[2].output", "must be a non-empty string; got \" \"."),
            ],
            Problems(Minimal(extra: """, "resultColumns": [{ "name": "a", "value": "median" }, { "name": "b", "value": null }, { "value": "answered", "score": "", "stage": 1, "output": " " }]""")));
    }

    [Fact]
    public void Item_fields_are_read_and_each_optional_one_written_exactly_when_set()
    {
        string json = Minimal(items: """[{ "number": 1, "topic": "a", "keying": "reversed", "risk": true, "allowsNotApplicable": true, "codes": [{ "system": "http://loinc.org", "code": "c1", "value": "answer", "source": "s" }] }, { "number": 2, "topic": "b", "keying": "direct", "risk": false, "allowsNotApplicable": false, "points": [0, 2, 4, 6] }]""");
        Instrument instrument = Instrument.FromJson(json);
        Item first = instrument.Items[0], second = instrument.Items[1];
        Assert.Equal((ItemKeying.Reversed, true, true), (first.Keying, first.IsRisk, first.AllowsNotApplicable));
        Assert.Empty(first.Points);
        Assert.Equal(new PublicCode(PublicCode.Loinc, "c1", CodedValue.Answer, "s"), Assert.Single(first.Codes));
        Assert.Equal((ItemKeying.Direct, false, false), (second.Keying, second.IsRisk, second.AllowsNotApplicable));
        Assert.Equal([0, 2, 4, 6], second.Points);
        Assert.Empty(second.Codes);
        Assert.Equal(
            ["number=1", "topic=\"a\"", "keying=\"reversed\"", "risk=true", "allowsNotApplicable=true", "codes=[{\"system\":\"http://loinc.org\",\"code\":\"c1\",\"value\":\"answer\",\"source\":\"s\"}]"],
            Written(instrument, "items", 0));
        Assert.Equal(["number=2", "topic=\"b\"", "points=[0,2,4,6]"], Written(instrument, "items", 1));
    }

    [Fact]
    public void An_item_with_a_point_or_code_that_cannot_be_read_is_reported_only_there()
    {
        Assert.Equal(
            [("$.items[0].points[1]", "must be a whole number; got 1.5."), ("$.items[1].codes[0]", "must be an object; got \"c\".")],
            Problems(Minimal(items: """[{ "number": 1, "topic": "a", "points": [0, 1.5, 2, 3] }, { "number": 2, "topic": "b", "codes": ["c"] }]""")));
        Assert.Equal(
            [("$.items[1].keying", "must be \"direct\" or \"reversed\"; got \"Reversed\".")],
            Problems(Minimal(items: """[{ "number": 1, "topic": "a" }, { "number": 2, "topic": "b", "keying": "Reversed" }]""")));
    }

    [Fact]
    public void A_code_missing_every_field_names_each()
    {
        Assert.Equal(
            [
                ("$.scores[0].codes[0].system", "\"system\" is missing."), ("$.scores[0].codes[0].code", "\"code\" is missing."),
                ("$.scores[0].codes[0].value", "\"value\" is missing."), ("$.scores[0].codes[0].source", "\"source\" is missing."),
            ],
            Problems(Minimal(scores: """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s", "codes": [{}] }]""")));
    }

    public static TheoryData<string, ScoreAggregate, int, bool, string> ScoreOptions => new()
    {
        { """ "aggregate": "mean", "notApplicable": "missing", "roundClinical": false,""", ScoreAggregate.Mean, 0, false, "maximumMissing=0" },
        { """ "aggregate": "sum", "notApplicable": "excluded",""", ScoreAggregate.Sum, 1, false, "aggregate=\"sum\" maximumMissing=0 notApplicable=\"excluded\"" },
        { """ "aggregate": "prorated-sum", "notApplicable": "counted", "roundClinical": true,""", ScoreAggregate.ProratedSum, 2, true, "aggregate=\"prorated-sum\" maximumMissing=0 notApplicable=\"counted\" roundClinical=true" },
    };

    [Theory]
    [MemberData(nameof(ScoreOptions))]
    public void Score_options_are_read_and_written_exactly_when_not_the_default(string options, ScoreAggregate aggregate, int notApplicable, bool rounds, string written)
    {
        Instrument instrument = Instrument.FromJson(Minimal(scores: $$"""[{ "id": "total", "name": "Total", "items": [1, 2],{{options}} "maximumMissing": 0, "source": "s" }]"""));
        ScoreDefinition score = Assert.Single(instrument.Scores);
        Assert.Equal((aggregate, notApplicable == 1, notApplicable == 2, rounds), (score.Aggregate, score.ExcludesNotApplicable, score.CountsNotApplicable, score.RoundsClinicalScore));
        Assert.Equal(["id=\"total\"", "name=\"Total\"", "items=[1,2]", .. written.Split(' ', StringSplitOptions.RemoveEmptyEntries), "source=\"s\""], Written(instrument, "scores", 0));
    }

    [Fact]
    public void Score_fields_of_the_wrong_kind_name_the_choices()
    {
        Assert.Equal(
            [
                ("$.scores[0].maximumMissing", "\"maximumMissing\" is missing."),
                ("$.scores[0].roundClinical", "must be true or false; got \"yes\"."),
                ("$.scores[0].aggregate", "must be \"mean\", \"sum\" or \"prorated-sum\"; got \"total\"."),
                ("$.scores[0].notApplicable", "must be \"missing\", \"excluded\" or \"counted\"; got true."),
            ],
            Problems(Minimal(scores: """[{ "id": "total", "name": "Total", "items": [1, 2], "source": "s", "roundClinical": "yes", "aggregate": "total", "notApplicable": true }]""")));
    }

    [Fact]
    public void Direction_and_multiplier_are_read_and_always_written()
    {
        Instrument instrument = Instrument.FromJson(Minimal(extra: """, "direction": "higher-is-better", "clinicalMultiplier": 10"""));
        Assert.Equal((ScoreDirection.HigherIsBetter, 10.0), (instrument.Direction, instrument.ClinicalMultiplier));
        Assert.Contains("\"clinicalMultiplier\": 10,\n  \"direction\": \"higher-is-better\",", instrument.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"clinicalMultiplier\": 1,\n  \"direction\": \"lower-is-better\",", Instrument.FromJson(Minimal(extra: """, "direction": "lower-is-better" """)).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_primary_score_is_the_first_unless_named()
    {
        string scores = """[{ "id": "one", "name": "One", "items": [1], "maximumMissing": 0, "source": "s" }, { "id": "two", "name": "Two", "items": [2], "maximumMissing": 0, "source": "s" }]""";
        Assert.Equal("one", Instrument.FromJson(Minimal(scores: scores)).Interpretation.PrimaryScoreId);
        Assert.Equal("one", Instrument.FromJson(Minimal(scores: scores, extra: """, "interpretation": {}""")).Interpretation.PrimaryScoreId);
        Assert.Equal("two", Instrument.FromJson(Minimal(scores: scores, extra: """, "interpretation": { "primaryScore": "two" }""")).Interpretation.PrimaryScoreId);
        Assert.Equal(("$.interpretation.primaryScore", "must be a non-empty string; got 2."), Problem(Minimal(scores: scores, extra: """, "interpretation": { "primaryScore": 2 }""")));
    }

    [Fact]
    public void Bands_read_open_ends_as_infinite_and_write_them_as_absent()
    {
        string json = Minimal(extra: """, "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "caveat": "c", "bands": [{ "code": "low", "label": "Low", "lower": null, "upper": 1.5 }, { "code": "high", "label": "High", "lower": 1.5 }] } }""");
        Instrument instrument = Instrument.FromJson(json);
        SeverityBanding banding = instrument.Interpretation.SeverityBands!;
        Assert.Equal(("b", "total", "s", "c"), (banding.Name, banding.ScoreId, banding.Source, banding.Caveat));
        Assert.Equal([new SeverityBand("low", "Low", double.NegativeInfinity, 1.5), new SeverityBand("high", "High", 1.5, double.PositiveInfinity)], banding.Bands);
        Assert.Contains(
            "\"severityBands\": {\n      \"name\": \"b\",\n      \"score\": \"total\",\n      \"source\": \"s\",\n      \"caveat\": \"c\",\n      \"bands\": [\n        { \"code\": \"low\", \"label\": \"Low\", \"upper\": 1.5 },\n        { \"code\": \"high\", \"label\": \"High\", \"lower\": 1.5 }\n      ]\n    }",
            instrument.ToJson(),
            StringComparison.Ordinal);
        Assert.DoesNotContain("caveat", Instrument.FromJson(json.Replace("\"caveat\": \"c\", ", "", StringComparison.Ordinal)).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_or_banding_that_cannot_be_read_names_each_problem()
    {
        Assert.Equal(
            [
                ("$.interpretation.severityBands.name", "\"name\" is missing."),
                ("$.interpretation.severityBands.caveat", "must be a non-empty string; got \"\"."),
                ("$.interpretation.severityBands.bands", "\"bands\" is missing."),
            ],
            Problems(Minimal(extra: """, "interpretation": { "severityBands": { "score": "total", "source": "s", "caveat": "" } }""")));
        Assert.Equal(
            [
                ("$.interpretation.severityBands.bands[0].code", "\"code\" is missing."),
                ("$.interpretation.severityBands.bands[0].lower", "must be a finite number; got \"low\"."),
                ("$.interpretation.severityBands.bands[1].label", "\"label\" is missing."),
                ("$.interpretation.severityBands.bands[2]", "must be an object; got 3."),
            ],
            Problems(Minimal(extra: """, "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "label": "A", "lower": "low" }, { "code": "b" }, 3] } }""")));
        Assert.Equal(("$.interpretation.severityBands", "must be an object; got [].") , Problem(Minimal(extra: """, "interpretation": { "severityBands": [] }""")));
    }

    [Fact]
    public void Cut_off_rows_and_withheld_cells_are_read_and_written_with_each_optional_field_exactly_when_set()
    {
        string json = Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1.25, "gender": "female", "minimumAge": 11, "maximumAge": 16, "reliableChangeMean": 0.5 }, { "score": "total", "meanCutoff": 1.5, "gender": "male", "minimumAge": 40 }, { "score": "total", "meanCutoff": 1.75, "maximumAge": 10 }], "withheld": [{ "score": "total", "reason": "doubtful", "gender": "female", "minimumAge": 17, "maximumAge": 18 }, { "score": "total", "reason": "small", "gender": "female", "minimumAge": 19 }] }] }""");
        Instrument instrument = Instrument.FromJson(json);
        CutoffReference reference = Assert.Single(instrument.Interpretation.CutoffReferences);
        Assert.Equal(("r", "R", "s"), (reference.Id, reference.Name, reference.Source));
        Assert.Equal(
            [new CutoffEntry("total", 1.25, Gender.Female, 11, 16, 0.5), new CutoffEntry("total", 1.5, Gender.Male, 40), new CutoffEntry("total", 1.75, null, null, 10)],
            reference.Entries);
        Assert.Equal([new WithheldCutoff("total", "doubtful", Gender.Female, 17, 18), new WithheldCutoff("total", "small", Gender.Female, 19, null)], reference.Withheld);
        Assert.Contains(
            """
                    "entries": [
                      { "score": "total", "meanCutoff": 1.25, "gender": "female", "minimumAge": 11, "maximumAge": 16, "reliableChangeMean": 0.5 },
                      { "score": "total", "meanCutoff": 1.5, "gender": "male", "minimumAge": 40 },
                      { "score": "total", "meanCutoff": 1.75, "maximumAge": 10 }
                    ],
                    "withheld": [
                      { "score": "total", "reason": "doubtful", "gender": "female", "minimumAge": 17, "maximumAge": 18 },
                      { "score": "total", "reason": "small", "gender": "female", "minimumAge": 19 }
                    ]
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            instrument.ToJson(),
            StringComparison.Ordinal);
        Assert.DoesNotContain("withheld", Instrument.FromJson(Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1 }], "withheld": [] }] }""")).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_table_that_cannot_be_read_names_each_problem()
    {
        Assert.Equal(
            [
                ("$.interpretation.cutoffReferences[0].id", "\"id\" is missing."),
                ("$.interpretation.cutoffReferences[0].entries", "\"entries\" is missing."),
                ("$.interpretation.cutoffReferences[1].entries[0].meanCutoff", "\"meanCutoff\" is missing."),
                ("$.interpretation.cutoffReferences[1].entries[0].gender", "must be \"male\" or \"female\"; got \"f\"."),
                ("$.interpretation.cutoffReferences[1].entries[0].minimumAge", "must be a whole number; got 11.5."),
                ("$.interpretation.cutoffReferences[1].entries[0].reliableChangeMean", "must be a finite number; got \"x\"."),
                ("$.interpretation.cutoffReferences[1].withheld[0].reason", "\"reason\" is missing."),
                ("$.interpretation.cutoffReferences[1].withheld[0].gender", "must be \"male\" or \"female\"; got 1."),
                ("$.interpretation.cutoffReferences[1].withheld[0].maximumAge", "must be a whole number; got \"9\"."),
                ("$.interpretation.cutoffReferences[2]", "must be an object; got \"r\"."),
            ],
            Problems(Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "name": "R", "source": "s" }, { "id": "q", "name": "Q", "source": "s", "entries": [{ "score": "total", "gender": "f", "minimumAge": 11.5, "reliableChangeMean": "x" }], "withheld": [{ "score": "total", "gender": 1, "maximumAge": "9" }] }, "r"] }""")));
    }

    [Fact]
    public void Reliable_change_is_read_and_its_confidence_written_exactly_when_set()
    {
        Instrument with = Instrument.FromJson(Minimal(extra: """, "interpretation": { "reliableChange": { "clinicalPoints": 2.5, "confidence": 0.9, "source": "s" } }"""));
        Assert.Equal(new ReliableChangeThreshold(2.5, 0.9, "s"), with.Interpretation.ReliableChange);
        Assert.Contains("\"reliableChange\": { \"clinicalPoints\": 2.5, \"confidence\": 0.9, \"source\": \"s\" }", with.ToJson(), StringComparison.Ordinal);
        Instrument without = Instrument.FromJson(Minimal(extra: """, "interpretation": { "reliableChange": { "clinicalPoints": 2.5, "source": "s" } }"""));
        Assert.Null(without.Interpretation.ReliableChange!.Confidence);
        Assert.Contains("\"reliableChange\": { \"clinicalPoints\": 2.5, \"source\": \"s\" }", without.ToJson(), StringComparison.Ordinal);
        Assert.Equal(
            [("$.interpretation.reliableChange.clinicalPoints", "\"clinicalPoints\" is missing."), ("$.interpretation.reliableChange.confidence", "must be a finite number; got true."), ("$.interpretation.reliableChange.source", "\"source\" is missing.")],
            Problems(Minimal(extra: """, "interpretation": { "reliableChange": { "confidence": true } }""")));
        Assert.Equal(("$.interpretation.reliableChange", "must be an object; got 2."), Problem(Minimal(extra: """, "interpretation": { "reliableChange": 2 }""")));
    }

    [Fact]
    public void The_smallest_definition_is_written_in_its_canonical_form_with_no_optional_part()
    {
        Assert.Equal(
            """
            {
              "id": "demo",
              "name": "Demo",
              "source": "made up",
              "scale": { "minimum": 0, "maximum": 3 },
              "clinicalMultiplier": 1,
              "direction": "lower-is-better",
              "items": [
                { "number": 1, "topic": "a" },
                { "number": 2, "topic": "b" }
              ],
              "scores": [
                {
                  "id": "total",
                  "name": "Total",
                  "items": [1, 2],
                  "maximumMissing": 0,
                  "source": "s"
                }
              ],
              "interpretation": { "primaryScore": "total" }
            }
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Instrument.FromJson(Minimal()).ToJson());
    }

    [Fact]
    public void A_definition_read_with_problems_in_a_part_leaves_out_the_rules_about_that_part()
    {
        // Item 2's number cannot be read: the score's reference to item 2 is not reported as well.
        Assert.Equal(
            [("$.items[1].number", "must be a whole number; got \"2\".")],
            Problems(Minimal(items: """[{ "number": 1, "topic": "a" }, { "number": "2", "topic": "b" }]""")));
    }

    /// <summary>
    /// A definition using every part the reader reads (stages aside). Its first score is one nothing else refers to: a
    /// score that cannot be read is still reported as missing where another part names it (the primary score, bands,
    /// cut-offs, columns), so a required field of a referred score left out gives more than the one problem.
    /// </summary>
    private static string Full() => """
        {
          "id": "demo", "name": "Demo", "source": "made up", "scale": { "minimum": 0, "maximum": 3 },
          "items": [
            { "number": 1, "topic": "a", "risk": true, "codes": [{ "system": "http://loinc.org", "code": "c1", "value": "answer", "source": "s" }] },
            { "number": 2, "topic": "b", "points": [0, 1, 2, 3] }
          ],
          "scores": [
            { "id": "extra", "name": "Extra", "items": [1], "maximumMissing": 0, "source": "s", "codes": [{ "system": "http://loinc.org", "code": "c2", "value": "clinical", "source": "s" }] },
            { "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s" }
          ],
          "interpretation": {
            "primaryScore": "total",
            "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "code": "all", "label": "All" }] },
            "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1, "gender": "male" }], "withheld": [{ "score": "total", "reason": "r", "gender": "female" }] }],
            "reliableChange": { "clinicalPoints": 1, "source": "s" }
          },
          "resultColumns": [{ "name": "m", "value": "mean", "score": "total" }]
        }
        """;

    /// <summary>The object at a path such as <c>$.items[0].codes[0]</c>.</summary>
    private static System.Text.Json.Nodes.JsonObject At(System.Text.Json.Nodes.JsonNode root, string path)
    {
        System.Text.Json.Nodes.JsonNode node = root;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path, @"\.(\w+)|\[(\d+)\]"))
        {
            node = step.Groups[1].Success ? node[step.Groups[1].Value]! : node[int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node.AsObject();
    }

    [Fact]
    public void The_definition_using_every_part_is_valid() =>
        Assert.Equal("demo", Instrument.FromJson(Full()).Id);

    [Theory]
    [InlineData("$", "id")]
    [InlineData("$", "name")]
    [InlineData("$", "source")]
    [InlineData("$", "scale")]
    [InlineData("$", "items")]
    [InlineData("$", "scores")]
    [InlineData("$.scale", "minimum")]
    [InlineData("$.scale", "maximum")]
    [InlineData("$.items[0]", "number")]
    [InlineData("$.items[0]", "topic")]
    [InlineData("$.items[0].codes[0]", "system")]
    [InlineData("$.items[0].codes[0]", "code")]
    [InlineData("$.items[0].codes[0]", "value")]
    [InlineData("$.items[0].codes[0]", "source")]
    [InlineData("$.scores[0]", "id")]
    [InlineData("$.scores[0]", "name")]
    [InlineData("$.scores[0]", "items")]
    [InlineData("$.scores[0]", "maximumMissing")]
    [InlineData("$.scores[0]", "source")]
    [InlineData("$.scores[0].codes[0]", "system")]
    [InlineData("$.scores[0].codes[0]", "code")]
    [InlineData("$.scores[0].codes[0]", "value")]
    [InlineData("$.scores[0].codes[0]", "source")]
    [InlineData("$.interpretation.severityBands", "name")]
    [InlineData("$.interpretation.severityBands", "score")]
    [InlineData("$.interpretation.severityBands", "source")]
    [InlineData("$.interpretation.severityBands", "bands")]
    [InlineData("$.interpretation.severityBands.bands[0]", "code")]
    [InlineData("$.interpretation.severityBands.bands[0]", "label")]
    [InlineData("$.interpretation.cutoffReferences[0]", "id")]
    [InlineData("$.interpretation.cutoffReferences[0]", "name")]
    [InlineData("$.interpretation.cutoffReferences[0]", "source")]
    [InlineData("$.interpretation.cutoffReferences[0]", "entries")]
    [InlineData("$.interpretation.cutoffReferences[0].entries[0]", "score")]
    [InlineData("$.interpretation.cutoffReferences[0].entries[0]", "meanCutoff")]
    [InlineData("$.interpretation.cutoffReferences[0].withheld[0]", "score")]
    [InlineData("$.interpretation.cutoffReferences[0].withheld[0]", "reason")]
    [InlineData("$.interpretation.reliableChange", "clinicalPoints")]
    [InlineData("$.interpretation.reliableChange", "source")]
    [InlineData("$.resultColumns[0]", "name")]
    [InlineData("$.resultColumns[0]", "value")]
    public void A_required_field_left_out_or_null_is_the_one_problem_named(string part, string field)
    {
        foreach (bool asNull in new[] { false, true })
        {
            System.Text.Json.Nodes.JsonNode root = System.Text.Json.Nodes.JsonNode.Parse(Full())!;
            System.Text.Json.Nodes.JsonObject owner = At(root, part);
            if (asNull)
            {
                owner[field] = null;
            }
            else
            {
                owner.Remove(field);
            }

            Assert.Equal([($"{part}.{field}", $"\"{field}\" is missing.")], Problems(root.ToJsonString()));
        }
    }
}
