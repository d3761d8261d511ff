using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace OutcomeScoring.Internal;

/// <summary>
/// Reads required fields from a JSON document with exact messages ("{where}: \"{field}\" must be ..."): shared by
/// the calibration and index specification readers, which turn <see cref="JsonFieldException"/> into their own
/// public exception with the same message.
/// </summary>
internal static class JsonFields
{
    public static void Require([DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new JsonFieldException(message);
        }
    }

    public static void CheckFields(JsonElement element, string[] allowed, string where)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            Require(allowed.Contains(property.Name, StringComparer.Ordinal), $"{where}: unknown property \"{property.Name}\"; allowed: {string.Join(", ", allowed)}.");
        }
    }

    public static bool Present(JsonElement element, string field) =>
        element.TryGetProperty(field, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    public static JsonElement Property(JsonElement element, string field, string where)
    {
        Require(Present(element, field), $"{where}: \"{field}\" is missing.");
        return element.GetProperty(field);
    }

    public static string Text(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()), $"{where}: \"{field}\" must be a non-empty string; got {value.GetRawText()}.");
        return value.GetString()!;
    }

    public static double Number(JsonElement element, string field, string where) =>
        NumberValue(Property(element, field, where), $"{where}: \"{field}\"");

    public static double NumberValue(JsonElement value, string what)
    {
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number), $"{what} must be a finite number; got {value.GetRawText()}.");
        return value.GetDouble();
    }

    public static int Integer(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), $"{where}: \"{field}\" must be a whole number; got {value.GetRawText()}.");
        return value.GetInt32();
    }

    public static long Long(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _), $"{where}: \"{field}\" must be a whole number; got {value.GetRawText()}.");
        return value.GetInt64();
    }

    public static bool Boolean(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where}: \"{field}\" must be true or false; got {value.GetRawText()}.");
        return value.GetBoolean();
    }

    public static JsonElement Array(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.Array, $"{where}: \"{field}\" must be an array.");
        return value;
    }

    public static JsonElement Object(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.Object, $"{where}: \"{field}\" must be an object.");
        return value;
    }
}

/// <summary>A problem found by <see cref="JsonFields"/>; each reader rethrows it as its own public exception.</summary>
internal sealed class JsonFieldException(string message) : Exception(message);
