#!/usr/bin/env dotnet
// The README's example as a .NET 10 file-based app: `dotnet run samples/readme-example.cs`
#:project ../src/OutcomeScoring/OutcomeScoring.csproj
using OutcomeScoring;
using OutcomeScoring.CoreFamily;

// CORE-10 raw answers (0-4) in item order, as ticked; item 3 was left blank.
Answer[] answers = [2, 1, Answer.NotAnswered, 3, 2, 4, 1, 2, 3, 3];

InstrumentResult result = Core10.Instrument.Score(answers);

Console.WriteLine($"clinical score: {result.Primary.ClinicalScore:R} (prorated: {result.Primary.IsProrated})");
Console.WriteLine($"band: {result.Band?.Code}");
Console.WriteLine($"risk flag: {result.RiskFlag}");
Console.WriteLine($"in clinical range: {result.CompareWithCutoff().IsInClinicalRange}");
