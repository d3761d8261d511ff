using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Json.Schema;

namespace OutcomeScoring.Tests.Engine;

/// <summary>The JSON form of a definition: round trips, the schema, and every problem reported at once with its path.</summary>
public sealed class InstrumentJsonTests
{
    public static TheoryData<string> BuiltInIds => [.. Instruments.All.Select(i => i.Id)];

    private static string Minimal(string items = """[{ "number": 1, "topic": "a" }, { "number": 2, "topic": "b", "keying": "reversed" }]""", string scores = """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "made up" }]""", string extra = "") =>
        $$"""{ "id": "demo", "name": "Demo", "source": "made up", "scale": { "minimum": 0, "maximum": 3 }, "items": {{items}}, "scores": {{scores}}{{extra}} }""";

    // Parsed once: JsonSchema.Net registers a schema by its $id and refuses to register it twice.
    private static readonly JsonSchema Schema = JsonSchema.FromText(Instrument.JsonSchema);

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;

    private static InstrumentDefinitionException Refused(string json) => Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));

    private static string[] Paths(InstrumentDefinitionException e) => [.. e.Problems.Select(p => p.Path)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_definition_round_trips_to_the_same_json(string id)
    {
        Instrument instrument = Instruments.Get(id);
        string json = instrument.ToJson();
        Instrument copy = Instrument.FromJson(json);
        Assert.Equal(json, copy.ToJson());
        Assert.Equal(instrument.Items, copy.Items);
        Assert.Equal(instrument.Scores, copy.Scores);
        Assert.Equal(instrument.Interpretation.PrimaryScoreId, copy.Interpretation.PrimaryScoreId);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_is_read_from_its_json_file_which_is_exactly_what_the_library_writes(string id)
    {
        // One source of truth: the built-in is the embedded file, and the file is in the canonical form (nothing in it is
        // ignored, defaulted differently or reordered when read).
        using Stream stream = typeof(Instrument).Assembly.GetManifestResourceStream($"OutcomeScoring.Definitions.{id}.json")!;
        string file = new StreamReader(stream).ReadToEnd();
        Assert.Equal(file, Instruments.Get(id).ToJson() + "\n");
    }

    [Fact]
    public void The_dialog_item_catalogue_names_the_items_and_codes_of_the_dialog_definition() =>
        Assert.Equal(
            OutcomeScoring.DialogScale.Dialog.Items.Select(i => (i.MhsdsPosition, i.Topic, i.SnomedCtConceptId)),
            OutcomeScoring.DialogScale.Dialog.Instrument.Items.Select(i => (i.Number, i.Topic, Assert.Single(i.Codes).Code)));

    // specs/mental-health-proms.md, section 1: the MHSDS SNOMED CT concepts, newer (v2) first where there are two.
    [Theory]
    [InlineData("core-10", "total", CodedValue.ClinicalScore, "718583008", "958051000000104")]
    [InlineData("yp-core", "total", CodedValue.ClinicalScore, "718437004", "960601000000104")]
    [InlineData("core-om", "wellbeing", CodedValue.ItemSum, "718492008")]
    [InlineData("core-om", "problems", CodedValue.ItemSum, "718613005")]
    [InlineData("core-om", "functioning", CodedValue.ItemSum, "718490000")]
    [InlineData("core-om", "risk", CodedValue.ItemSum, "865877002")]
    public void Built_in_scores_carry_the_mhsds_snomed_ct_concepts_of_the_sheet(string id, string scoreId, CodedValue value, params string[] codes)
    {
        ScoreDefinition score = Instruments.Get(id).Scores.Single(s => s.Id == scoreId);
        Assert.Equal(codes, score.Codes.Select(c => c.Code));
        Assert.All(score.Codes, c => Assert.Equal((PublicCode.SnomedCt, value), (c.System, c.Value)));
    }

    [Fact]
    public void Scores_without_a_public_code_in_the_sheet_have_none()
    {
        // CORE-OM "global distress" (0-40) is coded in MHSDS, but which CORE-OM score it is was not found: left out.
        Assert.Empty(Instruments.Get("core-om").Scores.Single(s => s.Id == "all").Codes);
        Assert.Empty(Instruments.Get("core-om").Scores.Single(s => s.Id == "nonrisk").Codes);
        Assert.All(Instruments.All.Where(i => i.Id is "gp-core" or "core-sf-a" or "core-sf-b").SelectMany(i => i.Scores), s => Assert.Empty(s.Codes));
    }

    [Fact]
    public void A_snomed_ct_id_a_spreadsheet_rounded_is_refused_with_its_path()
    {
        // GBO goal 1 as NHS Digital's older table has it: 1034351000000101 with its last digits lost (specs/mental-health-proms.md).
        string json = Minimal(scores: """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s", "codes": [{ "system": "http://snomed.info/sct", "code": "1034351000000100", "value": "clinical", "source": "s" }] }]""");
        DefinitionProblem problem = Assert.Single(Refused(json).Problems);
        Assert.Equal("$.scores[0].codes[0].code", problem.Path);
        Assert.StartsWith("Instrument 'demo': '1034351000000100' of score 'total' is not a SNOMED CT identifier", problem.Message, StringComparison.Ordinal);
        Assert.Equal("1034351000000101", Instrument.FromJson(json.Replace("1034351000000100", "1034351000000101", StringComparison.Ordinal)).Scores[0].Codes[0].Code);
    }

    [Fact]
    public void Code_rules_are_reported_each_with_its_path()
    {
        string json = Minimal(
            items: """[{ "number": 1, "topic": "a", "codes": [{ "system": "http://loinc.org", "code": "44261-6", "value": "clinical", "source": "s" }] }, { "number": 2, "topic": "b" }]""",
            scores: """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s", "codes": [{ "system": "loinc", "code": "44261-6", "value": "answer", "source": "s" }, { "system": "loinc", "code": "44261-6", "value": "mean", "source": "s" }, { "system": "http://loinc.org", "code": "70274-6", "value": "clinical", "source": "s" }] }]""");
        InstrumentDefinitionException e = Refused(json);
        Assert.Equal(
            ["$.items[0].codes[0].value", "$.scores[0].codes[0].system", "$.scores[0].codes[0].value", "$.scores[0].codes[1].system", "$.scores[0].codes[1].code"],
            Paths(e));
        Assert.Equal("Instrument 'demo': code 44261-6 of item 1 must stand for the item's answer.", e.Problems[0].Message);
        Assert.Equal("Instrument 'demo': the code system of score 'total' must be an absolute URI (for example http://snomed.info/sct); got 'loinc'.", e.Problems[1].Message);
        Assert.Equal("Instrument 'demo': score 'total' lists code 44261-6 more than once.", e.Problems[4].Message);
    }

    [Fact]
    public void A_code_standing_for_an_unknown_value_names_the_values_there_are()
    {
        string json = Minimal(scores: """[{ "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "s", "codes": [{ "system": "http://loinc.org", "code": "x", "value": "sum", "source": "s" }] }]""");
        DefinitionProblem problem = Assert.Single(Refused(json).Problems);
        Assert.Equal(("$.scores[0].codes[0].value", "must be \"clinical\", \"mean\", \"item-sum\", \"answer\" or \"stage\"; got \"sum\"."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Every_built_in_definition_read_back_scores_every_form_as_the_original_does() =>
        Prop.ForAll(
            Gen.Elements([.. Instruments.All]).SelectMany(instrument => Gen.Choose(instrument.Scale.Minimum - 1, instrument.Scale.Maximum)
                .Select(v => v < instrument.Scale.Minimum ? Answer.NotAnswered : Answer.Of(v))
                .ArrayOf(instrument.Items.Length)
                .Select(answers => (instrument, answers))).ToArbitrary(),
            pair =>
            {
                Instrument copy = Instrument.FromJson(pair.instrument.ToJson());
                InstrumentResult a = pair.instrument.Score(pair.answers), b = copy.Score(pair.answers);
                return a.ToString() == b.ToString() && a.ToArray().Zip(b.ToArray()).All(s => s.First.Mean == s.Second.Mean && s.First.ClinicalScore == s.Second.ClinicalScore);
            }).Check(SuiteEffort.Properties(500));

    /// <summary>Valid definitions of every shape: scales off 0, reversed, risk and not-applicable items, several scores, bands, cut-offs.</summary>
    private static Gen<Instrument> Definitions() =>
        from itemCount in Gen.Choose(1, 15)
        from minimum in Gen.Choose(-2, 2)
        from width in Gen.Choose(1, 6)
        from keys in Gen.Elements(ItemKeying.Direct, ItemKeying.Reversed).ArrayOf(itemCount)
        from risks in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(itemCount)
        from notApplicable in Gen.Elements(false, true).ArrayOf(itemCount)
        from scoreCount in Gen.Choose(1, 4)
        from memberships in Gen.Elements(false, true).ArrayOf(itemCount).ArrayOf(scoreCount)
        from missing in Gen.Choose(0, 20).ArrayOf(scoreCount)
        from rounds in Gen.Elements(false, true).ArrayOf(scoreCount)
        from sums in Gen.Elements(false, true).ArrayOf(scoreCount)
        from excludes in Gen.Elements(false, true).ArrayOf(scoreCount)
        from multiplier in Gen.Elements(1.0, 10.0, 2.5)
        from direction in Gen.Elements(ScoreDirection.LowerIsBetter, ScoreDirection.HigherIsBetter)
        from banded in Gen.Elements(false, true)
        from cutoff in Gen.Choose(0, 400).Select(c => c / 100.0)
        select Build(itemCount, minimum, width, keys, risks, notApplicable, memberships, missing, multiplier, direction, banded, cutoff, rounds, sums, excludes);

    private static Instrument Build(int itemCount, int minimum, int width, ItemKeying[] keys, bool[] risks, bool[] notApplicable, bool[][] memberships, int[] missing, double multiplier, ScoreDirection direction, bool banded, double cutoff, bool[] rounds, bool[] sums, bool[] excludes)
    {
        ScoreDefinition[] scores = [.. memberships.Select((member, s) =>
        {
            int[] items = [.. Enumerable.Range(1, itemCount).Where(n => member[n - 1])];
            items = items.Length == 0 ? [1 + (s % itemCount)] : items;
            return new ScoreDefinition($"s{s}", $"Score {s}", items, missing[s] % items.Length, "made up")
            {
                Codes = s == 0 ? [new PublicCode(PublicCode.SnomedCt, "718583008", CodedValue.ClinicalScore, "made up"), new PublicCode(PublicCode.Loinc, "44261-6", CodedValue.ItemSum, "made up")] : [],
                RoundsClinicalScore = rounds[s],
                Aggregate = sums[s] ? ScoreAggregate.Sum : ScoreAggregate.Mean,
                ExcludesNotApplicable = excludes[s],
            };
        })];
        double top = (minimum + width) * multiplier, middle = (minimum + (width / 2.0)) * multiplier;
        var interpretation = new Interpretation(
            scores[^1].Id,
            banded ? new SeverityBanding("bands", "s0", [new SeverityBand("low", "Low", double.NegativeInfinity, middle), new SeverityBand("high", "High", middle, top + 1)], "made up", "caveat") : null,
            [new CutoffReference("ref", "Reference", [new CutoffEntry("s0", cutoff, Gender.Female, 11, 16, 0.5), new CutoffEntry("s0", cutoff + 0.1)], "made up")],
            new ReliableChangeThreshold(3.5, 0.95, "made up"));
        return new Instrument(
            "made-up", "Made-up", "made up", new ResponseScale(minimum, minimum + width) { NotApplicableAnswer = itemCount % 2 == 1 ? minimum + width + 5 : null },
            Enumerable.Range(1, itemCount).Select(n => new Item(n, $"topic-{n}", keys[n - 1], risks[n - 1])
            {
                AllowsNotApplicable = notApplicable[n - 1],
                Codes = n == 1 ? [new PublicCode(PublicCode.SnomedCt, "1037651000000100", CodedValue.Answer, "made up")] : [],
            }),
            scores, multiplier, direction, interpretation);
    }

    [Fact]
    public void Any_valid_definition_round_trips_to_an_identical_definition() =>
        Prop.ForAll(Definitions().ToArbitrary(), instrument =>
        {
            Instrument copy = Instrument.FromJson(instrument.ToJson());
            return copy.ToJson() == instrument.ToJson()
                && copy.Items.SequenceEqual(instrument.Items)
                && copy.Scores.SequenceEqual(instrument.Scores)
                && copy.Direction == instrument.Direction
                && copy.ClinicalMultiplier == instrument.ClinicalMultiplier
                && copy.Interpretation.CutoffReferences[0].Entries.SequenceEqual(instrument.Interpretation.CutoffReferences[0].Entries)
                && copy.Interpretation.ReliableChange == instrument.Interpretation.ReliableChange
                && (copy.Interpretation.SeverityBands?.Bands ?? []).SequenceEqual(instrument.Interpretation.SeverityBands?.Bands ?? []);
        }).Check(SuiteEffort.Properties(300));

    [Fact]
    public void The_schema_accepts_every_built_in_and_generated_definition()
    {
        foreach (Instrument instrument in Instruments.All)
        {
            EvaluationResults result = Schema.Evaluate(Element(instrument.ToJson()), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{instrument.Id}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
        }

        Prop.ForAll(Definitions().ToArbitrary(), instrument => Schema.Evaluate(Element(instrument.ToJson())).IsValid)
            .Check(SuiteEffort.Properties(100));
    }

    [Theory]
    [InlineData("""{ "id": "x", "colour": "red" }""", "$.colour")]
    [InlineData("""{ "id": "x", "scale": { "minimum": 0, "maximum": 4, "step": 1 } }""", "$.scale.step")]
    public void The_schema_and_the_loader_both_refuse_an_unknown_property(string json, string path)
    {
        Assert.False(Schema.Evaluate(Element(json)).IsValid);
        Assert.Contains(path, Paths(Refused(json)));
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_where_it_breaks()
    {
        InstrumentDefinitionException e = Refused("{ \"id\": ");
        DefinitionProblem problem = Assert.Single(e.Problems);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith("The text is not valid JSON at line 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_refused() =>
        Assert.Equal("$: must be an object; got [1, 2].", Refused("[1, 2]").Message);

    [Fact]
    public void Every_shape_problem_is_reported_at_once_with_its_path()
    {
        string json = """
            {
              "id": "demo",
              "name": "",
              "scale": { "minimum": 0, "maximum": "four" },
              "direction": "up",
              "items": [{ "number": 1, "topic": "a", "keying": "backwards" }, { "number": 2.5, "topic": "b" }, "item 3"],
              "scores": [{ "id": "total", "name": "Total", "items": [1, "2"], "maximumMissing": 0, "source": "s", "weight": 2 }],
              "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "code": "x", "label": "X", "upper": "high" }] } }
            }
            """;
        InstrumentDefinitionException e = Refused(json);
        Assert.Equal(
            [
                "$.name", "$.source", "$.scale.maximum", "$.direction", "$.items[0].keying", "$.items[1].number", "$.items[2]",
                "$.scores[0].weight", "$.scores[0].items[1]", "$.interpretation.severityBands.bands[0].upper",
            ],
            Paths(e));
        Assert.Equal("must be a non-empty string; got \"\".", e.Problems[0].Message);
        Assert.Equal("\"source\" is missing.", e.Problems[1].Message);
        Assert.Equal("must be \"lower-is-better\" or \"higher-is-better\"; got \"up\".", e.Problems[3].Message);
        Assert.Equal("must be a whole number; got 2.5.", e.Problems[5].Message);
        Assert.Equal("unknown property \"weight\"; allowed here: id, name, items, aggregate, maximumMissing, notApplicable, roundClinical, source, codes.", e.Problems[7].Message);
        Assert.StartsWith("The definition has 10 problems:\n- $.name: must be a non-empty string", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_of_the_definition_is_reported_at_once_with_its_path()
    {
        string json = Minimal(
            items: """[{ "number": 1, "topic": "a" }, { "number": 3, "topic": " " }]""",
            scores: """[{ "id": "total", "name": "Total", "items": [1, 2, 7, 2], "maximumMissing": 4, "source": "s" }, { "id": "total", "name": "Again", "items": [1], "maximumMissing": 0, "source": "s" }]""",
            extra: """, "interpretation": { "primaryScore": "sum", "reliableChange": { "clinicalPoints": -1, "source": "s" } }""");
        InstrumentDefinitionException e = Refused(json);
        Assert.Equal(
            [
                "$.items[1].topic",
                "$.items[1].number",
                "$.scores[0].items[2]", "$.scores[0].items[3]", "$.scores[0].maximumMissing", "$.scores[1].id",
                "$.interpretation.primaryScore", "$.interpretation.reliableChange.clinicalPoints",
            ],
            Paths(e));
        Assert.Equal("Instrument 'demo': score 'total' refers to item 7, but the instrument has items 1 to 2.", e.Problems[2].Message);
    }

    [Fact]
    public void A_band_table_with_a_gap_names_the_bands()
    {
        string json = Minimal(extra: """, "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "code": "low", "label": "Low", "upper": 2 }, { "code": "high", "label": "High", "lower": 3 }] } }""");
        DefinitionProblem problem = Assert.Single(Refused(json).Problems);
        Assert.Equal("$.interpretation.severityBands.bands", problem.Path);
        Assert.Equal("Severity banding 'b': band 'high' starts at 3 but the band before it ends at 2; bands must be contiguous and ascending.", problem.Message);
    }

    [Fact]
    public void Bands_that_miss_part_of_the_clinical_range_are_refused()
    {
        string json = Minimal(extra: """, "interpretation": { "severityBands": { "name": "b", "score": "total", "source": "s", "bands": [{ "code": "low", "label": "Low", "lower": 1, "upper": 2 }] } }""");
        DefinitionProblem problem = Assert.Single(Refused(json).Problems);
        Assert.Equal("$.interpretation.severityBands.bands", problem.Path);
        Assert.Equal("Instrument 'demo': severity bands 'b' cover 1 to 2, but clinical scores run from 0 to 3 inclusive.", problem.Message);
    }

    [Fact]
    public void A_cut_off_for_an_unknown_score_and_an_inverted_age_range_are_both_named()
    {
        string json = Minimal(extra: """, "interpretation": { "cutoffReferences": [{ "id": "r", "name": "R", "source": "s", "entries": [{ "score": "sum", "meanCutoff": 1 }] }, { "id": "q", "name": "Q", "source": "s", "entries": [{ "score": "total", "meanCutoff": 1, "minimumAge": 18, "maximumAge": 11 }] }] }""");
        InstrumentDefinitionException e = Refused(json);
        Assert.Equal(["$.interpretation.cutoffReferences[1].entries", "$.interpretation.cutoffReferences[0].entries[0].score"], Paths(e));
        Assert.Equal("Cut-off reference 'q': the row for score 'total' runs from age 18 to 11; the minimum age must not be above the maximum.", e.Problems[0].Message);
    }

    [Fact]
    public void Defaults_are_applied_when_left_out()
    {
        Instrument instrument = Instrument.FromJson(Minimal());
        Assert.Equal(1.0, instrument.ClinicalMultiplier);
        Assert.Equal(ScoreDirection.LowerIsBetter, instrument.Direction);
        Assert.Equal("total", instrument.Interpretation.PrimaryScoreId);
        Assert.Equal(ItemKeying.Reversed, instrument.Items[1].Keying);
        Assert.False(instrument.Items[0].IsRisk);
        Assert.False(instrument.Items[0].AllowsNotApplicable);
        Assert.Equal(3.0 + 3, instrument.Score([Answer.Of(3), Answer.Of(0)]).Primary.Mean * 2);
    }

    [Fact]
    public void Comments_trailing_commas_and_a_schema_reference_are_accepted() =>
        Assert.Equal("demo", Instrument.FromJson("// a definition\n" + Minimal().Replace("\"id\": \"demo\",", "\"$schema\": \"instrument-definition.schema.json\", \"id\": \"demo\", /* ok */", StringComparison.Ordinal)).Id);

    [Fact]
    public void A_definition_built_in_csharp_still_reports_its_first_problem_as_before_and_every_problem_in_the_list()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "demo", "Demo", "s", ResponseScale.ZeroToFour, [new Item(1, "a")], [new ScoreDefinition("total", "Total", [1, 2], 2, "s")]));
        Assert.Equal(["$.scores[0].items[1]", "$.scores[0].maximumMissing"], Paths(e));
        Assert.StartsWith("The definition has 2 problems:\n- Instrument 'demo': score 'total' refers to item 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_to_a_stream_and_reading_from_one_give_the_same_definition()
    {
        using var stream = new MemoryStream();
        Instruments.Get("core-om").WriteJson(stream);
        stream.Position = 0;
        Assert.Equal(Instruments.Get("core-om").ToJson(), Instrument.FromJson(stream).ToJson());
    }
    public static TheoryData<byte[], string> BytesThatAreNotUtf8() => new()
    {
        // Found by fuzzing (eng/fuzz.sh, target "definition"): a bad byte inside a string or a property name passed
        // System.Text.Json's structural check, then threw InvalidOperationException from GetString, which FromJson does not document.
        { [.. "{\"id\":\"Caf"u8, 0xE9, .. "\"}"u8], "byte 0xE9 at byte offset 10" },
        { [.. "{\"i"u8, 0xFF, .. "d\":1}"u8], "byte 0xFF at byte offset 3" },
        { [.. "{\"id\":\""u8, 0xE2, 0x82], "a character cut off at byte offset 7" },
    };

    [Theory]
    [MemberData(nameof(BytesThatAreNotUtf8))]
    public void A_definition_that_is_not_UTF_8_gives_the_documented_exception_with_the_byte_offset(byte[] bytes, string where)
    {
        using var stream = new MemoryStream(bytes);
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(stream));
        Assert.Equal(["$"], Paths(e));
        Assert.StartsWith($"$: The definition is not valid UTF-8: {where}. Save the file as UTF-8.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_stream_may_start_with_a_byte_order_mark()
    {
        using var stream = new MemoryStream([.. "\uFEFF"u8, .. System.Text.Encoding.UTF8.GetBytes(Instruments.Get("core-10").ToJson())]);
        Assert.Equal(Instruments.Get("core-10").ToJson(), Instrument.FromJson(stream).ToJson());
    }
}
