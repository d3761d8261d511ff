using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics.CodeAnalysis;

namespace OutcomeScoring.Cli;

/// <summary>The <c>outcome-scoring</c> command line: the root command composed of each command's own, parsed and run.</summary>
internal static class CliApp
{
    /// <summary>Exit code for input that cannot be used at all (missing file, no header, missing item columns).</summary>
    public const int UnusableInput = 1;

    /// <summary>Runs the command line with the given arguments and writers.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        var root = new RootCommand("outcome-scoring: scores questionnaire answers in CSV files (CORE-OM, CORE-10, YP-CORE, GP-CORE, CORE-SF/A and SF/B, the CORE-6D utility, DIALOG, and PAM-13 with your licensed calibration) with the OutcomeScoring library.")
        {
            ScoreCommand.Create(output, error, errorIsTerminal),
            new Command("fft", "NHS Friends and Family Test.") { FftSummarizeCommand.Create(output, error) },
            SpcCommand.Create(output, error),
            FunnelCommand.Create(output, error),
            ChangeCommand.Create(output, error),
            TalkingTherapiesCommand.Create(output, error),
            ReliabilityCommand.Create(output, error),
            IndexCommand.Create(output, error),
            IndexComponentsCommand.Create(output, error),
            ReportCommandLine.Create(output, error),
            DefinitionCommand.Create(output, error),
            SqlCommand.Create(output, error),
            PairsCommand.Create(output, error),
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
        {
            // Standard output carries CSV: a usage error goes to standard error alone, without the help text.
            parseError.ShowHelp = false;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>
    /// Runs a computation of the library on what a command read: an <see cref="ArgumentException"/> means the input cannot be used,
    /// and is written to standard error as <c>error: ...</c> (the command then exits with <see cref="UnusableInput"/>).
    /// </summary>
    public static bool TryCompute<T>(Func<T> compute, TextWriter error, [NotNullWhen(true)] out T? result)
    {
        try
        {
            result = compute()!;
            return true;
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            result = default;
            return false;
        }
    }
}
