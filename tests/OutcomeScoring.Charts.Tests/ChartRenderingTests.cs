using OutcomeScoring.Charts;

namespace OutcomeScoring.Charts.Tests;

/// <summary>What every chart must do: the requested format and size, identical bytes for identical input, sizes checked.</summary>
public sealed class ChartRenderingTests
{
    [Theory]
    [MemberData(nameof(Fixtures.ChartNames), MemberType = typeof(Fixtures))]
    public void Png_has_the_requested_size(string chart)
    {
        ChartAssert.IsPng(Fixtures.Make(chart).Render(ChartFormat.Png, 640, 480), 640, 480);
        ChartAssert.IsPng(Fixtures.Make(chart).Render(ChartFormat.Png, 1200, 500), 1200, 500);
    }

    [Theory]
    [MemberData(nameof(Fixtures.ChartNames), MemberType = typeof(Fixtures))]
    public void Svg_is_xml_of_the_requested_size_with_the_title(string chart)
    {
        Chart made = Fixtures.Make(chart);
        var svg = ChartAssert.IsSvg(made.Render(ChartFormat.Svg, 800, 600), 800, 600);
        ChartAssert.HasText(svg, made.Title);
    }

    [Theory]
    [MemberData(nameof(Fixtures.ChartNames), MemberType = typeof(Fixtures))]
    public void Identical_inputs_give_identical_bytes(string chart)
    {
        foreach (ChartFormat format in Enum.GetValues<ChartFormat>())
        {
            byte[] first = [.. Fixtures.Make(chart).Render(format, 700, 500).Content];
            byte[] second = [.. Fixtures.Make(chart).Render(format, 700, 500).Content];
            Assert.Equal(first, second);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures.ChartNames), MemberType = typeof(Fixtures))]
    public void Svg_dashed_lines_keep_their_pattern_and_colour(string chart)
    {
        string svg = Fixtures.Make(chart).Render(ChartFormat.Svg, 800, 600).ToSvgText();
        Assert.DoesNotContain("#FE01", svg, StringComparison.OrdinalIgnoreCase);
        if (chart is not ("dialog" or "index") || svg.Contains("stroke-dasharray", StringComparison.Ordinal))
        {
            Assert.Contains("stroke-dasharray=\"", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_title_can_be_replaced_or_left_out()
    {
        var svg = ChartAssert.IsSvg(new SpcChart(Fixtures.Xmr()) { Title = "Waiting times" }.Render(ChartFormat.Svg, 800, 600), 800, 600);
        ChartAssert.HasText(svg, "Waiting times");
        Assert.DoesNotContain("SPC chart", ChartAssert.Texts(ChartAssert.IsSvg(new SpcChart(Fixtures.Xmr()) { Title = "" }.Render(ChartFormat.Svg, 800, 600), 800, 600)));
        Assert.Throws<ArgumentNullException>(() => new SpcChart(Fixtures.Xmr()) { Title = null! });
    }

    [Theory]
    [InlineData(199, 600, "width", 199)]
    [InlineData(8001, 600, "width", 8001)]
    [InlineData(800, 0, "height", 0)]
    [InlineData(800, -5, "height", -5)]
    public void Sizes_outside_the_range_are_refused_with_the_value(int width, int height, string name, int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Fixtures.Jacobson().Render(ChartFormat.Png, width, height));
        Assert.Equal(name, ex.ParamName);
        Assert.Contains($"is {value} pixels; it must be between 200 and 8000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_format_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Fixtures.Jacobson().Render((ChartFormat)7, 800, 600));
        Assert.Equal("format", ex.ParamName);
    }

    [Fact]
    public void The_image_knows_its_media_type_extension_and_data_uri()
    {
        ChartImage png = Fixtures.Jacobson().Render(ChartFormat.Png, 400, 300);
        Assert.Equal(".png", png.FileExtension);
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", png.ToDataUri(), StringComparison.Ordinal);
        Assert.Equal([.. png.Content], Convert.FromBase64String(png.ToDataUri()["data:image/png;base64,".Length..]));
        Assert.Throws<InvalidOperationException>(png.ToSvgText);
        Assert.Equal($"Png 400 x 300, {png.Content.Length} bytes", png.ToString());

        ChartImage svg = Fixtures.Jacobson().Render(ChartFormat.Svg, 400, 300);
        Assert.Equal(".svg", svg.FileExtension);
        Assert.StartsWith("data:image/svg+xml;base64,", svg.ToDataUri(), StringComparison.Ordinal);
    }

    [Fact]
    public void Save_and_WriteTo_write_the_same_bytes()
    {
        ChartImage png = Fixtures.Jacobson().Render(ChartFormat.Png, 400, 300);
        string path = Path.Combine(Path.GetTempPath(), $"outcome-charts-{Guid.NewGuid():N}.png");
        try
        {
            png.Save(path);
            Assert.Equal([.. png.Content], File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }

        using var stream = new MemoryStream();
        png.WriteTo(stream);
        Assert.Equal([.. png.Content], stream.ToArray());
    }
}

/// <summary>Rendering leaves the drawing library's process-wide settings as they were.</summary>
public sealed class ChartGlobalStateTests
{
    [Fact]
    public void Rendering_does_not_change_the_default_font_of_other_plots()
    {
        string before = ScottPlot.Fonts.Default;
        _ = Fixtures.Profile().Render(ChartFormat.Png, 400, 300);
        _ = Fixtures.Jacobson().Render(ChartFormat.Svg, 400, 300);
        Assert.Equal(before, ScottPlot.Fonts.Default);
    }

    [Fact]
    public void Every_text_uses_the_embedded_typeface()
    {
        foreach (string name in new[] { "jacobson", "funnel", "spc", "dialog", "index", "index-ranks" })
        {
            var svg = ChartAssert.IsSvg(Fixtures.Make(name).Render(ChartFormat.Svg, 800, 600), 800, 600);
            string[] families = [.. svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Attribute("font-family")?.Value ?? "").Distinct()];
            Assert.Equal(["DejaVu Sans, Verdana, Arial, sans-serif"], families);
        }
    }
}
