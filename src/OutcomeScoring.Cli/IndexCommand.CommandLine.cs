using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli;

/// <summary><c>index</c>: its arguments, options and usage rules, and the names of normalisations and aggregations.</summary>
internal static partial class IndexCommand
{
    /// <summary>The seed of the random sources when <c>--seed</c> is not given (the library asks for one).</summary>
    private const int DefaultSeed = 1;

    /// <summary>The normalisations by their names (as in index specifications).</summary>
    private static readonly OptionValues<NormalisationMethod> Normalisations = new(
        ("goalposts", NormalisationMethod.Goalposts),
        ("min-max", NormalisationMethod.MinMax),
        ("z-score", NormalisationMethod.ZScore),
        ("percentile-rank", NormalisationMethod.PercentileRank),
        ("distance-to-target", NormalisationMethod.DistanceToTarget));

    /// <summary>The aggregations without a parameter by their names (as in index specifications); <c>power:&lt;p&gt;</c> takes one.</summary>
    private static readonly OptionValues<Aggregation> Aggregations = new(
        ("arithmetic", Aggregation.Arithmetic), ("geometric", Aggregation.Geometric), ("harmonic", Aggregation.Harmonic));

    private const string PowerPrefix = "power:";

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var parts = new Parts();
        var command = new Command("index", "A composite (integration) index per unit with sampling intervals for index and rank and each unit's coverage; optionally the per-component breakdown, method uncertainty, leave-one-out, variance-based sensitivity or pillar correlations." + Usage.Needs("--spec <file.json> (or 'default', 'integration-1.0', 'integration-2.0') and components.csv with unit, component and value columns"))
        {
            parts.Components, parts.Spec, parts.Seed, parts.Draws, parts.Details, parts.MethodUncertainty, parts.Runs, parts.Noise, parts.Normalisations, parts.Aggregations, parts.LeaveOneOut,
            parts.Sensitivity, parts.Samples, parts.Thresholds, parts.Correlations, parts.Winsorise, parts.RankIncomplete, parts.Output, parts.Delimiter, parts.ExcelSafe,
        };
        command.Validators.Add(result =>
        {
            ValidateTables(result, parts);
            ValidateValues(result, parts);
        });
        command.SetAction(parse => Run(parse, parts, output, error));
        return command;
    }

    /// <summary>The command-line name of a normalisation method.</summary>
    public static string Name(NormalisationMethod method) => Normalisations.NameOf(method);

    /// <summary>The arguments and options of <c>index</c>, in the order help lists them.</summary>
    private sealed class Parts
    {
        public Argument<FileInfo> Components { get; } = new("components.csv") { Description = "CSV with a header; one row per unit x component: unit,component,value, optional n, se and period." };

        public Option<string> Spec { get; } = new("--spec")
        {
            Description = $"The index specification as JSON (see docs/integration-index.md), 'default' for the built-in default profile ({IntegrationProfiles.Default.Version}), or a profile by name: {string.Join(", ", IntegrationProfiles.Names)}.",
            Required = true,
        };

        public Option<int?> Seed { get; } = new("--seed") { Description = $"Seed of the random source for the sampling bootstrap and method runs (default {DefaultSeed}): the same seed gives the same numbers." };

        public Option<int?> Draws { get; } = new("--draws") { Description = $"Bootstrap draws for the sampling intervals, {SamplingOptions.MinimumDraws} to {SamplingOptions.MaximumDraws} (default {SamplingOptions.DefaultDraws})." };

        public Option<bool> Details { get; } = new("--details") { Description = "Write one row per unit x component (value, normalised, weight, contribution) instead of the summary." };

        public Option<bool> MethodUncertainty { get; } = new("--method-uncertainty") { Description = "Write each unit's rank stability over Monte Carlo runs (weights, normalisation, aggregation) instead of the summary." };

        public Option<bool> Sensitivity { get; } = new("--sensitivity") { Description = "Write each unit's first-order and total-effect sensitivity indices of its rank to each choice that varies (weights, normalisation, aggregation, availability threshold) instead of the summary." };

        public Option<int?> Samples { get; } = new("--samples") { Description = $"With --sensitivity: N, the rows of each base matrix, {SensitivityOptions.MinimumBaseSamples} to {SensitivityOptions.MaximumBaseSamples} (default {SensitivityOptions.DefaultBaseSamples}); the index is computed N x (choices + 2) times." };

        public Option<string?> Thresholds { get; } = new("--thresholds") { Description = "With --sensitivity: minimum weight shares to draw the availability threshold from, comma separated, two or more, each above 0 and at most 1 (default: the specification's, not varied)." };

        public Option<bool> Correlations { get; } = new("--correlations") { Description = "Write the Pearson correlations of the components within each pillar and each pillar's Cronbach's alpha instead of the summary." };

        public Option<double?> Winsorise { get; } = new("--winsorise") { Description = "Winsorise each component's raw values to the given share's quantiles at each end before normalising (0.05: the 5th and 95th percentiles); recorded in the closing note." };

        public Option<bool> RankIncomplete { get; } = new("--rank-incomplete") { Description = "Rank units without every component in their own list, apart from complete units (the specification's rule otherwise)." };

        public Option<int?> Runs { get; } = new("--runs") { Description = $"With --method-uncertainty: runs, {MethodUncertaintyOptions.MinimumRuns} to {MethodUncertaintyOptions.MaximumRuns} (default {MethodUncertaintyOptions.DefaultRuns})." };

        public Option<double?> Noise { get; } = new("--noise")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"With --method-uncertainty or --sensitivity: weight noise factor, 0 to below 1 (default {MethodUncertaintyOptions.DefaultNoiseFactor}: each weight varies by up to {MethodUncertaintyOptions.DefaultNoiseFactor * 100}% either way)."),
        };

        public Option<string?> Normalisations { get; } = new("--normalisations") { Description = $"With --method-uncertainty or --sensitivity: normalisations to draw from, comma separated: {string.Join(", ", IndexCommand.Normalisations.Names)} (default: each component's own)." };

        public Option<string?> Aggregations { get; } = new("--aggregations") { Description = $"With --method-uncertainty or --sensitivity: aggregations to draw from, comma separated: {string.Join(", ", IndexCommand.Aggregations.Names)}, {PowerPrefix}<p> (default: the specification's)." };

        public Option<bool> LeaveOneOut { get; } = new("--leave-one-out") { Description = "Write each component's mean absolute rank shift when it is left out, instead of the summary." };

        public Option<FileInfo?> Output { get; } = CommandFiles.OutputOption("the table");

        public Option<char> Delimiter { get; } = CommandFiles.DelimiterOption();

        public Option<bool> ExcelSafe { get; } = CommandFiles.ExcelSafeOption();
    }

    /// <summary>At most one table, and no option that does nothing with the table asked for.</summary>
    private static void ValidateTables(CommandResult result, Parts parts)
    {
        (Option<bool> Option, string Name)[] tables = [(parts.Details, "--details"), (parts.MethodUncertainty, "--method-uncertainty"), (parts.LeaveOneOut, "--leave-one-out"), (parts.Sensitivity, "--sensitivity"), (parts.Correlations, "--correlations")];
        string[] asked = [.. tables.Where(t => result.GetValue(t.Option)).Select(t => t.Name)];
        if (asked.Length > 1)
        {
            result.AddError("Give at most one of --details, --method-uncertainty, --leave-one-out, --sensitivity and --correlations (each writes its own table).");
        }

        bool method = result.GetValue(parts.MethodUncertainty), sensitivity = result.GetValue(parts.Sensitivity);
        string table = asked.Length == 0 ? "the summary" : asked[0];
        if (result.GetResult(parts.Draws) is { Implicit: false } && asked.Length > 0)
        {
            result.AddError($"--draws sets the sampling bootstrap of the summary table; it does nothing with {table}.");
        }

        if (result.GetResult(parts.Seed) is { Implicit: false } && asked.Length > 0 && !method && !sensitivity)
        {
            result.AddError($"--seed does nothing with {table}, which uses no random numbers.");
        }

        if (result.GetResult(parts.Runs) is { Implicit: false } && !method)
        {
            result.AddError($"{parts.Runs.Name} applies only with --method-uncertainty.");
        }

        foreach (Option option in new Option[] { parts.Samples, parts.Thresholds })
        {
            if (result.GetResult(option) is { Implicit: false } && !sensitivity)
            {
                result.AddError($"{option.Name} applies only with --sensitivity.");
            }
        }

        foreach (Option option in new Option[] { parts.Noise, parts.Normalisations, parts.Aggregations })
        {
            if (result.GetResult(option) is { Implicit: false } && !method && !sensitivity)
            {
                result.AddError($"{option.Name} applies only with --method-uncertainty or --sensitivity.");
            }
        }
    }

    /// <summary>Counts and the noise factor within the library's ranges, and lists of known names.</summary>
    private static void ValidateValues(CommandResult result, Parts parts)
    {
        if (result.GetValue(parts.Draws) is { } draws && (draws < SamplingOptions.MinimumDraws || draws > SamplingOptions.MaximumDraws))
        {
            result.AddError($"--draws must be between {SamplingOptions.MinimumDraws} and {SamplingOptions.MaximumDraws}; got {draws}.");
        }

        if (result.GetValue(parts.Runs) is { } runs && (runs < MethodUncertaintyOptions.MinimumRuns || runs > MethodUncertaintyOptions.MaximumRuns))
        {
            result.AddError($"--runs must be between {MethodUncertaintyOptions.MinimumRuns} and {MethodUncertaintyOptions.MaximumRuns}; got {runs}.");
        }

        if (result.GetValue(parts.Noise) is { } noise && !(noise >= 0 && noise < 1))
        {
            result.AddError($"--noise must be at least 0 and below 1; got {noise.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (result.GetValue(parts.Normalisations) is { } normalisations && !TryParseList<NormalisationMethod>(normalisations, Normalisations.TryGet, out _, out string? badNormalisation))
        {
            result.AddError($"--normalisations: '{badNormalisation}' is not one of {string.Join(", ", Normalisations.Names)}.");
        }

        if (result.GetValue(parts.Samples) is { } samples && (samples < SensitivityOptions.MinimumBaseSamples || samples > SensitivityOptions.MaximumBaseSamples))
        {
            result.AddError($"--samples must be between {SensitivityOptions.MinimumBaseSamples} and {SensitivityOptions.MaximumBaseSamples}; got {samples}.");
        }

        if (result.GetValue(parts.Thresholds) is { } thresholds && !TryParseList<double>(thresholds, TryParseShare, out _, out string? badShare))
        {
            result.AddError($"--thresholds: '{badShare}' is not a number above 0 and at most 1.");
        }

        if (result.GetValue(parts.Winsorise) is { } share && !(share > 0 && share < 0.5))
        {
            result.AddError($"--winsorise must be above 0 and below 0.5; got {share.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (result.GetValue(parts.Aggregations) is { } aggregations && !TryParseList<Aggregation>(aggregations, TryParseAggregation, out _, out string? badAggregation))
        {
            result.AddError($"--aggregations: '{badAggregation}' is not one of {string.Join(", ", Aggregations.Names)}, {PowerPrefix}<p> (p a number other than 0).");
        }
    }

    private delegate bool TryParse<T>(string name, out T value);

    /// <summary>Reads a list separated by commas or spaces; the first name not known is <paramref name="bad"/>.</summary>
    private static bool TryParseList<T>(string text, TryParse<T> parse, out ImmutableArray<T> values, out string? bad)
    {
        ImmutableArray<T>.Builder list = ImmutableArray.CreateBuilder<T>();
        bad = null;
        foreach (string name in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!parse(name, out T value))
            {
                bad = name;
                break;
            }

            list.Add(value);
        }

        values = list.ToImmutable();
        return bad is null;
    }

    private static bool TryParseShare(string text, out double share) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out share) && share > 0 && share <= 1;

    private static bool TryParseAggregation(string name, out Aggregation aggregation)
    {
        if (name.StartsWith(PowerPrefix, StringComparison.Ordinal)
            && double.TryParse(name.AsSpan(PowerPrefix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out double p)
            && double.IsFinite(p) && p != 0)
        {
            aggregation = Aggregation.Power(p);
            return true;
        }

        return Aggregations.TryGet(name, out aggregation);
    }

    private static int Run(ParseResult parse, Parts parts, TextWriter output, TextWriter error)
    {
        string specValue = parse.GetValue(parts.Spec)!;
        if (!TryLoadSpecification(specValue, error, out IndexSpecification? spec) || !TryAdjust(parse, parts, error, ref spec))
        {
            return CliApp.UnusableInput;
        }

        int seed = parse.GetValue(parts.Seed) ?? DefaultSeed;
        IndexTable table = parse.GetValue(parts.Details) ? IndexTable.Details
            : parse.GetValue(parts.MethodUncertainty) ? IndexTable.MethodUncertainty
            : parse.GetValue(parts.LeaveOneOut) ? IndexTable.LeaveOneOut
            : parse.GetValue(parts.Sensitivity) ? IndexTable.Sensitivity
            : parse.GetValue(parts.Correlations) ? IndexTable.Correlations
            : IndexTable.Summary;
        var sampling = new SamplingOptions { Seed = seed, Draws = parse.GetValue(parts.Draws) ?? SamplingOptions.DefaultDraws };

        // The lists were checked by the validator.
        _ = TryParseList(parse.GetValue(parts.Normalisations) ?? "", Normalisations.TryGet, out ImmutableArray<NormalisationMethod> normalisations, out _);
        _ = TryParseList(parse.GetValue(parts.Aggregations) ?? "", TryParseAggregation, out ImmutableArray<Aggregation> aggregations, out _);
        _ = TryParseList(parse.GetValue(parts.Thresholds) ?? "", TryParseShare, out ImmutableArray<double> shares, out _);
        MethodUncertaintyOptions? method = table != IndexTable.MethodUncertainty ? null : new MethodUncertaintyOptions
        {
            Seed = seed,
            Runs = parse.GetValue(parts.Runs) ?? MethodUncertaintyOptions.DefaultRuns,
            NoiseFactor = parse.GetValue(parts.Noise) ?? MethodUncertaintyOptions.DefaultNoiseFactor,
            Normalisations = normalisations,
            Aggregations = aggregations,
        };
        SensitivityOptions? sensitivity = table != IndexTable.Sensitivity ? null : new SensitivityOptions
        {
            Seed = seed,
            BaseSamples = parse.GetValue(parts.Samples) ?? SensitivityOptions.DefaultBaseSamples,
            NoiseFactor = parse.GetValue(parts.Noise) ?? MethodUncertaintyOptions.DefaultNoiseFactor,
            Normalisations = normalisations,
            Aggregations = aggregations,
            WeightShares = shares,
        };

        return CommandFiles.WithFiles(
            parse.GetValue(parts.Components)!,
            parse.GetValue(parts.Output),
            CommandFiles.Destination(output, parse.GetValue(parts.ExcelSafe)),
            error,
            (reader, writer) => Run(reader, writer, error, spec, table, sampling, method, sensitivity),
            CommandFiles.Reading(parse.GetValue(parts.Delimiter)),
            IsProfileName(specValue) ? [] : [new FileInfo(specValue)]);
    }

    /// <summary>Applies --winsorise and --rank-incomplete to the specification; an option that would change nothing is an error.</summary>
    private static bool TryAdjust(ParseResult parse, Parts parts, TextWriter error, ref IndexSpecification spec)
    {
        if (parse.GetValue(parts.Winsorise) is { } share)
        {
            spec = spec with { Winsorising = new Winsorising(share) };
        }

        if (parse.GetValue(parts.RankIncomplete))
        {
            if (spec.Availability.IncompleteUnits == IncompleteRanking.RankedSeparately)
            {
                error.WriteLine($"error: --rank-incomplete does nothing: the specification '{spec.Name}' already ranks incomplete units separately.");
                return false;
            }

            spec = spec with { Availability = spec.Availability with { IncompleteUnits = IncompleteRanking.RankedSeparately } };
        }

        return true;
    }

    private static bool IsProfileName(string value) => value == "default" || IntegrationProfiles.Find(value) is not null;

    /// <summary>The default profile, a profile by name, or a specification read from JSON; a missing or invalid file is an unusable input.</summary>
    private static bool TryLoadSpecification(string value, TextWriter error, [NotNullWhen(true)] out IndexSpecification? spec)
    {
        if ((value == "default" ? IntegrationProfiles.Default : IntegrationProfiles.Find(value)) is { } profile)
        {
            spec = profile;
            return true;
        }

        return CommandFiles.TryRead<IndexSpecification, IndexSpecificationException>(new FileInfo(value), "specification", IndexSpecification.Load, error, out spec);
    }
}
