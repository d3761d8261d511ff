using System.Globalization;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// Monthly service measures (spc-series.csv: a month column and one column per measure, as the spc command
/// reads): a Making Data Count summary table and one SPC chart per measure, with the direction and target from
/// report.json.
/// </summary>
internal sealed class ServiceMeasuresSection : IReportSectionBuilder
{
    public const string File = "spc-series.csv";

    public const string MonthColumn = "month";

    public string Id => "measures";

    public string Title => "Service measures over time";

    public IReadOnlyList<string> Files => [File];

    public ReportSection Build(ReportFolder folder)
    {
        if (folder.Csv(File) is not { } table)
        {
            return ReportSection.Missing(Id, Title, $"There is no {File} in the folder. Give monthly measures there, one month per row, with a month column (yyyy-mm) and one column per measure; say in report.json which way is better for each.");
        }

        int month = table.Column(MonthColumn);
        if (month < 0)
        {
            return ReportSection.Unusable(Id, Title, $"{File} has no {MonthColumn} column; it needs one month per row in a column named {MonthColumn}.");
        }

        var settings = folder.Settings.Spc.ToDictionary(s => s.Column, StringComparer.OrdinalIgnoreCase);
        foreach (string column in settings.Keys.Where(c => table.Column(c) < 0))
        {
            return ReportSection.Unusable(Id, Title, $"report.json names the measure '{column}', but {File} has no such column.");
        }

        string[] columns = settings.Count > 0
            ? [.. folder.Settings.Spc.Select(s => s.Column)]
            : [.. table.Header.Where((_, i) => i != month).Select(h => h.Trim())];
        var notRead = new List<string>(table.Problems);
        var write = new SectionWriter();
        write.Paragraph($"Each measure is shown as an SPC chart (an XmR chart, as NHS England's Making Data Count recommends): the months in order, the mean and the process limits within which the measure usually varies. "
            + "Signals (special causes) are points the usual variation does not explain; whether a signal is good or bad depends on which way is better for the measure.");

        var summaryRows = new List<string[]>();
        var charts = new List<(SpcChart Chart, string Caption)>();
        foreach (string column in columns)
        {
            SpcSeriesSettings series = settings.TryGetValue(column, out SpcSeriesSettings? given) ? given : new SpcSeriesSettings { Column = column };
            List<SpcObservation> points = ReadPoints(table, month, column, notRead);
            string name = series.Name ?? column;
            if (points.Count < 2)
            {
                summaryRows.Add([name, "-", "-", "-", "-", "fewer than 2 months with a value", ""]);
                continue;
            }

            if (Chart(series, points) is not { } xmr)
            {
                string bad = series.Rebase.First(m => points.FindIndex(p => p.Label == m) < 1);
                return ReportSection.Unusable(Id, Title, $"report.json asks to rebase '{column}' at month '{bad}', which is not a month of {File} after its first (with a value).");
            }

            summaryRows.Add(SummaryRow(name, series, xmr));
            var chart = new SpcChart(xmr) { Title = name, ValueName = name, ValueFormat = series.Format };
            charts.Add((chart, $"{name} each month. {(series.Direction == ImprovementDirection.Neutral ? "No direction is set, so signals are marked neutral (purple)." : $"Higher is {(series.Direction == ImprovementDirection.Increase ? "better" : "worse")}: orange marks concern, blue improvement.")} {chart.Description}"));
        }

        write.Table("Summary (Making Data Count): the latest month, the mean and process limits, what the variation shows recently, and whether the target will be met", ["Measure", "Latest month", "Latest value", "Mean", "Process limits", "Variation", "Assurance"], summaryRows);
        foreach ((SpcChart chart, string caption) in charts)
        {
            write.Figure(chart, caption, 1000, 500);
        }

        write.RowsNotRead(File, notRead);
        About(write, columns, settings);
        int concerns = summaryRows.Count(r => r[5].Contains("concern", StringComparison.Ordinal)), improvements = summaryRows.Count(r => r[5].Contains("improvement", StringComparison.Ordinal));
        return new ReportSection(Id, Title, write.Blocks)
        {
            Summary = $"{Text.Count(columns.Length, "measure", "measures")}: {Text.N(concerns)} with a recent signal of concern, {Text.N(improvements)} with a recent signal of improvement.",
        };
    }

    /// <summary>A measure's months with a value; a cell that is not a number is listed in <paramref name="notRead"/> and not charted.</summary>
    private static List<SpcObservation> ReadPoints(CsvTable table, int month, string column, List<string> notRead)
    {
        int index = table.Column(column);
        var points = new List<SpcObservation>();
        foreach (CsvRow row in table.Rows)
        {
            if (double.TryParse(row[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            {
                points.Add(new SpcObservation(value, row[month]));
            }
            else
            {
                notRead.Add(string.Create(CultureInfo.InvariantCulture, $"row {row.Number} ({row[month]}): {column} '{row[index]}' is not a number; not charted"));
            }
        }

        return points;
    }

    /// <summary>The measure's XmR chart with its direction, target and rebasing; none when a rebase month is not a month after the first.</summary>
    private static XmrChart? Chart(SpcSeriesSettings series, List<SpcObservation> points)
    {
        int[] rebase = [.. series.Rebase.Select(m => points.FindIndex(p => p.Label == m))];
        return rebase.Any(i => i < 1)
            ? null
            : XmrChart.Compute(points, new XmrOptions { Direction = series.Direction, Target = series.Target, RebaseAt = [.. rebase.Order()] });
    }

    /// <summary>The measure's row of the Making Data Count summary: latest value, mean, limits, recent variation and assurance.</summary>
    private static string[] SummaryRow(string name, SpcSeriesSettings series, XmrChart xmr)
    {
        XmrPoint last = xmr.Points[^1];
        XmrSegment segment = xmr.Segments[^1];
        string F(double v) => v.ToString(series.Format, CultureInfo.InvariantCulture);
        return
        [
            name, last.Label ?? "", F(last.Value), F(segment.Centre), $"{F(segment.LowerLimit)} to {F(segment.UpperLimit)}",
            Variation(xmr, series.Direction), segment.Assurance switch
            {
                TargetAssurance.ConsistentlyPass => $"target {F(series.Target!.Value)}: consistently passes",
                TargetAssurance.ConsistentlyFail => $"target {F(series.Target!.Value)}: consistently fails",
                TargetAssurance.HitAndMiss => $"target {F(series.Target!.Value)}: hit and miss",
                _ => series.Target is { } t ? $"target {F(t)}: no direction given" : "no target",
            },
        ];
    }

    /// <summary>The method (the library's XmR constants), the settings of each measure and the sources.</summary>
    private static void About(SectionWriter write, string[] columns, Dictionary<string, SpcSeriesSettings> settings) =>
        write.About(
            [
                $"XmR chart: the mean of the points; moving ranges between neighbouring months, with those above {Text.Num(XmrChart.ScreeningFactor, "0.###")} times their average screened out; process limits at the mean \u00B1 {Text.Num(XmrChart.LimitFactor, "0.###")} times the average moving range. With fewer than {XmrChart.MinimumPointsForFirmLimits} months the limits are provisional.",
                "Special-cause rules, in this order: a point outside the limits; 7 points in a row rising or falling; 2 of 3 points near a limit on the same side; 7 points in a row on one side of the mean. "
                + "Assurance: a target outside the limits will be consistently met or missed; inside them, hit and miss.",
                "\"Variation\" in the summary describes the last six months: special cause of concern or improvement if any of them is one, otherwise common cause. Mean, limits and assurance are those of the latest segment when new limits start after a change to the process (\"rebase\" in report.json).",
            ],
            [
                new("Input", $"{File}: one row per month and one column per measure"),
                .. columns.Select(c => settings.TryGetValue(c, out SpcSeriesSettings? s)
                    ? new KeyValuePair<string, string>(s.Name ?? c, $"{Better(s.Improvement)}; target {(s.Target is { } t ? t.ToString(s.Format, CultureInfo.InvariantCulture) : "none")}{(s.Rebase.Count > 0 ? $"; new limits from {string.Join(", ", s.Rebase)}" : "")}")
                    : new KeyValuePair<string, string>(c, $"{Better(new SpcSeriesSettings().Improvement)} (not set in report.json); no target")),
            ],
            ["NHS England, Making Data Count (2019): strengthening your decisions", "NHSRplotthedots (nhs-r-community): the XmR rules and the Making Data Count colours"]);

    private static string Variation(XmrChart xmr, ImprovementDirection direction)
    {
        XmrPoint[] recent = [.. xmr.Points.TakeLast(6)];
        if (recent.Any(p => p.Signal == SpecialCause.Concern))
        {
            return "special cause: concern";
        }

        if (recent.Any(p => p.Signal == SpecialCause.Improvement))
        {
            return "special cause: improvement";
        }

        return recent.Any(p => p.Signal == SpecialCause.Neutral) ? $"special cause ({(recent.Last(p => p.IsSpecialCause).Side == SpecialCauseSide.High ? "high" : "low")}; no direction set)" : "common cause";
    }

    /// <summary>Which way is better for a measure, in words ("lower is better"), from its improvement setting.</summary>
    internal static string Better(string improvement) => improvement switch
    {
        "increase" => "higher is better",
        "decrease" => "lower is better",
        _ => "no direction is better",
    };
}
