using Hl7.Fhir.Model;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>Programmer errors (an impossible mapping, the wrong mapping for a method, null) throw, naming what is wrong.</summary>
public class MappingValidationTests
{
    [Fact]
    public void Two_items_with_one_linkId_throw()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMapping.ForInstrument(Core10.Instrument, _ => "same", AnswerScheme.Numbers));

        Assert.Contains("'same' is given more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_without_a_linkId_throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithLinkIds(
            Enumerable.Range(1, 10).Where(n => n != 3).Select(n => KeyValuePair.Create($"q{n}", n))));

        Assert.Contains("item 3 has no linkId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linkId_for_an_item_that_does_not_exist_throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithLinkIds(
            Enumerable.Range(1, 10).Select(n => KeyValuePair.Create($"q{n}", n)).Append(KeyValuePair.Create("q11", 11))));

        Assert.Contains("'q11' is mapped to item 11, but the items are 1 to 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_two_linkIds_throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithLinkIds(
            Enumerable.Range(1, 10).Select(n => KeyValuePair.Create($"q{n}", n)).Append(KeyValuePair.Create("extra", 4))));

        Assert.Contains("item 4 has more than one linkId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_linkId_throws()
    {
        Assert.Throws<ArgumentException>(() => QuestionnaireMapping.ForInstrument(Core10.Instrument, n => n == 2 ? " " : $"{n}", AnswerScheme.Numbers));
    }

    [Fact]
    public void A_help_question_on_an_items_linkId_throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithHelpWantedLinkIds([KeyValuePair.Create("1", 1)]));

        Assert.Contains("'1' is both an item and a help question", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignoring_a_mapped_linkId_throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithIgnoredLinkIds(["4"]));

        Assert.Contains("'4' is mapped and also listed as ignored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_that_means_a_value_off_the_scale_throws()
    {
        AnswerScheme scheme = AnswerScheme.Numbers.WithCode(new AnswerCode("http://example.org/a", "most"), 9);

        ArgumentException error = Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithAnswers(scheme));

        Assert.Contains("http://example.org/a|most means 9, which is outside the scale 0-4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_that_means_a_value_off_the_scale_throws()
    {
        Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithAnswers(AnswerScheme.Numbers.WithLabel("Most", 9)));
    }

    [Fact]
    public void An_empty_questionnaire_url_throws()
    {
        Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithQuestionnaire(" "));
        Assert.Null(QuestionnaireMappings.Core10.WithQuestionnaire("http://example.org/Q").WithQuestionnaire(null).Questionnaire);
    }

    [Fact]
    public void An_answer_code_needs_a_system_and_a_code()
    {
        Assert.Throws<ArgumentException>(() => new AnswerCode("", "x"));
        Assert.Throws<ArgumentException>(() => new AnswerCode("http://example.org/a", " "));
    }

    [Fact]
    public void Each_method_refuses_a_mapping_for_another_kind_of_instrument()
    {
        QuestionnaireResponse response = Fhir.Response();

        Assert.Contains("ReadFft", Assert.Throws<ArgumentException>(() => FhirScoring.Score(response, QuestionnaireMappings.FftExperience)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FhirScoring.ReadDialog(response, QuestionnaireMappings.Core10));
        Assert.Throws<ArgumentException>(() => FhirScoring.ScorePam13(response, QuestionnaireMappings.Core10, Fhir.MadeUpPamCalibration));
        Assert.Throws<ArgumentException>(() => FhirScoring.ReadFft(response, QuestionnaireMappings.Core10));
    }

    [Fact]
    public void A_mapping_scores_only_with_an_instrument_of_its_own_shape()
    {
        Assert.Contains("'core-om', 34 items", Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Core10.WithInstrument(CoreOm.Instrument)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => QuestionnaireMappings.Pam13.WithInstrument(Core10.Instrument));
        Assert.Same(Core10.Instrument, QuestionnaireMappings.Core10.WithInstrument(Core10.Instrument).Instrument);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => FhirScoring.Score(null!, QuestionnaireMappings.Core10));
        Assert.Throws<ArgumentNullException>(() => FhirScoring.ReadAnswers(Fhir.Response(), null!));
        Assert.Throws<ArgumentNullException>(() => ScoreObservations.ReadScores(null!, Core10.Instrument));
        Assert.Throws<ArgumentNullException>(() => QuestionnaireMapping.ForInstrument(Core10.Instrument, n => $"{n}", null!));
    }

    [Fact]
    public void The_local_code_system_must_be_an_absolute_uri()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ObservationOptions { CodeSystem = "scores" });

        Assert.Contains("'scores'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_lookups_name_each_items_linkId()
    {
        QuestionnaireMapping mapping = QuestionnaireMappings.DialogPlusAppOrder;

        Assert.Equal("7", mapping.LinkIdOf((int)OutcomeScoring.DialogScale.DialogDomain.Friendships));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapping.LinkIdOf(12));
    }
}
