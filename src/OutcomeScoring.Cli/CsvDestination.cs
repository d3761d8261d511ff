using System.Text;

namespace OutcomeScoring.Cli;

/// <summary>
/// The writer a command's table goes to (standard output or the output file), carrying how its CSV is to be written:
/// <see cref="CsvInput.CreateWriter"/> reads <see cref="ExcelSafe"/> from it, so <c>--excel-safe</c> reaches every table a
/// command writes without being passed through each step. Everything written is passed to the inner writer unchanged.
/// </summary>
internal sealed class CsvDestination(TextWriter inner, bool excelSafe) : TextWriter
{
    /// <summary>Gets whether cells a spreadsheet would run as formulas are written as text (<see cref="CsvOutput"/>).</summary>
    public bool ExcelSafe { get; } = excelSafe;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null (it means the default).
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <inheritdoc/>
    public override void Write(char value) => inner.Write(value);

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

    /// <inheritdoc/>
    public override void Write(string? value) => inner.Write(value);

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
