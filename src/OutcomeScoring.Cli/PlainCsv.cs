using System.Buffers;
using System.Text.Unicode;

namespace OutcomeScoring.Cli;

/// <summary>
/// Whether a CSV file is plain: valid UTF-8, no quote character anywhere and every carriage return followed by a line
/// feed. In such a file a row is a line and a field is the text between commas, so every CSV reader reads it the same
/// way; <c>score</c> reads plain files on its fast path (<see cref="FastCsvScorer"/>) and everything else with the
/// general reader (<see cref="CsvInput"/>), whose rules for quotes, malformed rows and bad bytes then apply unchanged.
/// </summary>
internal static class PlainCsv
{
    private const int ChunkBytes = 1 << 20;

    private static readonly SearchValues<byte> QuoteOrReturn = SearchValues.Create("\"\r"u8);

    /// <summary>Reads the file once, in chunks (memory does not grow with its size); a file that cannot be read is not plain.</summary>
    public static bool IsPlain(string path)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return IsPlain(stream, buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Checks a stream chunk by chunk: a UTF-8 sequence or a CR LF split between two chunks is carried over.</summary>
    internal static bool IsPlain(Stream stream, byte[] buffer)
    {
        int carried = 0;
        while (true)
        {
            int read = stream.ReadAtLeast(buffer.AsSpan(carried, buffer.Length - carried), buffer.Length - carried, throwOnEndOfStream: false);
            int length = carried + read;
            bool end = length < buffer.Length;
            Span<byte> chunk = buffer.AsSpan(0, length);
            int complete = end ? length : CompleteSequences(chunk);
            if (!end && complete > 0 && chunk[complete - 1] == (byte)'\r')
            {
                complete--;   // A CR is checked together with the byte after it.
            }

            if (!Utf8.IsValid(chunk[..complete]) || !QuotesAndReturnsArePlain(chunk[..complete]))
            {
                return false;
            }

            if (end)
            {
                return true;
            }

            carried = length - complete;
            chunk[complete..].CopyTo(buffer);
        }
    }

    /// <summary>The length of the chunk up to the start of a UTF-8 sequence it cuts short (at most 3 bytes from the end).</summary>
    private static int CompleteSequences(ReadOnlySpan<byte> chunk)
    {
        for (int back = 1; back <= 3 && back <= chunk.Length; back++)
        {
            byte b = chunk[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: 110xxxxx needs 2 bytes, 1110xxxx 3, 11110xxx 4; an ASCII byte ends a sequence.
                int needs = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needs > back ? chunk.Length - back : chunk.Length;
            }
        }

        return chunk.Length;
    }

    /// <summary>No quote, and every CR followed by LF.</summary>
    private static bool QuotesAndReturnsArePlain(ReadOnlySpan<byte> bytes)
    {
        int at;
        while ((at = bytes.IndexOfAny(QuoteOrReturn)) >= 0)
        {
            if (bytes[at] == (byte)'"')
            {
                return false;
            }

            if (at + 1 >= bytes.Length || bytes[at + 1] != (byte)'\n')
            {
                return false;
            }

            bytes = bytes[(at + 1)..];
        }

        return true;
    }
}
