using Hl7.Fhir.Model;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>Reading Observations back: every kind of missing, repeated or damaged Observation gives its coded issue.</summary>
public class ObservationReaderTests
{
    private static Observation Core10Observation()
    {
        QuestionnaireResponse source = Fhir.Numbered([2, 1, 0, 3, 2, 4, 1, 2, 3, 3], (_, a) => new Integer(a.Value));
        return ScoreObservations.FromResult(source, FhirScoring.Score(source, QuestionnaireMappings.Core10).Value)[0];
    }

    private static FhirIssue SingleIssue(params Observation[] observations)
    {
        FhirOutcome<System.Collections.Immutable.ImmutableArray<ObservedScore>> outcome = ScoreObservations.ReadScores(observations, Core10.Instrument);
        Assert.False(outcome.IsSuccess);
        return Assert.Single(outcome.Issues);
    }

    [Fact]
    public void No_observation_with_the_code_is_missing()
    {
        FhirIssue issue = SingleIssue();

        Assert.Equal(FhirIssueCode.MissingObservation, issue.Code);
        Assert.Contains("core-10.total", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_entered_in_error_is_skipped()
    {
        Observation observation = Core10Observation();
        observation.Status = ObservationStatus.EnteredInError;

        Assert.Equal(FhirIssueCode.MissingObservation, SingleIssue(observation).Code);
    }

    [Fact]
    public void Two_observations_with_the_code_are_duplicates()
    {
        FhirIssue issue = SingleIssue(Core10Observation(), Core10Observation());

        Assert.Equal(FhirIssueCode.DuplicateObservation, issue.Code);
        Assert.Contains("2 Observations", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FhirCodes.ItemsAnswered)]
    [InlineData(FhirCodes.ItemsInScore)]
    [InlineData(FhirCodes.Prorated)]
    [InlineData(FhirCodes.MeanItemScore)]
    public void A_missing_component_is_malformed(string component)
    {
        Observation observation = Core10Observation();
        observation.Id = "obs-7";
        observation.Component.RemoveAll(c => c.Code!.Coding[0].Code == component);

        FhirIssue issue = SingleIssue(observation);

        Assert.Equal(FhirIssueCode.MalformedObservation, issue.Code);
        Assert.Contains("Observation/obs-7", issue.Message, StringComparison.Ordinal);
        Assert.Contains($"no '{component}' component", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_of_the_wrong_type_is_malformed()
    {
        Observation observation = Core10Observation();
        observation.Component.Single(c => c.Code!.Coding[0].Code == FhirCodes.ItemsAnswered).Value = new FhirString("nine");

        FhirIssue issue = SingleIssue(observation);

        Assert.Equal(FhirIssueCode.MalformedObservation, issue.Code);
        Assert.Contains("nine", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_quantity_is_malformed()
    {
        Observation observation = Core10Observation();
        observation.Value = new FhirString("25");

        Assert.Equal(FhirIssueCode.MalformedObservation, SingleIssue(observation).Code);
    }

    [Fact]
    public void No_value_and_no_data_absent_reason_is_malformed()
    {
        Observation observation = Core10Observation();
        observation.Value = null;

        Assert.Equal(FhirIssueCode.MalformedObservation, SingleIssue(observation).Code);
    }

    [Fact]
    public void An_observation_for_a_score_of_another_length_is_malformed()
    {
        Observation observation = Core10Observation();
        observation.Component.Single(c => c.Code!.Coding[0].Code == FhirCodes.ItemsInScore).Value = new Integer(34);

        FhirIssue issue = SingleIssue(observation);

        Assert.Equal(FhirIssueCode.MalformedObservation, issue.Code);
        Assert.Contains("34 items", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dialog_rating_outside_1_to_7_is_malformed_and_a_missing_item_is_missing()
    {
        DialogResponse response = DialogResponse.FromPositional([4, 5, 2, 6, 3, 7, 1, 5, 2, 3, 6]);
        List<Observation> observations = [.. ScoreObservations.FromDialog(Fhir.Response(), response, Dialog.Score(response))];
        Observation mentalHealth = observations.Single(o => o.Code!.Coding.Any(c => c.Code == "dialog.item.mental-health"));
        mentalHealth.Value = new Integer(8);
        observations.RemoveAll(o => o.Code!.Coding.Any(c => c.Code == "dialog.item.medication"));

        FhirOutcome<DialogResponse> outcome = ScoreObservations.ReadDialog(observations);

        Assert.Equal([FhirIssueCode.MalformedObservation, FhirIssueCode.MissingObservation], outcome.Issues.Select(i => i.Code));
    }

    [Fact]
    public void An_fft_value_with_an_unknown_code_is_malformed()
    {
        Observation observation = ScoreObservations.FromFft(Fhir.Response(), FftAnswer.Good, FftQuestion.Experience2020);
        observation.Value = new CodeableConcept("http://example.org/other", "good");

        Assert.Equal(FhirIssueCode.MalformedObservation, Assert.Single(ScoreObservations.ReadFft([observation], FftQuestion.Experience2020).Issues).Code);
    }

    [Fact]
    public void A_pam13_observation_without_items_answered_is_malformed()
    {
        Answer[] answers = [.. Enumerable.Range(0, 13).Select(i => Answer.Of(1 + (i % 4)))];
        Observation observation = ScoreObservations.FromPam13(Fhir.Response(), OutcomeScoring.Activation.Pam13.Score(answers, Fhir.MadeUpPamCalibration));
        observation.Component.RemoveAll(c => c.Code!.Coding[0].Code == "answered");

        Assert.Equal(FhirIssueCode.MalformedObservation, Assert.Single(ScoreObservations.ReadPam13([observation]).Issues).Code);
    }
}
