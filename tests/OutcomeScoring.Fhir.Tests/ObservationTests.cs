using Hl7.Fhir.Model;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>The shape of the Observations written for each kind of result, and reading them back.</summary>
public class ObservationTests
{
    private static readonly Answer[] Core10Answers = [2, 1, Answer.NotAnswered, 3, 2, 4, 1, 2, 3, 3];

    private static (QuestionnaireResponse Source, InstrumentResult Result) Core10Sample()
    {
        QuestionnaireResponse source = Fhir.Numbered(Core10Answers, (_, a) => a.IsAnswered ? new Integer(a.Value) : null);
        return (source, FhirScoring.Score(source, QuestionnaireMappings.Core10).Value);
    }

    private static Coding LocalCoding(CodeableConcept? concept, string system = FhirCodes.LocalCodeSystem) =>
        Assert.Single(concept!.Coding, c => c.System == system);

    private static DataType? ComponentValue(Observation observation, string code) =>
        observation.Component.Single(c => c.Code!.Coding.Any(k => k.Code == code)).Value;

    [Fact]
    public void A_score_is_a_final_survey_observation_of_the_responses_subject_derived_from_the_response()
    {
        (QuestionnaireResponse source, InstrumentResult result) = Core10Sample();

        Observation observation = Assert.Single(ScoreObservations.FromResult(source, result));

        Assert.Equal(ObservationStatus.Final, observation.Status);
        Assert.Equal("survey", Assert.Single(Assert.Single(observation.Category).Coding).Code);
        Assert.Equal("core-10.total", LocalCoding(observation.Code).Code);
        Assert.Equal(Fhir.Patient, observation.Subject!.Reference);
        Assert.Equal(Fhir.Authored, ((FhirDateTime)observation.Effective!).Value);
        Assert.Equal("QuestionnaireResponse/qr-1", Assert.Single(observation.DerivedFrom).Reference);
        Assert.Null(observation.Issued); // no clock is read
    }

    [Fact]
    public void A_prorated_score_says_so_in_its_method_and_components_and_keeps_full_precision()
    {
        (QuestionnaireResponse source, InstrumentResult result) = Core10Sample();

        Observation observation = Fhir.ThroughJson(Assert.Single(ScoreObservations.FromResult(source, result)));

        var quantity = (Quantity)observation.Value!;
        Assert.Equal(FhirCodes.ScoreUnit, quantity.Code);
        Assert.Equal(FhirCodes.Ucum, quantity.System);
        Assert.Equal(result.Primary.ClinicalScore!.Value, double.Parse(quantity.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(FhirCodes.ProratedMean, LocalCoding(observation.Method!).Code);
        Assert.Contains("9 answered items of 10", observation.Method!.Text, StringComparison.Ordinal);
        Assert.Equal(9, ((Integer)ComponentValue(observation, FhirCodes.ItemsAnswered)!).Value);
        Assert.Equal(10, ((Integer)ComponentValue(observation, FhirCodes.ItemsInScore)!).Value);
        Assert.True(((FhirBoolean)ComponentValue(observation, FhirCodes.Prorated)!).Value);
        Assert.Equal(1, ((Integer)ComponentValue(observation, FhirCodes.RiskItemsFlagged)!).Value);
        Assert.Equal($"core-10.band.{result.Band!.Code}", LocalCoding(Assert.Single(observation.Interpretation)).Code);
        Assert.Contains(observation.Note, n => n.Text!.Contains(result.Primary.Definition.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void A_score_that_is_not_computable_has_no_value_but_a_data_absent_reason_and_the_explanation()
    {
        Answer[] answers = [2, Answer.NotAnswered, Answer.NotAnswered, 3, 2, 4, 1, 2, 3, 3];
        QuestionnaireResponse source = Fhir.Numbered(answers, (_, a) => a.IsAnswered ? new Integer(a.Value) : null);
        InstrumentResult result = FhirScoring.Score(source, QuestionnaireMappings.Core10).Value;

        Observation observation = Fhir.ThroughJson(Assert.Single(ScoreObservations.FromResult(source, result)));

        Assert.Null(observation.Value);
        Assert.Equal("not-performed", Assert.Single(observation.DataAbsentReason!.Coding).Code);
        Assert.Equal(result.Primary.Explanation, observation.Note[0].Text);
        Assert.Null(observation.Method);
        ObservedScore back = Assert.Single(ScoreObservations.ReadScores([observation], Core10.Instrument).Value);
        Assert.False(back.IsComputable);
        Assert.True(back.Matches(result.Primary));
    }

    [Fact]
    public void Core_om_writes_one_observation_per_score_in_the_instruments_order()
    {
        QuestionnaireResponse source = Fhir.Numbered([.. Enumerable.Repeat(Answer.Of(1), 34)], (_, a) => new Integer(a.Value));
        InstrumentResult result = FhirScoring.Score(source, QuestionnaireMappings.CoreOm).Value;

        IReadOnlyList<Observation> observations = ScoreObservations.FromResult(source, result);

        Assert.Equal(CoreOm.Instrument.Scores.Select(s => $"core-om.{s.Id}"), observations.Select(o => LocalCoding(o.Code).Code));
        Assert.All(ScoreObservations.ReadScores(observations, CoreOm.Instrument).Value.Zip(result.ToArray()), p => Assert.True(p.First.Matches(p.Second)));
    }

    [Fact]
    public void A_score_carries_the_definitions_public_codes_for_its_clinical_score_then_the_local_code()
    {
        // specs/mental-health-proms.md: MHSDS codes the CORE-10 clinical score 718583008 (v2) and 958051000000104 (v1).
        (QuestionnaireResponse source, InstrumentResult result) = Core10Sample();
        Observation observation = Fhir.ThroughJson(Assert.Single(ScoreObservations.FromResult(source, result)));
        Assert.Equal(
            [(FhirCodes.SnomedCt, "718583008"), (FhirCodes.SnomedCt, "958051000000104"), (FhirCodes.LocalCodeSystem, "core-10.total")],
            observation.Code.Coding.Select(c => (c.System, c.Code)));
        Assert.True(ScoreObservations.ReadScores([observation], Core10.Instrument).IsSuccess);

        Observation without = Assert.Single(ScoreObservations.FromResult(source, result, new ObservationOptions { IncludePublicCodes = false }));
        Assert.Equal([(FhirCodes.LocalCodeSystem, "core-10.total")], without.Code.Coding.Select(c => (c.System, c.Code)));
    }

    [Fact]
    public void A_public_code_for_an_item_sum_is_not_written_on_an_observation_of_the_clinical_score()
    {
        // The MHSDS CORE-OM domain concepts stand for item sums (0-16, 0-48), not the clinical score the Observation holds.
        QuestionnaireResponse source = Fhir.Numbered([.. Enumerable.Repeat(Answer.Of(1), 34)], (_, a) => new Integer(a.Value));
        InstrumentResult result = FhirScoring.Score(source, QuestionnaireMappings.CoreOm).Value;
        Assert.NotEmpty(CoreOm.Wellbeing.Codes);
        Assert.All(ScoreObservations.FromResult(source, result), o => Assert.DoesNotContain(o.Code.Coding, c => c.System == FhirCodes.SnomedCt));
    }

    [Fact]
    public void The_local_code_system_is_the_callers_choice_and_reading_needs_the_same_one()
    {
        (QuestionnaireResponse source, InstrumentResult result) = Core10Sample();
        var options = new ObservationOptions { CodeSystem = "https://trust.example.nhs.uk/fhir/CodeSystem/outcome-scores" };

        Observation observation = Assert.Single(ScoreObservations.FromResult(source, result, options));

        Assert.Equal("core-10.total", LocalCoding(observation.Code, options.CodeSystem).Code);
        Assert.DoesNotContain(observation.Code!.Coding, c => c.System == FhirCodes.LocalCodeSystem);
        Assert.All(observation.Component, c => Assert.Equal(options.CodeSystem, Assert.Single(c.Code!.Coding).System));
        Assert.True(ScoreObservations.ReadScores([observation], Core10.Instrument, options).IsSuccess);
        Assert.Equal(FhirIssueCode.MissingObservation, Assert.Single(ScoreObservations.ReadScores([observation], Core10.Instrument).Issues).Code);
    }

    [Fact]
    public void The_source_is_referenced_by_id_by_identifier_or_as_the_caller_says()
    {
        (QuestionnaireResponse source, InstrumentResult result) = Core10Sample();
        var bundleOptions = new ObservationOptions { SourceReference = "urn:uuid:2f0e4c39-8a8e-4b5e-9d1c-3d1f3d0b6a11" };
        Assert.Equal(bundleOptions.SourceReference, ScoreObservations.FromResult(source, result, bundleOptions)[0].DerivedFrom[0].Reference);

        source.Id = null;
        source.Identifier = new Identifier("https://trust.example.nhs.uk/responses", "R-1");
        ResourceReference byIdentifier = ScoreObservations.FromResult(source, result)[0].DerivedFrom[0];
        Assert.Equal("R-1", byIdentifier.Identifier!.Value);
        Assert.Equal("QuestionnaireResponse", byIdentifier.Type);

        source.Identifier = null;
        ArgumentException error = Assert.Throws<ArgumentException>(() => ScoreObservations.FromResult(source, result));
        Assert.Contains("neither an id nor an identifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dialog_items_carry_the_mhsds_snomed_ct_concepts_not_applicable_and_help()
    {
        // dialog.md: the eleven items in MHSDS order and their SNOMED CT concepts.
        string[] specConcepts =
        [
            "1037651000000100", "1037661000000102", "1037671000000109", "1037681000000106", "1037691000000108", "1037701000000108",
            "1037711000000105", "1037721000000104", "1037731000000102", "1037741000000106", "1037751000000109",
        ];
        DialogResponse response = DialogResponse.FromPositional(
            [4, 5, 2, 6, 3, 7, 1, 5, Answer.NotApplicable, Answer.NotAnswered, 6],
            helpWanted: [true, false, null, null, null, null, null, null, null, null, true]);
        QuestionnaireResponse source = Fhir.Response();

        IReadOnlyList<Observation> observations = ScoreObservations.FromDialog(source, response, Dialog.Score(response));
        Observation[] items = [.. observations.Where(o => o.Code!.Coding.Any(c => c.System == FhirCodes.SnomedCt))];

        Assert.Equal(specConcepts, items.Select(o => Assert.Single(o.Code!.Coding, c => c.System == FhirCodes.SnomedCt).Code));
        Assert.Equal(4, ((Integer)items[0].Value!).Value);
        Assert.Equal("not-applicable", items[8].DataAbsentReason!.Coding[0].Code);
        Assert.Equal("unknown", items[9].DataAbsentReason!.Coding[0].Code);
        Assert.True(((FhirBoolean)ComponentValue(items[0], Dialog.HelpQuestion)!).Value);
        Assert.False(((FhirBoolean)ComponentValue(items[1], Dialog.HelpQuestion)!).Value);
        Assert.Empty(items[2].Component);
        Observation unmet = Assert.Single(observations, o => LocalCoding(o.Code).Code == "dialog.unmet-needs");
        Assert.Equal(2, ((Integer)unmet.Value!).Value);
        Assert.Equal(3, ((Integer)ComponentValue(unmet, "answered")!).Value);
        Assert.Contains(observations, o => LocalCoding(o.Code).Code == "dialog.sqol");
    }

    [Fact]
    public void DIALOG_without_help_answers_writes_no_unmet_needs_observation()
    {
        DialogResponse response = DialogResponse.FromPositional([4, 5, 2, 6, 3, 7, 1, 5, 2, 3, 6]);
        IReadOnlyList<Observation> observations = ScoreObservations.FromDialog(Fhir.Response(), response, Dialog.Score(response));
        Assert.DoesNotContain(observations, o => LocalCoding(o.Code).Code == "dialog.unmet-needs");
        Assert.Equal(2 + 1 + 11, observations.Count);
        Assert.All(ScoreObservations.ReadDialog(observations).Value.HelpWanted, h => Assert.Null(h));
    }

    [Fact]
    public void DIALOG_through_the_one_scoring_path_writes_the_observations_FromDialog_writes()
    {
        const string json = """
            { "resourceType": "QuestionnaireResponse", "id": "d1", "status": "completed", "item": [
              { "linkId": "1", "answer": [ { "valueInteger": 4, "item": [ { "linkId": "1-help", "answer": [ { "valueBoolean": true } ] } ] } ] },
              { "linkId": "2", "answer": [ { "valueInteger": 6 } ] },
              { "linkId": "2-help", "answer": [ { "valueBoolean": false } ] },
              { "linkId": "3", "answer": [ { "valueInteger": 2 } ] },
              { "linkId": "4", "answer": [ { "valueInteger": 5 } ] },
              { "linkId": "5", "answer": [ { "valueInteger": 5 } ] },
              { "linkId": "6", "answer": [ { "valueInteger": 3 } ] },
              { "linkId": "7", "answer": [ { "valueInteger": 7 } ] },
              { "linkId": "8", "answer": [ { "valueInteger": 2 } ] },
              { "linkId": "9", "answer": [ { "valueInteger": 6 } ] },
              { "linkId": "11", "answer": [ { "valueInteger": 1 } ] },
              { "linkId": "11-help", "answer": [ { "valueBoolean": true } ] }
            ] }
            """;
        QuestionnaireResponse response = Fhir.Parse<QuestionnaireResponse>(json);

        // The generic path: read and score with the mapping's instrument, write the result and the answers.
        InstrumentResult result = FhirScoring.Score(response, QuestionnaireMappings.Dialog).Value;
        ResponseAnswers answers = FhirScoring.ReadAnswers(response, QuestionnaireMappings.Dialog).Value;
        Observation[] generic =
        [
            .. ScoreObservations.FromResult(response, result),
            .. ScoreObservations.FromAnswers(response, Dialog.Instrument, answers.Answers.AsSpan(), answers.HelpWanted.AsSpan()),
        ];

        // The DIALOG wrappers.
        DialogResponse ratings = FhirScoring.ReadDialog(response, QuestionnaireMappings.Dialog).Value;
        IReadOnlyList<Observation> wrapper = ScoreObservations.FromDialog(response, ratings, Dialog.Score(ratings));

        Assert.Equal(generic.Select(Fhir.Json), wrapper.Select(Fhir.Json));
        Assert.Equal(2, result.Stage(Dialog.UnmetNeedsStage)["count"]);
        Assert.Equal([1, 11], result.Stage(Dialog.UnmetNeedsStage).MarkedItems);
        Assert.Equal(ratings.HelpWanted, ScoreObservations.ReadAnswers(generic, Dialog.Instrument).Value.CompanionAnswers);
        Assert.Equal(ratings.Ratings, ScoreObservations.ReadDialog(generic).Value.Ratings);
    }

    [Fact]
    public void Public_codes_can_be_left_out_and_the_observations_still_read_back()
    {
        DialogResponse response = DialogResponse.FromPositional([4, 5, 2, 6, 3, 7, 1, 5, 2, 3, 6]);
        var options = new ObservationOptions { IncludePublicCodes = false };

        IReadOnlyList<Observation> observations = ScoreObservations.FromDialog(Fhir.Response(), response, Dialog.Score(response), options);

        Assert.DoesNotContain(observations, o => o.Code!.Coding.Any(c => c.System == FhirCodes.SnomedCt));
        Assert.Equal(response.Ratings, ScoreObservations.ReadDialog(observations, options).Value.Ratings);
    }

    [Fact]
    public void Pam13_is_coded_with_loinc_88175_5_and_keeps_score_standard_error_and_level()
    {
        Answer[] answers = [.. Enumerable.Range(0, 13).Select(i => Answer.Of(1 + (i % 4)))];
        Pam13Result result = Pam13.Score(answers, Fhir.MadeUpPamCalibration);

        Observation observation = Fhir.ThroughJson(ScoreObservations.FromPam13(Fhir.Response(), result));

        Coding loinc = Assert.Single(observation.Code.Coding, c => c.System == FhirCodes.Loinc);
        Assert.Equal("88175-5", loinc.Code);
        Assert.Equal("pam-13.activation", LocalCoding(observation.Code).Code);
        Assert.NotNull(result.StandardError);
        Assert.True(ScoreObservations.ReadPam13([observation]).Value.Matches(result));
    }

    [Fact]
    public void Pam13_through_the_one_scoring_path_writes_the_observation_FromPam13_writes()
    {
        Answer[] answers = [.. Enumerable.Range(0, 13).Select(i => i == 4 ? Answer.NotApplicable : Answer.Of(1 + (i % 4)))];
        QuestionnaireResponse response = Fhir.Numbered(answers, (_, a) => a.Value is { } v ? new Integer(v) : Fhir.Absent("not-applicable"));
        QuestionnaireMapping mapping = QuestionnaireMappings.Pam13.WithInstrument(Pam13.WithCalibration(Fhir.MadeUpPamCalibration));

        InstrumentResult result = FhirScoring.Score(response, mapping).Value;
        IReadOnlyList<Observation> observations = ScoreObservations.FromResult(response, result);
        Observation wrapper = ScoreObservations.FromPam13(response, FhirScoring.ScorePam13(response, QuestionnaireMappings.Pam13, Fhir.MadeUpPamCalibration).Value);

        Observation stage = Assert.Single(observations, o => LocalCoding(o.Code).Code == "pam-13.activation");
        Assert.Equal(Fhir.Json(wrapper), Fhir.Json(stage));
        Assert.Equal(Pam13.Score(answers, Fhir.MadeUpPamCalibration).Score, result.Stage(Pam13.ActivationStage)["measure"]);
        Assert.Equal(Pam13.Score(answers, Fhir.MadeUpPamCalibration).Score, ScoreObservations.ReadPam13(observations).Value.Score);
    }

    [Fact]
    public void Pam13_without_a_calibration_scores_its_answers_and_says_the_stage_needs_one()
    {
        Answer[] answers = [.. Enumerable.Range(0, 13).Select(i => Answer.Of(1 + (i % 4)))];
        QuestionnaireResponse response = Fhir.Numbered(answers, (_, a) => new Integer(a.Value!.Value));

        InstrumentResult result = FhirScoring.Score(response, QuestionnaireMappings.Pam13).Value;
        Observation stage = ScoreObservations.FromResult(response, result)[^1];

        Assert.Equal(StageNotComputableReason.CalibrationNotSupplied, result.Stage(Pam13.ActivationStage).Reason);
        Assert.Null(stage.Value);
        Assert.Equal(result.Stage(Pam13.ActivationStage).Explanation, stage.Note[0].Text);
        Assert.False(ScoreObservations.ReadPam13([stage]).Value.IsComputable);
    }

    [Fact]
    public void A_stage_is_written_with_its_definitions_public_codes_only_when_asked()
    {
        Answer[] answers = [.. Enumerable.Range(0, 13).Select(i => Answer.Of(1 + (i % 4)))];
        StageResult stage = Pam13.Score(answers, Fhir.MadeUpPamCalibration).Stage;

        Observation coded = ScoreObservations.FromStage(Fhir.Response(), Pam13.Instrument, stage);
        Observation local = ScoreObservations.FromStage(Fhir.Response(), Pam13.Instrument, stage, new ObservationOptions { IncludePublicCodes = false });

        Assert.Equal([PublicCode.Loinc, ObservationOptions.Default.CodeSystem], coded.Code.Coding.Select(c => c.System));
        Assert.Equal([ObservationOptions.Default.CodeSystem], local.Code.Coding.Select(c => c.System));
        Assert.Equal(
            ["measure-se", "level", "answered", "theta", "theta-se"],
            coded.Component.Select(c => c.Code.Coding[0].Code));
    }

    [Fact]
    public void A_stage_result_of_another_instrument_is_refused()
    {
        StageResult stage = Pam13.Score([.. Enumerable.Range(0, 13).Select(i => Answer.Of(2))], Fhir.MadeUpPamCalibration).Stage;

        Assert.Throws<ArgumentException>(() => ScoreObservations.FromStage(Fhir.Response(), CoreFamily.Core10.Instrument, stage));
        Assert.Throws<ArgumentException>(() => ScoreObservations.FromStage(Fhir.Response(), Pam13.Instrument, default));
        Assert.Throws<ArgumentException>(() => ScoreObservations.ReadStage([], Pam13.Instrument, "no-such-stage"));
        Assert.Equal(FhirIssueCode.MissingObservation, Assert.Single(ScoreObservations.ReadStage([], Pam13.Instrument, Pam13.ActivationStage).Issues).Code);
    }

    [Fact]
    public void Pam13_not_computable_has_a_data_absent_reason_and_the_reason()
    {
        Answer[] answers = [1, 2, 3, .. Enumerable.Repeat(Answer.NotApplicable, 10)];
        Pam13Result result = Pam13.Score(answers, Fhir.MadeUpPamCalibration);
        Assert.False(result.IsComputable);

        Observation observation = Fhir.ThroughJson(ScoreObservations.FromPam13(Fhir.Response(), result));

        Assert.Null(observation.Value);
        Assert.Equal(result.Explanation, observation.Note[0].Text);
        Assert.True(ScoreObservations.ReadPam13([observation]).Value.Matches(result));
    }

    [Theory]
    [InlineData(FftQuestion.Experience2020, FftAnswer.Neither, "Neither good nor poor")]
    [InlineData(FftQuestion.Recommend2013, FftAnswer.VeryGood, "Extremely likely")]
    public void Fft_answers_are_coded_with_the_questions_label(FftQuestion question, FftAnswer answer, string label)
    {
        Observation observation = Fhir.ThroughJson(ScoreObservations.FromFft(Fhir.Response(), answer, question));

        Assert.Equal(label, ((CodeableConcept)observation.Value!).Coding[0].Display);
        Assert.Equal(answer, ScoreObservations.ReadFft([observation], question).Value);
        Assert.Equal(FhirIssueCode.MissingObservation, Assert.Single(ScoreObservations.ReadFft([observation], question == FftQuestion.Experience2020 ? FftQuestion.Recommend2013 : FftQuestion.Experience2020).Issues).Code);
    }

    [Fact]
    public void An_unanswered_fft_question_is_written_as_absent_and_read_back_as_no_answer()
    {
        Observation observation = Fhir.ThroughJson(ScoreObservations.FromFft(Fhir.Response(), null, FftQuestion.Experience2020));

        Assert.Equal("unknown", observation.DataAbsentReason!.Coding[0].Code);
        FhirOutcome<FftAnswer?> back = ScoreObservations.ReadFft([observation], FftQuestion.Experience2020);
        Assert.True(back.IsSuccess);
        Assert.Null(back.Value);
    }
}
