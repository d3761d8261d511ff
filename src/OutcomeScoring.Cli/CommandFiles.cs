using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace OutcomeScoring.Cli;

/// <summary>
/// How every command reads its input file and writes its output: the input as UTF-8 (a byte order mark recognised), the output to
/// standard output or to a file written beside the target and moved into place only on success, so a failed run leaves no
/// half-written file.
/// </summary>
internal static class CommandFiles
{
    /// <summary>The <c>--output</c> (<c>-o</c>) option: write <paramref name="what"/> (or, without it, the output) to a file instead of standard output.</summary>
    public static Option<FileInfo?> OutputOption(string? what = null) =>
        new("--output", "-o") { Description = $"Write {(what is null ? "" : what + " ")}to this file instead of standard output." };

    /// <summary>Opens the input (a missing file is an unusable input) and the output, then runs the command.</summary>
    public static int WithFiles(FileInfo input, FileInfo? outputFile, TextWriter output, TextWriter error, Func<TextReader, TextWriter, int> run)
    {
        if (!input.Exists)
        {
            error.WriteLine($"error: input file not found: {input.FullName}");
            return CliApp.UnusableInput;
        }

        using var reader = new StreamReader(input.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return WithOutput(outputFile, output, writer => run(reader, writer));
    }

    /// <summary>
    /// Runs a command writing to standard output, or to a file written beside the target and moved into place only on success,
    /// so a failed run leaves no half-written file.
    /// </summary>
    public static int WithOutput(FileInfo? outputFile, TextWriter output, Func<TextWriter, int> run)
    {
        if (outputFile is null)
        {
            return run(output);
        }

        string temporary = outputFile.FullName + ".partial";
        int code = CliApp.UnusableInput;
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                code = run(writer);
            }

            // --fail-on-row-errors: every row was written, so the file is kept for the rows' error column.
            if (code == 0 || code == RowTally.RowErrors)
            {
                File.Move(temporary, outputFile.FullName, overwrite: true);
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return code;
    }

    /// <summary>
    /// Reads a file a command needs besides its input (a definition, a calibration, an index specification): a missing file, or
    /// one the library cannot read (<typeparamref name="TException"/>), is written to standard error as <c>error: ...</c>.
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
    }
}
