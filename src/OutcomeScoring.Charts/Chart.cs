using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>
/// A chart of OutcomeScoring results that renders itself to PNG or SVG at the size the caller asks for.
/// </summary>
/// <remarks>
/// <para>
/// A chart holds the data it was built from (a library result) and its labels; <see cref="Render"/> draws it.
/// Every chart uses the embedded DejaVu Sans typeface, a white background and a colour-blind-safe palette in which
/// each category also differs by marker shape or line pattern. Output is deterministic: the same chart rendered at
/// the same size and format gives identical bytes, on any machine with the same package versions (the typeface
/// is embedded, not taken from the system; SVG clip-path ids are renumbered in document order).
/// </para>
/// <para>
/// Charts are immutable and thread-safe; renders are serialised within a process, because the drawing library
/// keeps process-wide font caches.
/// </para>
/// </remarks>
public abstract partial class Chart
{
    /// <summary>The smallest width or height accepted, in pixels.</summary>
    public const int MinimumSize = 200;

    /// <summary>The largest width or height accepted, in pixels.</summary>
    public const int MaximumSize = 8000;

    /// <summary>The font families SVG text asks for: the embedded face first, then look-alikes.</summary>
    internal const string SvgFontFamilies = "DejaVu Sans, Verdana, Arial, sans-serif";

    private static readonly Lock RenderGate = new();

    /// <summary>Initialises a chart (derived charts live in this assembly).</summary>
    private protected Chart()
    {
    }

    /// <summary>Gets the title drawn above the chart; empty for none. Each chart has a plain-language default.</summary>
    public string Title
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value), "A chart title cannot be null; use an empty string for none.");
    } = "";

    /// <summary>
    /// Gets a plain-language description of what the chart shows (the counts and lines), for alternative text and
    /// captions: for example "Jacobson plot of 48 pairs: 12 recovered, ...".
    /// </summary>
    public abstract string Description { get; }

    /// <summary>Renders the chart.</summary>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="width">The width in pixels, <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</param>
    /// <param name="height">The height in pixels, <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not defined, or a size is outside the allowed range.</exception>
    public ChartImage Render(ChartFormat format, int width, int height)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The chart format must be Png or Svg.");
        }

        CheckSize(width, nameof(width));
        CheckSize(height, nameof(height));
        ChartFonts.EnsureRegistered();
        lock (RenderGate)
        {
            using var plot = new Plot();
            Style(plot);
            Draw(plot, new PixelSize(width, height));
            if (Title.Length > 0)
            {
                plot.Title(Title, 18);
                plot.Axes.Title.Label.Bold = true;
            }

            UseEmbeddedFont(plot);
            if (format == ChartFormat.Png)
            {
                return new ChartImage(format, width, height, ImmutableArray.Create(plot.GetImageBytes(width, height, ImageFormat.Png)));
            }

            Dictionary<string, string> dashes = CodeDashedLines(plot);
            string svg = NormaliseSvg(plot.GetSvgXml(width, height), dashes);
            return new ChartImage(format, width, height, ImmutableArray.Create(Encoding.UTF8.GetBytes(svg)));
        }
    }

    /// <summary>Draws the chart's content, axes labels and legend onto a freshly styled plot.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="size">The size the plot will be rendered at, for size-dependent choices such as tick density.</param>
    private protected abstract void Draw(Plot plot, PixelSize size);

    /// <summary>Formats a number for labels in the invariant culture.</summary>
    private protected static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Formats a whole number for labels in the invariant culture.</summary>
    private protected static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a legend entry that belongs to no plottable.</summary>
    private protected static void LegendEntry(Plot plot, string label, Color? line = null, LinePattern? pattern = null, float lineWidth = 2, MarkerShape marker = MarkerShape.None, Color? markerColor = null, float markerSize = 10, Color? fill = null)
    {
        var item = new LegendItem { LabelText = label };
        if (line is { } l)
        {
            item.LineColor = l;
            item.LineWidth = lineWidth;
            item.LinePattern = pattern ?? LinePattern.Solid;
        }
        else
        {
            item.LineWidth = 0;
        }

        item.MarkerShape = marker;
        if (markerColor is { } m)
        {
            item.MarkerColor = m;
            item.MarkerSize = markerSize;
        }

        if (fill is { } f)
        {
            item.FillColor = f;
        }

        plot.Legend.ManualItems.Add(item);
    }

    private static void Style(Plot plot)
    {
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Palette.LightGrey;
        plot.Grid.MinorLineWidth = 0;
        plot.Axes.Color(Palette.Ink);
        plot.Axes.Bottom.Label.FontSize = 15;
        plot.Axes.Left.Label.FontSize = 15;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Legend.FontSize = 13;

        // Wide enough for a dashed or dotted sample to show two dashes, so it reads as dashed, not as a short solid line.
        plot.Legend.SymbolWidth = 42;
        plot.Legend.OutlineColor = Palette.Grey;
        plot.Legend.DisplayPlottableLegendItems = false;
    }

    /// <summary>
    /// Sets the embedded typeface on every text of the plot: axis labels and ticks, title, legend and text labels.
    /// (ScottPlot's <c>Plot.Font.Set</c> would also change its process-wide default font, so it is not used.)
    /// </summary>
    private static void UseEmbeddedFont(Plot plot)
    {
        plot.Axes.Title.Label.FontName = ChartFonts.FamilyName;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFonts.FamilyName;
            axis.TickLabelStyle.FontName = ChartFonts.FamilyName;
        }

        plot.Legend.FontName = ChartFonts.FamilyName;
        foreach (LegendItem item in plot.Legend.ManualItems)
        {
            item.LabelStyle.FontName = ChartFonts.FamilyName;
        }

        foreach (ScottPlot.Plottables.Text text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>())
        {
            text.LabelFontName = ChartFonts.FamilyName;
        }
    }

    private static void CheckSize(int size, string name)
    {
        if (size is < MinimumSize or > MaximumSize)
        {
            throw new ArgumentOutOfRangeException(name, size, string.Create(CultureInfo.InvariantCulture, $"The chart {name} is {size} pixels; it must be between {MinimumSize} and {MaximumSize}."));
        }
    }

    /// <summary>
    /// Skia's SVG writer cannot draw dash patterns (it draws such lines solid and complains on standard error), so
    /// for SVG every dashed or dotted line is drawn solid in a code colour, and <see cref="NormaliseSvg"/> puts
    /// back its real colour with an SVG <c>stroke-dasharray</c>.
    /// </summary>
    /// <returns>The SVG stroke attribute of each code colour and what replaces it.</returns>
    private static Dictionary<string, string> CodeDashedLines(Plot plot)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<LineStyle>(ReferenceEqualityComparer.Instance);
        void Code(LineStyle style)
        {
            if (!seen.Add(style) || style.Width <= 0 || style.Pattern.Intervals is not { Length: > 0 } intervals)
            {
                return;
            }

            Color colour = style.Color;
            string code = string.Create(CultureInfo.InvariantCulture, $"#FE01{codes.Count:X2}");
            string dash = string.Join(' ', intervals.Select(i => i.ToString("0.##", CultureInfo.InvariantCulture)));
            string opacity = colour.Alpha < 255 ? string.Create(CultureInfo.InvariantCulture, $" stroke-opacity=\"{colour.Alpha / 255.0:0.###}\"") : "";
            codes[$"stroke=\"{code}\""] = $"stroke=\"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}\"{opacity} stroke-dasharray=\"{dash}\"";
            style.Color = Color.FromHex(code);
            style.Pattern = LinePattern.Solid;
        }

        foreach (IHasLine line in plot.GetPlottables().OfType<IHasLine>())
        {
            Code(line.LineStyle);
        }

        foreach (LegendItem item in plot.Legend.ManualItems)
        {
            Code(item.LineStyle);
        }

        return codes;
    }

    /// <summary>
    /// Puts back dashed lines' colours and patterns, and renumbers ids (clip paths) in document order, so the SVG
    /// depends only on the chart.
    /// </summary>
    private static string NormaliseSvg(string svg, Dictionary<string, string> dashes)
    {
        foreach ((string code, string stroke) in dashes)
        {
            svg = svg.Replace(code, stroke, StringComparison.OrdinalIgnoreCase);
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdPattern().Matches(svg))
        {
            string id = match.Groups[1].Value;
            if (!ids.ContainsKey(id))
            {
                ids[id] = "c" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        string result = IdPattern().Replace(svg, m => $"id=\"{ids[m.Groups[1].Value]}\"");
        result = UrlPattern().Replace(result, m => ids.TryGetValue(m.Groups[1].Value, out string? id) ? $"url(#{id})" : m.Value);
        // Viewers without DejaVu Sans fall back to a similar sans-serif face rather than their default serif.
        result = result.Replace("font-family=\"DejaVu Sans\"", $"font-family=\"{SvgFontFamilies}\"", StringComparison.Ordinal);
        return result.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlPattern();
}
