using System.Globalization;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.Comparison;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// Friends and Family Test (fft-responses.csv: team, optional site and month, answer, as fft summarize reads):
/// the NHS-format summary by team for the whole period and for the latest month, the service's monthly share
/// positive as an SPC chart, and a funnel plot of teams. Both tables are suppressed as NHS England does and shown
/// with <see cref="FftDisclosure.Strict"/> disclosure (issue 15): a suppressed team or site shows its name and the
/// reason only, is left out of the funnel and of the integration index, and nothing else in the report is computed
/// from its figures alone.
/// </summary>
internal sealed class FftSection : IReportSectionBuilder
{
    public const string File = "fft-responses.csv";

    public string Id => "fft";

    public string Title => "Friends and Family Test";

    public IReadOnlyList<string> Files => [File];

    public ReportSection Build(ReportFolder folder)
    {
        FftQuestion question = folder.Settings.Fft.Asked;
        var notRead = new List<string>();
        (CsvTable? table, List<FftPeriodCounts> rows, string? problem) = Read(folder, question, notRead);
        if (problem is not null)
        {
            return ReportSection.Unusable(Id, Title, problem);
        }

        if (table is null)
        {
            return ReportSection.Missing(Id, Title, $"There is no {File} in the folder. Give Friends and Family Test responses there, one per row, with the columns team, answer (a label such as Very good, or 1-6) and, optionally, site and month (yyyy-mm).");
        }

        FftCounts total = rows.Aggregate(default(FftCounts), (sum, r) => sum + r.Counts);
        bool tooFew = IsSuppressed(total);
        if (tooFew)
        {
            // One row per response: the file's row count in the closing section would give the suppressed total.
            folder.WithholdRowCount(File);
        }

        int month = table.Column("month");
        var write = new SectionWriter();
        write.Paragraph($"The Friends and Family Test asks people how their experience of the service was overall; % positive is the share answering {Fft.Label(FftAnswer.VeryGood, question)} or {Fft.Label(FftAnswer.Good, question)}, and % negative the share answering {Fft.Label(FftAnswer.Poor, question)} or {Fft.Label(FftAnswer.VeryPoor, question)}, of all responses including Don't know. "
            + (tooFew
                ? $"{File} has too few responses to publish (which months have responses is not given either: that would bound the total)."
                : $"{File} has {Text.Count(rows.Count + notRead.Count, "response", "responses")}" + (month >= 0 ? $" from {Text.Count(rows.Select(r => r.Period).Distinct().Count(), "month", "months")} ({rows.Min(r => r.Period)} to {rows.Max(r => r.Period)})." : ".")));
        write.Note("NHS England asks that FFT results are not used to compare or rank providers: the comparisons below are for the service's own learning.");

        var whole = WholePeriod(rows, question);
        write.Table("The whole period, by site and team: responses, % positive and % negative with Wilson 95% intervals; units with 1-4 responses, and those that would reveal them, are suppressed", ["Team or site", "Responses", "% positive", "% negative"], Rows(whole));

        FftFigures service = Fft.Summarise(total, question);
        string summary = tooFew
            ? "too few responses to publish (suppressed)."
            : $"{Text.Count(service.Total, "response", "responses")}: {Text.Pct(service.Positive)} positive, {Text.Pct(service.Negative)} negative.";
        if (month >= 0)
        {
            summary += Latest(folder, rows, question, write);
        }

        FftUnitSummary[] leaves = [.. whole.Where(r => r.Parent is not null || whole.All(x => x.Parent is null)).Where(r => !whole.Any(c => c.Parent == r.Unit))];
        ProportionUnit[] teams = [.. leaves.Where(r => !r.HidesCounts).Select(r => new ProportionUnit(r.Unit, r.Figures.Counts.Positive, r.Figures.Total))];
        int leftOut = leaves.Length - teams.Length;
        if (teams.Length >= 2 && teams.Sum(t => t.Numerator) is long positive && positive > 0 && positive < teams.Sum(t => t.Denominator))
        {
            FunnelChart funnel = FunnelChart.ForProportions(teams, new FunnelOptions { Method = FunnelMethod.ExactBinomial, LimitSizes = ReportFunnels.Sizes(teams) });
            var plot = new FunnelPlot(funnel) { Title = "FFT: % positive by team", ValueName = "Positive responses (%)", SizeName = "Responses", UnitName = "Team", Labels = FunnelLabels.All };
            write.Figure(plot, "Each team's share positive over the whole period against the pooled share of the teams drawn, with exact binomial 95% (dashed) and 99.8% (solid) limits. "
                + $"A team outside the limits differs by more than chance would explain: worth a look, not a verdict. {plot.Description}"
                + (leftOut > 0 ? $" {Text.Count(leftOut, "team", "teams")} with suppressed figures {(leftOut == 1 ? "is" : "are")} not drawn." : ""));
        }

        write.RowsNotRead(File, notRead);
        write.About(
            [
                "% positive and % negative are shares of all responses, Don't know included, as NHS England computes them; each has a Wilson 95% interval. A team or site with no responses has no percentage.",
                "Suppression (both tables, as NHS England suppresses its published figures): a unit with 1-4 responses is suppressed (first level); when the smallest unit in a group is suppressed the next smallest is too (second level), so the group's total cannot reveal it; and the two smallest units under a suppressed one are suppressed (cascade). "
                + "This report shows nothing about a suppressed unit but its name and the reason: not its responses, percentages or intervals (NHS England's own tables show the total and, below the first level, the percentages, from which the hidden counts can be worked out). Suppressed teams are not drawn in the funnel and give no experience score to the integration index.",
                "The monthly chart is an XmR chart with the Making Data Count rules (a point outside the limits; a run of 7 rising or falling; 2 of 3 near a limit; 7 on one side of the mean). The funnel uses exact binomial limits, because FFT shares are high and teams small, where normal limits fail.",
            ],
            [
                new("Input", $"{File}: columns team, site (optional), month (optional, yyyy-mm), answer"),
                new("Question", question == FftQuestion.Recommend2013 ? "2013 (recommend)" : "2020 (experience)"),
                new("Monthly target", folder.Settings.Fft.Target is { } t ? Text.Pct(t) : "none"),
                new("Funnel limits", "exact binomial, pooled target"),
                new("Disclosure", "strict: a suppressed unit shows its name and the reason only"),
            ],
            ["NHS England, Friends and Family Test guidance (2019) and data publication methodology; nhsengland/fft_pipeline (suppression)",
             "Wilson EB (1927) Probable inference, the law of succession, and statistical inference. J Am Stat Assoc 22:209-212",
             "NHS England, Making Data Count; NHSRplotthedots (nhs-r-community)",
             "Spiegelhalter DJ (2005) Stat Med 24:1185-1202; Manktelow BN, Seaton SE (2012) PLoS ONE 7(7):e41066"]);
        return new ReportSection(Id, Title, write.Blocks) { Summary = summary };
    }

    /// <summary>
    /// Reads fft-responses.csv: one count per response, with its month ("" without a month column), team and site. Rows that cannot be
    /// read go to <paramref name="notRead"/>. Gives no table when the folder has no such file, and a problem when it cannot be used.
    /// </summary>
    internal static (CsvTable? Table, List<FftPeriodCounts> Rows, string? Problem) Read(ReportFolder folder, FftQuestion question, List<string> notRead)
    {
        var rows = new List<FftPeriodCounts>();
        if (folder.Csv(File) is not { } table)
        {
            return (null, rows, null);
        }

        string[] missing = table.Missing(Forms.TeamColumn, "answer");
        if (missing.Length > 0)
        {
            return (table, rows, $"{File} has no {Text.And(missing)} column; it needs team and answer (and, optionally, site and month).");
        }

        int team = table.Column(Forms.TeamColumn), site = table.Column("site"), month = table.Column("month"), answer = table.Column("answer");
        notRead.AddRange(table.Problems);
        foreach (CsvRow row in table.Rows)
        {
            string cell = row[answer];
            bool known = int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out int code)
                ? FftCoding.Standard.TryRead(code, out FftAnswer parsed)
                : Fft.TryParseLabel(cell, question, out parsed);
            string? problem = row[team].Length == 0 ? "no team"
                : month >= 0 && row[month].Length == 0 ? "no month"
                : !known ? $"answer '{cell}' is not one of the question's answers (a label such as '{Fft.Label(FftAnswer.VeryGood, question)}', or 1-6)"
                : null;
            if (problem is not null)
            {
                notRead.Add(string.Create(CultureInfo.InvariantCulture, $"row {row.Number}: {problem}"));
                continue;
            }

            rows.Add(new FftPeriodCounts(month >= 0 ? row[month] : "", row[team], site >= 0 && row[site].Length > 0 ? row[site] : null, default(FftCounts).With(parsed)));
        }

        return (table, rows, null);
    }

    /// <summary>
    /// The latest month's table and the whole service's monthly SPC chart; gives the chart's words for the summary line. A month in
    /// which the whole service has so few responses that it would itself be suppressed is left out of the chart.
    /// </summary>
    private static string Latest(ReportFolder folder, List<FftPeriodCounts> rows, FftQuestion question, SectionWriter write)
    {
        string latest = rows.Select(r => r.Period).Max(StringComparer.Ordinal)!;
        var published = FftReport.Build(rows.Where(r => r.Period == latest).Select(r => new FftUnitCounts(r.Unit, r.Parent, r.Counts)), question);
        write.Table($"The latest month ({latest}) as it would be published: counts under 5 are suppressed, with the NHS England second-level and cascade rules", ["Team or site", "Responses", "% positive", "% negative"], Rows(published));

        var months = rows.GroupBy(r => r.Period, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Month: g.Key, Counts: g.Aggregate(default(FftCounts), (sum, r) => sum + r.Counts))).Where(m => m.Counts.Total > 0).ToList();
        var monthly = months.Where(m => !IsSuppressed(m.Counts)).ToList();
        if (monthly.Count < 2)
        {
            return "";
        }

        XmrChart xmr = XmrChart.Compute(
            monthly.Select(m => new SpcObservation((double)m.Counts.Positive / m.Counts.Total, m.Month)),
            new XmrOptions { Direction = ImprovementDirection.Increase, Target = folder.Settings.Fft.Target });
        var chart = new SpcChart(xmr) { Title = "FFT: % positive each month, whole service", ValueName = "Positive responses", ValueFormat = "0%" };
        int leftOut = months.Count - monthly.Count;
        write.Figure(chart, "The share of responses that were positive each month, as an SPC chart (Making Data Count): the black line is the mean and the dashed lines the process limits. "
            + $"Orange marks a signal of concern (worse than the usual variation), blue a signal of improvement; grey points are common-cause variation. {chart.Description}"
            + (leftOut > 0 ? $" {Text.Count(leftOut, "month", "months")} with too few responses to publish {(leftOut == 1 ? "is" : "are")} left out." : ""), 1000, 520);
        string? shift = SustainedShift(xmr);
        if (shift is not null)
        {
            write.Note(shift);
        }

        return $" Monthly: {Signals(xmr)}" + (shift is null ? "." : $"; the level has shifted since {ShiftStart(xmr)}: new limits from then are suggested.");
    }

    /// <summary>
    /// The first month of a sustained shift: the latest run of points on one side of the mean, at least the shift rule's length
    /// (Making Data Count: 7 in a row) and not the whole series; <see langword="null"/> when there is none.
    /// </summary>
    internal static string? ShiftStart(XmrChart xmr)
    {
        int n = xmr.Points.Length;
        int side = Math.Sign(xmr.Points[^1].Value - xmr.Points[^1].Centre);
        int run = side == 0 ? 0 : xmr.Points.Reverse().TakeWhile(p => Math.Sign(p.Value - p.Centre) == side).Count();
        return run >= 7 && run < n ? xmr.Points[n - run].Label ?? Text.N(n - run + 1) : null;
    }

    /// <summary>
    /// When the latest months have stayed on one side of the mean (a sustained shift), says so and suggests new limits from the
    /// shift (rebasing, as Making Data Count advises after a lasting change): limits that span two levels flag most months on both
    /// sides and hide the new level's own variation.
    /// </summary>
    internal static string? SustainedShift(XmrChart xmr)
    {
        if (ShiftStart(xmr) is not { } start)
        {
            return null;
        }

        int flagged = xmr.Points.Count(p => p.IsSpecialCause);
        bool below = xmr.Points[^1].Value < xmr.Points[^1].Centre;
        return $"The level appears to have shifted: every month since {start} is {(below ? "below" : "above")} the mean. Limits computed across both levels flag "
            + $"{Text.N(flagged)} of {Text.N(xmr.Points.Length)} months and say little about either. If the change is real and lasting, the limits should be recalculated from {start} "
            + "(rebased, as Making Data Count advises after a lasting change), so that later months are judged against the new level.";
    }

    /// <summary>Whether the whole service's counts would be suppressed as a unit of their own (the library's first-level rule).</summary>
    private static bool IsSuppressed(FftCounts counts) => FftReport.Build([new FftUnitCounts("service", null, counts)])[0].HidesCounts;

    /// <summary>
    /// The whole period by site and team, suppressed as NHS England does: the report's table, its funnel and the integration
    /// index's experience scores use only the units this leaves visible.
    /// </summary>
    internal static System.Collections.Immutable.ImmutableArray<FftUnitSummary> WholePeriod(IEnumerable<FftPeriodCounts> rows, FftQuestion question) =>
        FftReport.Build(rows.Select(r => new FftUnitCounts(r.Unit, r.Parent, r.Counts)), question);

    /// <summary>Table rows from what strict disclosure publishes, so a suppressed row cannot show more than its name and reason.</summary>
    private static IEnumerable<string[]> Rows(IEnumerable<FftUnitSummary> report) =>
        report.Select(r => (Row: r, Published: r.Publish(FftDisclosure.Strict))).Select(r => new[]
        {
            new string('\u00A0', r.Row.Depth * 4) + r.Row.Unit,
            r.Published.Total is { } total ? Text.N(total) : $"suppressed ({Reason(r.Published.Suppression)})",
            Share(r.Published, r.Published.Positive),
            Share(r.Published, r.Published.Negative),
        });

    private static string Share(FftPublishedFigures published, ProportionInterval? share) =>
        published.Suppression != SuppressionReason.None ? "suppressed" : Text.PctCi(share);

    private static string Reason(SuppressionReason reason) => reason switch
    {
        SuppressionReason.FirstLevel => "1-4 responses",
        SuppressionReason.SecondLevel => "protects a smaller unit",
        _ => "its parent is suppressed",
    };

    /// <summary>The latest signal of a chart in words, for the summary line.</summary>
    internal static string Signals(XmrChart xmr)
    {
        XmrPoint last = xmr.Points[^1];
        return last.Signal switch
        {
            SpecialCause.Concern => $"the latest month ({last.Label}) is a signal of concern",
            SpecialCause.Improvement => $"the latest month ({last.Label}) is a signal of improvement",
            SpecialCause.Neutral => $"the latest month ({last.Label}) is a special cause",
            _ => "the latest month is within the usual variation",
        };
    }
}
