using System.Text;
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
        if (output is null)
        {
            standardOutput.Write(html);
        }
        else
        {
            string temporary = output.FullName + ".partial";
            try
            {
                File.WriteAllText(temporary, html, new UTF8Encoding(false));
                File.Move(temporary, output.FullName, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write the report to {output.FullName}: {ex.Message}");
                return CliApp.UnusableInput;
            }
            finally
            {
                if (Directory.Exists(output.DirectoryName))
                {
                    File.Delete(temporary);
                }
            }
        }

        foreach (ReportSection section in report.Sections.Where(s => s.Status != ReportSectionStatus.Complete))
        {
            error.WriteLine($"note: {section.Title}: {section.Summary}");
        }

        return 0;
    }
}
