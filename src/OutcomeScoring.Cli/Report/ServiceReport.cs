using System.Text.Json;
using OutcomeScoring.Activation;
using OutcomeScoring.IntegrationIndex;
using OutcomeScoring.Charts.Reports;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// The service report: every section, in order, built from one folder. A section whose input is missing or
/// unusable says so and the others are still built.
/// </summary>
internal static class ServiceReport
{
    /// <summary>Gets the sections, in report order. Add a new kind of section here.</summary>
    public static IReadOnlyList<IReportSectionBuilder> Builders { get; } =
    [
        new Core10Section(),
        new YpCoreSection(),
        new DialogSection(),
        new Pam13Section(),
        new FftSection(),
        new ServiceMeasuresSection(),
        new FunnelSection(),
        new IndexSection(),
    ];

    /// <summary>Builds the report from a folder.</summary>
    /// <exception cref="InvalidDataException">report.json is there but not valid.</exception>
    public static HtmlReport Build(string folder)
    {
        var inputs = new ReportFolder(folder, ReportSettings.Load(folder));
        var sections = new List<ReportSection>();
        foreach (IReportSectionBuilder builder in Builders)
        {
            sections.Add(BuildOne(builder, inputs));
        }

        sections.Add(AboutSection.Build(inputs, Builders));
        return new HtmlReport(inputs.Settings.Title, sections)
        {
            Subtitle = inputs.Settings.Subtitle,
            Footer = $"Made with the outcome-scoring report command (OutcomeScoring {typeof(Instrument).Assembly.GetName().Version?.ToString(3)}). Figures are computed from the files named in \"About this report\"; nothing else is read, and the same files always give the same report.",
        };
    }

    private static ReportSection BuildOne(IReportSectionBuilder builder, ReportFolder inputs)
    {
        try
        {
            return builder.Build(inputs);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException or UnauthorizedAccessException or CalibrationException or IndexSpecificationException or JsonException or FormatException)
        {
            return ReportSection.Unusable(builder.Id, builder.Title, $"This section could not be built from {string.Join(", ", builder.Files)}: {ex.Message}");
        }
    }
}
