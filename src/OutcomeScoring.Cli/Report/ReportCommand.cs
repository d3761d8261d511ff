using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;

namespace OutcomeScoring.Cli.Report;

/// <summary><c>report &lt;folder&gt; [--output report.html] [--png]</c>: the self-contained HTML service report.</summary>
internal static class ReportCommand
{
    /// <summary>Builds the report; returns the exit code.</summary>
    public static int Run(DirectoryInfo folder, FileInfo? output, bool png, TextWriter standardOutput, TextWriter error)
    {
        if (!folder.Exists)
        {
            error.WriteLine($"error: folder not found: {folder.FullName}");
            return CliApp.UnusableInput;
        }

        FileInfo[] inputs;
        try
        {
            // Every CSV and JSON file in the folder is (or may become) an input: the report never writes over one.
            inputs = [.. folder.EnumerateFiles().Where(f => f.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || f.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the folder {folder.FullName}: {ex.Message}");
            return CliApp.UnusableInput;
        }

        HtmlReport report;
        try
        {
            report = ServiceReport.Build(folder.FullName);
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CliApp.UnusableInput;
        }

        if (png)
        {
            report = new HtmlReport(report.Title, report.Sections) { Subtitle = report.Subtitle, Footer = report.Footer, FigureFormat = ChartFormat.Png };
        }

        string html = report.ToHtml();
        int code = CommandFiles.WithOutput(output, standardOutput, error, inputs, writer =>
        {
            writer.Write(html);
            return 0;
        });
        if (code != 0)
        {
            return code;
        }

        foreach (ReportSection section in report.Sections.Where(s => s.Status != ReportSectionStatus.Complete))
        {
            error.WriteLine($"note: {section.Title}: {section.Summary}");
        }

        return 0;
    }
}
