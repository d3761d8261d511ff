#!/usr/bin/env dotnet
// The README's FHIR example as a .NET 10 file-based app: `dotnet run samples/fhir-example.cs`
#:project ../src/OutcomeScoring.Fhir/OutcomeScoring.Fhir.csproj
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OutcomeScoring;
using OutcomeScoring.Fhir;

// A CORE-10 QuestionnaireResponse as another system sends it: linkIds "1"-"10", answers 0-4; item 3 left blank.
string json = """
    {
      "resourceType": "QuestionnaireResponse", "id": "qr-1", "status": "completed",
      "subject": { "reference": "Patient/example-1" }, "authored": "2025-03-04T10:15:00+00:00",
      "item": [
        { "linkId": "1", "answer": [ { "valueInteger": 2 } ] }, { "linkId": "2", "answer": [ { "valueInteger": 1 } ] },
        { "linkId": "4", "answer": [ { "valueInteger": 3 } ] }, { "linkId": "5", "answer": [ { "valueInteger": 2 } ] },
        { "linkId": "6", "answer": [ { "valueInteger": 4 } ] }, { "linkId": "7", "answer": [ { "valueInteger": 1 } ] },
        { "linkId": "8", "answer": [ { "valueInteger": 2 } ] }, { "linkId": "9", "answer": [ { "valueInteger": 3 } ] },
        { "linkId": "10", "answer": [ { "valueInteger": 3 } ] }
      ]
    }
    """;

QuestionnaireResponse response = FhirJsonDeserializer.DEFAULT.Deserialize<QuestionnaireResponse>(json);

FhirOutcome<InstrumentResult> scored = FhirScoring.Score(response, QuestionnaireMappings.Core10);
if (!scored.IsSuccess)
{
    foreach (FhirIssue issue in scored.Issues)
    {
        Console.WriteLine(issue);   // for example "OutOfRange: linkId '8': the answer 5 is outside the CORE-10 scale 0-4."
    }

    return;
}

InstrumentResult result = scored.Value;
Console.WriteLine($"clinical score: {result.Primary.ClinicalScore:R} (prorated: {result.Primary.IsProrated})");

IReadOnlyList<Observation> observations = ScoreObservations.FromResult(response, result);
Console.WriteLine(new FhirJsonSerializer().SerializeToString(observations[0], pretty: true));
