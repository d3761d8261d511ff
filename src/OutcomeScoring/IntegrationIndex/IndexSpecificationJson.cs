using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

using OutcomeScoring.Internal;
using static OutcomeScoring.Internal.JsonFields;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Reads and writes <see cref="IndexSpecification"/> as JSON with System.Text.Json's document model (no reflection, so it stays
/// trimming- and AOT-safe). Text is written unescaped (apostrophes, '+', '&amp;' as they are) so that the file reads well; it is a
/// file, never embedded in HTML. Unknown properties are errors, so that a misspelt setting is never silently ignored.
/// </summary>
internal static class IndexSpecificationJson
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
    private static readonly (string Name, IncompleteRanking Rule)[] RankingNames =
        [("ranked-with-complete", IncompleteRanking.RankedWithComplete), ("ranked-separately", IncompleteRanking.RankedSeparately), ("not-ranked", IncompleteRanking.NotRanked)];

    /// <summary>The JSON name of a perspective.</summary>
    internal static string PerspectiveName(Perspective view) => PerspectiveNames.First(p => p.View == view).Name;

    /// <summary>The JSON names of the aspects in a set of tags, in flag order.</summary>
    internal static IEnumerable<string> AspectNamesOf(CareAspects aspects) => AspectNames.Where(a => aspects.HasFlag(a.Aspect)).Select(a => a.Name);

    /// <summary>The JSON name of an incomplete-unit ranking rule.</summary>
    internal static string RankingName(IncompleteRanking rule) => RankingNames.First(r => r.Rule == rule).Name;

    /// <summary>The JSON names of the normalisation methods.</summary>
    internal static string MethodName(NormalisationMethod method) => method switch
    {
        NormalisationMethod.Goalposts => "goalposts",
        NormalisationMethod.MinMax => "min-max",
        NormalisationMethod.ZScore => "z-score",
        NormalisationMethod.PercentileRank => "percentile-rank",
        NormalisationMethod.DistanceToTarget => "distance-to-target",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a normalisation method."),
    };

    /// <summary>The JSON names of the aggregation methods.</summary>
    internal static string MethodName(AggregationMethod method) => method switch
    {
        AggregationMethod.Arithmetic => "arithmetic",
        AggregationMethod.Geometric => "geometric",
        AggregationMethod.Harmonic => "harmonic",
        AggregationMethod.Power => "power",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not an aggregation method."),
    };

    /// <summary>Reads a normalisation method from its JSON name, or <see langword="null"/>.</summary>
    internal static NormalisationMethod? ParseNormalisation(string name) => name switch
    {
        "goalposts" => NormalisationMethod.Goalposts,
        "min-max" => NormalisationMethod.MinMax,
        "z-score" => NormalisationMethod.ZScore,
        "percentile-rank" => NormalisationMethod.PercentileRank,
        "distance-to-target" => NormalisationMethod.DistanceToTarget,
        _ => null,
    };

    /// <summary>Reads an aggregation without parameters from its JSON name (arithmetic, geometric, harmonic), or <see langword="null"/>.</summary>
    internal static Aggregation? ParseAggregation(string name) => name switch
    {
        "arithmetic" => Aggregation.Arithmetic,
        "geometric" => Aggregation.Geometric,
        "harmonic" => Aggregation.Harmonic,
        _ => null,
    };

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

    private static IndexSpecification Parse(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException ex)
        {
            throw new IndexSpecificationException($"Index specification JSON is malformed: {ex.Message}", ex);
        }
        catch (JsonFieldException ex)
        {
            throw new IndexSpecificationException(ex.Message);
        }

        using (document)
        {
            IndexSpecification spec;
            try
            {
                spec = ReadRoot(document.RootElement);
            }
            catch (JsonFieldException ex)
            {
                throw new IndexSpecificationException(ex.Message);
            }

            spec.Validate();
            return spec;
        }
    }

    private static IndexSpecification ReadRoot(JsonElement root)
    {
        const string where = "Index specification";
        Require(root.ValueKind == JsonValueKind.Object, "Index specification JSON must be an object.");
        CheckFields(root, RootFields, where);
        JsonElement components = Array(root, "components", where);
        var list = ImmutableArray.CreateBuilder<IndexComponent>();
        int position = 0;
        foreach (JsonElement item in components.EnumerateArray())
        {
            list.Add(ReadComponent(item, ++position));
        }

        var domains = ImmutableArray.CreateBuilder<IndexDomain>();
        if (Present(root, "domains"))
        {
            position = 0;
            foreach (JsonElement item in Array(root, "domains", where).EnumerateArray())
            {
                string at = string.Create(CultureInfo.InvariantCulture, $"domains[{position++}]");
                Require(item.ValueKind == JsonValueKind.Object, $"{at} must be an object.");
                string code = Text(item, "code", at);
                at = $"Domain '{code}'";
                CheckFields(item, DomainFields, at);
                domains.Add(new IndexDomain(code, Text(item, "name", at))
                {
                    Weight = Present(item, "weight") ? Number(item, "weight", at) : 1,
                    Perspective = ReadPerspective(item, at),
                });
            }
        }

        DataAvailability availability = Present(root, "availability") ? ReadAvailability(Object(root, "availability", where)) : DataAvailability.Default;
        Winsorising? winsorising = null;
        if (Present(root, "winsorising"))
        {
            JsonElement element = Object(root, "winsorising", where);
            CheckFields(element, ["share"], "winsorising");
            try
            {
                winsorising = new Winsorising(Number(element, "share", "winsorising"));
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new IndexSpecificationException($"winsorising: {FirstSentences(ex)}", ex);
            }
        }

        return new IndexSpecification
        {
            Name = Text(root, "name", where),
            Version = Text(root, "version", where),
            Description = Present(root, "description") ? Text(root, "description", where) : null,
            Components = list.ToImmutable(),
            Domains = domains.ToImmutable(),
            Aggregation = Present(root, "aggregation") ? ReadAggregation(Object(root, "aggregation", where), "aggregation") : Aggregation.Arithmetic,
            DomainAggregation = Present(root, "domainAggregation") ? ReadAggregation(Object(root, "domainAggregation", where), "domainAggregation") : null,
            Availability = availability,
            Winsorising = winsorising,
        };
    }

    private static DataAvailability ReadAvailability(JsonElement element)
    {
        const string at = "availability";
        CheckFields(element, AvailabilityFields, at);
        var availability = DataAvailability.Default;
        if (Present(element, "minimumWeightShare"))
        {
            availability = availability with { MinimumWeightShare = Number(element, "minimumWeightShare", at) };
        }

        if (Present(element, "minimumComponents"))
        {
            availability = availability with { MinimumComponents = Integer(element, "minimumComponents", at) };
        }

        if (Present(element, "requiredDomains"))
        {
            var required = ImmutableArray.CreateBuilder<string>();
            foreach (JsonElement code in Array(element, "requiredDomains", at).EnumerateArray())
            {
                Require(code.ValueKind == JsonValueKind.String, $"{at}: \"requiredDomains\" holds {Raw(code)}; it must list domain codes as strings.");
                required.Add(code.GetString()!);
            }

            availability = availability with { RequiredDomains = required.ToImmutable() };
        }

        if (Present(element, "incompleteUnits"))
        {
            string name = Text(element, "incompleteUnits", at);
            availability = availability with
            {
                IncompleteUnits = RankingNames.FirstOrDefault(r => r.Name == name) is { Name: not null } rule ? rule.Rule
                    : throw new IndexSpecificationException($"{at}: incompleteUnits is \"{Shown(name)}\"; it must be {string.Join(", ", RankingNames.Select(r => $"\"{r.Name}\""))}."),
            };
        }

        return availability;
    }

    private static Perspective? ReadPerspective(JsonElement item, string at)
    {
        if (!Present(item, "perspective"))
        {
            return null;
        }

        string name = Text(item, "perspective", at);
        return PerspectiveNames.FirstOrDefault(p => p.Name == name) is { Name: not null } view ? view.View
            : throw new IndexSpecificationException($"{at}: perspective is \"{Shown(name)}\"; it must be {string.Join(", ", PerspectiveNames.Select(p => $"\"{p.Name}\""))}.");
    }

    private static CareAspects ReadMeasures(JsonElement item, string at)
    {
        if (!Present(item, "measures"))
        {
            return CareAspects.None;
        }

        CareAspects measures = CareAspects.None;
        foreach (JsonElement value in Array(item, "measures", at).EnumerateArray())
        {
            string? name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            CareAspects aspect = AspectNames.FirstOrDefault(a => a.Name == name) is { Name: not null } found ? found.Aspect
                : throw new IndexSpecificationException($"{at}: measures holds {Raw(value)}; each must be {string.Join(", ", AspectNames.Select(a => $"\"{a.Name}\""))}.");
            Require((measures & aspect) == 0, $"{at}: measures lists \"{name}\" twice.");
            measures |= aspect;
        }

        return measures;
    }

    private static IndexComponent ReadComponent(JsonElement item, int position)
    {
        string at = string.Create(CultureInfo.InvariantCulture, $"components[{position - 1}]");
        Require(item.ValueKind == JsonValueKind.Object, $"{at} must be an object.");
        string code = Text(item, "code", at);
        at = $"Component '{code}'";
        CheckFields(item, ComponentFields, at);
        Require(Present(item, "direction"), $"{at}: \"direction\" is missing; give 1 (higher is better) or -1 (lower is better) explicitly.");
        JsonElement direction = item.GetProperty("direction");
        Require(
            direction.ValueKind == JsonValueKind.Number && direction.TryGetInt32(out int sign) && sign is 1 or -1,
            $"{at}: \"direction\" is {Raw(direction)}; it must be 1 (higher is better) or -1 (lower is better).");
        JsonElement normalisation = Object(item, "normalisation", at);
        return new IndexComponent(code, Text(item, "name", at), (IndexDirection)direction.GetInt32(), ReadNormalisation(normalisation, at))
        {
            Weight = Present(item, "weight") ? Number(item, "weight", at) : 1,
            Domain = Present(item, "domain") ? Text(item, "domain", at) : null,
            MinimumCount = Present(item, "minimumCount") ? Long(item, "minimumCount", at) : null,
            Description = Present(item, "description") ? Text(item, "description", at) : null,
            Measures = ReadMeasures(item, at),
            Perspective = ReadPerspective(item, at),
        };
    }

    private static Normalisation ReadNormalisation(JsonElement element, string component)
    {
        string at = $"{component}: normalisation";
        string name = Text(element, "method", at);
        NormalisationMethod method = ParseNormalisation(name)
            ?? throw new IndexSpecificationException($"{at}: method is \"{Shown(name)}\"; it must be \"goalposts\", \"min-max\", \"z-score\", \"percentile-rank\" or \"distance-to-target\".");
        string[] allowed = method switch
        {
            NormalisationMethod.Goalposts => ["method", "lower", "upper"],
            NormalisationMethod.DistanceToTarget => ["method", "target"],
            _ => ["method"],
        };
        foreach (JsonProperty property in element.EnumerateObject())
        {
            Require(
                allowed.Contains(property.Name, StringComparer.Ordinal),
                $"{at}: \"{Shown(property.Name)}\" does nothing with method \"{name}\" (it takes {(allowed.Length == 1 ? "no parameters" : string.Join(" and ", allowed.Skip(1).Select(a => $"\"{a}\"")))}); remove it.");
        }

        try
        {
            return method switch
            {
                NormalisationMethod.Goalposts => Normalisation.Goalposts(Number(element, "lower", at), Number(element, "upper", at)),
                NormalisationMethod.DistanceToTarget => Normalisation.DistanceToTarget(Number(element, "target", at)),
                _ => Normalisation.Of(method),
            };
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new IndexSpecificationException($"{at}: {FirstSentences(ex)}", ex);
        }
    }

    private static Aggregation ReadAggregation(JsonElement element, string at)
    {
        string name = Text(element, "method", at);
        if (name == "power")
        {
            CheckFields(element, ["method", "exponent"], at);
            try
            {
                return Aggregation.Power(Number(element, "exponent", at));
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new IndexSpecificationException($"{at}: {FirstSentences(ex)}", ex);
            }
        }

        Aggregation aggregation = ParseAggregation(name)
            ?? throw new IndexSpecificationException($"{at}: method is \"{Shown(name)}\"; it must be \"arithmetic\", \"geometric\", \"harmonic\" or \"power\".");
        foreach (JsonProperty property in element.EnumerateObject())
        {
            Require(property.Name == "method", $"{at}: \"{Shown(property.Name)}\" does nothing with method \"{name}\" (only \"power\" takes an \"exponent\"); remove it.");
        }

        return aggregation;
    }

    /// <summary>The exception's message without the "(Parameter ...)" and "Actual value was ..." lines .NET appends.</summary>
    private static string FirstSentences(ArgumentException ex) => ex.Message.Split(" (Parameter", 2)[0].Split('\n')[0].Trim();










}
