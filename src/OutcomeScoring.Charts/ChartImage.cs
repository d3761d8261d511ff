using System.Collections.Immutable;
using System.Text;

namespace OutcomeScoring.Charts;

/// <summary>A rendered chart: the encoded image, its format and its size in pixels.</summary>
/// <remarks>Immutable and thread-safe. Rendering the same chart at the same size and format gives identical bytes.</remarks>
public sealed class ChartImage
{
    internal ChartImage(ChartFormat format, int width, int height, ImmutableArray<byte> content)
    {
        Format = format;
        Width = width;
        Height = height;
        Content = content;
    }

    /// <summary>Gets the image format.</summary>
    public ChartFormat Format { get; }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the encoded image: PNG bytes, or the SVG document as UTF-8 without a byte order mark.</summary>
    public ImmutableArray<byte> Content { get; }

    /// <summary>Gets the media type: <c>image/png</c> or <c>image/svg+xml</c>.</summary>
    public string MediaType => Format == ChartFormat.Png ? "image/png" : "image/svg+xml";

    /// <summary>Gets the usual file extension, with its dot: <c>.png</c> or <c>.svg</c>.</summary>
    public string FileExtension => Format == ChartFormat.Png ? ".png" : ".svg";

    /// <summary>Returns the SVG document as text.</summary>
    /// <returns>The SVG markup.</returns>
    /// <exception cref="InvalidOperationException">The image is a PNG.</exception>
    public string ToSvgText() => Format == ChartFormat.Svg
        ? Encoding.UTF8.GetString(Content.AsSpan())
        : throw new InvalidOperationException("This chart was rendered as PNG; render it with ChartFormat.Svg to get SVG text.");

    /// <summary>Returns the image as a <c>data:</c> URI (base64), to embed in HTML or Markdown without a separate file.</summary>
    /// <returns>The URI, for example <c>data:image/png;base64,iVBORw0...</c>.</returns>
    public string ToDataUri() => $"data:{MediaType};base64,{Convert.ToBase64String(Content.AsSpan())}";

    /// <summary>Writes the image to a stream.</summary>
    /// <param name="destination">The stream to write to; it is not closed.</param>
    public void WriteTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(Content.AsSpan());
    }

    /// <summary>Writes the image to a file, replacing any file of that name.</summary>
    /// <param name="path">The file path (give it the <see cref="FileExtension"/>).</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllBytes(path, Content.AsSpan());
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Format} {Width} x {Height}, {Content.Length} bytes";
}
