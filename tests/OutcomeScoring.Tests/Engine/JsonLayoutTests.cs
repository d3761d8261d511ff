using System.Text;
using System.Text.Json;
using OutcomeScoring.Engine;

namespace OutcomeScoring.Tests.Engine;

/// <summary>The layout of a written definition: plain rows on one line, everything else indented by two spaces.</summary>
public sealed class JsonLayoutTests
{
    private static string Laid(string json, int depth = 0)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var text = new StringBuilder();
        JsonLayout.Append(text, document.RootElement, depth);
        return text.ToString();
    }

    private static string Members(int count, int width) =>
        "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"{(char)('a' + i)}\":{new string('1', width)}")) + "}";

    [Fact]
    public void An_object_of_up_to_eight_plain_values_goes_on_one_line()
    {
        // Eight members, each long enough that the object is not a short row (over 60 characters).
        Assert.Equal("{ \"a\": 11111, \"b\": 11111, \"c\": 11111, \"d\": 11111, \"e\": 11111, \"f\": 11111, \"g\": 11111, \"h\": 11111 }", Laid(Members(8, 5)));
        Assert.Equal(
            "{\n  \"a\": 11111,\n  \"b\": 11111,\n  \"c\": 11111,\n  \"d\": 11111,\n  \"e\": 11111,\n  \"f\": 11111,\n  \"g\": 11111,\n  \"h\": 11111,\n  \"i\": 11111\n}",
            Laid(Members(9, 5)));
    }

    [Fact]
    public void A_row_of_nine_plain_values_still_goes_on_one_line_when_short()
    {
        Assert.Equal(55, Members(9, 1).Length);
        Assert.Equal("{ \"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1, \"e\": 1, \"f\": 1, \"g\": 1, \"h\": 1, \"i\": 1 }", Laid(Members(9, 1)));
    }

    [Theory]
    [InlineData(42, true)]
    [InlineData(43, false)]
    public void A_row_with_a_flat_array_goes_on_one_line_up_to_sixty_characters(int padding, bool oneLine)
    {
        string json = $$"""{"a":[1,2],"b":"{{new string('x', padding)}}"}""";
        Assert.Equal(padding + 18, json.Length);
        string expected = oneLine
            ? $$"""{ "a": [1, 2], "b": "{{new string('x', padding)}}" }"""
            : $"{{\n  \"a\": [1, 2],\n  \"b\": \"{new string('x', padding)}\"\n}}";
        Assert.Equal(expected, Laid(json));
    }

    [Fact]
    public void A_member_that_is_an_object_or_holds_one_is_never_on_one_line()
    {
        Assert.Equal("{\n  \"a\": { \"b\": 1 }\n}", Laid("""{"a":{"b":1}}"""));
        Assert.Equal("{\n  \"a\": [\n    { \"b\": 1 }\n  ]\n}", Laid("""{"a":[{"b":1}]}"""));
        Assert.Equal("[\n  [1],\n  [2, 3]\n]", Laid("[[1],[2,3]]"));
    }

    [Fact]
    public void Empty_objects_and_arrays_and_plain_values_are_written_as_they_are()
    {
        Assert.Equal("{ }", Laid("{}"));
        Assert.Equal("[]", Laid("[]"));
        Assert.Equal("[1, \"a\", true, null]", Laid("""[1,"a",true,null]"""));
        Assert.Equal("1.50", Laid("1.50"));
        Assert.Equal("\"a\\u0022\"", Laid("\"a\\u0022\""));
    }

    [Fact]
    public void Nested_parts_are_indented_two_spaces_a_level_from_the_depth_given()
    {
        Assert.Equal("{\n    \"a\": [\n      { \"b\": [] }\n    ]\n  }", Laid("""{"a":[{"b":[]}]}""", 1));
        Assert.Equal("{\n  \"a\": {\n    \"b\": { \"c\": 1 }\n  },\n  \"d\": 2\n}", Laid("""{"a":{"b":{"c":1}},"d":2}"""));
    }
}
