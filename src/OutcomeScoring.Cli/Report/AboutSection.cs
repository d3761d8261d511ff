using OutcomeScoring.Charts.Reports;

namespace OutcomeScoring.Cli.Report;

/// <summary>The closing section: which files were read, which were missing, the settings, and how to make the report again.</summary>
internal static class AboutSection
{
    public const string Id = "about";

    public static ReportSection Build(ReportFolder folder, IReadOnlyList<IReportSectionBuilder> builders)
    {
        var write = new SectionWriter();
        write.Paragraph("This report was made from a folder of CSV files, each in the form the other outcome-scoring commands read. Every section that has its files is included; a section whose files are missing says so. Charts use colours that people with common colour-vision differences can tell apart, and shapes as well as colours.");
        write.Table(
            "Files each section reads",
            ["Section", "File", "Found", "Rows"],
            builders.SelectMany(b => b.Files.Select(f =>
            {
                (string File, bool Found, int Rows) read = folder.FilesRead.FirstOrDefault(r => r.File == f);
                bool found = read.File is not null ? read.Found : folder.Has(f);
                string rows = read.File is null || !read.Found ? "-" : folder.IsRowCountWithheld(f) ? "withheld (too few to publish)" : Text.N(read.Rows);
                return new[] { b.Title, f, found ? "yes" : "no", rows };
            })));

        ReportSettings settings = folder.Settings;
        var entries = new List<KeyValuePair<string, string>>
        {
            new("Settings file", settings.FromFile ? $"{ReportSettings.FileName} (in the folder)" : $"none ({ReportSettings.FileName} not found): defaults used"),
            new("Title", settings.Title),
            new("FFT question", settings.Fft.Question + (settings.Fft.Target is { } t ? $"; target {Text.Pct(t)}" : "")),
            new("Comparing teams", $"{settings.Funnel.Name}; {settings.Funnel.Method} limits; over-dispersion {(settings.Funnel.Adjustment is null ? "adjusted when phi is well above 1" : settings.Funnel.Overdispersion)}"),
            new("Integration index", $"seed {settings.Index.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}; {Text.N(settings.Index.Draws)} sampling draws; {Text.N(settings.Index.Runs)} method runs"),
        };
        foreach (SpcSeriesSettings series in settings.Spc)
        {
            entries.Add(new($"Monthly measure: {series.Name ?? series.Column}", $"{ServiceMeasuresSection.Better(series.Improvement)}{(series.Target is { } target ? $"; target {target.ToString(series.Format, System.Globalization.CultureInfo.InvariantCulture)}" : "")}"));
        }

        write.Heading("Settings");
        write.Paragraph($"Settings come from {ReportSettings.FileName} in the folder when there is one (docs/report.md lists them); otherwise the defaults below.");
        write.Definitions(entries);
        write.Heading("Making this report again");
        write.Paragraph("outcome-scoring report <folder> --output report.html. The same files give the same report, byte for byte: no dates or clocks are used, and the integration index's random draws come from the fixed seed in the settings.");
        return new ReportSection(Id, "About this report", write.Blocks) { Summary = "files read, settings, and how the figures were made." };
    }
}
