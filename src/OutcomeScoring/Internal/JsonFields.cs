using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace OutcomeScoring.Internal;

/// <summary>
/// Reads required fields from a JSON document with exact messages ("{where}: \"{field}\" must be ..."): shared by
/// the calibration and index specification readers, which turn <see cref="JsonFieldException"/> into their own
/// public exception with the same message. Values are quoted in messages at most <see cref="MaximumShown"/> characters long,
/// so a 100 MB string is not echoed in full (issue 21, D9).
/// </summary>
internal static class JsonFields
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int MaximumShown = 80;

    /// <summary>
    /// Reads a stream to the end and checks that it is UTF-8 (RFC 8259, section 8.1: JSON exchanged between systems is UTF-8):
    /// System.Text.Json checks the structure but would only fail on a bad string later, with an exception no reader documents.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="what">What the stream holds, for the message (for example <c>Calibration JSON</c>).</param>
    /// <returns>The bytes, without a byte order mark.</returns>
    /// <exception cref="JsonFieldException">The bytes are not UTF-8; the message gives the byte offset.</exception>
    public static ReadOnlyMemory<byte> ReadUtf8(Stream utf8Json, string what)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        ReadOnlyMemory<byte> bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Utf8.IsValid(bytes.Span))
        {
            char[] scratch = ArrayPool<char>.Shared.Rent(bytes.Length);
            OperationStatus status = Utf8.ToUtf16(bytes.Span, scratch, out int valid, out _, replaceInvalidSequences: false, isFinalBlock: false);
            ArrayPool<char>.Shared.Return(scratch);
            string where = status == OperationStatus.InvalidData
                ? string.Create(CultureInfo.InvariantCulture, $"byte 0x{bytes.Span[valid]:X2} at byte offset {valid}")
                : string.Create(CultureInfo.InvariantCulture, $"a character cut off at byte offset {valid}");
            throw new JsonFieldException($"{what} is not valid UTF-8: {where}. Save the file as UTF-8.");
        }

        // A byte order mark is allowed, as JsonDocument.Parse(Stream) allows it; parsing the bytes would not.
        return bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }

    /// <summary>A value for a message: itself, or its first <see cref="MaximumShown"/> characters and its length.</summary>
    public static string Shown(string text) =>
        text.Length <= MaximumShown
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, MaximumShown)}... ({text.Length:N0} characters)");

    /// <summary>A JSON value's text for a message (<see cref="Shown"/>).</summary>
    public static string Raw(JsonElement value) => Shown(value.GetRawText());

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
            Require(allowed.Contains(property.Name, StringComparer.Ordinal), $"{where}: unknown property \"{Shown(property.Name)}\"; allowed: {string.Join(", ", allowed)}.");
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
        Require(value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()), $"{where}: \"{field}\" must be a non-empty string; got {Raw(value)}.");
        return value.GetString()!;
    }

    public static double Number(JsonElement element, string field, string where) =>
        NumberValue(Property(element, field, where), $"{where}: \"{field}\"");

    public static double NumberValue(JsonElement value, string what)
    {
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number), $"{what} must be a finite number; got {Raw(value)}.");
        return value.GetDouble();
    }

    public static int Integer(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), $"{where}: \"{field}\" must be a whole number; got {Raw(value)}.");
        return value.GetInt32();
    }

    public static long Long(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _), $"{where}: \"{field}\" must be a whole number; got {Raw(value)}.");
        return value.GetInt64();
    }

    public static bool Boolean(JsonElement element, string field, string where)
    {
        JsonElement value = Property(element, field, where);
        Require(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where}: \"{field}\" must be true or false; got {Raw(value)}.");
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
