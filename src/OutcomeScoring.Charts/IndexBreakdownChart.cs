using System.Collections.Immutable;
using OutcomeScoring.IntegrationIndex;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>
/// A composite index per unit as horizontal bars, best first: under the weighted arithmetic mean each bar is the components'
/// contributions (weight x normalised value) stacked, so the bar ends at the index; the sampling interval of the index is drawn over
/// it. Units without an index are listed with the reason and no bar.
/// </summary>
/// <remarks>
/// <para>
/// Contributions add up to the index only under the arithmetic mean at every level (<see cref="IndexResult.IsAdditive"/>; Nardo et al.
/// 2008, "back to the data"). Under another mean (geometric, harmonic, power) the bars show the index alone, and the legend and
/// <see cref="Chart.Description"/> say that contributions are not stacked because they do not sum to it. Negative contributions
/// (z-scores) are stacked to the left of 0.
/// </para>
/// <para>
/// Components take the Okabe-Ito colours in the specification's order, which is also their order in each bar and in the legend
/// (with more than seven components the colours repeat); segments are parted by thin white lines so they read in greyscale.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class IndexBreakdownChart : Chart
{
    /// <summary>The component colours, in order (Okabe-Ito without black, which the interval lines use).</summary>
    private static readonly Color[] ComponentColours =
        [Palette.Blue, Palette.Orange, Palette.BluishGreen, Palette.ReddishPurple, Palette.SkyBlue, Palette.Vermillion, Palette.Yellow];

    private readonly ImmutableArray<int> _order;

    /// <summary>Creates the chart of an index result.</summary>
    /// <param name="result">The index (<see cref="CompositeIndex.Compute"/>).</param>
    /// <param name="sampling">
    /// The sampling intervals computed from the same specification and values (<see cref="CompositeIndex.SamplingUncertainty"/>), drawn
    /// as error bars; or <see langword="null"/> for none.
    /// </param>
    /// <param name="period">The period to chart; <see langword="null"/> when the result has a single period (or none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The sampling intervals belong to another specification or other units; or <paramref name="period"/> is <see langword="null"/> and
    /// the result has several periods, or the result has no unit in <paramref name="period"/>.
    /// </exception>
    public IndexBreakdownChart(IndexResult result, SamplingUncertainty? sampling, string? period = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (sampling is not null)
        {
            IndexChartUnits.CheckBelongs(result, sampling.Specification, [.. sampling.Units.Select(u => (u.Unit, u.Period))], "sampling uncertainty", nameof(sampling));
        }

        (Period, _order) = IndexChartUnits.Select(result, period, nameof(period));
        Result = result;
        Sampling = sampling;
        Title = "Integration index and its components";
        ValueName = IndexChartUnits.IsZeroToHundred(result.Specification) ? "Index (0-100, higher is better)" : "Index (mean z-score, higher is better)";
    }

    /// <summary>Gets the index result drawn.</summary>
    public IndexResult Result { get; }

    /// <summary>Gets the sampling intervals drawn, or <see langword="null"/>.</summary>
    public SamplingUncertainty? Sampling { get; }

    /// <summary>Gets the period drawn, or <see langword="null"/> for data without periods.</summary>
    public string? Period { get; }

    /// <summary>Gets the period's units in the order they are drawn, from the top: by rank, then those without an index.</summary>
    public ImmutableArray<IndexUnitResult> Units => [.. _order.Select(i => Result.Units[i])];

    /// <summary>Gets whether the contributions are stacked: the arithmetic mean at every level, where they sum to the index.</summary>
    public bool IsStacked => Result.IsAdditive;

    /// <summary>Gets the name of the index axis (default "Index (0-100, higher is better)", or "Index (mean z-score, higher is better)" for z-scores).</summary>
    public string ValueName { get; init; }

    /// <summary>Gets what the units are called in the description (default "units"), for example "teams".</summary>
    public string UnitsName { get; init; } = "units";

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            IndexSpecification spec = Result.Specification;
            IndexUnitResult[] units = [.. Units];
            IndexUnitResult[] with = [.. units.Where(u => u.HasIndex)];
            string Row(int i)
            {
                IndexUnitResult u = Result.Units[i];
                if (!u.HasIndex)
                {
                    return $"{u.Unit}: no index ({u.Explanation})";
                }

                string interval = Sampling?.Units[i] is { IndexLower: { } low, IndexUpper: { } high } ? $" ({Format(low, "0.0")} to {Format(high, "0.0")})" : "";
                string parts = IsStacked
                    ? ": " + string.Join(" + ", u.Components.Where(c => c.Contribution is not null).Select(c => $"{Name(c.Component)} {Format(c.Contribution!.Value, "0.0")}"))
                    : "";
                return $"{u.Unit} {Format(u.Index!.Value, "0.0")}{interval}{parts}";
            }

            string how = IsStacked
                ? "each bar is the components' contributions (weight x normalised value) stacked, which sum to the index"
                : $"bars show the index only: under the {IndexChartUnits.Name(spec.Aggregation)} the contributions do not sum to the index, so they are not stacked";
            string intervals = Sampling is { } s
                ? $"; error bars are {IndexChartUnits.Percent(s.Options.Confidence)} sampling intervals from {IndexChartUnits.Count(s.Options.Draws)} bootstrap draws (seed {Format(s.Options.Seed)})"
                : "; no sampling intervals";
            return $"Integration index ({spec.Name}, version {Result.Version}{(Period is null ? "" : $", period {Period}")}) of {Format(with.Length)} of {Format(units.Length)} {UnitsName}, highest first; {how}{intervals}. "
                + string.Join("; ", _order.Select(Row)) + ".";
        }
    }

    /// <inheritdoc/>
    private protected override void Draw(Plot plot, PixelSize size)
    {
        IndexSpecification spec = Result.Specification;
        int n = _order.Length;
        double Y(int row) => n - row;
        bool hundred = IndexChartUnits.IsZeroToHundred(spec);
        var bars = new List<Bar>();
        var ticks = new List<(double Y, string Label)>();
        double low = 0, high = hundred ? 100 : 0;

        for (int row = 0; row < n; row++)
        {
            int i = _order[row];
            IndexUnitResult unit = Result.Units[i];
            double y = Y(row);
            ticks.Add((y, IndexChartUnits.Label(unit)));
            if (!unit.HasIndex)
            {
                continue;
            }

            double index = unit.Index!.Value;
            if (IsStacked)
            {
                double above = 0, below = 0;
                for (int j = 0; j < unit.Components.Length; j++)
                {
                    if (unit.Components[j].Contribution is not { } c || c == 0)
                    {
                        continue;
                    }

                    double start = c > 0 ? above : below;
                    bars.Add(Segment(y, start, start + c, ComponentColours[j % ComponentColours.Length]));
                    if (c > 0)
                    {
                        above += c;
                    }
                    else
                    {
                        below += c;
                    }
                }

                low = Math.Min(low, below);
                high = Math.Max(high, above);
            }
            else
            {
                bars.Add(Segment(y, 0, index, Palette.Blue));
            }

            low = Math.Min(low, index);
            high = Math.Max(high, index);
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
        }

        // Intervals, value labels and the reason a unit has no index.
        double[] ends = [.. _order.Select(i => Sampling?.Units[i] is { IndexLower: { } l, IndexUpper: { } h } ? (l, h) : (double.NaN, double.NaN)).SelectMany(p => new[] { p.Item1, p.Item2 }).Where(double.IsFinite)];
        if (ends.Length > 0)
        {
            low = Math.Min(low, ends.Min());
            high = Math.Max(high, ends.Max());
        }

        if (high - low < 1e-9)
        {
            // Nothing to scale by (no unit has an index, on a z-score scale): one unit either side of 0.
            low -= 1;
            high += 1;
        }

        double span = high - low;
        double left = hundred ? Math.Min(0, low) : low - (span * 0.04);
        double right = hundred ? Math.Max(100, high) : high + (span * 0.04);
        int longest = 0;
        for (int row = 0; row < n; row++)
        {
            int i = _order[row];
            IndexUnitResult unit = Result.Units[i];
            double y = Y(row);
            if (!unit.HasIndex)
            {
                AddText(plot, $"No index: {unit.Explanation}", left, y, Palette.DarkGrey, 6);
                continue;
            }

            double end = Math.Max(unit.Index!.Value, 0);
            if (Sampling?.Units[i] is { IndexLower: { } l, IndexUpper: { } h })
            {
                AddInterval(plot, l, h, y);
                end = Math.Max(end, h);
            }

            string label = ValueLabel(unit);
            longest = Math.Max(longest, label.Length);
            AddText(plot, label, end, y, Palette.Ink, 6);
        }

        // With contributions either side of 0 (z-scores) the bar does not end at the index: mark it.
        (double X, double Y)[] net = [.. Enumerable.Range(0, n)
            .Where(row => IsStacked && Result.Units[_order[row]] is { HasIndex: true } u && u.Components.Any(c => c.Contribution < 0) && u.Components.Any(c => c.Contribution > 0))
            .Select(row => (Result.Units[_order[row]].Index!.Value, Y(row)))];
        if (net.Length > 0)
        {
            var marks = plot.Add.ScatterPoints(net.Select(p => p.X).ToArray(), net.Select(p => p.Y).ToArray());
            marks.MarkerShape = MarkerShape.FilledDiamond;
            marks.MarkerSize = 13;
            marks.MarkerColor = Palette.Ink;
        }

        // Legend: the components in stacking order, then the interval.
        if (IsStacked)
        {
            for (int j = 0; j < spec.Components.Length; j++)
            {
                LegendEntry(plot, spec.Components[j].Name, fill: ComponentColours[j % ComponentColours.Length]);
            }
        }
        else
        {
            LegendEntry(plot, $"Index ({IndexChartUnits.Name(spec.Aggregation)})", fill: Palette.Blue);
            LegendEntry(plot, "Contributions not stacked: under this mean they do not sum to the index");
        }

        if (net.Length > 0)
        {
            LegendEntry(plot, "Index (contributions either side of 0 net out)", marker: MarkerShape.FilledDiamond, markerColor: Palette.Ink, markerSize: 13);
        }

        if (Sampling is { } s)
        {
            LegendEntry(plot, $"{IndexChartUnits.Percent(s.Options.Confidence)} sampling interval ({IndexChartUnits.Count(s.Options.Draws)} draws)", line: Palette.Ink, lineWidth: 2);
        }

        // Room on the right for the value labels: about 8 pixels per character at 13 px, over the data area's width.
        double pixels = Math.Max(100, size.Width - 200);
        double room = (right - left) * ((longest * 8.0) + 12) / pixels;
        double[] ticksAcross = hundred ? [.. Enumerable.Range(0, 11).Select(t => t * 10.0)] : NiceTicks(left, right);
        plot.Axes.Bottom.SetTicks(ticksAcross, [.. ticksAcross.Select(t => Format(t + 0.0, "0.##"))]);

        plot.Axes.Left.SetTicks([.. ticks.Select(t => t.Y)], [.. ticks.Select(t => t.Label)]);
        plot.Axes.SetLimits(left, right + room, 0.4, n + 0.6);
        if (!hundred && left < 0)
        {
            plot.Add.VerticalLine(0, 1, Palette.Grey);
        }

        plot.XLabel(ValueName);
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>Round-number ticks across a range, about eight of them (steps of 1, 2, 2.5 or 5 times a power of ten).</summary>
    private static double[] NiceTicks(double low, double high)
    {
        double raw = (high - low) / 8;
        if (!(raw > 0 && double.IsFinite(raw)))
        {
            return [low];
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(m => m >= raw);
        var ticks = new List<double>();
        for (double t = Math.Ceiling(low / step) * step; t <= high + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Round(t / step) * step);
        }

        return [.. ticks];
    }

    /// <summary>The index, and for an incomplete unit its coverage: "k of n components", and the pillars missing when there are pillars.</summary>
    private static string ValueLabel(IndexUnitResult unit) =>
        Format(unit.Index!.Value, "0.0") + (unit.ComponentsUsed < unit.Components.Length
            ? $" ({Format(unit.ComponentsUsed)} of {Format(unit.Components.Length)} components{(unit.Coverage.HasDomains ? $", pillars missing: {(unit.Coverage.MissingDomains.IsEmpty ? "none" : string.Join(", ", unit.Coverage.MissingDomains))}" : "")}{(unit.Rank is null ? ", not ranked" : "")})"
            : "");

    private string Name(string code) => Result.Specification.FindComponent(code)?.Name ?? code;

    private static Bar Segment(double y, double start, double end, Color colour) => new()
    {
        Position = y,
        ValueBase = start,
        Value = end,
        Size = 0.62,
        FillColor = colour,
        LineColor = Colors.White,
        LineWidth = 1.5f,
    };

    private static void AddInterval(Plot plot, double low, double high, double y)
    {
        const double cap = 0.14;
        foreach ((double x1, double y1, double x2, double y2) in new[] { (low, y, high, y), (low, y - cap, low, y + cap), (high, y - cap, high, y + cap) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineColor = Palette.Ink;
            line.LineWidth = 2;
            line.MarkerSize = 0;
        }
    }

    private static void AddText(Plot plot, string text, double x, double y, Color colour, float offset)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = 13;
        label.LabelFontColor = colour;
        label.LabelAlignment = Alignment.MiddleLeft;
        label.OffsetX = offset;
    }
}
