using System.Globalization;
using CsvHelper;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>spc</c>: an XmR chart with the Making Data Count rules over a series, one output row per input row:
/// <c>date_or_index,value,centre,lower,upper,signal,rule,assurance</c> (a contract, docs/cli.md).
/// </summary>
internal static class SpcCommand
{
    /// <summary>Charts <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, string valueColumn, string? dateColumn, XmrOptions options)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header))
        {
            return CliApp.UnusableInput;
        }

        int Find(string name) => CsvInput.Find(header, name);
        int value = Find(valueColumn), date = dateColumn is null ? -1 : Find(dateColumn);
        if (value < 0 || (dateColumn is not null && date < 0))
        {
            error.WriteLine($"error: the header lacks the column {(value < 0 ? valueColumn : dateColumn)}.");
            return CliApp.UnusableInput;
        }

        var labels = new List<string>();
        var observations = new List<SpcObservation>();
        var rowOfPoint = new List<int>();
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string label = date >= 0 && date < record.Length ? record[date].Trim() : row.ToString(CultureInfo.InvariantCulture);
            labels.Add(label);
            string cell = value < record.Length ? record[value].Trim() : "";
            if (record.Length != header.Length || !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
            {
                string why = record.Length != header.Length
                    ? string.Create(CultureInfo.InvariantCulture, $"row has {record.Length} fields but the header has {header.Length}")
                    : $"value '{cell}' is not a number";
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row} ({label}): {why}; not charted"));
                continue;
            }

            observations.Add(new SpcObservation(number, label));
            rowOfPoint.Add(row - 1);
        }

        XmrChart chart;
        try
        {
            chart = XmrChart.Compute(observations, options);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CliApp.UnusableInput;
        }

        var pointAtRow = new Dictionary<int, XmrPoint>();
        for (int i = 0; i < chart.Points.Length; i++)
        {
            pointAtRow[rowOfPoint[i]] = chart.Points[i];
        }

        using CsvWriter writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["date_or_index", "value", "centre", "lower", "upper", "signal", "rule", "assurance"]);
        for (int r = 0; r < labels.Count; r++)
        {
            writer.WriteField(labels[r]);
            if (pointAtRow.TryGetValue(r, out XmrPoint point))
            {
                writer.WriteField(RowScorer.Number(point.Value));
                writer.WriteField(RowScorer.Number(point.Centre));
                writer.WriteField(RowScorer.Number(point.LowerLimit));
                writer.WriteField(RowScorer.Number(point.UpperLimit));
                writer.WriteField(point.Signal switch
                {
                    SpecialCause.Improvement => "improvement",
                    SpecialCause.Concern => "concern",
                    SpecialCause.Neutral => "neutral",
                    _ => "",
                });
                writer.WriteField(point.Rule switch
                {
                    SpecialCauseRule.OutsideLimits => "outside-limits",
                    SpecialCauseRule.Trend => "trend",
                    SpecialCauseRule.TwoOfThreeNearLimit => "two-of-three",
                    SpecialCauseRule.Shift => "shift",
                    _ => "",
                });
                writer.WriteField(chart.Segments[point.Segment].Assurance switch
                {
                    TargetAssurance.ConsistentlyPass => "consistently-pass",
                    TargetAssurance.ConsistentlyFail => "consistently-fail",
                    TargetAssurance.HitAndMiss => "hit-and-miss",
                    _ => "",
                });
            }
            else
            {
                for (int c = 0; c < 7; c++)
                {
                    writer.WriteField("");
                }
            }

            writer.EndRecord();
        }

        writer.Flush();
        if (chart.HasProvisionalLimits)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: the limits are provisional: they come from fewer than {XmrChart.MinimumPointsForFirmLimits} points."));
        }

        return 0;
    }
}
