using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>Every kind of bad response gives its coded issue, naming the linkId and the value; nothing is scored.</summary>
public class BadInputTests
{
    private static FhirIssue SingleIssue(QuestionnaireResponse response, QuestionnaireMapping? mapping = null)
    {
        FhirOutcome<InstrumentResult> outcome = FhirScoring.Score(response, mapping ?? QuestionnaireMappings.Core10);
        Assert.False(outcome.IsSuccess);
        return Assert.Single(outcome.Issues);
    }

    private static void AssertIssue(FhirIssue issue, FhirIssueCode code, string? linkId, string? value)
    {
        Assert.Equal(code, issue.Code);
        Assert.Equal(linkId, issue.LinkId);
        Assert.Equal(value, issue.Value);
        if (linkId is not null)
        {
            Assert.Contains($"'{linkId}'", issue.Message, StringComparison.Ordinal);
        }

        if (value is not null)
        {
            Assert.Contains(value, issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_linkId_with_an_answer_is_reported_with_its_value()
    {
        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("1", new Integer(2)), Fhir.Item("q11", new Integer(3))));

        AssertIssue(issue, FhirIssueCode.UnknownLinkId, "q11", "3");
        Assert.Contains("ignored linkIds", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_linkId_without_an_answer_or_child_items_is_reported_too()
    {
        AssertIssue(SingleIssue(Fhir.Response(Fhir.Item("comment"))), FhirIssueCode.UnknownLinkId, "comment", null);
    }

    [Fact]
    public void An_ignored_linkId_is_not_reported()
    {
        QuestionnaireMapping mapping = QuestionnaireMappings.Core10.WithIgnoredLinkIds(["comment"]);

        Assert.True(FhirScoring.Score(Fhir.Response(Fhir.Item("comment", new FhirString("fine"))), mapping).IsSuccess);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("boolean")]
    [InlineData("date")]
    public void An_answer_of_a_type_the_mapping_does_not_read_is_the_wrong_type(string type)
    {
        DataType value = type switch
        {
            "string" => new FhirString("often"),
            "boolean" => new FhirBoolean(true),
            _ => new Date("2025-03-04"),
        };

        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("3", value)));

        AssertIssue(issue, FhirIssueCode.WrongAnswerType, "3", ResponseReaderText(value));
        Assert.Contains("integer", issue.Message, StringComparison.Ordinal);
    }

    private static string ResponseReaderText(DataType value) => value switch
    {
        FhirString s => s.Value!,
        FhirBoolean => "true",
        _ => "2025-03-04",
    };

    [Fact]
    public void An_integer_is_the_wrong_type_when_the_mapping_does_not_accept_integers()
    {
        QuestionnaireMapping codesOnly = QuestionnaireMappings.Core10.WithAnswers(AnswerScheme.Numbers with { AcceptsIntegers = false });

        AssertIssue(SingleIssue(Fhir.Response(Fhir.Item("2", new Integer(2))), codesOnly), FhirIssueCode.WrongAnswerType, "2", "2");
    }

    [Fact]
    public void An_answer_without_a_value_is_the_wrong_type()
    {
        var item = new QuestionnaireResponse.ItemComponent { LinkId = "4" };
        item.Answer.Add(new QuestionnaireResponse.AnswerComponent());

        FhirIssue issue = SingleIssue(Fhir.Response(item));

        Assert.Equal(FhirIssueCode.WrongAnswerType, issue.Code);
        Assert.Equal("4", issue.LinkId);
        Assert.Contains("without a value", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinalValue_that_is_not_a_number_is_the_wrong_type()
    {
        var coding = new Coding("http://example.org/a", "often");
        coding.SetExtension(FhirCodes.OrdinalValueExtension, new FhirString("three"));

        AssertIssue(SingleIssue(Fhir.Response(Fhir.Item("5", coding))), FhirIssueCode.WrongAnswerType, "5", "http://example.org/a|often");
    }

    [Fact]
    public void A_coding_the_mapping_does_not_know_without_an_ordinalValue_is_an_unknown_code()
    {
        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("6", new Coding("http://example.org/a", "often"))));

        AssertIssue(issue, FhirIssueCode.UnknownAnswerCode, "6", "http://example.org/a|often");
    }

    [Fact]
    public void A_data_absent_reason_the_mapping_does_not_map_is_an_unknown_code()
    {
        // CORE-10 has no "not applicable" answer, so the built-in CORE mappings do not map it.
        AssertIssue(SingleIssue(Fhir.Response(Fhir.Item("6", Fhir.Absent("not-applicable")))), FhirIssueCode.UnknownAnswerCode, "6", $"{FhirCodes.DataAbsentReason}|not-applicable");
    }

    [Fact]
    public void A_label_the_mapping_does_not_know_is_an_unknown_code()
    {
        FhirOutcome<OutcomeScoring.FriendsAndFamily.FftAnswer?> outcome =
            FhirScoring.ReadFft(Fhir.Response(Fhir.Item("1", new FhirString("Excellent"))), QuestionnaireMappings.FftExperience);

        AssertIssue(Assert.Single(outcome.Issues), FhirIssueCode.UnknownAnswerCode, "1", "Excellent");
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("ordinal")]
    public void A_number_that_is_not_whole_is_reported(string encoding)
    {
        DataType value = encoding == "decimal" ? new FhirDecimal(2.5m) : Fhir.Ordinal("half", 2.5m);

        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("7", value)));

        Assert.Equal(FhirIssueCode.NotWholeNumber, issue.Code);
        Assert.Equal("7", issue.LinkId);
        Assert.Contains("2.5", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void A_value_outside_the_scale_is_reported_with_the_scale(int value)
    {
        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("8", new Integer(value))));

        AssertIssue(issue, FhirIssueCode.OutOfRange, "8", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("0-4", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Dialog_codes_0_and_8_are_not_ratings(int code)
    {
        // dialog.md: MHSDS accepted 0-8, but what 0 and 8 mean is not found; only 1-7 are ratings.
        FhirOutcome<OutcomeScoring.DialogScale.DialogResponse> outcome = FhirScoring.ReadDialog(Fhir.Response(Fhir.Item("3", new Integer(code))), QuestionnaireMappings.Dialog);

        FhirIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(FhirIssueCode.OutOfRange, issue.Code);
        Assert.Contains("1-7", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_range_value_after_the_offset_says_the_offset_was_added()
    {
        QuestionnaireMapping zeroToSix = QuestionnaireMappings.Dialog.WithAnswers(QuestionnaireMappings.Dialog.Answers with { Offset = 1 });

        FhirIssue issue = Assert.Single(FhirScoring.ReadDialog(Fhir.Response(Fhir.Item("3", new Integer(7))), zeroToSix).Issues);

        Assert.Equal(FhirIssueCode.OutOfRange, issue.Code);
        Assert.Contains("offset of 1", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_decimal_is_out_of_range_not_an_overflow()
    {
        AssertIssue(SingleIssue(Fhir.Response(Fhir.Item("9", new FhirDecimal(1e20m)))), FhirIssueCode.OutOfRange, "9", "100000000000000000000");
    }

    [Fact]
    public void Two_answers_to_one_item_are_a_duplicate()
    {
        AssertIssue(SingleIssue(Fhir.Response(Fhir.Item("10", new Integer(1), new Integer(2)))), FhirIssueCode.DuplicateAnswer, "10", "1, 2");
    }

    [Fact]
    public void The_same_linkId_twice_is_a_duplicate()
    {
        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("2", new Integer(1)), Fhir.Item("2", new Integer(1))));

        Assert.Equal(FhirIssueCode.DuplicateAnswer, issue.Code);
        Assert.Contains("more than once", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_without_a_linkId_is_reported_with_its_position()
    {
        FhirIssue issue = SingleIssue(Fhir.Response(Fhir.Item("1", new Integer(1)), new QuestionnaireResponse.ItemComponent()));

        Assert.Equal(FhirIssueCode.MissingLinkId, issue.Code);
        Assert.Contains("item[1]", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_to_another_questionnaire_is_reported_and_the_version_is_not_compared()
    {
        QuestionnaireMapping mapping = QuestionnaireMappings.Core10.WithQuestionnaire("https://trust.example.nhs.uk/Questionnaire/core-10|2");
        QuestionnaireResponse other = Fhir.Response(Fhir.Item("1", new Integer(1)));
        other.Questionnaire = "https://trust.example.nhs.uk/Questionnaire/phq-9";
        QuestionnaireResponse sameOtherVersion = Fhir.Response(Fhir.Item("1", new Integer(1)));
        sameOtherVersion.Questionnaire = "https://trust.example.nhs.uk/Questionnaire/core-10|1";

        AssertIssue(SingleIssue(other, mapping), FhirIssueCode.WrongQuestionnaire, null, other.Questionnaire);
        Assert.True(FhirScoring.Score(sameOtherVersion, mapping).IsSuccess);
    }

    [Fact]
    public void A_response_entered_in_error_is_not_read()
    {
        QuestionnaireResponse response = Fhir.Response(Fhir.Item("1", new Integer(1)));
        response.Status = QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError;

        Assert.Equal(FhirIssueCode.EnteredInError, SingleIssue(response).Code);
    }

    [Fact]
    public void Help_answers_that_are_not_yes_or_no_are_reported()
    {
        QuestionnaireResponse response = Fhir.Response(
            Fhir.Item("1-help", new Integer(1)),
            Fhir.Item("2-help", new Coding("http://example.org/a", "maybe")));

        FhirOutcome<OutcomeScoring.DialogScale.DialogResponse> outcome = FhirScoring.ReadDialog(response, QuestionnaireMappings.Dialog);

        Assert.Collection(
            outcome.Issues,
            i => AssertIssue(i, FhirIssueCode.WrongAnswerType, "1-help", "1"),
            i => AssertIssue(i, FhirIssueCode.UnknownAnswerCode, "2-help", "http://example.org/a|maybe"));
    }

    [Fact]
    public void Every_issue_is_reported_in_document_order_and_no_score_is_given()
    {
        QuestionnaireResponse response = Fhir.Response(
            Fhir.Item("1", new Integer(9)),
            Fhir.Item("2", new FhirDecimal(1.5m)),
            Fhir.Item("x", new Integer(1)),
            Fhir.Item("3", new Integer(1)));

        FhirOutcome<InstrumentResult> outcome = FhirScoring.Score(response, QuestionnaireMappings.Core10);

        Assert.Equal([FhirIssueCode.OutOfRange, FhirIssueCode.NotWholeNumber, FhirIssueCode.UnknownLinkId], outcome.Issues.Select(i => i.Code));
        Assert.False(outcome.TryGetValue(out _));
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => outcome.Value);
        Assert.Contains("linkId 'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_outcome_has_neither_value_nor_issues()
    {
        FhirOutcome<InstrumentResult> outcome = default;

        Assert.False(outcome.IsSuccess);
        Assert.Empty(outcome.Issues);
        Assert.Throws<InvalidOperationException>(() => outcome.Value);
    }
}

/// <summary>Issue 21, D13: object graphs no JSON parser would give (very deep nesting, null items and answers) give coded issues, not a crash.</summary>
public class HostileResponseTests
{
    private static QuestionnaireResponse Nested(int depth, bool throughAnswers = false)
    {
        var top = new QuestionnaireResponse.ItemComponent { LinkId = "group" };
        QuestionnaireResponse.ItemComponent current = top;
        for (int level = 2; level <= depth; level++)
        {
            var child = new QuestionnaireResponse.ItemComponent { LinkId = "group" };
            if (throughAnswers)
            {
                current.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = new FhirString("x"), Item = [child] });
            }
            else
            {
                current.Item.Add(child);
            }

            current = child;
        }

        current.LinkId = "comment";
        return new QuestionnaireResponse { Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed, Item = [top] };
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nesting_50_000_deep_is_a_coded_issue_not_a_stack_overflow(bool throughAnswers)
    {
        QuestionnaireMapping mapping = QuestionnaireMappings.Core10.WithIgnoredLinkIds(["group"]);
        FhirOutcome<InstrumentResult> outcome = FhirScoring.Score(Nested(50_000, throughAnswers), mapping);
        FhirIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(FhirIssueCode.NestedTooDeeply, issue.Code);
        Assert.StartsWith("The response's items nest more than 64 levels deep (at item[0].", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_64_levels_deep_are_read_and_65_are_not()
    {
        QuestionnaireMapping mapping = QuestionnaireMappings.Core10.WithIgnoredLinkIds(["group"]);

        // At level 64 the innermost item is read: its unknown linkId is reported as such.
        FhirIssue atLimit = Assert.Single(FhirScoring.Score(Nested(64), mapping).Issues);
        Assert.Equal((FhirIssueCode.UnknownLinkId, "comment"), (atLimit.Code, atLimit.LinkId));

        FhirIssue beyond = Assert.Single(FhirScoring.Score(Nested(65), mapping).Issues);
        Assert.Equal(FhirIssueCode.NestedTooDeeply, beyond.Code);
    }

    /// <summary>A partial result of Firely's reader, as a caller gets it from <c>DeserializationFailedException.PartialResult</c>.</summary>
    private static QuestionnaireResponse PartlyRead(string json)
    {
        DeserializationFailedException e = Assert.Throws<DeserializationFailedException>(() => FhirJsonDeserializer.DEFAULT.Deserialize<QuestionnaireResponse>(json));
        return Assert.IsType<QuestionnaireResponse>(e.PartialResult);
    }

    [Theory]
    // Found by fuzzing (eng/fuzz.sh, target "fhir"): a number as a linkId threw CodedValidationException from ItemComponent.LinkId.
    [InlineData("""{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"1","answer":[{"valueInteger":2}]},{"linkId":2}]}""", "item[1]")]
    [InlineData("""{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"g","item":[{"linkId":["3"]}]}]}""", "item[0].item[0]")]
    public void A_wrongly_typed_value_in_a_partly_read_response_is_a_coded_issue(string json, string at)
    {
        FhirIssue issue = Assert.Single(FhirScoring.ReadAnswers(PartlyRead(json), QuestionnaireMappings.Core10.WithIgnoredLinkIds(["g"])).Issues);
        Assert.Equal(FhirIssueCode.MalformedResponse, issue.Code);
        Assert.StartsWith($"The response item at {at} has a value of the wrong type (", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrongly_typed_status_in_a_partly_read_response_is_a_coded_issue()
    {
        QuestionnaireResponse response = PartlyRead("""{"resourceType":"QuestionnaireResponse","status":7,"item":[{"linkId":"1","answer":[{"valueInteger":2}]}]}""");
        FhirIssue issue = Assert.Single(FhirScoring.ReadAnswers(response, QuestionnaireMappings.Core10).Issues);
        Assert.Equal(FhirIssueCode.MalformedResponse, issue.Code);
        Assert.StartsWith("The response's status or questionnaire has a value of the wrong type (", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_item_is_a_missing_linkId_issue()
    {
        var response = new QuestionnaireResponse { Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed, Item = [null!] };
        FhirIssue issue = Assert.Single(FhirScoring.ReadAnswers(response, QuestionnaireMappings.Core10).Issues);
        Assert.Equal(FhirIssueCode.MissingLinkId, issue.Code);
        Assert.Equal("The response item at item[0] is null: it has no linkId, so it cannot be matched to an item of CORE-10.", issue.Message);
    }

    [Fact]
    public void A_null_answer_is_an_answer_without_a_value()
    {
        var item = new QuestionnaireResponse.ItemComponent { LinkId = QuestionnaireMappings.Core10.LinkIds.First(l => l.Value == 1).Key, Answer = [null!] };
        var response = new QuestionnaireResponse { Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed, Item = [item] };
        FhirIssue issue = Assert.Single(FhirScoring.ReadAnswers(response, QuestionnaireMappings.Core10).Issues);
        Assert.Equal(FhirIssueCode.WrongAnswerType, issue.Code);
        Assert.EndsWith("has an answer without a value.", issue.Message, StringComparison.Ordinal);
    }
}
