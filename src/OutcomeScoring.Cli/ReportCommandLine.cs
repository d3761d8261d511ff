using System.CommandLine;

namespace OutcomeScoring.Cli;

/// <summary>
/// The arguments and options of <c>report &lt;folder&gt; [--output report.html] [--png]</c>; the report itself is
/// <see cref="Report.ReportCommand"/>. (Kept beside the other commands until it can move into <c>Report/ReportCommand.cs</c>.)
/// </summary>
internal static class ReportCommandLine
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folderArgument = new Argument<DirectoryInfo>("folder") { Description = "A folder of CSV inputs with the names in docs/report.md (any subset), and optionally report.json." };
        var outputOption = CommandFiles.OutputOption("the HTML report");
        var pngOption = new Option<bool>("--png") { Description = "Embed charts as PNG images instead of inline SVG." };
        var command = new Command("report", "A self-contained HTML service report (tables, charts, method notes and sources) from a folder of the CSV files the other commands read.")
        {
            folderArgument, outputOption, pngOption,
        };
        command.SetAction(parse => NativeDrawing.Run(() => Report.ReportCommand.Run(parse.GetValue(folderArgument)!, parse.GetValue(outputOption), parse.GetValue(pngOption), output, error), error));
        return command;
    }
}
