using System.Buffers.Binary;
using System.Xml.Linq;
using OutcomeScoring.Charts;

namespace OutcomeScoring.Charts.Tests;

/// <summary>Checks on rendered images that do not use the drawing library: PNG header and size, SVG as XML.</summary>
internal static class ChartAssert
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Asserts a PNG of the given size: the signature, then an IHDR chunk with the width and height.</summary>
    public static void IsPng(ChartImage image, int width, int height)
    {
        Assert.Equal(ChartFormat.Png, image.Format);
        Assert.Equal("image/png", image.MediaType);
        byte[] bytes = [.. image.Content];
        Assert.True(bytes.Length > 1000, $"A PNG of {bytes.Length} bytes is too small to hold a chart.");
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    /// <summary>Asserts an SVG document of the given size and returns it parsed.</summary>
    public static XDocument IsSvg(ChartImage image, int width, int height)
    {
        Assert.Equal(ChartFormat.Svg, image.Format);
        Assert.Equal("image/svg+xml", image.MediaType);
        XDocument document = XDocument.Parse(image.ToSvgText());
        XElement root = document.Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("http://www.w3.org/2000/svg", root.Name.NamespaceName);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("width")?.Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("height")?.Value);
        Assert.True(root.Descendants().Count() > 20, "The SVG has too few elements to be a chart.");
        return document;
    }

    /// <summary>Gets every text run of an SVG, trimmed, in document order.</summary>
    public static string[] Texts(XDocument svg) =>
        [.. svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    /// <summary>Asserts that the SVG has a text run equal to <paramref name="text"/>.</summary>
    public static void HasText(XDocument svg, string text)
    {
        string[] texts = Texts(svg);
        Assert.True(texts.Contains(text), $"The SVG has no text '{text}'. Texts: {string.Join(" | ", texts)}");
    }
}
