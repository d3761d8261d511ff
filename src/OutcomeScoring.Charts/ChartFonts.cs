using ScottPlot;
using SkiaSharp;

namespace OutcomeScoring.Charts;

/// <summary>
/// The typeface every chart uses: DejaVu Sans (regular and bold), embedded in this assembly, so charts look the
/// same and render to the same bytes on every machine, including containers without any system fonts.
/// </summary>
/// <remarks>
/// ScottPlot finds typefaces through a process-wide list of resolvers; this adds one resolver, once, that
/// answers only to the name <see cref="FamilyName"/>, so other ScottPlot users in the process are unaffected.
/// </remarks>
internal static class ChartFonts
{
    /// <summary>The name charts ask ScottPlot for; no system font has it.</summary>
    public const string FamilyName = "OutcomeScoring DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool s_registered;

    /// <summary>Registers the embedded typefaces with ScottPlot (once per process).</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (s_registered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf")));
            s_registered = true;
        }
    }

    private static byte[] Load(string file)
    {
        using Stream stream = typeof(ChartFonts).Assembly.GetManifestResourceStream($"OutcomeScoring.Charts.Fonts.{file}")
            ?? throw new InvalidOperationException($"The embedded font {file} is missing from {typeof(ChartFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class EmbeddedFontResolver(byte[] regular, byte[] bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold1, bool italic) =>
            fontName == FamilyName ? SKTypeface.FromStream(new MemoryStream(bold1 ? bold : regular, writable: false)) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
