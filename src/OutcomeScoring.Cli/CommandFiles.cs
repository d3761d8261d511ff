using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;

namespace OutcomeScoring.Cli;

/// <summary>
/// How every command reads its input files and writes its output: the input as UTF-8 (a byte order mark recognised; any
/// other bytes stop the run with the line and byte offset), the output to standard output or to a file. An output file is
/// written under a name of its own beside the target and renamed into place only on success, so a failed, cancelled or
/// concurrent run never leaves a half-written or mixed file; an output that is one of the inputs is refused before anything
/// is written; and every failure to read or write is one <c>error:</c> line and exit code 1 (issue 21, D1-D3, D5, D11, D12).
/// </summary>
internal static class CommandFiles
{
    /// <summary>The end of the name of the file a run writes before it is renamed into place.</summary>
    public const string PartialSuffix = ".partial";

    /// <summary>The <c>--output</c> (<c>-o</c>) option: write <paramref name="what"/> (or, without it, the output) to a file instead of standard output.</summary>
    public static Option<FileInfo?> OutputOption(string? what = null) =>
        new("--output", "-o") { Description = $"Write {(what is null ? "" : what + " ")}to this file instead of standard output." };

    /// <summary>
    /// The <c>--excel-safe</c> option of every command that writes CSV: cells that a spreadsheet would run as formulas are
    /// written as text (<see cref="CsvOutput"/>). Off by default, so ids and names round-trip unchanged.
    /// </summary>
    public static Option<bool> ExcelSafeOption() =>
        new("--excel-safe") { Description = "Write cells that start with =, +, -, @ or a tab and are not numbers with a ' in front, so that Excel shows them as text instead of running them as formulas (CSV injection). Off by default: values are written unchanged." };

    /// <summary>
    /// The <c>--delimiter</c> option of every command that reads a CSV file: the character between fields, a comma by default;
    /// <c>;</c> for files saved by spreadsheets in locales with a decimal comma, <c>tab</c> (or <c>\t</c>) for tab-separated
    /// exports. Numbers are still read with <c>.</c> as the decimal mark, and the output is always comma-separated.
    /// </summary>
    public static Option<char> DelimiterOption() =>
        new("--delimiter")
        {
            Description = "The character between the input's fields: , (default), ; (spreadsheets in locales with a decimal comma), tab (or \\t), | or any other single character but a quote or a line break. Numbers are still read with . as the decimal mark; the output is comma-separated.",
            DefaultValueFactory = _ => CsvSource.Comma,
            CustomParser = result => ParseDelimiter(result),
        };

    /// <summary>Reads a <c>--delimiter</c> value: one character, or <c>tab</c> / <c>\t</c>; a quote, a line break or anything longer is an error.</summary>
    private static char ParseDelimiter(System.CommandLine.Parsing.ArgumentResult result)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : ",";
        char? delimiter = value switch
        {
            "tab" or "TAB" or "\\t" or "\t" => '\t',
            { Length: 1 } when value[0] is not ('"' or '\r' or '\n') => value[0],
            _ => null,
        };
        if (delimiter is null)
        {
            result.AddError($"--delimiter takes one character (for example ; or |) or tab; '{value}' cannot separate fields.");
            return CsvSource.Comma;
        }

        return delimiter.Value;
    }

    /// <summary>Opens an input file as UTF-8 (<see cref="OpenText"/>) carrying the <c>--delimiter</c> its fields are separated by (<see cref="CsvSource"/>).</summary>
    public static Func<string, TextReader> Reading(char delimiter) => path => CsvSource.With(OpenText(path), delimiter);

    /// <summary>Standard output as a command writes its table to it: marked <c>--excel-safe</c> when it is given (<see cref="CsvDestination"/>).</summary>
    public static TextWriter Destination(TextWriter output, bool excelSafe) => excelSafe ? new CsvDestination(output, excelSafe) : output;

    /// <summary>
    /// Opens the input (a missing or unreadable file is an unusable input) and the output, then runs the command; the output
    /// may be neither the input nor one of <paramref name="alsoRead"/> (the other files the command reads).
    /// </summary>
    public static int WithFiles(FileInfo input, FileInfo? outputFile, TextWriter output, TextWriter error, Func<TextReader, TextWriter, int> run, params FileInfo[] alsoRead) =>
        WithFiles(input, outputFile, output, error, run, OpenText, alsoRead);

    /// <summary>As <see cref="WithFiles(FileInfo, FileInfo?, TextWriter, TextWriter, Func{TextReader, TextWriter, int}, FileInfo[])"/>, with the input opened by <paramref name="open"/>.</summary>
    public static int WithFiles(FileInfo input, FileInfo? outputFile, TextWriter output, TextWriter error, Func<TextReader, TextWriter, int> run, Func<string, TextReader> open, params FileInfo[] alsoRead) =>
        WithTable(input, TabularFormat.Auto, outputFile, output, error, run, open, alsoRead);

    /// <summary>
    /// As <see cref="WithFiles(FileInfo, FileInfo?, TextWriter, TextWriter, Func{TextReader, TextWriter, int}, Func{string, TextReader}, FileInfo[])"/>,
    /// with the input read in <paramref name="format"/> (<c>--format</c>; by its extension when <see cref="TabularFormat.Auto"/>):
    /// a Parquet or Arrow input reaches the command as CSV text (<see cref="TabularFiles"/>).
    /// </summary>
    public static int WithTable(FileInfo input, TabularFormat format, FileInfo? outputFile, TextWriter output, TextWriter error, Func<TextReader, TextWriter, int> run, Func<string, TextReader>? open = null, params FileInfo[] alsoRead)
    {
        if (!input.Exists)
        {
            error.WriteLine($"error: input file not found: {input.FullName}");
            return CliApp.UnusableInput;
        }

        TextReader reader;
        try
        {
            TabularFormat resolved = TabularFiles.Resolve(input, format);
            reader = resolved == TabularFormat.Csv ? (open ?? OpenText)(input.FullName) : TabularFiles.OpenColumnar(input.FullName, resolved);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the input file {input.FullName}: {ex.Message}");
            return CliApp.UnusableInput;
        }

        using (reader)
        {
            return WithOutput(outputFile, output, error, [input, .. alsoRead], writer => run(reader, writer));
        }
    }

    /// <summary>
    /// Opens a text file for reading as UTF-8 (a byte order mark removed): bytes that are not UTF-8 throw
    /// <see cref="InvalidDataException"/> while it is read, naming the file, the line and the byte offset.
    /// </summary>
    public static StreamReader OpenText(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return new StreamReader(new Utf8CheckingStream(stream, Path.GetFileName(path)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>
    /// Opens a file already checked to be UTF-8 (<see cref="PlainCsv"/>) for reading, a byte order mark removed, without
    /// checking its bytes again.
    /// </summary>
    public static StreamReader OpenPlainText(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>
    /// Runs a command writing to standard output, or to a file of its own beside the target that is renamed into place only
    /// on success (exit code 0): an output that is one of <paramref name="inputs"/> is refused, and a failure to write, an
    /// unreadable input, or SIGINT/SIGTERM/SIGHUP deletes the partial file.
    /// </summary>
    public static int WithOutput(FileInfo? outputFile, TextWriter output, TextWriter error, IReadOnlyList<FileInfo> inputs, Func<TextWriter, int> run)
    {
        if (outputFile is null)
        {
            return Guarded(() => run(output), error);
        }

        if (OutputProblem(outputFile, inputs) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return CliApp.UnusableInput;
        }

        string temporary = Path.Combine(outputFile.DirectoryName!, $"{outputFile.Name}.{Path.GetRandomFileName()}{PartialSuffix}");
        using var cleanUp = new PartialFile(temporary);

        // A Parquet output: the command writes its CSV beside it, which becomes the Parquet file once the run succeeds.
        bool parquet = TabularFiles.IsParquetOutput(outputFile);
        string csv = parquet ? temporary[..^PartialSuffix.Length] + ".csv" + PartialSuffix : temporary;
        using PartialFile? csvCleanUp = parquet ? new PartialFile(csv) : null;
        (bool, DateTime, long) before = Stamp(outputFile.FullName);
        StreamWriter writer;
        try
        {
            writer = new StreamWriter(new FileStream(csv, FileMode.CreateNew, FileAccess.Write, FileShare.Read), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write to the folder {outputFile.DirectoryName}: {ex.Message}");
            return CliApp.UnusableInput;
        }

        // The file gets the same CSV settings as standard output would have (--excel-safe).
        TextWriter target = output is CsvDestination { ExcelSafe: true } ? new CsvDestination(writer, excelSafe: true) : writer;
        int code = Guarded(
            () =>
            {
                using (writer)
                {
                    return run(target);
                }
            },
            error);

        // --fail-on-row-errors: every row was written, so the file is kept for the rows' error column.
        return code == 0 || code == RowTally.RowErrors
            ? Guarded(
                () =>
                {
                    if (parquet)
                    {
                        ParquetOutput.FromCsv(csv, temporary);
                    }

                    // rename(2): atomic, so a reader (or a concurrent run) sees the old file or this one, never a mixture.
                    bool raced = Stamp(outputFile.FullName) != before;
                    File.Move(temporary, outputFile.FullName, overwrite: true);
                    if (raced)
                    {
                        error.WriteLine($"note: {outputFile.FullName} was written by something else while this run was working; this run's complete result has replaced it.");
                    }

                    return code;
                },
                error,
                $"cannot write {outputFile.FullName}: ")
            : code;
    }

    /// <summary>Whether a file exists, when it was last written and its length: a change while a run works means another run (or program) wrote it.</summary>
    private static (bool, DateTime, long) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (true, file.LastWriteTimeUtc, file.Length) : (false, default, 0);
    }

    /// <summary>
    /// Why <paramref name="outputFile"/> cannot be written before anything is read: its folder is missing, it is a folder, or
    /// it is (or, through symbolic links, resolves to) one of <paramref name="inputs"/>; or <see langword="null"/>.
    /// </summary>
    public static string? OutputProblem(FileInfo outputFile, IEnumerable<FileInfo> inputs)
    {
        if (Directory.Exists(outputFile.FullName))
        {
            return $"the output {outputFile.FullName} is a folder; give a file name.";
        }

        if (outputFile.Directory is not { Exists: true })
        {
            return $"the output folder {outputFile.DirectoryName} does not exist.";
        }

        string target = RealPath(outputFile.FullName);
        foreach (FileInfo input in inputs)
        {
            if (string.Equals(RealPath(input.FullName), target, PathComparison))
            {
                return $"the output {outputFile.FullName} is the input {input.FullName}; writing it would destroy the input. Give another --output.";
            }
        }

        return null;
    }

    /// <summary>A path with every symbolic link along it followed (as far as the path exists), for comparing two paths.</summary>
    public static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full)!;
        string resolved = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            FileSystemInfo entry = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
            try
            {
                if (entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    resolved = RealPath(target.FullName);
                }
            }
            catch (IOException)
            {
                // A loop of links (or one that cannot be followed): the path as written is all there is to compare.
            }
        }

        return resolved;
    }

    /// <summary>
    /// Reads a file a command needs besides its input (a definition, a calibration, an index specification): a missing file,
    /// one that cannot be read, or one the library cannot read (<typeparamref name="TException"/>), is written to standard
    /// error as <c>error: ...</c>.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="kind">What the file is, for the messages (for example <c>calibration</c>).</param>
    /// <param name="read">Reads the file with the library.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="value">What was read.</param>
    /// <param name="report">Writes the library's problem, when not as <c>error: &lt;kind&gt; file &lt;name&gt;: &lt;message&gt;</c>.</param>
    public static bool TryRead<T, TException>(FileInfo file, string kind, Func<Stream, T> read, TextWriter error, [NotNullWhen(true)] out T? value, Action<TException>? report = null)
        where TException : Exception
    {
        value = default;
        if (!file.Exists)
        {
            error.WriteLine($"error: {kind} file not found: {file.FullName}");
            return false;
        }

        try
        {
            using FileStream stream = file.OpenRead();
            value = read(stream)!;
            return true;
        }
        catch (TException ex)
        {
            if (report is null)
            {
                error.WriteLine($"error: {kind} file {file.Name}: {ex.Message}");
            }
            else
            {
                report(ex);
            }

            value = default;
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the {kind} file {file.FullName}: {ex.Message}");
            value = default;
            return false;
        }
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Runs a step; a file that cannot be read or written, or an input that is not UTF-8, is one <c>error:</c> line and exit code 1.</summary>
    private static int Guarded(Func<int> run, TextWriter error, string writing = "")
    {
        try
        {
            return run();
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"error: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {writing}{ex.Message}");
        }

        return CliApp.UnusableInput;
    }

    /// <summary>
    /// The file a run writes before it is renamed into place: deleted when the run ends without renaming it, and on SIGINT,
    /// SIGTERM or SIGHUP (the process then ends as the signal says). SIGKILL cannot be caught; a file it leaves behind has a
    /// name of its own ending in <see cref="PartialSuffix"/> and never replaces the output.
    /// </summary>
    private sealed class PartialFile : IDisposable
    {
        private readonly string _path;
        private readonly List<PosixSignalRegistration> _signals = [];

        public PartialFile(string path)
        {
            _path = path;
            foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try
                {
                    _signals.Add(PosixSignalRegistration.Create(signal, _ => Delete()));
                }
                catch (PlatformNotSupportedException)
                {
                    // Not every platform has every signal (Windows has no SIGHUP): the file is still deleted on other failures.
                }
            }
        }

        public void Dispose()
        {
            foreach (PosixSignalRegistration signal in _signals)
            {
                signal.Dispose();
            }

            Delete();
        }

        private void Delete()
        {
            try
            {
                File.Delete(_path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the run's own error (if any) has been reported.
            }
        }
    }
}
