namespace OutcomeScoring.Cli;

/// <summary>
/// Runs a command that draws charts (SkiaSharp, through ScottPlot). The portable tool package <c>OutcomeScoring.Cli.any</c>,
/// which <c>dotnet tool install</c> picks on a platform with no package of its own, carries no native drawing library
/// (docs/packages.md); there such a command writes one <c>error:</c> line saying so, rather than a stack trace.
/// </summary>
internal static class NativeDrawing
{
    /// <summary>Runs <paramref name="command"/>; a missing SkiaSharp or HarfBuzz native library is exit code 1 with one line on <paramref name="error"/>.</summary>
    public static int Run(Func<int> command, TextWriter error)
    {
        try
        {
            return command();
        }
        catch (TypeInitializationException ex) when (MissingNativeLibrary(ex))
        {
            error.WriteLine("error: charts cannot be drawn on this platform: the SkiaSharp native library is not in this tool package "
                + $"(the portable package carries none; packages with it exist for {string.Join(", ", SupportedPlatforms)}). Every command that does not draw works here.");
            return CliApp.UnusableInput;
        }
    }

    /// <summary>The platforms the tool is packed for with native drawing libraries (OutcomeScoring.Cli.csproj, RuntimeIdentifiers).</summary>
    internal static readonly string[] SupportedPlatforms = ["linux-x64", "linux-arm64", "linux-musl-x64", "linux-musl-arm64", "osx-x64", "osx-arm64", "win-x64", "win-arm64"];

    private static bool MissingNativeLibrary(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is DllNotFoundException && (inner.Message.Contains("SkiaSharp", StringComparison.Ordinal) || inner.Message.Contains("HarfBuzz", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
