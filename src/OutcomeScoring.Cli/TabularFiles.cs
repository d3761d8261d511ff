using System.CommandLine;

namespace OutcomeScoring.Cli;

/// <summary>
/// Chooses how an input table is read and an output table written: Parquet and Arrow inputs are presented to the commands as
/// the CSV text they would otherwise read (<see cref="ColumnarCsvReader"/>), so every rule, message and output is the CSV
/// path's; an output path ending in <c>.parquet</c> is written as Parquet (<see cref="ParquetOutput"/>).
/// </summary>
internal static class TabularFiles
{
    /// <summary>The <c>--format</c> option of the commands that read a table (<c>score</c>, <c>change</c>, <c>fft summarize</c>).</summary>
    public static Option<TabularFormat> FormatOption() =>
        new("--format") { Description = "The input's format: csv, parquet or arrow (Arrow IPC, file or stream). By default from its extension: .parquet; .arrow, .arrows, .feather or .ipc; anything else is CSV." };

    /// <summary>The format an input is read in: <paramref name="format"/>, or the one its extension names.</summary>
    public static TabularFormat Resolve(FileInfo input, TabularFormat format) =>
        format != TabularFormat.Auto ? format
        : Path.GetExtension(input.Name).ToUpperInvariant() switch
        {
            ".PARQUET" => TabularFormat.Parquet,
            ".ARROW" or ".ARROWS" or ".FEATHER" or ".IPC" => TabularFormat.Arrow,
            _ => TabularFormat.Csv,
        };

    /// <summary>Whether an output file is written as Parquet: its name ends in <c>.parquet</c>.</summary>
    public static bool IsParquetOutput(FileInfo? output) =>
        output is not null && output.Name.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens a Parquet or Arrow input as CSV text; a file that is not one (or that cannot be read) is an
    /// <see cref="IOException"/> naming it, which the commands report as an unusable input.
    /// </summary>
    public static TextReader OpenColumnar(string path, TabularFormat format) =>
        Opening(() => format == TabularFormat.Parquet ? ParquetInput.Open(path) : ArrowInput.Open(path), format);

    /// <summary>Opens a Parquet file for its columns (<see cref="ParquetScorer"/>), failing as <see cref="OpenColumnar"/> does.</summary>
    public static (Parquet.ParquetReader Reader, Parquet.Schema.DataField[] Fields, IDisposable File) OpenParquet(string path) =>
        Opening(() => ParquetInput.OpenFile(path), TabularFormat.Parquet);

    private static T Opening<T>(Func<T> open, TabularFormat format)
    {
        try
        {
            return open();
        }
        catch (InvalidDataException ex)
        {
            throw new IOException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is not IOException and not UnauthorizedAccessException and not OutOfMemoryException)
        {
            throw new IOException($"it is not a readable {(format == TabularFormat.Parquet ? "Parquet" : "Arrow IPC")} file ({ex.Message})", ex);
        }
    }
}
