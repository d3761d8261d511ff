using OutcomeScoring.Cli;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// The portable tool package (OutcomeScoring.Cli.any) carries no SkiaSharp native library (docs/packages.md): a command
/// that draws says so in one line instead of a stack trace, and anything else still fails as it did.
/// </summary>
public sealed class NativeDrawingTests
{
    [Fact]
    public void A_missing_native_drawing_library_is_one_error_line_and_exit_code_1()
    {
        var error = new StringWriter { NewLine = "\n" };
        int exit = NativeDrawing.Run(
            () => throw new TypeInitializationException("ScottPlot.Fonts", new TypeInitializationException("SkiaSharp.SKTypeface", new DllNotFoundException("Unable to load shared library 'libSkiaSharp'"))),
            error);
        Assert.Equal(CliApp.UnusableInput, exit);
        string message = error.ToString();
        Assert.StartsWith("error: charts cannot be drawn on this platform", message, StringComparison.Ordinal);
        Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Other_failures_are_not_hidden()
    {
        var error = new StringWriter();
        Assert.Throws<TypeInitializationException>(() => NativeDrawing.Run(() => throw new TypeInitializationException("X", new InvalidOperationException()), error));
        Assert.Throws<DllNotFoundException>(() => NativeDrawing.Run(() => throw new DllNotFoundException("libz"), error));
    }

    [Fact]
    public void The_message_names_the_platforms_the_tool_is_packed_for()
    {
        string project = File.ReadAllText(Path.Combine(CliRunner.Root, "src", "OutcomeScoring.Cli", "OutcomeScoring.Cli.csproj"));
        string rids = System.Xml.Linq.XDocument.Parse(project).Descendants("RuntimeIdentifiers").Single().Value;
        Assert.Equal([.. rids.Split(';').Where(r => r != "any")], NativeDrawing.SupportedPlatforms);
    }

    [Fact]
    public void A_run_that_draws_returns_its_own_exit_code() => Assert.Equal(3, NativeDrawing.Run(() => 3, new StringWriter()));
}
