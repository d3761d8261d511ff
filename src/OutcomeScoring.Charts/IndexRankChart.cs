using System.Collections.Immutable;
using OutcomeScoring.IntegrationIndex;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>
/// A rank-interval plot of a composite index: each unit's rank (1 = highest index) as a dot, sorted by rank, with the interval of
/// ranks from sampling uncertainty (the bootstrap's rank interval) and from method uncertainty (the 5th-95th percentile ranks over
/// the Monte Carlo runs), so a reader sees which differences in rank the data and the method choices can support. Units without an
/// index are listed with no rank.
/// </summary>
/// <remarks>
/// <para>
/// Overlapping rank intervals mean the data (sampling) or the choices made in building the index (method) cannot tell those units
/// apart. Sources: Nardo et al. 2008; Saisana, Saltelli &amp; Tarantola 2005 (JRSS A 168:307-323); COINr get_sensitivity.
/// </para>
/// <para>
/// The rank is a near-black dot; the sampling interval a solid blue line, the method interval a dashed orange line (Okabe-Ito
/// colours, told apart by pattern as well), each with end caps; an interval of a single rank is a short dash centred on that rank.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class IndexRankChart : Chart
{
    private readonly ImmutableArray<int> _order;

    /// <summary>Creates the chart of an index result with its rank intervals.</summary>
    /// <param name="result">The index (<see cref="CompositeIndex.Compute"/>).</param>
    /// <param name="sampling">The sampling uncertainty from the same specification and values (<see cref="CompositeIndex.SamplingUncertainty"/>), or <see langword="null"/>.</param>
    /// <param name="method">The method uncertainty from the same specification and values (<see cref="CompositeIndex.MethodUncertainty"/>), or <see langword="null"/>.</param>
    /// <param name="period">The period to chart; <see langword="null"/> when the result has a single period (or none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// Neither <paramref name="sampling"/> nor <paramref name="method"/> is given (a rank without an interval says too much); one belongs to
    /// another specification or other units; or <paramref name="period"/> is <see langword="null"/> and the result has several periods,
    /// or the result has no unit in <paramref name="period"/>.
    /// </exception>
    public IndexRankChart(IndexResult result, SamplingUncertainty? sampling, MethodUncertainty? method, string? period = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (sampling is null && method is null)
        {
            throw new ArgumentException("Give the sampling uncertainty, the method uncertainty or both: a rank-interval plot needs an interval.", nameof(sampling));
        }

        if (sampling is not null)
        {
            IndexChartUnits.CheckBelongs(result, sampling.Specification, [.. sampling.Units.Select(u => (u.Unit, u.Period))], "sampling uncertainty", nameof(sampling));
        }

        if (method is not null)
        {
            IndexChartUnits.CheckBelongs(result, method.Specification, [.. method.Units.Select(u => (u.Unit, u.Period))], "method uncertainty", nameof(method));
        }

        (Period, _order) = IndexChartUnits.Select(result, period, nameof(period));
        Result = result;
        Sampling = sampling;
        Method = method;
        Title = "Integration index: ranks and their intervals";
    }

    /// <summary>Gets the index result drawn.</summary>
    public IndexResult Result { get; }

    /// <summary>Gets the sampling uncertainty drawn, or <see langword="null"/>.</summary>
    public SamplingUncertainty? Sampling { get; }

    /// <summary>Gets the method uncertainty drawn, or <see langword="null"/>.</summary>
    public MethodUncertainty? Method { get; }

    /// <summary>Gets the period drawn, or <see langword="null"/> for data without periods.</summary>
    public string? Period { get; }

    /// <summary>Gets the period's units in the order they are drawn, from the top: by rank, then those without an index.</summary>
    public ImmutableArray<IndexUnitResult> Units => [.. _order.Select(i => Result.Units[i])];

    /// <summary>Gets what the units are called in the description (default "units"), for example "teams".</summary>
    public string UnitsName { get; init; } = "units";

    private string SamplingName => Sampling is { } s
        ? $"{IndexChartUnits.Percent(s.Options.Confidence)} sampling interval ({IndexChartUnits.Count(s.Options.Draws)} draws)"
        : "";

    private string MethodName => Method is { } m
        ? $"Method: {Percentile((1 - m.Options.Coverage) / 2)}-{Percentile((1 + m.Options.Coverage) / 2)} percentile ({IndexChartUnits.Count(m.Options.Runs)} runs)"
        : "";

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            IndexUnitResult[] units = [.. Units];
            int ranked = units.Count(u => u.Rank is not null);
            string Row(int i)
            {
                IndexUnitResult u = Result.Units[i];
                if (!u.HasIndex)
                {
                    return $"{u.Unit}: no index, so no rank";
                }

                if (u.Rank is null)
                {
                    return $"{u.Unit}: not ranked ({u.Coverage.Text})";
                }

                var parts = new List<string>();
                if (Sampling?.Units[i] is { RankLower: { } sl, RankUpper: { } su })
                {
                    parts.Add($"sampling {Format(sl)}-{Format(su)}");
                }

                if (Method?.Units[i] is { RankLower: { } ml, RankUpper: { } mu })
                {
                    parts.Add($"method {Format(ml)}-{Format(mu)}");
                }

                if (u.Coverage.RankingNote is not null)
                {
                    parts.Insert(0, $"among units without every component: {u.Coverage.Text}");
                }

                return $"{u.Unit} {Format(u.Rank!.Value)}" + (parts.Count > 0 ? $" ({string.Join("; ", parts)})" : "");
            }

            var settings = new List<string>();
            if (Sampling is { } s)
            {
                settings.Add($"sampling intervals {IndexChartUnits.Percent(s.Options.Confidence)} from {IndexChartUnits.Count(s.Options.Draws)} bootstrap draws (seed {Format(s.Options.Seed)})");
            }

            if (Method is { } m)
            {
                settings.Add($"method intervals the {Percentile((1 - m.Options.Coverage) / 2)} to {Percentile((1 + m.Options.Coverage) / 2)} percentile rank over {IndexChartUnits.Count(m.Options.Runs)} runs varying the method (seed {Format(m.Options.Seed)})");
            }

            return $"Ranks of {Format(ranked)} of {Format(units.Length)} {UnitsName} by the integration index ({Result.Specification.Name}, version {Result.Version}{(Period is null ? "" : $", period {Period}")}; 1 = highest), with {string.Join(" and ", settings)}: "
                + string.Join("; ", _order.Select(Row)) + ".";
        }
    }

    /// <inheritdoc/>
    private protected override void Draw(Plot plot, PixelSize size)
    {
        int n = _order.Length;
        double Y(int row) => n - row;
        bool both = Sampling is not null && Method is not null;
        double offset = both ? 0.13 : 0;
        int ranked = Math.Max(1, _order.Count(i => Result.Units[i].Rank is not null));
        var ticks = new List<(double Y, string Label)>();
        var dots = new List<(double X, double Y)>();
        for (int row = 0; row < n; row++)
        {
            int i = _order[row];
            IndexUnitResult unit = Result.Units[i];
            double y = Y(row);
            ticks.Add((y, IndexChartUnits.Label(unit)));
            if (unit.Rank is null)
            {
                var label = plot.Add.Text(unit.HasIndex ? $"Not ranked: {unit.Coverage.ComponentsPresent} of {unit.Coverage.ComponentsTotal} components" : "No index, so no rank", 0.6, y);
                label.LabelFontSize = 13;
                label.LabelFontColor = Palette.DarkGrey;
                label.LabelAlignment = Alignment.MiddleLeft;
                continue;
            }

            if (Sampling?.Units[i] is { RankLower: { } sl, RankUpper: { } su })
            {
                AddInterval(plot, sl, su, y + offset, Palette.Blue, LinePattern.Solid);
            }

            if (Method?.Units[i] is { RankLower: { } ml, RankUpper: { } mu })
            {
                AddInterval(plot, ml, mu, y - offset, Palette.Orange, LinePattern.Dashed);
            }

            dots.Add((unit.Rank!.Value, y));
        }

        if (dots.Count > 0)
        {
            var marks = plot.Add.ScatterPoints(dots.Select(d => d.X).ToArray(), dots.Select(d => d.Y).ToArray());
            marks.MarkerShape = MarkerShape.FilledCircle;
            marks.MarkerSize = 11;
            marks.MarkerColor = Palette.Ink;
        }

        LegendEntry(plot, "Rank", marker: MarkerShape.FilledCircle, markerColor: Palette.Ink, markerSize: 11);
        if (Sampling is not null)
        {
            LegendEntry(plot, SamplingName, line: Palette.Blue, lineWidth: 3);
        }

        if (Method is not null)
        {
            LegendEntry(plot, MethodName, line: Palette.Orange, pattern: LinePattern.Dashed, lineWidth: 3);
        }

        // Whole-number ranks; at most about 20 tick labels.
        int step = Math.Max(1, (int)Math.Ceiling(ranked / 20.0));
        double[] positions = [.. Enumerable.Range(1, ranked).Where(r => r == 1 || r % step == 0).Select(r => (double)r)];
        plot.Axes.Bottom.SetTicks(positions, [.. positions.Select(p => Format((int)p))]);
        plot.Axes.Left.SetTicks([.. ticks.Select(t => t.Y)], [.. ticks.Select(t => t.Label)]);
        double right = ranked + 0.5;
        if (_order.Any(i => !Result.Units[i].HasIndex))
        {
            // Room for "No index, so no rank" (about 160 pixels) however few units are ranked.
            right = Math.Max(right, 0.5 + (160.0 * ranked / Math.Max(100, size.Width - 200)));
        }

        plot.Axes.SetLimits(0.5, right, 0.4, n + 0.6);
        plot.XLabel("Rank (1 = highest index)");
        plot.ShowLegend(Edge.Bottom);
    }

    private static string Percentile(double share)
    {
        double p = Math.Round(share * 100, 1);
        string number = Format(p, "0.#");
        int whole = (int)p;
        string suffix = p != whole ? "th" : (whole % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (whole % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
        };
        return number + suffix;
    }

    private static void AddInterval(Plot plot, double low, double high, double y, Color colour, LinePattern pattern)
    {
        const double cap = 0.1, single = 0.15;
        // An interval of a single rank is a short dash centred on it, so it shows beside the dot.
        var line = low == high ? plot.Add.Line(low - single, y, high + single, y) : plot.Add.Line(low, y, high, y);
        line.LineColor = colour;
        line.LineWidth = 3;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
        if (low == high)
        {
            return;
        }

        foreach (double x in new[] { low, high })
        {
            var end = plot.Add.Line(x, y - cap, x, y + cap);
            end.LineColor = colour;
            end.LineWidth = 2;
            end.MarkerSize = 0;
        }
    }
}
