#!/usr/bin/env dotnet
// The snippets of docs/fhir.md as one .NET 10 file-based app: `dotnet run samples/fhir-instruments.cs`
// (run from the repository root: it reads the made-up PAM-13 calibration in samples/).
#:project ../src/OutcomeScoring.Fhir/OutcomeScoring.Fhir.csproj
using Hl7.Fhir.Model;
using OutcomeScoring;
using OutcomeScoring.Activation;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Fhir;
using OutcomeScoring.FriendsAndFamily;

// Responses built in code here; in an app they come from a FHIR server or FhirJsonDeserializer.
static QuestionnaireResponse Response(params (string LinkId, DataType Value)[] answers)
{
    var response = new QuestionnaireResponse { Id = "qr-1", Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed, Subject = new ResourceReference("Patient/example-1") };
    foreach ((string linkId, DataType value) in answers)
    {
        response.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = linkId, Answer = [new() { Value = value }] });
    }

    return response;
}

// DIALOG: ratings 1-7 by meaning, "more help wanted?" answers, then the library's DIALOG scoring.
QuestionnaireResponse dialogResponse = Response(("1", new Integer(4)), ("1-help", new FhirBoolean(true)), ("2", new Integer(5)),
    ("3", new Integer(2)), ("4", new Integer(6)), ("5", new Integer(3)), ("6", new Integer(7)), ("7", new Integer(1)), ("8", new Integer(5)),
    ("9", new Coding("http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-applicable")), ("10", new Integer(4)), ("11", new Integer(6)));
DialogResponse ratings = FhirScoring.ReadDialog(dialogResponse, QuestionnaireMappings.Dialog).Value;
DialogResult dialog = Dialog.Score(ratings);
IReadOnlyList<Observation> dialogObservations = ScoreObservations.FromDialog(dialogResponse, ratings, dialog);
Console.WriteLine($"DIALOG SQOL {dialog.QualityOfLife.Mean:R}, TS {dialog.TreatmentSatisfaction.Mean:R}, {dialogObservations.Count} Observations");

// PAM-13: answers only; the score needs the licensee's calibration (this one is made up and gives no real scores).
using FileStream calibrationFile = File.OpenRead("samples/pam-13-calibration.made-up.json");
ICalibration calibration = Calibration.Load(calibrationFile);
QuestionnaireResponse pamResponse = Response([.. Enumerable.Range(1, 13).Select(n => ($"{n}", (DataType)new Integer(1 + (n % 4))))]);
QuestionnaireMapping pamMapping = QuestionnaireMappings.Pam13.WithInstrument(Pam13.WithCalibration(calibration));
InstrumentResult pamResult = FhirScoring.Score(pamResponse, pamMapping).Value;
IReadOnlyList<Observation> pamObservations = ScoreObservations.FromResult(pamResponse, pamResult);
FhirOutcome<Pam13Result> pam = FhirScoring.ScorePam13(pamResponse, QuestionnaireMappings.Pam13, calibration);
Observation pamObservation = ScoreObservations.FromPam13(pamResponse, pam.Value);
Console.WriteLine($"PAM-13 {pam.Value.ReportedScore} (made-up calibration), coded {pamObservation.Code!.Coding[0].Code}; {pamObservations.Count} Observations from the one scoring path, the last coded {pamObservations[^1].Code!.Coding[0].Code}");

// Friends and Family Test: one answer, as the NHS code or its label.
QuestionnaireResponse fftResponse = Response(("1", new FhirString("Very good")));
FftAnswer? fft = FhirScoring.ReadFft(fftResponse, QuestionnaireMappings.FftExperience).Value;
Observation fftObservation = ScoreObservations.FromFft(fftResponse, fft, FftQuestion.Experience2020);
Console.WriteLine($"FFT {fft}, written as {((CodeableConcept)fftObservation.Value!).Coding[0].Code}");

// Your own Questionnaire: CORE-10 with linkIds "core10-q1".."core10-q10" and answers coded in your own code system.
const string Answers = "https://trust.example.nhs.uk/fhir/CodeSystem/core-answers";
AnswerScheme scheme = AnswerScheme.Numbers
    .WithCode(new AnswerCode(Answers, "not-at-all"), 0).WithCode(new AnswerCode(Answers, "only-occasionally"), 1)
    .WithCode(new AnswerCode(Answers, "sometimes"), 2).WithCode(new AnswerCode(Answers, "often"), 3)
    .WithCode(new AnswerCode(Answers, "most-or-all"), 4);
QuestionnaireMapping mine = QuestionnaireMappings.Core10
    .WithLinkIds(n => $"core10-q{n}")
    .WithAnswers(scheme)
    .WithIgnoredLinkIds(["comments"])
    .WithQuestionnaire("https://trust.example.nhs.uk/fhir/Questionnaire/core-10");
QuestionnaireResponse mineResponse = Response([.. Enumerable.Range(1, 10).Select(n => ($"core10-q{n}", (DataType)new Coding(Answers, "sometimes")))]);
FhirOutcome<InstrumentResult> mineScored = FhirScoring.Score(mineResponse, mine);
Console.WriteLine($"own mapping: CORE-10 clinical {mineScored.Value.Primary.ClinicalScore:R}");

// Your own code system for local codes, and reading the Observations back.
var options = new ObservationOptions { CodeSystem = "https://trust.example.nhs.uk/fhir/CodeSystem/outcome-scores" };
IReadOnlyList<Observation> written = ScoreObservations.FromResult(mineResponse, mineScored.Value, options);
ObservedScore back = ScoreObservations.ReadScores(written, mine.Instrument!, options).Value[0];
Console.WriteLine($"read back: {back} (same as scored: {back.Matches(mineScored.Value.Primary)})");
