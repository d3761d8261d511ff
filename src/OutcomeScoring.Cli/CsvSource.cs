namespace OutcomeScoring.Cli;

/// <summary>
/// An input file as a command reads it, carrying the character that separates its fields (<c>--delimiter</c>):
/// <see cref="CsvInput.Open"/> and the fast scoring path read <see cref="Delimiter"/> from it, so the option reaches every
/// reader without being passed through each step (as <see cref="CsvDestination"/> carries <c>--excel-safe</c> to the
/// writers). Everything is read from the inner reader unchanged.
/// </summary>
internal sealed class CsvSource(TextReader inner, char delimiter) : TextReader
{
    /// <summary>The delimiter of a reader that is not a <see cref="CsvSource"/>: a comma (RFC 4180).</summary>
    public const char Comma = ',';

    /// <summary>Gets the character that separates fields.</summary>
    public char Delimiter { get; } = delimiter;

    /// <summary>The delimiter of <paramref name="reader"/>: its own when it is a <see cref="CsvSource"/>, otherwise a comma.</summary>
    public static char DelimiterOf(TextReader reader) => reader is CsvSource source ? source.Delimiter : Comma;

    /// <summary><paramref name="reader"/> carrying <paramref name="delimiter"/>, or the reader itself for a comma.</summary>
    public static TextReader With(TextReader reader, char delimiter) => delimiter == Comma ? reader : new CsvSource(reader, delimiter);

    /// <inheritdoc/>
    public override int Peek() => inner.Peek();

    /// <inheritdoc/>
    public override int Read() => inner.Read();

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, count);

    /// <inheritdoc/>
    public override int Read(Span<char> buffer) => inner.Read(buffer);

    /// <inheritdoc/>
    public override int ReadBlock(char[] buffer, int index, int count) => inner.ReadBlock(buffer, index, count);

    /// <inheritdoc/>
    public override int ReadBlock(Span<char> buffer) => inner.ReadBlock(buffer);

    /// <inheritdoc/>
    public override string? ReadLine() => inner.ReadLine();

    /// <inheritdoc/>
    public override string ReadToEnd() => inner.ReadToEnd();

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
