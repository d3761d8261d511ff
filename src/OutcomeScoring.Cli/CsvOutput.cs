using System.Globalization;
using CsvHelper;

namespace OutcomeScoring.Cli;

/// <summary>
/// The CSV writer every command writes its table with: CsvHelper's, RFC 4180 quoting and "\n" line ends, fields written
/// unchanged by default so that ids and names round-trip, or with <c>--excel-safe</c> (<see cref="ExcelSafe"/>) guarded
/// against CSV (formula) injection.
/// </summary>
/// <remarks>
/// A spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return as a formula
/// (<c>=HYPERLINK(...)</c>, <c>+cmd|' /C calc'!A0</c>, <c>@SUM(A1)</c>). With <see cref="ExcelSafe"/> such a cell is written
/// with a single quote in front, which Excel and LibreOffice read as "this cell is text", and in quotes: OWASP, "CSV
/// Injection" (owasp.org/www-community/attacks/CSV_Injection). A cell that is a finite number (<c>-1.5</c>, <c>+2</c>,
/// <c>-1e3</c>) is not a formula and is written unchanged, so scores stay numbers. CsvHelper's own
/// <see cref="CsvInjection.Escape"/> would quote negative numbers too, because every field here is text.
/// </remarks>
internal sealed class CsvOutput : IDisposable
{
    /// <summary>The first characters that make a cell a possible formula (OWASP, "CSV Injection").</summary>
    public const string FormulaCharacters = "=+-@\t\r";

    private readonly CsvWriter _writer;

    /// <summary>Creates a writer on <paramref name="output"/>, which stays open.</summary>
    public CsvOutput(TextWriter output, bool excelSafe)
    {
        _writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
        ExcelSafe = excelSafe;
    }

    /// <summary>Gets whether cells that a spreadsheet would run as formulas are written as text (<c>--excel-safe</c>).</summary>
    public bool ExcelSafe { get; }

    /// <summary>Whether a cell would be run as a formula by a spreadsheet: it starts with one of <see cref="FormulaCharacters"/> and is not a finite number.</summary>
    public static bool IsFormula(ReadOnlySpan<char> field) =>
        field.Length > 0
        && FormulaCharacters.Contains(field[0], StringComparison.Ordinal)
        && !(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number));

    /// <summary>Writes one field (<see langword="null"/> as an empty one).</summary>
    public void WriteField(string? field)
    {
        field ??= "";
        if (ExcelSafe && IsFormula(field))
        {
            _writer.WriteField("'" + field, CsvQuoting.Always);
        }
        else
        {
            _writer.WriteField(field);
        }
    }

    /// <summary>Ends the record.</summary>
    public void EndRecord() => _writer.EndRecord();

    /// <summary>Writes what is buffered to the output.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
