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

        if (NothingToReport(folder, inputs, error))
        {
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

        Tell(report, output, error);
        return 0;
    }

    /// <summary>A folder with none of the files any section reads is an error naming them all (issue 15), not an empty report.</summary>
    private static bool NothingToReport(DirectoryInfo folder, FileInfo[] inputs, TextWriter error)
    {
        string[] looksFor = [.. ServiceReport.Builders.SelectMany(b => b.Files).Distinct(StringComparer.Ordinal)];
        if (inputs.Any(f => looksFor.Contains(f.Name, StringComparer.Ordinal)))
        {
            return false;
        }

        error.WriteLine($"error: {folder.FullName} has none of the files the report reads, so there would be nothing to report. Put at least one of these in it: {string.Join(", ", looksFor)}; and, optionally, {ReportSettings.FileName} for the settings (docs/report.md says what each holds).");
        return true;
    }

    /// <summary>Says on standard error what was written: a note per section left out, then the path, the sections and what was left out.</summary>
    private static void Tell(HtmlReport report, FileInfo? output, TextWriter error)
    {
        foreach (ReportSection section in report.Sections.Where(s => s.Status != ReportSectionStatus.Complete))
        {
            error.WriteLine($"note: {section.Title}: {section.Summary}");
        }

        ReportSection[] complete = [.. report.Sections.Where(s => s.Status == ReportSectionStatus.Complete)];
        ReportSection[] leftOut = [.. report.Sections.Where(s => s.Status != ReportSectionStatus.Complete)];
        string where = output is null ? "standard output" : output.FullName;
        error.WriteLine($"wrote {where}: {complete.Length} of {report.Sections.Length} sections complete ({string.Join(", ", complete.Select(s => s.Id))})"
            + (leftOut.Length == 0 ? "; nothing left out." : $"; left out or incomplete: {string.Join("; ", leftOut.Select(s => $"{s.Title} ({(s.Status == ReportSectionStatus.MissingInput ? "input missing" : "input unusable")})"))}."));
    }
}
