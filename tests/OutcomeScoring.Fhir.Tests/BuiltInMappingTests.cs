using System.Globalization;
using Hl7.Fhir.Model;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>
/// Each built-in mapping reads a sample QuestionnaireResponse written here as JSON (parsed by the SDK), and the
/// scores agree with the checks in the spec sheets (specs/core.md, dialog.md, activation.md, fft.md).
/// </summary>
public class BuiltInMappingTests
{
    private static string Envelope(string items) => $$"""
        {
          "resourceType": "QuestionnaireResponse",
          "id": "sample-1",
          "status": "completed",
          "subject": { "reference": "Patient/example-1" },
          "authored": "2025-03-04T10:15:00+00:00",
          "item": [ {{items}} ]
        }
        """;

    /// <summary>Items "1".."n", each answered with the JSON answer the function gives.</summary>
    private static string NumberedJson(int count, Func<int, string> answerJson) =>
        Envelope(string.Join(",\n", Enumerable.Range(1, count).Select(n => $$"""{ "linkId": "{{n}}", "answer": [ {{answerJson(n)}} ] }""")));

    private static QuestionnaireResponse Parse(string json) => Fhir.Parse<QuestionnaireResponse>(json);

    private static InstrumentResult Scored(string json, QuestionnaireMapping mapping)
    {
        FhirOutcome<InstrumentResult> outcome = FhirScoring.Score(Parse(json), mapping);
        Assert.True(outcome.IsSuccess, outcome.ToString());
        return outcome.Value;
    }

    [Fact]
    public void CoreOm_every_answer_2_as_valueInteger_gives_every_score_2()
    {
        InstrumentResult result = Scored(NumberedJson(34, _ => """{ "valueInteger": 2 }"""), QuestionnaireMappings.CoreOm);

        Assert.All(result.ToArray(), s => Assert.Equal(2.0, s.Mean));
        Assert.Equal(34, result.ItemsAnswered);
    }

    [Fact]
    public void CoreOm_every_answer_0_as_ordinalValue_codings_gives_the_spec_sheet_check()
    {
        string json = NumberedJson(34, _ => """
            { "valueCoding": { "system": "http://example.org/core-answers", "code": "not-at-all",
              "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0 } ] } }
            """);

        InstrumentResult result = Scored(json, QuestionnaireMappings.CoreOm);

        // specs/core.md: every answer 0 gives W 2.0, P 0.0, F 2.0, R 0.0, All 32/34, NR 32/28.
        Assert.Equal(2.0, result["wellbeing"].Mean);
        Assert.Equal(0.0, result["problems"].Mean);
        Assert.Equal(2.0, result["functioning"].Mean);
        Assert.Equal(0.0, result["risk"].Mean);
        Assert.Equal(32.0 / 34, result["all"].Mean);
        Assert.Equal(32.0 / 28, result["nonrisk"].Mean);
    }

    [Fact]
    public void Core10_mixed_integer_decimal_and_ordinal_answers_with_item_3_absent_is_prorated_from_the_answered_items()
    {
        string json = Envelope("""
            { "linkId": "1", "answer": [ { "valueInteger": 2 } ] },
            { "linkId": "2", "answer": [ { "valueDecimal": 1.0 } ] },
            { "linkId": "4", "answer": [ { "valueInteger": 3 } ] },
            { "linkId": "5", "answer": [ { "valueInteger": 2 } ] },
            { "linkId": "6", "answer": [ { "valueCoding": { "system": "http://example.org/a", "code": "most",
                "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 4 } ] } } ] },
            { "linkId": "7", "answer": [ { "valueInteger": 1 } ] },
            { "linkId": "8", "answer": [ { "valueInteger": 2 } ] },
            { "linkId": "9", "answer": [ { "valueInteger": 3 } ] },
            { "linkId": "10", "answer": [ { "valueInteger": 3 } ] }
            """);

        InstrumentResult result = Scored(json, QuestionnaireMappings.Core10);

        // specs/core.md: CORE-10 items 2 and 3 are reverse scored (4 - answer); mean of the 9 answered items, x 10.
        double keyedSum = 2 + (4 - 1) + 3 + 2 + 4 + 1 + 2 + 3 + 3;
        Assert.Equal(keyedSum / 9, result.Primary.Mean);
        Assert.Equal(keyedSum * 10 / 9, result.Primary.ClinicalScore);
        Assert.True(result.Primary.IsProrated);
        Assert.Equal(9, result.Primary.ItemsAnswered);
        Assert.True(result.RiskFlag); // item 6 (plans to end life) answered 4
    }

    [Fact]
    public void YpCore_every_answer_4_keys_items_3_5_and_10_in_reverse()
    {
        InstrumentResult result = Scored(NumberedJson(10, _ => """{ "valueInteger": 4 }"""), QuestionnaireMappings.YpCore);

        // specs/core.md: YP-CORE items 3, 5, 10 are reverse scored, so 7 items score 4 and 3 score 0.
        Assert.Equal(28.0 / 10, result.Primary.Mean);
    }

    [Fact]
    public void GpCore_every_answer_4_keys_its_eight_reversed_core_om_items_in_reverse()
    {
        InstrumentResult result = Scored(NumberedJson(14, _ => """{ "valueInteger": 4 }"""), QuestionnaireMappings.GpCore);

        // specs/core.md: GP-CORE holds all eight reverse-scored CORE-OM items, so 6 of its 14 items score 4.
        Assert.Equal(24.0 / 14, result.Primary.Mean);
    }

    [Theory]
    [InlineData("core-sf-a")]
    [InlineData("core-sf-b")]
    public void Core_short_forms_every_answer_0_score_their_five_reversed_items_4(string id)
    {
        QuestionnaireMapping mapping = id == "core-sf-a" ? QuestionnaireMappings.CoreShortFormA : QuestionnaireMappings.CoreShortFormB;

        InstrumentResult result = Scored(NumberedJson(18, _ => """{ "valueInteger": 0 }"""), mapping);

        // specs/core.md item lists: SF/A holds CORE-OM 4, 7, 19, 31, 32 and SF/B holds 3, 4, 12, 21, 31 of the reversed items.
        Assert.Equal(20.0 / 18, result["all"].Mean);
        Assert.Equal(id, result.Instrument.Id);
    }

    [Fact]
    public void Dialog_reads_ratings_not_applicable_and_help_answers_by_meaning()
    {
        string json = Envelope("""
            { "linkId": "1", "answer": [ { "valueInteger": 4, "item": [ { "linkId": "1-help", "answer": [ { "valueBoolean": true } ] } ] } ] },
            { "linkId": "2", "answer": [ { "valueInteger": 5 } ] },
            { "linkId": "2-help", "answer": [ { "valueCoding": { "system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N" } } ] },
            { "linkId": "3", "answer": [ { "valueInteger": 2 } ] },
            { "linkId": "3-help", "answer": [ { "valueCoding": { "system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y" } } ] },
            { "linkId": "4", "answer": [ { "valueInteger": 6 } ] },
            { "linkId": "5", "answer": [ { "valueInteger": 3 } ] },
            { "linkId": "6", "answer": [ { "valueInteger": 7 } ] },
            { "linkId": "7", "answer": [ { "valueInteger": 1 } ] },
            { "linkId": "8", "answer": [ { "valueInteger": 5 } ] },
            { "linkId": "9", "answer": [ { "valueCoding": { "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-applicable" } } ] },
            { "linkId": "10", "answer": [ { "valueInteger": 4 } ] },
            { "linkId": "11", "answer": [ { "valueInteger": 6 } ] }
            """);

        FhirOutcome<DialogResponse> read = FhirScoring.ReadDialog(Parse(json), QuestionnaireMappings.Dialog);

        Assert.True(read.IsSuccess, read.ToString());
        DialogResponse response = read.Value;
        Assert.Equal(Answer.Of(7), response.RatingOf(DialogDomain.Friendships)); // MHSDS position 6
        Assert.Equal(Answer.Of(1), response.RatingOf(DialogDomain.PartnerFamily)); // MHSDS position 7
        Assert.True(response.RatingOf(DialogDomain.Medication).IsNotApplicable);
        Assert.True(response.HelpWantedFor(DialogDomain.MentalHealth));
        Assert.False(response.HelpWantedFor(DialogDomain.PhysicalHealth));
        Assert.True(response.HelpWantedFor(DialogDomain.JobSituation));
        Assert.Null(response.HelpWantedFor(DialogDomain.Accommodation));

        DialogResult result = Dialog.Score(response);
        Assert.Equal((4 + 5 + 2 + 6 + 3 + 7 + 1 + 5) / 8.0, result.QualityOfLife.Mean); // dialog.md: SQOL = mean of items 1-8
        Assert.Equal((4 + 6) / 2.0, result.TreatmentSatisfaction.Mean); // TS = mean of 9-11; N/A left out
        Assert.Equal(1, result.ItemsNotApplicable);
        Assert.Equal(2, result.UnmetNeeds);
    }

    [Fact]
    public void Dialog_plus_app_order_reads_position_6_as_partner_family_and_7_as_friendships()
    {
        string json = Envelope("""
            { "linkId": "6", "answer": [ { "valueInteger": 2 } ] },
            { "linkId": "6-help", "answer": [ { "valueBoolean": true } ] },
            { "linkId": "7", "answer": [ { "valueInteger": 6 } ] }
            """);

        DialogResponse response = FhirScoring.ReadDialog(Parse(json), QuestionnaireMappings.DialogPlusAppOrder).Value;

        Assert.Equal(Answer.Of(2), response.RatingOf(DialogDomain.PartnerFamily));
        Assert.True(response.HelpWantedFor(DialogDomain.PartnerFamily));
        Assert.Equal(Answer.Of(6), response.RatingOf(DialogDomain.Friendships));
    }

    [Fact]
    public void Dialog_zero_to_six_data_reads_with_an_offset_of_one()
    {
        QuestionnaireMapping zeroToSix = QuestionnaireMappings.Dialog.WithAnswers(QuestionnaireMappings.Dialog.Answers with { Offset = 1 });
        string json = Envelope("""{ "linkId": "1", "answer": [ { "valueInteger": 0 } ] }, { "linkId": "2", "answer": [ { "valueInteger": 6 } ] }""");

        DialogResponse response = FhirScoring.ReadDialog(Parse(json), zeroToSix).Value;

        Assert.Equal(Answer.Of(1), response.RatingOf(DialogDomain.MentalHealth));
        Assert.Equal(Answer.Of(7), response.RatingOf(DialogDomain.PhysicalHealth));
    }

    [Fact]
    public void Pam13_reads_answers_1_to_4_and_not_applicable_and_scores_with_the_callers_calibration()
    {
        string json = NumberedJson(13, n => n == 5
            ? """{ "valueCoding": { "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-applicable" } }"""
            : $$"""{ "valueInteger": {{1 + (n % 4)}} }""");
        QuestionnaireResponse response = Parse(json);

        ResponseAnswers answers = FhirScoring.ReadAnswers(response, QuestionnaireMappings.Pam13).Value;
        Answer[] expected = [.. Enumerable.Range(1, 13).Select(n => n == 5 ? Answer.NotApplicable : Answer.Of(1 + (n % 4)))];
        Assert.Equal(expected, answers.Answers);

        FhirOutcome<Pam13Result> scored = FhirScoring.ScorePam13(response, QuestionnaireMappings.Pam13, Fhir.MadeUpPamCalibration);
        Pam13Result direct = Pam13.Score(expected, Fhir.MadeUpPamCalibration);
        Assert.True(scored.IsSuccess, scored.ToString());
        Assert.Equal(direct.Score, scored.Value.Score);
        Assert.Equal(12, scored.Value.ItemsAnswered); // activation.md: N/A counts as not answered
    }

    [Theory]
    [InlineData("""{ "valueString": "Very good" }""", FftAnswer.VeryGood)]
    [InlineData("""{ "valueString": "  neither GOOD nor poor " }""", FftAnswer.Neither)]
    [InlineData("""{ "valueString": "Don’t know" }""", FftAnswer.DontKnow)]
    [InlineData("""{ "valueString": "Dont know" }""", FftAnswer.DontKnow)]
    [InlineData("""{ "valueInteger": 5 }""", FftAnswer.VeryPoor)]
    [InlineData("""{ "valueInteger": 6 }""", FftAnswer.DontKnow)]
    public void Fft_experience_reads_labels_and_nhs_codes(string answerJson, FftAnswer expected)
    {
        string json = Envelope($$"""{ "linkId": "1", "answer": [ {{answerJson}} ] }""");

        FhirOutcome<FftAnswer?> read = FhirScoring.ReadFft(Parse(json), QuestionnaireMappings.FftExperience);

        Assert.True(read.IsSuccess, read.ToString());
        Assert.Equal(expected, read.Value);
    }

    [Fact]
    public void Fft_recommend_reads_the_2013_labels_and_an_unanswered_question_is_no_answer()
    {
        QuestionnaireResponse answered = Parse(Envelope("""{ "linkId": "1", "answer": [ { "valueString": "Extremely unlikely" } ] }"""));
        QuestionnaireResponse blank = Parse(Envelope("""{ "linkId": "1" }"""));

        Assert.Equal(FftAnswer.VeryPoor, FhirScoring.ReadFft(answered, QuestionnaireMappings.FftRecommend).Value);
        Assert.Null(FhirScoring.ReadFft(blank, QuestionnaireMappings.FftRecommend).Value);
    }

    [Fact]
    public void A_callers_own_mapping_reads_its_linkIds_and_codes()
    {
        var instrument = new Instrument(
            "wellbeing-3", "Wellbeing-3", "test definition", new ResponseScale(1, 3),
            [new Item(1, "a"), new Item(2, "b"), new Item(3, "c", ItemKeying.Reversed)],
            [new ScoreDefinition("total", "Total", [1, 2, 3], 0, "test rule")]);
        AnswerScheme scheme = (AnswerScheme.Numbers with { AcceptsIntegers = false })
            .WithCode(new AnswerCode("http://example.org/answers", "low"), 1)
            .WithCode(new AnswerCode("http://example.org/answers", "mid"), 2)
            .WithCode(new AnswerCode("http://example.org/answers", "high"), 3);
        QuestionnaireMapping mapping = QuestionnaireMapping.ForInstrument(instrument, n => $"wb-q{n}", scheme).WithIgnoredLinkIds(["comment"]);
        string json = Envelope("""
            { "linkId": "wb-q1", "answer": [ { "valueCoding": { "system": "http://example.org/answers", "code": "high" } } ] },
            { "linkId": "wb-q2", "answer": [ { "valueCoding": { "system": "http://example.org/answers", "code": "low" } } ] },
            { "linkId": "wb-q3", "answer": [ { "valueCoding": { "system": "http://example.org/answers", "code": "mid" } } ] },
            { "linkId": "comment", "answer": [ { "valueString": "free text the mapping ignores on purpose" } ] }
            """);

        InstrumentResult result = Scored(json, mapping);

        Assert.Equal((3 + 1 + (1 + 3 - 2)) / 3.0, result.Primary.Mean);
    }

    [Fact]
    public void Groups_are_read_through_and_their_linkIds_need_no_mapping()
    {
        string json = Envelope("""
            { "linkId": "page-1", "item": [
                { "linkId": "1", "answer": [ { "valueInteger": 1 } ] },
                { "linkId": "section-b", "item": [ { "linkId": "2", "answer": [ { "valueInteger": 3 } ] } ] } ] }
            """);

        ResponseAnswers answers = FhirScoring.ReadAnswers(Parse(json), QuestionnaireMappings.Core10).Value;

        Assert.Equal(Answer.Of(1), answers.Answers[0]);
        Assert.Equal(Answer.Of(3), answers.Answers[1]);
        Assert.Equal(2, answers.ItemsAnswered);
    }

    [Fact]
    public void Data_absent_reasons_mark_an_item_not_answered()
    {
        string json = Envelope(string.Join(",", new[] { "asked-declined", "asked-unknown", "not-asked", "unknown" }.Select((code, i) =>
            $$"""{ "linkId": "{{(i + 1).ToString(CultureInfo.InvariantCulture)}}", "answer": [ { "valueCoding": { "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "{{code}}" } } ] }""")));

        ResponseAnswers answers = FhirScoring.ReadAnswers(Parse(json), QuestionnaireMappings.Core10).Value;

        Assert.All(answers.Answers, a => Assert.Equal(Answer.NotAnswered, a));
    }

    [Fact]
    public void Every_built_in_instrument_has_a_built_in_mapping()
    {
        foreach (Instrument instrument in Instruments.All)
        {
            QuestionnaireMapping mapping = QuestionnaireMappings.For(instrument.Id);
            Assert.Equal((instrument.Id, instrument.Items.Length), (mapping.InstrumentId, mapping.ItemCount));
            Assert.Same(instrument, mapping.Instrument);
        }

        Assert.Same(QuestionnaireMappings.Dialog, QuestionnaireMappings.For("dialog"));
        Assert.Same(QuestionnaireMappings.Core10, QuestionnaireMappings.For("core-10"));
        Assert.Contains("phq-9", Assert.Throws<ArgumentException>(() => QuestionnaireMappings.For("phq9")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_honos_scale_not_known_is_read_from_the_not_applicable_reason()
    {
        string json = Envelope(string.Join(",", Enumerable.Range(1, 12).Select(i => i == 3
            ? """{ "linkId": "3", "answer": [ { "valueCoding": { "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-applicable" } } ] }"""
            : $$"""{ "linkId": "{{i.ToString(CultureInfo.InvariantCulture)}}", "answer": [ { "valueInteger": 2 } ] }""")));

        InstrumentResult result = FhirScoring.Score(Parse(json), QuestionnaireMappings.For("honos")).Value;

        // specs/mental-health-proms.md section 10: 9 (not known) is left out of the total, not counted as 0 or missing.
        Assert.Equal((22.0, 11, 1), (result.Primary.ClinicalScore!.Value, result.Primary.ItemsAnswered, result.Primary.ItemsNotApplicable));
    }

    [Fact]
    public void Every_built_in_mapping_maps_every_item_once_and_ships_no_item_text()
    {
        foreach (QuestionnaireMapping mapping in QuestionnaireMappings.All)
        {
            Assert.Equal(mapping.ItemCount, mapping.LinkIds.Count);
            Assert.Equal(Enumerable.Range(1, mapping.ItemCount), mapping.LinkIds.Values.Order());
            Assert.All(mapping.LinkIds.Keys, k => Assert.True(k.Length <= 8, $"linkId '{k}' looks like text, not an id"));
        }
    }
}
