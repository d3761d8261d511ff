using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

using OutcomeScoring.Internal;
using static OutcomeScoring.Internal.JsonFields;
using static OutcomeScoring.Internal.JsonProblems;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Reads and writes <see cref="IndexSpecification"/> as JSON with System.Text.Json's document model (no reflection, so it stays
/// trimming- and AOT-safe). Text is written unescaped (apostrophes, '+', '&amp;' as they are) so that the file reads well; it is a
/// file, never embedded in HTML. Unknown properties are errors, so that a misspelt setting is never silently ignored. Reading
/// reports every problem at once, each with its JSON path (issue 14): what could not be read, then the specification's rules
/// (<see cref="IndexSpecification.Validate"/>) on whatever could.
/// </summary>
internal sealed class IndexSpecificationJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] RootFields = ["name", "version", "description", "components", "domains", "aggregation", "domainAggregation", "availability", "winsorising"];
    private static readonly string[] ComponentFields = ["code", "name", "domain", "direction", "weight", "normalisation", "minimumCount", "description", "measures", "perspective"];
    private static readonly string[] DomainFields = ["code", "name", "weight", "perspective"];
    private static readonly string[] AvailabilityFields = ["minimumWeightShare", "minimumComponents", "requiredDomains", "incompleteUnits"];

    /// <summary>The JSON names of the care aspects, in flag order.</summary>
    private static readonly (string Name, CareAspects Aspect)[] AspectNames =
        [("joined-up", CareAspects.JoinedUp), ("personalised", CareAspects.Personalised), ("anticipatory", CareAspects.Anticipatory), ("outcome", CareAspects.Outcome), ("service-experience", CareAspects.ServiceExperience)];

    /// <summary>The JSON names of the perspectives.</summary>
    private static readonly (string Name, Perspective View)[] PerspectiveNames =
        [("patient", Perspective.Patient), ("carer", Perspective.Carer), ("social-care-user", Perspective.SocialCareUser), ("public", Perspective.Public)];

    /// <summary>The JSON names of the incomplete-unit ranking rules.</summary>
    /// <summary>The JSON names of the normalisation methods, for reading.</summary>
    private static readonly (string Name, NormalisationMethod Method)[] NormalisationNames =
        [("goalposts", NormalisationMethod.Goalposts), ("min-max", NormalisationMethod.MinMax), ("z-score", NormalisationMethod.ZScore), ("percentile-rank", NormalisationMethod.PercentileRank), ("distance-to-target", NormalisationMethod.DistanceToTarget)];

    /// <summary>The JSON names of the aggregation methods, for reading.</summary>
    private static readonly (string Name, AggregationMethod Method)[] AggregationNames =
        [("arithmetic", AggregationMethod.Arithmetic), ("geometric", AggregationMethod.Geometric), ("harmonic", AggregationMethod.Harmonic), ("power", AggregationMethod.Power)];

    private static readonly (string Name, IncompleteRanking Rule)[] RankingNames =
        [("ranked-with-complete", IncompleteRanking.RankedWithComplete), ("ranked-separately", IncompleteRanking.RankedSeparately), ("not-ranked", IncompleteRanking.NotRanked)];

    private readonly JsonProblems _problems;

    private IndexSpecificationJson(JsonProblems problems) => _problems = problems;

    /// <summary>The JSON name of a perspective.</summary>
    internal static string PerspectiveName(Perspective view) => PerspectiveNames.First(p => p.View == view).Name;

    /// <summary>The JSON names of the aspects in a set of tags, in flag order.</summary>
    internal static IEnumerable<string> AspectNamesOf(CareAspects aspects) => AspectNames.Where(a => aspects.HasFlag(a.Aspect)).Select(a => a.Name);

    /// <summary>The JSON name of an incomplete-unit ranking rule.</summary>
    internal static string RankingName(IncompleteRanking rule) => RankingNames.First(r => r.Rule == rule).Name;

    /// <summary>The JSON name of a normalisation method.</summary>
    internal static string MethodName(NormalisationMethod method) => NormalisationNames.First(n => n.Method == method).Name;

    /// <summary>The JSON name of an aggregation method.</summary>
    internal static string MethodName(AggregationMethod method) => AggregationNames.First(n => n.Method == method).Name;

    public static IndexSpecification Read(string json) => Parse(() => JsonDocument.Parse(json, DocumentOptions));

    public static IndexSpecification Read(Stream utf8Json) => Parse(() => JsonDocument.Parse(ReadUtf8(utf8Json, "Index specification JSON"), DocumentOptions));

    public static void Write(IndexSpecification spec, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("name", spec.Name);
        writer.WriteString("version", spec.Version);
        if (spec.Description is not null)
        {
            writer.WriteString("description", spec.Description);
        }

        writer.WriteStartArray("components");
        foreach (IndexComponent component in spec.Components)
        {
            writer.WriteStartObject();
            writer.WriteString("code", component.Code);
            writer.WriteString("name", component.Name);
            if (component.Domain is not null)
            {
                writer.WriteString("domain", component.Domain);
            }

            writer.WriteNumber("direction", (int)component.Direction);
            writer.WriteNumber("weight", component.Weight);
            writer.WriteStartObject("normalisation");
            writer.WriteString("method", MethodName(component.Normalisation.Method));
            if (component.Normalisation.Method == NormalisationMethod.Goalposts)
            {
                writer.WriteNumber("lower", component.Normalisation.Lower!.Value);
                writer.WriteNumber("upper", component.Normalisation.Upper!.Value);
            }
            else if (component.Normalisation.Method == NormalisationMethod.DistanceToTarget)
            {
                writer.WriteNumber("target", component.Normalisation.Target!.Value);
            }

            writer.WriteEndObject();
            if (component.MinimumCount is { } minimum)
            {
                writer.WriteNumber("minimumCount", minimum);
            }

            if (component.Description is not null)
            {
                writer.WriteString("description", component.Description);
            }

            WriteTags(writer, component.Measures, component.Perspective);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (spec.HasDomains)
        {
            writer.WriteStartArray("domains");
            foreach (IndexDomain domain in spec.Domains)
            {
                writer.WriteStartObject();
                writer.WriteString("code", domain.Code);
                writer.WriteString("name", domain.Name);
                writer.WriteNumber("weight", domain.Weight);
                WriteTags(writer, CareAspects.None, domain.Perspective);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteAggregation(writer, "aggregation", spec.Aggregation);
        if (spec.DomainAggregation is not null)
        {
            WriteAggregation(writer, "domainAggregation", spec.DomainAggregation);
        }

        writer.WriteStartObject("availability");
        writer.WriteNumber("minimumWeightShare", spec.Availability.MinimumWeightShare);
        writer.WriteNumber("minimumComponents", spec.Availability.MinimumComponents);
        if (!spec.Availability.RequiredDomains.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("requiredDomains");
            foreach (string code in spec.Availability.RequiredDomains)
            {
                writer.WriteStringValue(code);
            }

            writer.WriteEndArray();
        }

        if (spec.Availability.IncompleteUnits != IncompleteRanking.RankedWithComplete)
        {
            writer.WriteString("incompleteUnits", RankingName(spec.Availability.IncompleteUnits));
        }

        writer.WriteEndObject();
        if (spec.Winsorising is { } winsorising)
        {
            writer.WriteStartObject("winsorising");
            writer.WriteNumber("share", winsorising.Share);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteTags(Utf8JsonWriter writer, CareAspects measures, Perspective? perspective)
    {
        if (measures != CareAspects.None)
        {
            writer.WriteStartArray("measures");
            foreach (string name in AspectNamesOf(measures))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        if (perspective is { } view)
        {
            writer.WriteString("perspective", PerspectiveName(view));
        }
    }

    private static void WriteAggregation(Utf8JsonWriter writer, string name, Aggregation aggregation)
    {
        writer.WriteStartObject(name);
        writer.WriteString("method", MethodName(aggregation.Method));
        if (aggregation.Method == AggregationMethod.Power)
        {
            writer.WriteNumber("exponent", aggregation.Exponent);
        }

        writer.WriteEndObject();
    }

    private static IndexSpecification Parse(Func<JsonDocument> parse) =>
        JsonProblems.Load(
            parse,
            (problems, root) =>
            {
                IndexSpecification? spec = new IndexSpecificationJson(problems).ReadRoot(root);
                if (spec is not null)
                {
                    problems.AddRules(spec.ValidationProblems());
                }

                return spec;
            },
            ex => new IndexSpecificationException($"Index specification JSON is malformed: {ex.Message}", ex),
            message => new IndexSpecificationException(message),
            problems => new IndexSpecificationException(problems, withPaths: true));

    private IndexSpecification? ReadRoot(JsonElement root)
    {
        const string where = "Index specification";
        if (!_problems.Check(root.ValueKind == JsonValueKind.Object, "$", "Index specification JSON must be an object."))
        {
            return null;
        }

        _problems.Fields(root, RootFields, "$", where);
        var components = ImmutableArray.CreateBuilder<IndexComponent>();
        int position = 0;
        foreach (JsonElement item in _problems.Array(root, "components", "$", where)?.EnumerateArray() ?? default)
        {
            components.Add(Part(Path("$.components", position), () => ReadComponent(item, position++))!);
        }

        var domains = ImmutableArray.CreateBuilder<IndexDomain>();
        position = 0;
        foreach (JsonElement item in _problems.Array(root, "domains", "$", where, required: false)?.EnumerateArray() ?? default)
        {
            domains.Add(Part(Path("$.domains", position), () => ReadDomain(item, position++))!);
        }

        return new IndexSpecification
        {
            Name = _problems.Text(root, "name", "$", where)!,
            Version = _problems.Text(root, "version", "$", where)!,
            Description = _problems.Text(root, "description", "$", where, required: false),
            Components = components.ToImmutable(),
            Domains = domains.ToImmutable(),
            Aggregation = Present(root, "aggregation") ? Part("$.aggregation", () => ReadAggregation(root, "aggregation"))! : Aggregation.Arithmetic,
            DomainAggregation = Part("$.domainAggregation", () => ReadAggregation(root, "domainAggregation")),
            Availability = Present(root, "availability") ? Part("$.availability", () => ReadAvailability(root))! : DataAvailability.Default,
            Winsorising = Part("$.winsorising", () => ReadWinsorising(root)),
        };
    }

    /// <summary>
    /// Reads a part; if reading it found a problem, the part is left out (<see langword="null"/>), so that the rules checked on
    /// the whole specification do not report it again (<see cref="JsonProblems.AddRules"/>).
    /// </summary>
    private T? Part<T>(string at, Func<T?> read)
        where T : class
    {
        int before = _problems.Count;
        T? part = read();
        return _problems.All.Skip(before).Any(p => p.IsWithin(at)) ? null : part;
    }

    private IndexDomain? ReadDomain(JsonElement item, int position)
    {
        string path = Path("$.domains", position);
        string at = string.Create(CultureInfo.InvariantCulture, $"domains[{position}]");
        if (!_problems.Check(item.ValueKind == JsonValueKind.Object, path, $"{at} must be an object.") || _problems.Text(item, "code", path, at) is not { } code)
        {
            return null;
        }

        at = $"Domain '{code}'";
        _problems.Fields(item, DomainFields, path, at);
        return new IndexDomain(code, _problems.Text(item, "name", path, at)!)
        {
            Weight = _problems.Number(item, "weight", path, at, required: false) ?? 1,
            Perspective = _problems.Choice(item, "perspective", path, at, PerspectiveNames, required: false),
        };
    }

    private Winsorising? ReadWinsorising(JsonElement root)
    {
        if (_problems.Object(root, "winsorising", "$", "Index specification", required: false) is not { } element)
        {
            return null;
        }

        _problems.Fields(element, ["share"], "$.winsorising", "winsorising");
        return _problems.Number(element, "share", "$.winsorising", "winsorising") is { } share
            ? _problems.Build("$.winsorising.share", "winsorising", () => new Winsorising(share))
            : null;
    }

    private DataAvailability? ReadAvailability(JsonElement root)
    {
        const string at = "availability", path = "$.availability";
        if (_problems.Object(root, "availability", "$", "Index specification") is not { } element)
        {
            return null;
        }

        _problems.Fields(element, AvailabilityFields, path, at);
        var availability = DataAvailability.Default;
        if (_problems.Number(element, "minimumWeightShare", path, at, required: false) is { } share)
        {
            availability = availability with { MinimumWeightShare = share };
        }

        if (_problems.Integer(element, "minimumComponents", path, at, required: false) is { } count)
        {
            availability = availability with { MinimumComponents = count };
        }

        if (_problems.Array(element, "requiredDomains", path, at, required: false) is { } codes)
        {
            var required = ImmutableArray.CreateBuilder<string>();
            int k = 0;
            foreach (JsonElement code in codes.EnumerateArray())
            {
                if (_problems.Check(code.ValueKind == JsonValueKind.String, Path(Path(path, "requiredDomains"), k++), $"{at}: \"requiredDomains\" holds {Raw(code)}; it must list domain codes as strings."))
                {
                    required.Add(code.GetString()!);
                }
            }

            availability = availability with { RequiredDomains = required.ToImmutable() };
        }

        if (_problems.Choice(element, "incompleteUnits", path, at, RankingNames, required: false) is { } rule)
        {
            availability = availability with { IncompleteUnits = rule };
        }

        return availability;
    }

    private CareAspects ReadMeasures(JsonElement item, string path, string at)
    {
        CareAspects measures = CareAspects.None;
        int k = 0;
        foreach (JsonElement value in _problems.Array(item, "measures", path, at, required: false)?.EnumerateArray() ?? default)
        {
            string where = Path(Path(path, "measures"), k++);
            string? name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (AspectNames.FirstOrDefault(a => a.Name == name) is not { Name: not null } found)
            {
                _problems.Add(where, $"{at}: measures holds {Raw(value)}; each must be {string.Join(", ", AspectNames.Select(a => $"\"{a.Name}\""))}.");
            }
            else if (_problems.Check((measures & found.Aspect) == 0, where, $"{at}: measures lists \"{name}\" twice."))
            {
                measures |= found.Aspect;
            }
        }

        return measures;
    }

    private IndexComponent? ReadComponent(JsonElement item, int position)
    {
        string path = Path("$.components", position);
        string at = string.Create(CultureInfo.InvariantCulture, $"components[{position}]");
        if (!_problems.Check(item.ValueKind == JsonValueKind.Object, path, $"{at} must be an object.") || _problems.Text(item, "code", path, at) is not { } code)
        {
            return null;
        }

        at = $"Component '{code}'";
        _problems.Fields(item, ComponentFields, path, at);
        IndexDirection direction = default;
        if (!Present(item, "direction"))
        {
            _problems.Add(Path(path, "direction"), $"{at}: \"direction\" is missing; give 1 (higher is better) or -1 (lower is better) explicitly.");
        }
        else if (item.GetProperty("direction") is var given
            && _problems.Check(given.ValueKind == JsonValueKind.Number && given.TryGetInt32(out int sign) && sign is 1 or -1, Path(path, "direction"), $"{at}: \"direction\" is {Raw(given)}; it must be 1 (higher is better) or -1 (lower is better)."))
        {
            direction = (IndexDirection)given.GetInt32();
        }

        Normalisation? normalisation = _problems.Object(item, "normalisation", path, at) is { } element ? ReadNormalisation(element, Path(path, "normalisation"), at) : null;
        return new IndexComponent(code, _problems.Text(item, "name", path, at)!, direction, normalisation!)
        {
            Weight = _problems.Number(item, "weight", path, at, required: false) ?? 1,
            Domain = _problems.Text(item, "domain", path, at, required: false),
            MinimumCount = _problems.Long(item, "minimumCount", path, at, required: false),
            Description = _problems.Text(item, "description", path, at, required: false),
            Measures = ReadMeasures(item, path, at),
            Perspective = _problems.Choice(item, "perspective", path, at, PerspectiveNames, required: false),
        };
    }

    private Normalisation? ReadNormalisation(JsonElement element, string path, string component)
    {
        string at = $"{component}: normalisation";
        if (_problems.Choice(element, "method", path, at, NormalisationNames) is not { } method)
        {
            return null;
        }

        string[] allowed = method switch
        {
            NormalisationMethod.Goalposts => ["method", "lower", "upper"],
            NormalisationMethod.DistanceToTarget => ["method", "target"],
            _ => ["method"],
        };
        string takes = allowed.Length == 1 ? "no parameters" : string.Join(" and ", allowed.Skip(1).Select(a => $"\"{a}\""));
        int before = _problems.Count;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            _problems.Check(allowed.Contains(property.Name, StringComparer.Ordinal), Path(path, property.Name), $"{at}: \"{Shown(property.Name)}\" does nothing with method \"{MethodName(method)}\" (it takes {takes}); remove it.");
        }

        double?[] values = [.. allowed.Skip(1).Select(field => _problems.Number(element, field, path, at))];
        return _problems.Count != before ? null : _problems.Build(path, at, () => method switch
        {
            NormalisationMethod.Goalposts => Normalisation.Goalposts(values[0]!.Value, values[1]!.Value),
            NormalisationMethod.DistanceToTarget => Normalisation.DistanceToTarget(values[0]!.Value),
            _ => Normalisation.Of(method),
        });
    }

    private Aggregation? ReadAggregation(JsonElement root, string field)
    {
        string path = Path("$", field);
        if (_problems.Object(root, field, "$", "Index specification", required: false) is not { } element
            || _problems.Choice(element, "method", path, field, AggregationNames) is not { } method)
        {
            return null;
        }

        if (method == AggregationMethod.Power)
        {
            _problems.Fields(element, ["method", "exponent"], path, field);
            return _problems.Number(element, "exponent", path, field) is { } exponent ? _problems.Build(path, field, () => Aggregation.Power(exponent)) : null;
        }

        int before = _problems.Count;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            _problems.Check(property.Name == "method", Path(path, property.Name), $"{field}: \"{Shown(property.Name)}\" does nothing with method \"{MethodName(method)}\" (only \"power\" takes an \"exponent\"); remove it.");
        }

        return _problems.Count != before ? null : method switch
        {
            AggregationMethod.Geometric => Aggregation.Geometric,
            AggregationMethod.Harmonic => Aggregation.Harmonic,
            _ => Aggregation.Arithmetic,
        };
    }
}
