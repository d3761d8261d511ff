using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// The optional <c>report.json</c> in a report folder: the title, and what the CSV files alone cannot say
/// (which way is better for each monthly measure, targets, the funnel's columns). Every setting has a default,
/// and the report lists the settings it used. Names are case-insensitive; comments and trailing commas are allowed.
/// </summary>
internal sealed class ReportSettings
{
    /// <summary>The settings file's name in the folder.</summary>
    public const string FileName = "report.json";

    /// <summary>Gets the report title.</summary>
    public string Title { get; init; } = "Service outcomes report";

    /// <summary>Gets the line under the title (for example the period covered), or none.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Gets the settings of each monthly measure in spc-series.csv, by column; columns not listed are charted with no improvement direction.</summary>
    public IReadOnlyList<SpcSeriesSettings> Spc { get; init; } = [];

    /// <summary>Gets the settings of funnel-units.csv.</summary>
    public FunnelFileSettings Funnel { get; init; } = new();

    /// <summary>Gets the settings of the FFT section.</summary>
    public FftSettings Fft { get; init; } = new();

    /// <summary>Gets the settings of the integration index section: the seed and how many draws and runs.</summary>
    public IndexReportSettings Index { get; init; } = new();

    /// <summary>Gets whether the settings came from a file (rather than all defaults).</summary>
    [JsonIgnore]
    public bool FromFile { get; private set; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads <c>report.json</c> from the folder, or gives the defaults when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON or has a setting that is not known or not allowed; the message says which.</exception>
    public static ReportSettings Load(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return new ReportSettings();
        }

        ReportSettings settings;
        try
        {
            settings = JsonSerializer.Deserialize<ReportSettings>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{FileName} is empty (null); give an object such as {{ \"title\": \"...\" }}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{FileName} is not valid: {ex.Message}", ex);
        }

        settings.Validate();
        settings.FromFile = true;
        return settings;
    }

    private void Validate()
    {
        foreach (SpcSeriesSettings series in Spc)
        {
            if (string.IsNullOrWhiteSpace(series.Column))
            {
                throw new InvalidDataException($"{FileName}: every entry of \"spc\" needs a \"column\" (a column of spc-series.csv).");
            }

            if (series.Improvement is not ("increase" or "decrease" or "neutral"))
            {
                throw new InvalidDataException($"{FileName}: spc column '{series.Column}' has improvement '{series.Improvement}'; it must be increase, decrease or neutral.");
            }

            if (series.Target is { } target && !double.IsFinite(target))
            {
                throw new InvalidDataException($"{FileName}: spc column '{series.Column}' has a target that is not a number.");
            }
        }

        if (Funnel.Overdispersion is not ("none" or "multiplicative" or "additive"))
        {
            throw new InvalidDataException($"{FileName}: funnel overdispersion is '{Funnel.Overdispersion}'; it must be none, multiplicative or additive.");
        }

        if (Funnel.Method is not ("normal" or "exact" or "arcsine"))
        {
            throw new InvalidDataException($"{FileName}: funnel method is '{Funnel.Method}'; it must be normal, exact or arcsine.");
        }

        if (Fft.Question is not ("2020" or "2013"))
        {
            throw new InvalidDataException($"{FileName}: fft question is '{Fft.Question}'; it must be 2020 or 2013.");
        }

        if (Fft.Target is { } fftTarget && !(fftTarget > 0 && fftTarget < 1))
        {
            throw new InvalidDataException($"{FileName}: fft target is {fftTarget}; it must be a proportion between 0 and 1 (for example 0.9).");
        }

        if (Index.Draws is < IndexReportSettings.Fewest or > IndexReportSettings.Most)
        {
            throw new InvalidDataException($"{FileName}: index draws is {Index.Draws}; it must be a whole number from {IndexReportSettings.Fewest} to {IndexReportSettings.Most}.");
        }

        if (Index.Runs is < IndexReportSettings.Fewest or > IndexReportSettings.Most)
        {
            throw new InvalidDataException($"{FileName}: index runs is {Index.Runs}; it must be a whole number from {IndexReportSettings.Fewest} to {IndexReportSettings.Most}.");
        }
    }
}

/// <summary>One monthly measure of spc-series.csv.</summary>
internal sealed class SpcSeriesSettings
{
    /// <summary>Gets the column of spc-series.csv.</summary>
    public string Column { get; init; } = "";

    /// <summary>Gets the measure's name on the chart, or the column name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets which way is better: increase, decrease or neutral (the default).</summary>
    public string Improvement { get; init; } = "neutral";

    /// <summary>Gets the target, or none.</summary>
    public double? Target { get; init; }

    /// <summary>Gets how values are written: a .NET numeric format such as "0.0" or "0.0%" (default "0.##").</summary>
    public string Format { get; init; } = "0.##";

    /// <summary>Gets the months (as in the month column) where new limits start, after a change to the process; none by default.</summary>
    public IReadOnlyList<string> Rebase { get; init; } = [];
}

/// <summary>The columns and method of funnel-units.csv.</summary>
internal sealed class FunnelFileSettings
{
    /// <summary>Gets the column naming each unit (default "unit").</summary>
    public string Unit { get; init; } = "unit";

    /// <summary>Gets the numerator column (default "numerator").</summary>
    public string Numerator { get; init; } = "numerator";

    /// <summary>Gets the denominator column (default "denominator").</summary>
    public string Denominator { get; init; } = "denominator";

    /// <summary>Gets what the proportion is, for the chart and table.</summary>
    public string Name { get; init; } = "Proportion";

    /// <summary>Gets the target proportion, or none for the pooled one.</summary>
    public double? Target { get; init; }

    /// <summary>Gets the over-dispersion adjustment: none (default), multiplicative or additive.</summary>
    public string Overdispersion { get; init; } = "none";

    /// <summary>Gets the limits: normal (default), exact or arcsine.</summary>
    public string Method { get; init; } = "normal";
}

/// <summary>Settings of the FFT section.</summary>
internal sealed class FftSettings
{
    /// <summary>Gets which question the answers are to: 2020 (default) or 2013.</summary>
    public string Question { get; init; } = "2020";

    /// <summary>Gets a target share positive for the monthly chart (0-1), or none.</summary>
    public double? Target { get; init; }
}

/// <summary>Settings of the integration index section: the random seed, the sampling bootstrap's draws and the method Monte Carlo's runs.</summary>
internal sealed class IndexReportSettings
{
    /// <summary>The fewest draws or runs allowed (as the library).</summary>
    public const int Fewest = 100;

    /// <summary>The most draws or runs allowed (as the library).</summary>
    public const int Most = 1_000_000;

    /// <summary>Gets the seed of both random sources (default 1): the same files and seed give the same intervals.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets how many bootstrap draws give the sampling intervals (default 1000).</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>Gets how many Monte Carlo runs give the method intervals (default 1000).</summary>
    public int Runs { get; init; } = 1000;
}
