using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace OutcomeScoring.Cli;

/// <summary>
/// A read-only stream that passes a file's bytes through unchanged and stops with <see cref="InvalidDataException"/> at the
/// first byte sequence that is not UTF-8, naming the line and the byte offset. A decoder would otherwise replace it with
/// U+FFFD silently, and two different names (<c>Café</c> and <c>Cafè</c> in Latin-1) would become one (issue 21, D5).
/// </summary>
/// <remarks>
/// The check is <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/> with replacement
/// off, chunk by chunk; a sequence split between two reads is carried over, and one left incomplete at the end of the
/// file is invalid. A UTF-8 byte order mark is valid UTF-8 and passes through (the reader removes it).
/// </remarks>
internal sealed class Utf8CheckingStream(Stream inner, string name) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private char[] _scratch = [];
    private int _carried;
    private long _offset;
    private long _lines = 1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _offset; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        Check(buffer[..read], endOfFile: read == 0);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<byte> bytes, bool endOfFile)
    {
        if (endOfFile)
        {
            if (_carried > 0)
            {
                throw NotUtf8("a character cut off at the end of the file");
            }

            return;
        }

        byte[]? joined = null;
        ReadOnlySpan<byte> chunk = bytes;
        if (_carried > 0)
        {
            joined = ArrayPool<byte>.Shared.Rent(_carried + bytes.Length);
            _carry.AsSpan(0, _carried).CopyTo(joined);
            bytes.CopyTo(joined.AsSpan(_carried));
            chunk = joined.AsSpan(0, _carried + bytes.Length);
        }

        try
        {
            if (_scratch.Length < chunk.Length)
            {
                _scratch = new char[chunk.Length];
            }

            System.Buffers.OperationStatus status = Utf8.ToUtf16(chunk, _scratch, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: false);
            Count(chunk[..consumed]);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                throw NotUtf8(string.Create(CultureInfo.InvariantCulture, $"byte 0x{chunk[consumed]:X2}"));
            }

            _carried = chunk.Length - consumed;
            chunk[consumed..].CopyTo(_carry);
        }
        finally
        {
            if (joined is not null)
            {
                ArrayPool<byte>.Shared.Return(joined);
            }
        }
    }

    private void Count(ReadOnlySpan<byte> valid)
    {
        _offset += valid.Length;
        _lines += valid.Count((byte)'\n');
    }

    private InvalidDataException NotUtf8(string what) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"{name} is not UTF-8: {what} at line {_lines}, byte offset {_offset}, cannot be read as UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in Excel); an export in Latin-1 or Windows-1252 would otherwise have its accented letters changed."));
}
