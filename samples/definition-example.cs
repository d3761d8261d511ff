#!/usr/bin/env dotnet
// docs/defining-instruments.md, "Scoring a definition from C#", as a .NET 10 file-based app, run from the repository's
// root folder: `dotnet run samples/definition-example.cs`
#:project ../src/OutcomeScoring/OutcomeScoring.csproj
using OutcomeScoring;

Instrument scale = Instrument.FromJson(File.ReadAllText("samples/definitions/made-up-wellbeing.json"));

// Raw answers as ticked, item 1 first; item 6 left blank. Item 2 is reversed: 1 scores as 1 + 5 - 1 = 5.
InstrumentResult result = scale.Score([5, 1, 4, 2, 3, Answer.NotAnswered]);

double? feelings = result["feelings"].Mean;   // (5 + 5 + 4) / 3 = 4.666666666666667
double? life = result["life"].Mean;           // (2 + 3) / 2 = 2.5, prorated: 1 of 3 missing is allowed
string? band = result.Band?.Code;             // "high": 4 <= 4.67
bool? aboveCutoff = result.CompareWithCutoff().IsInClinicalRange;   // true: 4.67 >= 3 (the local table)

Console.WriteLine($"feelings: {feelings:R}");
Console.WriteLine($"life: {life:R} (prorated: {result["life"].IsProrated})");
Console.WriteLine($"band: {band}");
Console.WriteLine($"at or above the cut-off: {aboveCutoff}");
