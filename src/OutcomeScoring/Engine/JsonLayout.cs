using System.Text;
using System.Text.Json;

namespace OutcomeScoring.Engine;

/// <summary>
/// Lays out JSON so that a definition reads as a table: an object or array whose members are all plain values (an
/// item, a band, a row of a cut-off table, a list of item numbers) goes on one line, everything else is indented by two
/// spaces. Values are copied exactly as written (so escaping and number formats are the writer's).
/// </summary>
internal static class JsonLayout
{
    public static void Append(StringBuilder text, JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when IsFlat(element):
                text.Append("{ ");
                text.AppendJoin(", ", element.EnumerateObject().Select(p => Quoted(p) + ": " + Flat(p.Value)));
                text.Append(element.EnumerateObject().Any() ? " }" : "}");
                break;
            case JsonValueKind.Array when IsFlat(element):
                text.Append('[').AppendJoin(", ", element.EnumerateArray().Select(e => e.GetRawText())).Append(']');
                break;
            case JsonValueKind.Object:
                text.Append("{\n");
                bool firstProperty = true;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    text.Append(firstProperty ? "" : ",\n").Append(' ', 2 * (depth + 1)).Append(Quoted(property)).Append(": ");
                    Append(text, property.Value, depth + 1);
                    firstProperty = false;
                }

                text.Append('\n').Append(' ', 2 * depth).Append('}');
                break;
            case JsonValueKind.Array:
                text.Append("[\n");
                bool firstElement = true;
                foreach (JsonElement child in element.EnumerateArray())
                {
                    text.Append(firstElement ? "" : ",\n").Append(' ', 2 * (depth + 1));
                    Append(text, child, depth + 1);
                    firstElement = false;
                }

                text.Append('\n').Append(' ', 2 * depth).Append(']');
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    private static string Flat(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? "[" + string.Join(", ", value.EnumerateArray().Select(e => e.GetRawText())) + "]" : value.GetRawText();

    private static bool IsFlat(JsonElement element) => element.ValueKind == JsonValueKind.Object
        ? (element.EnumerateObject().All(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) && element.EnumerateObject().Count() <= 8)
            || IsShortRow(element)
        : element.EnumerateArray().All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array));

    /// <summary>A short object whose members are plain values or flat arrays (a value set's item levels) also goes on one line.</summary>
    private static bool IsShortRow(JsonElement element) =>
        element.EnumerateObject().All(p => p.Value.ValueKind != JsonValueKind.Object && (p.Value.ValueKind != JsonValueKind.Array || IsFlat(p.Value)))
        && element.GetRawText().Length <= ShortRowLength;

    private const int ShortRowLength = 60;

    // Property names are the definition format's own (plain ASCII letters), so they need no escaping.
    private static string Quoted(JsonProperty property) => $"\"{property.Name}\"";
}
