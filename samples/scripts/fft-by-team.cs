#!/usr/bin/env dotnet
// Summarises Friends and Family Test responses by site and team as NHS England does: % positive and % negative
// with Wilson 95% intervals, and the suppression a monthly publication would apply.
//   dotnet run samples/scripts/fft-by-team.cs [responses.csv]
// The CSV needs team, site and answer columns (answer: a label such as "Very good", or 1-6), as in
// samples/service/fft-responses.csv (the default).
#:package Sep@0.18.0
#:property ManagePackageVersionsCentrally=false
#:project ../../src/OutcomeScoring/OutcomeScoring.csproj
using nietras.SeparatedValues;
using OutcomeScoring.FriendsAndFamily;

string path = args.Length > 0 ? args[0] : "samples/service/fft-responses.csv";

// Sep reads the CSV and finds columns by name; each answer is a label or an NHS England code.
using SepReader csv = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
var rows = new List<FftUnitCounts>();
foreach (SepReader.Row row in csv)
{
    string answer = row["answer"].ToString();
    if (!Fft.TryParseLabel(answer, FftQuestion.Experience2020, out FftAnswer parsed) && !(int.TryParse(answer, out int code) && FftCoding.Standard.TryRead(code, out parsed)))
    {
        Console.Error.WriteLine($"row {row.RowIndex}: not an FFT answer: {answer}");
        continue;
    }

    rows.Add(new FftUnitCounts(row["team"].ToString(), row["site"].ToString(), default(FftCounts).With(parsed)));
}

// Parents (sites) get rows from their teams' summed counts; suppress: false shows every figure (internal use).
foreach (FftUnitSummary row in FftReport.Build(rows, suppress: false))
{
    Console.WriteLine(new string(' ', row.Depth * 2) + row);
}
