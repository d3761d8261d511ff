using OutcomeScoring.Comparison;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>
/// A statistical process control (XmR) chart as NHS England's Making Data Count draws it: the values over time,
/// the mean and process limits of each segment, special-cause points coloured by what they signal (orange for
/// concern, blue for improvement, purple for neutral; grey for common cause), and the target line.
/// </summary>
/// <remarks>
/// <para>
/// Sources: NHS England, Making Data Count; colours as NHSRplotthedots (nhs-r-community) uses for the Making
/// Data Count icons (#FAB428 concern, #289DE0 improvement, #361475 neutral, #7B7D7D common cause). Special causes
/// also differ by marker shape (improvement circle, concern diamond, neutral square). Limits from fewer than 12
/// points are marked provisional on the chart.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SpcChart : Chart
{
    private static readonly (SpecialCause Signal, string Name, Color Colour, MarkerShape Shape)[] Signals =
    [
        (SpecialCause.Concern, "Special cause: concern", Palette.Concern, MarkerShape.FilledDiamond),
        (SpecialCause.Improvement, "Special cause: improvement", Palette.Improvement, MarkerShape.FilledCircle),
        (SpecialCause.Neutral, "Special cause: neutral", Palette.NeutralSpecialCause, MarkerShape.FilledSquare),
    ];

    /// <summary>Creates the chart of an XmR result.</summary>
    /// <param name="chart">The chart data (<see cref="XmrChart.Compute(IEnumerable{SpcObservation}, XmrOptions?)"/>); point labels become the time axis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is <see langword="null"/>.</exception>
    public SpcChart(XmrChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Xmr = chart;
        Title = "SPC chart";
    }

    /// <summary>Gets the chart data drawn.</summary>
    public XmrChart Xmr { get; }

    /// <summary>Gets the name of the value axis, with its unit, for example "Positive responses (%)".</summary>
    public string ValueName { get; init; } = "Value";

    /// <summary>Gets the name of the time axis (default "Month").</summary>
    public string TimeName { get; init; } = "Month";

    /// <summary>
    /// Gets how values are written on the axis and in the legend: a .NET numeric format string in the invariant
    /// culture (default "0.##"; "0%" shows 0.91 as 91%).
    /// </summary>
    public string ValueFormat { get; init; } = "0.##";

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            var points = Xmr.Points;
            string span = points.Length == 0 ? "" : $" ({Label(0)} to {Label(points.Length - 1)})";
            string segments = string.Join("; ", Xmr.Segments.Select(s =>
                (Xmr.Segments.Length > 1 ? $"from {Label(s.Start)}: " : "") + $"mean {Value(s.Centre)}, process limits {Value(s.LowerLimit)} to {Value(s.UpperLimit)}"));
            string[] signals = [.. Signals
                .Select(s => (s.Name, Points: points.Where(p => p.Signal == s.Signal).Select(p => Label(p.Index)).ToArray()))
                .Where(s => s.Points.Length > 0)
                .Select(s => $"{s.Name.Replace("Special cause: ", "", StringComparison.Ordinal)} at {string.Join(", ", s.Points)}")];
            string assurance = Xmr.Options.Target is { } target
                ? $" Target {Value(target)}: {Assurance(Xmr.Segments[^1].Assurance)}."
                : "";
            return $"SPC chart of {Format(points.Length)} points{span}: {segments}. "
                + (signals.Length == 0 ? "Common cause variation only." : $"Special causes: {string.Join("; ", signals)}.")
                + assurance
                + (Xmr.HasProvisionalLimits ? $" Limits are provisional (fewer than {Format(XmrChart.MinimumPointsForFirmLimits)} points)." : "");
        }
    }

    /// <inheritdoc/>
    private protected override void Draw(Plot plot, PixelSize size)
    {
        var points = Xmr.Points;
        double[] xs = [.. points.Select(p => (double)p.Index)];
        double[] ys = [.. points.Select(p => p.Value)];

        foreach (XmrSegment segment in Xmr.Segments)
        {
            double left = segment.Start - 0.3, right = segment.Start + segment.Count - 1 + 0.3;
            AddLevel(plot, left, right, segment.Centre, Palette.Ink, LinePattern.Solid, 2);
            AddLevel(plot, left, right, segment.UpperLimit, Palette.DarkGrey, LinePattern.Dashed, 1.5f);
            AddLevel(plot, left, right, segment.LowerLimit, Palette.DarkGrey, LinePattern.Dashed, 1.5f);
        }

        if (Xmr.Options.Target is { } target)
        {
            plot.Add.HorizontalLine(target, 2, Palette.Vermillion, LinePattern.DenselyDashed);
        }

        var line = plot.Add.Scatter(xs, ys);
        line.LineColor = Palette.CommonCause;
        line.LineWidth = 2;
        line.MarkerShape = MarkerShape.FilledCircle;
        line.MarkerSize = 7;
        line.MarkerColor = Palette.CommonCause;

        LegendEntry(plot, "Common cause", line: Palette.CommonCause, marker: MarkerShape.FilledCircle, markerColor: Palette.CommonCause, markerSize: 7);
        foreach ((SpecialCause signal, string name, Color colour, MarkerShape shape) in Signals)
        {
            XmrPoint[] these = [.. points.Where(p => p.Signal == signal)];
            if (these.Length == 0)
            {
                continue;
            }

            var marks = plot.Add.ScatterPoints(these.Select(p => (double)p.Index).ToArray(), these.Select(p => p.Value).ToArray());
            marks.MarkerShape = shape;
            marks.MarkerSize = 12;
            marks.MarkerColor = colour;
            LegendEntry(plot, $"{name}: {Format(these.Length)}", marker: shape, markerColor: colour, markerSize: 12);
        }

        LegendEntry(plot, "Mean", line: Palette.Ink);
        LegendEntry(plot, "Process limits", line: Palette.DarkGrey, pattern: LinePattern.Dashed, lineWidth: 1.5f);
        if (Xmr.Options.Target is { } t)
        {
            LegendEntry(plot, $"Target {Value(t)}: {Assurance(Xmr.Segments[^1].Assurance)}", line: Palette.Vermillion, pattern: LinePattern.DenselyDashed);
        }

        if (Xmr.HasProvisionalLimits)
        {
            LegendEntry(plot, $"Limits provisional: fewer than {Format(XmrChart.MinimumPointsForFirmLimits)} points");
        }

        // Time axis: every point labelled when there is room, otherwise every k-th counted back from the latest, so the latest
        // point (the one a reader looks for) always has its label; long labels slanted.
        int room = Math.Max(2, (int)(size.Width * 0.7 / 34));
        int step = Math.Max(1, (int)Math.Ceiling(points.Length / (double)room));
        double[] ticks = [.. xs.Where((_, i) => (points.Length - 1 - i) % step == 0)];
        plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(x => Label((int)x))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 70;

        var numeric = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Value(v) };
        plot.Axes.Left.TickGenerator = numeric;

        double[] all = [.. ys, .. Xmr.Segments.SelectMany(s => new[] { s.LowerLimit, s.UpperLimit }), .. Xmr.Options.Target is { } tt ? new[] { tt } : []];
        double low = all.Min(), high = all.Max(), pad = Math.Max((high - low) * 0.08, Math.Abs(high) * 1e-6 + 1e-9);
        plot.Axes.SetLimits(-0.7, Math.Max(1, points.Length - 1) + 0.7, low - pad, high + pad);
        plot.XLabel(TimeName);
        plot.YLabel(ValueName);
        plot.ShowLegend(Edge.Right);
    }

    private static void AddLevel(Plot plot, double left, double right, double y, Color colour, LinePattern pattern, float width)
    {
        var level = plot.Add.Line(left, y, right, y);
        level.LineColor = colour;
        level.LinePattern = pattern;
        level.LineWidth = width;
        level.MarkerSize = 0;
    }

    private string Label(int index) => Xmr.Points[index].Label ?? Format(index + 1);

    private string Value(double value) => Format(value, ValueFormat);

    private static string Assurance(TargetAssurance assurance) => assurance switch
    {
        TargetAssurance.ConsistentlyPass => "consistently passes",
        TargetAssurance.ConsistentlyFail => "consistently fails",
        TargetAssurance.HitAndMiss => "hit and miss",
        _ => "no assurance (no improvement direction)",
    };
}
