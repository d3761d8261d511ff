using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace OutcomeScoring.Internal;

/// <summary>
/// What the JSON readers share before and around <see cref="JsonProblems"/>: reading a stream as UTF-8 (a
/// <see cref="JsonFieldException"/> with the byte offset, which each reader turns into its own public exception) and quoting
/// values in messages at most <see cref="MaximumShown"/> characters long, so a 100 MB string is not echoed in full (issue 21, D9).
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

    /// <summary>Gets whether a property is there and not <c>null</c> (a <c>null</c> value counts as absent).</summary>
    public static bool Present(JsonElement element, string field) =>
        element.TryGetProperty(field, out JsonElement value) && value.ValueKind != JsonValueKind.Null;
}

/// <summary>Bytes that are not UTF-8, found by <see cref="JsonFields.ReadUtf8"/>; each reader rethrows it as its own public exception.</summary>
internal sealed class JsonFieldException(string message) : Exception(message);
