using System.Collections.Immutable;
using OutcomeScoring.Comparison;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>Which units a <see cref="FunnelPlot"/> names beside their point.</summary>
public enum FunnelLabels
{
    /// <summary>No unit is named.</summary>
    None = 0,

    /// <summary>Units outside the 99.8% limits.</summary>
    Outside998 = 1,

    /// <summary>Units outside the 95% limits (the default).</summary>
    Outside95 = 2,

    /// <summary>Every unit.</summary>
    All = 3,
}

/// <summary>
/// A funnel plot: each unit's value against its size, the target line, and the 95% and 99.8% limits from a
/// <see cref="FunnelChart"/> (adjusted for over-dispersion when the chart was), with units outside the limits
/// named. Every unit is drawn alike: no colour says better or worse.
/// </summary>
/// <remarks>
/// <para>
/// Sources: Spiegelhalter 2005 (Stat Med 24:1185-1202; Qual Saf Health Care 14:347-351); FunnelPlotR
/// (nhs-r-community), which likewise avoids red/green colouring of units. A unit outside the limits warrants a
/// look, not a verdict. Units without a value (for example no responses) are listed in the legend, not drawn.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FunnelPlot : Chart
{
    /// <summary>Creates the plot of a funnel chart.</summary>
    /// <param name="chart">The limits and units (<see cref="FunnelChart.ForProportions"/>, <see cref="FunnelChart.ForMeans"/> or <see cref="FunnelChart.ForRatios"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is <see langword="null"/>.</exception>
    public FunnelPlot(FunnelChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Funnel = chart;
        Title = "Funnel plot";
        bool proportion = chart.Indicator == FunnelIndicator.Proportion;
        ValueName = chart.Indicator switch
        {
            FunnelIndicator.Proportion => "Proportion (%)",
            FunnelIndicator.Mean => "Mean",
            _ => "Observed / expected",
        };
        SizeName = chart.Indicator switch
        {
            FunnelIndicator.Proportion => "Denominator (size of unit)",
            FunnelIndicator.Mean => "Number of people",
            _ => "Expected count",
        };
        ShowAsPercent = proportion;
    }

    /// <summary>Gets the chart drawn.</summary>
    public FunnelChart Funnel { get; }

    /// <summary>
    /// Gets the same units' chart without over-dispersion adjustment, to draw its limits faintly for comparison when
    /// <see cref="Funnel"/> is adjusted; or <see langword="null"/> (the default) to draw only the chart's own limits.
    /// </summary>
    public FunnelChart? Unadjusted { get; init; }

    /// <summary>Gets the name of the value axis, for example "Positive responses (%)".</summary>
    public string ValueName { get; init; }

    /// <summary>Gets the name of the size axis, for example "Responses".</summary>
    public string SizeName { get; init; }

    /// <summary>Gets what the units are called in the legend (default "Unit"), for example "Team".</summary>
    public string UnitName { get; init; } = "Unit";

    /// <summary>Gets whether values are shown as percentages (value x 100); the default for proportions.</summary>
    public bool ShowAsPercent { get; init; }

    /// <summary>Gets which units are named beside their point (default: those outside the 95% limits).</summary>
    public FunnelLabels Labels { get; init; } = FunnelLabels.Outside95;

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            FunnelUnitResult[] units = [.. Funnel.Units.Where(u => u.HasValue)];
            string[] outside998 = [.. units.Where(u => u.Outside998 != FunnelSide.None).Select(u => $"{u.Id} ({Side(u.Outside998)})")];
            string[] outside95 = [.. units.Where(u => u.Outside95 != FunnelSide.None && u.Outside998 == FunnelSide.None).Select(u => $"{u.Id} ({Side(u.Outside95)})")];
            int missing = Funnel.Units.Length - units.Length;
            return $"Funnel plot of {Format(units.Length)} units against a target of {Value(Funnel.Target)} ({(Funnel.IsTargetPooled ? "pooled" : "given")}): "
                + (outside998.Length == 0 ? "none outside the 99.8% limits" : $"outside the 99.8% limits: {string.Join(", ", outside998)}")
                + (outside95.Length == 0 ? "; no other outside the 95% limits" : $"; outside the 95% limits only: {string.Join(", ", outside95)}")
                + (Funnel.IsAdjusted ? $"; limits widened for over-dispersion ({Adjustment})" : "")
                + (missing > 0 ? $"; {Format(missing)} without a value not shown." : ".");
        }
    }

    private string Adjustment => Funnel.Overdispersion == OverdispersionAdjustment.Multiplicative
        ? $"multiplicative, phi {Format(Funnel.Phi, "0.00")}"
        : $"additive, tau\u00B2 {Format(Funnel.Tau2, "0.####")}";

    /// <inheritdoc/>
    private protected override void Draw(Plot plot, PixelSize size)
    {
        double scale = ShowAsPercent ? 100 : 1;
        FunnelUnitResult[] units = [.. Funnel.Units.Where(u => u.HasValue)];
        double maxSize = Math.Max(units.Length == 0 ? 1 : units.Max(u => u.Size), Funnel.Limits.IsEmpty ? 1 : Funnel.Limits.Max(l => l.Size));

        if (Unadjusted is { } plain && Funnel.IsAdjusted)
        {
            DrawLimits(plot, plain.Limits, scale, maxSize, Palette.Grey, 1, LinePattern.Dotted, LinePattern.Dotted);
        }

        DrawLimits(plot, Funnel.Limits, scale, maxSize, Palette.Blue, 2, LinePattern.Dashed, LinePattern.Solid);
        var target = plot.Add.HorizontalLine(Funnel.Target * scale, 2, Palette.Ink, LinePattern.Solid);
        target.LineWidth = 2;

        if (units.Length > 0)
        {
            var points = plot.Add.ScatterPoints(units.Select(u => u.Size).ToArray(), units.Select(u => u.Value!.Value * scale).ToArray());
            points.MarkerShape = MarkerShape.FilledCircle;
            points.MarkerSize = 9;
            points.MarkerColor = Palette.Ink.WithAlpha(0.8);
        }

        double[] values = [.. units.Select(u => u.Value!.Value * scale), .. Funnel.Limits.SelectMany(l => new[] { l.Lower998 * scale, l.Upper998 * scale }), Funnel.Target * scale];
        double low = values.Min(), high = values.Max(), pad = Math.Max((high - low) * 0.06, 1e-9);
        if (ShowAsPercent)
        {
            low = Math.Max(0, low - pad);
            high = Math.Min(100, high + pad);
        }
        else
        {
            low -= pad;
            high += pad;
        }

        // Names of units in the right-hand part of the plot go to the left of their point, so they stay inside;
        // names that would overlap a neighbour's (close in both directions) are moved up clear of it.
        double pixelsPerUnit = Math.Max(1, size.Height - 140) / (high - low);
        var placed = new List<(double X, double Pixel, bool Right)>();
        foreach (FunnelUnitResult unit in units.Where(Named).OrderBy(u => u.Value))
        {
            double value = unit.Value!.Value * scale;
            bool right = unit.Size > maxSize * 1.12 * 0.6;
            double pixel = (value - low) * pixelsPerUnit;
            foreach ((double x, double other, bool side) in placed)
            {
                if (side == right && Math.Abs(x - unit.Size) < maxSize * 0.3 && pixel - other < 16)
                {
                    pixel = other + 16;
                }
            }

            placed.Add((unit.Size, pixel, right));
            var label = plot.Add.Text(unit.Id, unit.Size, value);
            label.LabelFontSize = 13;
            label.LabelFontColor = Palette.Ink;
            label.LabelAlignment = right ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.OffsetX = right ? -8 : 8;
            label.OffsetY = -(float)(pixel - ((value - low) * pixelsPerUnit));
        }

        string adjusted = Funnel.IsAdjusted ? " (adjusted)" : "";
        LegendEntry(plot, $"One dot per {UnitName.ToLowerInvariant()} ({Format(units.Length)} drawn)", marker: MarkerShape.FilledCircle, markerColor: Palette.Ink, markerSize: 9);
        LegendEntry(plot, $"Target {Value(Funnel.Target)} ({(Funnel.IsTargetPooled ? "pooled" : "given")})", line: Palette.Ink);
        LegendEntry(plot, "95% limits" + adjusted, line: Palette.Blue, pattern: LinePattern.Dashed);
        LegendEntry(plot, "99.8% limits" + adjusted, line: Palette.Blue);
        if (Funnel.IsAdjusted)
        {
            LegendEntry(plot, $"Over-dispersion: {Adjustment}");
        }

        if (Unadjusted is not null && Funnel.IsAdjusted)
        {
            LegendEntry(plot, "Limits before adjustment", line: Palette.Grey, pattern: LinePattern.Dotted, lineWidth: 1);
        }

        if (Funnel.Units.Length > units.Length)
        {
            LegendEntry(plot, $"Not shown: {string.Join(", ", Funnel.Units.Where(u => !u.HasValue).Select(u => u.Id))} (no value)");
        }

        plot.Axes.SetLimits(0, maxSize * 1.12, low, high);
        plot.XLabel(SizeName);
        plot.YLabel(ValueName);
        plot.ShowLegend(Edge.Right);
    }

    private static void DrawLimits(Plot plot, ImmutableArray<FunnelLimit> limits, double scale, double maxSize, Color colour, float width, LinePattern inner, LinePattern outer)
    {
        if (limits.IsEmpty)
        {
            return;
        }

        // One size only (every unit the same size): the limits are flat across the plot.
        FunnelLimit[] rows = limits.Length == 1
            ? [limits[0], limits[0]]
            : [.. limits];
        double[] sizes = limits.Length == 1 ? [0, maxSize * 1.12] : [.. rows.Select(l => l.Size)];
        foreach ((Func<FunnelLimit, double> pick, LinePattern pattern) in new (Func<FunnelLimit, double>, LinePattern)[]
        {
            (l => l.Lower95, inner), (l => l.Upper95, inner), (l => l.Lower998, outer), (l => l.Upper998, outer),
        })
        {
            var line = plot.Add.ScatterLine(sizes, rows.Select(l => pick(l) * scale).ToArray());
            line.LineColor = colour;
            line.LineWidth = width;
            line.LinePattern = pattern;
            line.MarkerSize = 0;
        }
    }

    private bool Named(FunnelUnitResult unit) => Labels switch
    {
        FunnelLabels.All => true,
        FunnelLabels.Outside95 => unit.Outside95 != FunnelSide.None,
        FunnelLabels.Outside998 => unit.Outside998 != FunnelSide.None,
        _ => false,
    };

    private string Value(double value) => ShowAsPercent ? Format(value * 100, "0.#") + "%" : Format(value, "0.###");

    private static string Side(FunnelSide side) => side == FunnelSide.Above ? "above" : "below";
}
