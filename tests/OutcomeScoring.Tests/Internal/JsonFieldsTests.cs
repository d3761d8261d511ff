using System.Text;
using OutcomeScoring.Activation;
using OutcomeScoring.IntegrationIndex;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Tests.Internal;

/// <summary>
/// Issue 21, D9: the JSON loaders (calibration, index specification) throw only their documented exception, whatever the
/// bytes, and never echo a huge value in full.
/// </summary>
public sealed class JsonFieldsTests
{
    private static readonly Func<Stream, object>[] Loaders = [Calibration.Load, IndexSpecification.Load];

    public static TheoryData<int, byte[], string> BadBytes() => new()
    {
        // Latin-1 "é" inside a string: System.Text.Json reads the structure, then GetString threw InvalidOperationException.
        { 0, [.. "{\"name\":\"Caf"u8, 0xE9, .. "\"}"u8], "is not valid UTF-8: byte 0xE9 at byte offset 12." },
        { 1, [.. "{\"components\":[{\"code\":\"Caf"u8, 0xE9, .. "\"}]}"u8], "is not valid UTF-8: byte 0xE9 at byte offset 27." },
        // In a property name, and a character cut off at the end.
        { 0, [.. "{\"na"u8, 0xFF, .. "me\":1}"u8], "is not valid UTF-8: byte 0xFF at byte offset 4." },
        { 1, [.. "{\"x\":\""u8, 0xE2, 0x82], "is not valid UTF-8: a character cut off at byte offset 6." },
    };

    [Theory]
    [MemberData(nameof(BadBytes))]
    public void Bytes_that_are_not_UTF_8_give_the_documented_exception_with_the_byte_offset(int loader, byte[] bytes, string message)
    {
        using var stream = new MemoryStream(bytes);
        Exception thrown = Assert.ThrowsAny<Exception>(() => Loaders[loader](stream));
        Assert.IsType(loader == 0 ? typeof(CalibrationException) : typeof(IndexSpecificationException), thrown);
        Assert.EndsWith(message + " Save the file as UTF-8.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_value_is_quoted_shortened_with_its_length()
    {
        string huge = new('x', 5_000_000);
        CalibrationException calibration = Assert.Throws<CalibrationException>(() => Calibration.FromJson($$"""{"name":"n","model":"partial-credit","estimator":"{{huge}}","items":[]}"""));
        IndexSpecificationException spec = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson($$"""{"{{huge}}":1}"""));
        foreach (Exception ex in new Exception[] { calibration, spec })
        {
            Assert.True(ex.Message.Length < 1_000, ex.Message[..Math.Min(200, ex.Message.Length)]);
            Assert.Contains(new string('x', JsonFields.MaximumShown) + "... (5,000,000 characters)", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_loader_shortens_a_huge_value_and_a_huge_property_name_alike_in_its_problems()
    {
        string huge = new('x', 5_000_000);
        string shown = new string('x', JsonFields.MaximumShown) + "... (5,000,000 characters)";
        DefinitionProblem[] problems =
        [
            .. Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson($$"""{"{{huge}}":1}""")).Problems,
            .. Assert.Throws<CalibrationException>(() => Calibration.FromJson($$"""{"{{huge}}":1,"name":"n","table":[]}""")).Problems,
            .. Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson($$"""{"{{huge}}":1}""")).Problems,
        ];
        Assert.All(problems, p => Assert.True(p.Path.Length + p.Message.Length < 2_000, p.Path[..Math.Min(100, p.Path.Length)]));
        Assert.Equal(3, problems.Count(p => p.Path == $"$['{shown}']" && p.Message.Contains($"unknown property \"{shown}\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("")]
    public void A_short_value_is_quoted_whole(string text) => Assert.Equal(text, JsonFields.Shown(text));

    [Fact]
    public void The_longest_value_quoted_whole_is_MaximumShown_characters()
    {
        string atLimit = new('y', JsonFields.MaximumShown);
        Assert.Equal(atLimit, JsonFields.Shown(atLimit));
        Assert.Equal(atLimit + "... (81 characters)", JsonFields.Shown(atLimit + "z"));
    }

    [Fact]
    public void Valid_UTF_8_with_a_byte_order_mark_and_non_ASCII_text_still_loads()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "index", "spec.json"));
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json.Replace("\"description\": \"", "\"description\": \"Café € 中文 ", StringComparison.Ordinal))]);
        Assert.NotNull(IndexSpecification.Load(stream));
    }
}
