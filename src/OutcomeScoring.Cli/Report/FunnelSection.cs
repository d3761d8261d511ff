using System.Globalization;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// A comparison of units (funnel-units.csv: a unit column, a numerator and a denominator, as the funnel command
/// reads; column names and method from report.json): the funnel plot and each unit's value, z-score and side.
/// </summary>
internal sealed class FunnelSection : IReportSectionBuilder
{
    public const string File = "funnel-units.csv";

    public string Id => "funnel";

    public string Title => "Comparing teams";

    public IReadOnlyList<string> Files => [File];

    public ReportSection Build(ReportFolder folder)
    {
        FunnelFileSettings settings = folder.Settings.Funnel;
        if (folder.Csv(File) is not { } table)
        {
            return ReportSection.Missing(Id, Title, $"There is no {File} in the folder. Give one row per unit there, with a unit, a numerator and a denominator column (by default unit, numerator and denominator; report.json can name others).");
        }

        string[] missing = table.Missing(settings.Unit, settings.Numerator, settings.Denominator);
        if (missing.Length > 0)
        {
            return ReportSection.Unusable(Id, Title, $"{File} has no {Text.And(missing)} column (the columns come from report.json's \"funnel\" settings: unit '{settings.Unit}', numerator '{settings.Numerator}', denominator '{settings.Denominator}').");
        }

        int unit = table.Column(settings.Unit), numerator = table.Column(settings.Numerator), denominator = table.Column(settings.Denominator);
        var notRead = new List<string>(table.Problems);
        var units = new List<ProportionUnit>();
        foreach (CsvRow row in table.Rows)
        {
            bool ok = long.TryParse(row[numerator], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)
                & long.TryParse(row[denominator], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long d);
            string? problem = row[unit].Length == 0 ? $"no {settings.Unit}"
                : !ok ? $"{settings.Numerator} '{row[numerator]}' or {settings.Denominator} '{row[denominator]}' is not a whole number"
                : n < 0 || d < 0 ? "counts cannot be negative"
                : n > d ? $"{settings.Numerator} {n} exceeds {settings.Denominator} {d}"
                : null;
            if (problem is null)
            {
                units.Add(new ProportionUnit(row[unit], n, d));
            }
            else
            {
                notRead.Add(string.Create(CultureInfo.InvariantCulture, $"row {row.Number}: {problem}; left off the funnel"));
            }
        }

        var options = new FunnelOptions
        {
            Target = settings.Target,
            Method = settings.LimitsMethod,
            LimitSizes = ReportFunnels.Sizes(units),
        };
        FunnelChart plain = FunnelChart.ForProportions(units, options);
        OverdispersionAdjustment adjustment = settings.Adjustment ?? (WellAboveOne(plain) && plain.Method is FunnelMethod.Normal or FunnelMethod.Arcsine ? OverdispersionAdjustment.Additive : OverdispersionAdjustment.None);
        FunnelChart funnel = adjustment == OverdispersionAdjustment.None ? plain : FunnelChart.ForProportions(units, options with { Overdispersion = adjustment });
        string limits = LimitsUsed(funnel);
        var plot = new FunnelPlot(funnel) { Unadjusted = funnel.IsAdjusted ? plain : null, Title = settings.Name, ValueName = $"{settings.Name} (%)", SizeName = "Size of unit (the denominator)", UnitName = "Unit", Labels = FunnelLabels.All };

        var write = new SectionWriter();
        write.Paragraph($"{settings.Name}, for {Text.Count(units.Count, "unit", "units")}, compared with {(funnel.IsTargetPooled ? "the pooled share" : "the target")} of {Text.Pct(funnel.Target)} in a funnel plot. The limits used are {limits}.");
        write.Figure(plot, "Each dot is a unit: its share up, its size across. The limits narrow as units get bigger, because bigger units vary less by chance: 95% (dashed) and 99.8% (solid). "
            + (funnel.IsAdjusted ? "The units differ more than chance alone would make them (over-dispersion), so the limits are widened for it; the faint lines are the limits before widening. " : "")
            + $"A unit outside the 99.8% limits is very unlikely to differ by chance alone; it is worth a look, not a verdict, and no colour says better or worse. {plot.Description}");
        write.Table(
            $"Each unit's share, z-score (how many standard errors from the target) and whether it lies outside the {limits}",
            ["Unit", "Count", "Size of unit", "Share", "z", "Outside 95% limits", "Outside 99.8% limits"],
            funnel.Units.Select((u, i) => new[]
            {
                u.Id, Text.N(units[i].Numerator), Text.N(units[i].Denominator), u.Value is { } v ? Text.Pct(v) : "-", Text.Num(u.ZScore, "0.00"),
                u.HasValue ? Side(u.Outside95) : u.Explanation ?? "-", u.HasValue ? Side(u.Outside998) : "-",
            }));
        write.RowsNotRead(File, notRead);
        About(write, settings, funnel, adjustment);
        int outside = funnel.Units.Count(u => u.Outside998 != FunnelSide.None);
        return new ReportSection(Id, Title, write.Blocks) { Summary = $"{settings.Name}: {Text.Count(units.Count, "unit", "units")}, {Text.N(outside)} outside the 99.8% {limits}." };
    }

    /// <summary>The method notes, settings and sources: the limits and the over-dispersion rule used.</summary>
    private static void About(SectionWriter write, FunnelFileSettings settings, FunnelChart funnel, OverdispersionAdjustment adjustment)
    {
        write.About(
            [
                $"Limits: {settings.Method} method at 95% and 99.8%, around {(funnel.IsTargetPooled ? "the pooled share (all numerators over all denominators)" : "the given target")}; a value exactly on a limit is inside.",
                $"Over-dispersion: the factor phi (Winsorised at 10%) is {Text.Num(funnel.Phi, "0.00")} and tau\u00B2 {funnel.Tau2.ToString("0.#####", CultureInfo.InvariantCulture)}. "
                + (settings.Adjustment is null
                    ? "By default the limits are widened (additive, random effects, as Spiegelhalter prefers) when phi is well above 1: when k \u00D7 phi exceeds the 95th percentile of chi-squared on k - 1 degrees of freedom (Spiegelhalter 2005), k being the number of units. "
                    : $"The adjustment is set in report.json (\"overdispersion\": \"{settings.Overdispersion}\"). ")
                + (funnel.IsAdjusted ? "Here the limits are widened for it, and the unadjusted limits are drawn faintly." : "Here the limits are not widened."),
            ],
            [
                new("Input", $"{File}: one row per unit, with its count and size (the columns are named in report.json)"),
                new("Target", settings.Target is { } t ? Text.Pct(t) : "pooled"),
                new("Method", settings.Method),
                new("Over-dispersion", settings.Adjustment is null ? $"auto (here: {FunnelCommand.Adjustments.NameOf(adjustment)})" : settings.Overdispersion),
            ],
            ["Spiegelhalter DJ (2005) Funnel plots for comparing institutional performance. Stat Med 24:1185-1202; and Qual Saf Health Care 14:347-351 (over-dispersion)",
             "FunnelPlotR (nhs-r-community)"]);
    }

    /// <summary>
    /// Whether phi is well above 1: k phi beyond the 95th percentile of chi-squared on k - 1 degrees of freedom, Spiegelhalter's test
    /// for over-dispersion (Stat Med 2005; Qual Saf Health Care 2005), k being the units with a value.
    /// </summary>
    internal static bool WellAboveOne(FunnelChart chart) =>
        chart.PhiUnitCount >= 2 && chart.PhiUnitCount * chart.Phi > MathNet.Numerics.Distributions.ChiSquared.InvCDF(chart.PhiUnitCount - 1, 0.95);

    /// <summary>Which limits a funnel has, in words for a reader.</summary>
    internal static string LimitsUsed(FunnelChart chart) => !chart.IsAdjusted ? "limits not adjusted for over-dispersion" : chart.Overdispersion switch
    {
        OverdispersionAdjustment.Additive => "limits widened for over-dispersion (additive)",
        OverdispersionAdjustment.Multiplicative => "limits widened for over-dispersion (multiplicative)",
        _ => "limits not adjusted for over-dispersion",
    };

    private static string Side(FunnelSide side) => side switch { FunnelSide.Above => "above", FunnelSide.Below => "below", _ => "no" };
}
