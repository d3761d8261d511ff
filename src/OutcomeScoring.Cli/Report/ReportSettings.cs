using System.Text.Json;
using System.Text.Json.Serialization;
using OutcomeScoring.Comparison;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.IntegrationIndex;

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
    /// <exception cref="InvalidDataException">The file is not UTF-8, not valid JSON, or has a setting that is not known or not allowed; the message says which.</exception>
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
            string json;
            using (StreamReader reader = CommandFiles.OpenText(path))
            {
                // Bytes that are not UTF-8 stop here (InvalidDataException, with the line and byte offset), not as U+FFFD in a title.
                json = reader.ReadToEnd();
            }

            settings = JsonSerializer.Deserialize<ReportSettings>(json, Options)
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

            if (!SpcCommand.Directions.TryGet(series.Improvement, out _))
            {
                throw new InvalidDataException($"{FileName}: spc column '{series.Column}' has improvement '{series.Improvement}'; it must be {Usage.OneOf(SpcCommand.Directions.Names)}.");
            }

            if (series.Target is { } target && !double.IsFinite(target))
            {
                throw new InvalidDataException($"{FileName}: spc column '{series.Column}' has a target that is not a number.");
            }
        }

        if (Funnel.Overdispersion != FunnelFileSettings.Auto && !FunnelCommand.Adjustments.TryGet(Funnel.Overdispersion, out _))
        {
            throw new InvalidDataException($"{FileName}: funnel overdispersion is '{Funnel.Overdispersion}'; it must be {Usage.OneOf([FunnelFileSettings.Auto, .. FunnelCommand.Adjustments.Names])}.");
        }

        if (!FunnelCommand.Methods.TryGet(Funnel.Method, out _))
        {
            throw new InvalidDataException($"{FileName}: funnel method is '{Funnel.Method}'; it must be {Usage.OneOf(FunnelCommand.Methods.Names)}.");
        }

        if (!FftSummarizeCommand.Questions.TryGet(Fft.Question, out _))
        {
            throw new InvalidDataException($"{FileName}: fft question is '{Fft.Question}'; it must be {Usage.OneOf(FftSummarizeCommand.Questions.Names)}.");
        }

        if (Fft.Target is { } fftTarget && !(fftTarget > 0 && fftTarget < 1))
        {
            throw new InvalidDataException($"{FileName}: fft target is {fftTarget}; it must be a proportion between 0 and 1 (for example 0.9).");
        }

        if (Index.Draws is < SamplingOptions.MinimumDraws or > SamplingOptions.MaximumDraws)
        {
            throw new InvalidDataException($"{FileName}: index draws is {Index.Draws}; it must be a whole number from {SamplingOptions.MinimumDraws} to {SamplingOptions.MaximumDraws}.");
        }

        if (Index.Runs is < MethodUncertaintyOptions.MinimumRuns or > MethodUncertaintyOptions.MaximumRuns)
        {
            throw new InvalidDataException($"{FileName}: index runs is {Index.Runs}; it must be a whole number from {MethodUncertaintyOptions.MinimumRuns} to {MethodUncertaintyOptions.MaximumRuns}.");
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

    /// <summary>Gets which way is better: increase, decrease or neutral (the default: the library's <see cref="XmrOptions.Default"/> direction).</summary>
    public string Improvement { get; init; } = SpcCommand.Directions.NameOf(XmrOptions.Default.Direction);

    /// <summary>Gets the direction <see cref="Improvement"/> names (checked when the settings are loaded).</summary>
    [JsonIgnore]
    public ImprovementDirection Direction => SpcCommand.Directions[Improvement];

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

    /// <summary>The <see cref="Overdispersion"/> setting that adjusts only when phi is well above 1 (the report's default).</summary>
    public const string Auto = "auto";

    /// <summary>
    /// Gets the over-dispersion adjustment: auto (the report's default: additive when phi is well above 1, by Spiegelhalter's
    /// chi-squared test, else none), none, multiplicative or additive.
    /// </summary>
    public string Overdispersion { get; init; } = Auto;

    /// <summary>Gets the limits: normal (default, the library's for proportions), exact or arcsine.</summary>
    public string Method { get; init; } = FunnelCommand.Methods.NameOf(FunnelOptions.DefaultProportionMethod);

    /// <summary>Gets the library's method <see cref="Method"/> names (checked when the settings are loaded).</summary>
    [JsonIgnore]
    public FunnelMethod LimitsMethod => FunnelCommand.Methods[Method];

    /// <summary>Gets the library's adjustment <see cref="Overdispersion"/> names, or <see langword="null"/> for auto (checked when the settings are loaded).</summary>
    [JsonIgnore]
    public OverdispersionAdjustment? Adjustment => Overdispersion == Auto ? null : FunnelCommand.Adjustments[Overdispersion];
}

/// <summary>Settings of the FFT section.</summary>
internal sealed class FftSettings
{
    /// <summary>Gets which question the answers are to: 2020 (default, the library's) or 2013.</summary>
    public string Question { get; init; } = FftSummarizeCommand.Questions.NameOf(FftSummarizeCommand.DefaultQuestion);

    /// <summary>Gets the question <see cref="Question"/> names (checked when the settings are loaded).</summary>
    [JsonIgnore]
    public FftQuestion Asked => FftSummarizeCommand.Questions[Question];

    /// <summary>Gets a target share positive for the monthly chart (0-1), or none.</summary>
    public double? Target { get; init; }
}

/// <summary>Settings of the integration index section: the random seed, the sampling bootstrap's draws and the method Monte Carlo's runs.</summary>
internal sealed class IndexReportSettings
{
    /// <summary>
    /// The default seed. The library has none (a seed is the caller's to choose); this is the report's choice, the same as the
    /// index command's <c>--seed</c> default, so that the two give the same intervals for the same values.
    /// </summary>
    public const int DefaultSeed = 1;

    /// <summary>Gets the seed of both random sources (default <see cref="DefaultSeed"/>): the same files and seed give the same intervals.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Gets how many bootstrap draws give the sampling intervals (default the library's, <see cref="SamplingOptions.DefaultDraws"/>).</summary>
    public int Draws { get; init; } = SamplingOptions.DefaultDraws;

    /// <summary>Gets how many Monte Carlo runs give the method intervals (default the library's, <see cref="MethodUncertaintyOptions.DefaultRuns"/>).</summary>
    public int Runs { get; init; } = MethodUncertaintyOptions.DefaultRuns;
}
