namespace OutcomeScoring.Tests;

/// <summary>
/// Severity bands on a clinical score: contiguous, ascending, each half-open (lower bound in, upper bound out), and a
/// banding that breaks these rules is refused with the band named.
/// </summary>
public class SeverityBandingTests
{
    private static readonly SeverityBand[] Three =
    [
        new("low", "Low", 0, 10),
        new("mid", "Middle", 10, 20),
        new("high", "High", 20, 41),
    ];

    [Fact]
    public void The_constructor_keeps_what_it_is_given()
    {
        var banding = new SeverityBanding("Made-up", "total", Three, "made up", "a caveat");
        Assert.Equal(("Made-up", "total", "made up", "a caveat"), (banding.Name, banding.ScoreId, banding.Source, banding.Caveat));
        Assert.Equal(Three, banding.Bands);
        Assert.Null(new SeverityBanding("Made-up", "total", Three, "made up").Caveat);
    }

    [Theory]
    [InlineData(-0.5, null)]
    [InlineData(0, "low")]
    [InlineData(9.99, "low")]
    [InlineData(10, "mid")]
    [InlineData(19.99, "mid")]
    [InlineData(20, "high")]
    [InlineData(40.99, "high")]
    [InlineData(41, null)]
    [InlineData(double.NaN, null)]
    public void A_score_falls_in_the_band_that_contains_it_lower_bound_in_upper_bound_out(double score, string? code)
    {
        var banding = new SeverityBanding("Made-up", "total", Three, "made up");
        Assert.Equal(code, banding.Classify(score)?.Code);
    }

    [Fact]
    public void Missing_parts_are_refused_with_the_parameter_named()
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new SeverityBanding(" ", "total", Three, "made up")).ParamName);
        Assert.Equal("scoreId", Assert.ThrowsAny<ArgumentException>(() => new SeverityBanding("Made-up", "", Three, "made up")).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentNullException>(() => new SeverityBanding("Made-up", "total", null!, "made up")).ParamName);
        Assert.Equal("source", Assert.ThrowsAny<ArgumentException>(() => new SeverityBanding("Made-up", "total", Three, null!)).ParamName);

        ArgumentException none = Assert.Throws<ArgumentException>(() => new SeverityBanding("Made-up", "total", [], "made up"));
        Assert.StartsWith("Severity banding 'Made-up' has no bands.", none.Message, StringComparison.Ordinal);
        Assert.Equal("bands", none.ParamName);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(11, 10)]
    [InlineData(double.NaN, 10)]
    public void A_band_must_run_upwards(double lower, double upper)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new SeverityBanding("Made-up", "total", [Three[0], new("mid", "Middle", lower, upper)], "made up"));
        Assert.StartsWith(
            FormattableString.Invariant($"Severity banding 'Made-up': band 'mid' runs from {lower} to {upper}; its lower bound must be below its upper bound."),
            ex.Message,
            StringComparison.Ordinal);
        Assert.Equal("bands", ex.ParamName);
    }

    [Theory]
    [InlineData(9.5)]
    [InlineData(10.5)]
    public void Bands_must_meet_end_to_start(double start)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new SeverityBanding("Made-up", "total", [Three[0], new("mid", "Middle", start, 20)], "made up"));
        Assert.StartsWith(
            FormattableString.Invariant($"Severity banding 'Made-up': band 'mid' starts at {start} but the band before it ends at 10; bands must be contiguous and ascending."),
            ex.Message,
            StringComparison.Ordinal);
        Assert.Equal("bands", ex.ParamName);
    }

    [Fact]
    public void A_single_band_is_enough()
    {
        var banding = new SeverityBanding("Made-up", "total", [Three[1]], "made up");
        Assert.Equal("mid", banding.Classify(10)?.Code);
        Assert.Null(banding.Classify(20));
    }
}
