using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Engine;

/// <summary>
/// Reads and writes an <see cref="Instrument"/> as JSON with System.Text.Json's document model (no reflection, so it
/// stays trimming- and AOT-safe). Reading collects every problem, each with its JSON path, and throws them together:
/// first the shape (unknown or missing properties, wrong types, unknown names), then, for whatever could be read,
/// every rule the <see cref="Instrument"/> constructor checks. The JSON Schema is <see cref="Instrument.JsonSchema"/>.
/// </summary>
internal sealed partial class InstrumentJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] RootFields = ["$schema", "id", "name", "source", "scale", "clinicalMultiplier", "direction", "items", "companionQuestions", "columnOrders", "scores", "interpretation", "resultColumns", "stages"];
    private static readonly string[] ColumnFields = ["name", "value", "score", "stage", "output"];

    private static readonly (string Name, ResultValue Value)[] ValueNames =
    [
        ("mean", ResultValue.Mean), ("clinical", ResultValue.ClinicalScore), ("score-items-answered", ResultValue.ScoreItemsAnswered),
        ("answered", ResultValue.ItemsAnswered), ("band", ResultValue.Band), ("risk-flag", ResultValue.RiskFlag),
        ("cutoff-clinical", ResultValue.ClinicalCutoff), ("clinical-range", ResultValue.InClinicalRange), ("stage", ResultValue.StageOutput),
        ("score-items-not-applicable", ResultValue.ScoreItemsNotApplicable), ("maximum-possible", ResultValue.MaximumPossible),
        ("answer-profile", ResultValue.AnswerProfile), ("stage-id", ResultValue.StageId),
    ];
    private static readonly string[] ScaleFields = ["minimum", "maximum", "notApplicable"];
    private static readonly string[] ItemFields = ["number", "topic", "keying", "risk", "allowsNotApplicable", "points", "codes"];
    private static readonly string[] ScoreFields = ["id", "name", "items", "aggregate", "maximumMissing", "notApplicable", "roundClinical", "source", "codes"];
    private static readonly string[] CodeFields = ["system", "code", "value", "source"];

    private static readonly (string Name, CodedValue Value)[] CodedValueNames =
    [
        ("clinical", CodedValue.ClinicalScore), ("mean", CodedValue.Mean), ("item-sum", CodedValue.ItemSum), ("answer", CodedValue.Answer), ("stage", CodedValue.StageValue),
    ];
    private static readonly string[] InterpretationFields = ["primaryScore", "severityBands", "cutoffReferences", "reliableChange"];
    private static readonly string[] BandingFields = ["name", "score", "source", "caveat", "bands"];
    private static readonly string[] BandFields = ["code", "label", "lower", "upper"];
    private static readonly string[] ReferenceFields = ["id", "name", "source", "entries", "withheld"];
    private static readonly string[] WithheldFields = ["score", "reason", "gender", "minimumAge", "maximumAge"];
    private static readonly string[] EntryFields = ["score", "meanCutoff", "gender", "minimumAge", "maximumAge", "reliableChangeMean"];
    private static readonly string[] ReliableChangeFields = ["clinicalPoints", "confidence", "source"];

    private readonly List<DefinitionProblem> _problems = [];

    private InstrumentJson()
    {
    }

    /// <summary>Gets the JSON name of a direction.</summary>
    internal static string Name(ScoreDirection direction) => direction == ScoreDirection.HigherIsBetter ? "higher-is-better" : "lower-is-better";

    /// <summary>Gets the JSON name of a gender.</summary>
    internal static string Name(Gender gender) => gender == Gender.Female ? "female" : "male";

    public static Instrument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadDocument(() => JsonDocument.Parse(json, DocumentOptions));
    }

    public static Instrument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReadOnlyMemory<byte> bytes;
        try
        {
            // Checked first: System.Text.Json checks the structure only, and a bad byte inside a string would later
            // throw an InvalidOperationException that FromJson does not document (found by fuzzing, issue 21).
            bytes = JsonFields.ReadUtf8(utf8Json, "The definition");
        }
        catch (JsonFieldException e)
        {
            throw new InstrumentDefinitionException([new DefinitionProblem("$", e.Message)], withPaths: true);
        }

        return ReadDocument(() => JsonDocument.Parse(bytes, DocumentOptions));
    }

    public static void Write(Instrument instrument, Stream utf8Json)
    {
        byte[] text = System.Text.Encoding.UTF8.GetBytes(Write(instrument));
        utf8Json.Write(text);
    }

    public static string Write(Instrument instrument)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(instrument, writer);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        var text = new System.Text.StringBuilder();
        JsonLayout.Append(text, document.RootElement, 0);
        return text.ToString();
    }

    private static Instrument ReadDocument(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {e.BytePositionInLine + 1}") : "";
            throw new InstrumentDefinitionException([new DefinitionProblem("$", $"The text is not valid JSON{where}: {e.Message}")], withPaths: true);
        }

        using (document)
        {
            return new InstrumentJson().Root(document.RootElement);
        }
    }

    private Instrument Root(JsonElement root)
    {
        if (!IsObject(root, "$"))
        {
            throw Failure();
        }

        Fields(root, RootFields, "$");
        string? id = Text(root, "id", "$");
        string? name = Text(root, "name", "$");
        string? source = Text(root, "source", "$");
        ResponseScale? scale = Scale(root);
        double multiplier = Number(root, "clinicalMultiplier", "$", required: false) ?? 1.0;
        ScoreDirection direction = Choice(root, "direction", "$", ["lower-is-better", "higher-is-better"], ScoreDirection.LowerIsBetter, ScoreDirection.HigherIsBetter) ?? ScoreDirection.LowerIsBetter;
        List<Item?>? items = Elements(root, "items", "$", required: true, Item);
        List<CompanionQuestion?>? companions = Elements(root, "companionQuestions", "$", required: false, Companion);
        List<ColumnOrder?>? orders = Elements(root, "columnOrders", "$", required: false, Order);
        List<ScoreDefinition?>? scores = Elements(root, "scores", "$", required: true, Score);
        Interpretation? interpretation = Interpretation(root, scores);
        List<ResultColumn?>? columns = Elements(root, "resultColumns", "$", required: false, Column);
        List<DefinitionStage?>? stages = Elements(root, "stages", "$", required: false, Stage);

        // Rules of the definition as a whole, checked on whatever could be read (null parts are skipped there,
        // since their problems are already listed).
        // A rule about a part already reported (a part that could not be read, so is null here) is left out.
        DefinitionProblem[] shape = [.. _problems];
        _problems.AddRange(InstrumentValidation.Validate(id ?? "", name ?? "-", source ?? "-", scale, items, scores, multiplier, direction, interpretation, columns, stages, companions, orders)
            .Where(p => !shape.Any(q => p.IsWithin(q.Path) || (p.IsAbsence && q.IsWithin(p.Path)))));
        if (_problems.Count > 0)
        {
            throw Failure();
        }

        return new Instrument(id!, name!, source!, scale!, items!.Select(i => i!), scores!.Select(s => s!), multiplier, direction, interpretation, columns?.Select(c => c!), stages?.Select(s => s!), companions?.Select(q => q!), orders?.Select(o => o!));
    }

    private InstrumentDefinitionException Failure() => new(_problems, withPaths: true);

    private ResponseScale? Scale(JsonElement root)
    {
        if (!TryObject(root, "scale", "$", required: true, out JsonElement scale))
        {
            return null;
        }

        Fields(scale, ScaleFields, "$.scale");
        int? minimum = Integer(scale, "minimum", "$.scale", required: true);
        int? maximum = Integer(scale, "maximum", "$.scale", required: true);
        int? notApplicable = Integer(scale, "notApplicable", "$.scale", required: false);
        if (minimum is null || maximum is null)
        {
            return null;
        }

        if (maximum <= minimum)
        {
            Problem("$.scale.maximum", string.Create(CultureInfo.InvariantCulture, $"A response scale needs maximum > minimum; got minimum {minimum}, maximum {maximum}."));
            return null;
        }

        return new ResponseScale(minimum.Value, maximum.Value) { NotApplicableAnswer = notApplicable };
    }

    private Item? Item(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, ItemFields, at);
        int? number = Integer(element, "number", at, required: true);
        string? topic = Text(element, "topic", at);
        ItemKeying keying = Choice(element, "keying", at, ["direct", "reversed"], ItemKeying.Direct, ItemKeying.Reversed) ?? ItemKeying.Direct;
        bool risk = Boolean(element, "risk", at) ?? false;
        bool notApplicable = Boolean(element, "allowsNotApplicable", at) ?? false;
        List<int?>? points = Elements(element, "points", at, required: false, (e, p) => IntegerValue(e, p));
        List<PublicCode?>? codes = Elements(element, "codes", at, required: false, Code);

        // A blank topic is already reported; the item is still read so that its number is checked too.
        return number is null || (codes is not null && codes.Contains(null)) || (points is not null && points.Contains(null))
            ? null
            : new Item(number.Value, topic ?? "", keying, risk)
            {
                AllowsNotApplicable = notApplicable,
                Points = [.. (points ?? []).Select(p => p!.Value)],
                Codes = [.. (codes ?? []).Select(c => c!)],
            };
    }

    private ScoreDefinition? Score(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, ScoreFields, at);
        string? id = Text(element, "id", at);
        string? name = Text(element, "name", at);
        string? source = Text(element, "source", at);
        System.Collections.Immutable.ImmutableArray<int>? items = Numbers(element, "items", at);
        int? maximumMissing = Integer(element, "maximumMissing", at, required: true);
        bool round = Boolean(element, "roundClinical", at) ?? false;
        ScoreAggregate aggregate = Choice(element, "aggregate", at, [("mean", ScoreAggregate.Mean), ("sum", ScoreAggregate.Sum), ("prorated-sum", ScoreAggregate.ProratedSum)]) ?? ScoreAggregate.Mean;
        int rule = Choice(element, "notApplicable", at, [("missing", 0), ("excluded", 1), ("counted", 2)]) ?? 0;
        List<PublicCode?>? codes = Elements(element, "codes", at, required: false, Code);
        return id is null || name is null || source is null || items is null || maximumMissing is null || (codes is not null && codes.Contains(null))
            ? null
            : new ScoreDefinition(id, name, items.Value, maximumMissing.Value, source) { Codes = [.. (codes ?? []).Select(c => c!)], RoundsClinicalScore = round, Aggregate = aggregate, ExcludesNotApplicable = rule == 1, CountsNotApplicable = rule == 2 };
    }

    private PublicCode? Code(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, CodeFields, at);
        string? system = Text(element, "system", at);
        string? code = Text(element, "code", at);
        CodedValue? value = Present(element, "value") ? Choice(element, "value", at, CodedValueNames) : Missing<CodedValue>(at, "value");
        string? source = Text(element, "source", at);
        return system is null || code is null || value is null || source is null ? null : new PublicCode(system, code, value.Value, source);
    }

    private Interpretation? Interpretation(JsonElement root, List<ScoreDefinition?>? scores)
    {
        const string At = "$.interpretation";
        string? first = scores is [{ Id: { } firstId }, ..] ? firstId : null;
        if (!TryObject(root, "interpretation", "$", required: false, out JsonElement element))
        {
            return first is null ? null : new Interpretation(first);
        }

        Fields(element, InterpretationFields, At);
        string? primary = Present(element, "primaryScore") ? Text(element, "primaryScore", At) ?? first ?? "" : first;
        SeverityBanding? bands = TryObject(element, "severityBands", At, required: false, out JsonElement banding) ? Banding(banding) : null;
        List<CutoffReference?>? references = Elements(element, "cutoffReferences", At, required: false, Reference);
        ReliableChangeThreshold? reliableChange = TryObject(element, "reliableChange", At, required: false, out JsonElement rc) ? ReliableChange(rc) : null;
        // A reference that could not be read stays a null entry (its problems are already listed), so that the
        // positions of the others, and the rules they break, are still reported.
        return primary is null ? null : new Interpretation(primary, bands, references?.Select(r => r!), reliableChange);
    }

    private SeverityBanding? Banding(JsonElement element)
    {
        const string At = "$.interpretation.severityBands";
        Fields(element, BandingFields, At);
        string? name = Text(element, "name", At);
        string? score = Text(element, "score", At);
        string? source = Text(element, "source", At);
        string? caveat = Present(element, "caveat") ? Text(element, "caveat", At) : null;
        List<SeverityBand?>? bands = Elements(element, "bands", At, required: true, Band);
        if (name is null || score is null || source is null || bands is null || bands.Contains(null))
        {
            return null;
        }

        return Build(At + ".bands", () => new SeverityBanding(name, score, bands.Select(b => b!), source, caveat));
    }

    private SeverityBand? Band(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, BandFields, at);
        string? code = Text(element, "code", at);
        string? label = Text(element, "label", at);
        double? lower = Number(element, "lower", at, required: false) ?? (Present(element, "lower") ? null : double.NegativeInfinity);
        double? upper = Number(element, "upper", at, required: false) ?? (Present(element, "upper") ? null : double.PositiveInfinity);
        return code is null || label is null || lower is null || upper is null ? null : new SeverityBand(code, label, lower.Value, upper.Value);
    }

    private ResultColumn? Column(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, ColumnFields, at);
        string? name = Text(element, "name", at);
        ResultValue? value = Present(element, "value") ? Choice(element, "value", at, ValueNames) : Missing<ResultValue>(at, "value");
        string? score = Present(element, "score") ? Text(element, "score", at) : null;
        string? stage = Present(element, "stage") ? Text(element, "stage", at) : null;
        string? output = Present(element, "output") ? Text(element, "output", at) : null;
        return name is null || value is null ? null : new ResultColumn(name, value.Value, score, stage, output);
    }

    private T? Missing<T>(string at, string field)
        where T : struct
    {
        Problem(Path(at, field), $"\"{field}\" is missing.");
        return null;
    }

    private CutoffReference? Reference(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, ReferenceFields, at);
        string? id = Text(element, "id", at);
        string? name = Text(element, "name", at);
        string? source = Text(element, "source", at);
        List<CutoffEntry?>? entries = Elements(element, "entries", at, required: true, Entry);
        List<WithheldCutoff?> withheld = Elements(element, "withheld", at, required: false, Withheld) ?? [];
        if (id is null || name is null || source is null || entries is null || entries.Contains(null) || withheld.Contains(null))
        {
            return null;
        }

        return Build(at + ".entries", () => new CutoffReference(id, name, entries.Select(e => e!), source, withheld.Select(w => w!)));
    }

    private WithheldCutoff? Withheld(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, WithheldFields, at);
        string? score = Text(element, "score", at);
        string? reason = Text(element, "reason", at);
        Gender? gender = Choice(element, "gender", at, ["male", "female"], OutcomeScoring.Gender.Male, OutcomeScoring.Gender.Female);
        int? minimumAge = Integer(element, "minimumAge", at, required: false);
        int? maximumAge = Integer(element, "maximumAge", at, required: false);
        return score is null || reason is null ? null : new WithheldCutoff(score, reason, gender, minimumAge, maximumAge);
    }

    private CutoffEntry? Entry(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, EntryFields, at);
        string? score = Text(element, "score", at);
        double? cutoff = Number(element, "meanCutoff", at, required: true);
        Gender? gender = Choice(element, "gender", at, ["male", "female"], OutcomeScoring.Gender.Male, OutcomeScoring.Gender.Female);
        int? minimumAge = Integer(element, "minimumAge", at, required: false);
        int? maximumAge = Integer(element, "maximumAge", at, required: false);
        double? reliableChange = Number(element, "reliableChangeMean", at, required: false);
        return score is null || cutoff is null ? null : new CutoffEntry(score, cutoff.Value, gender, minimumAge, maximumAge, reliableChange);
    }

    private ReliableChangeThreshold? ReliableChange(JsonElement element)
    {
        const string At = "$.interpretation.reliableChange";
        Fields(element, ReliableChangeFields, At);
        double? points = Number(element, "clinicalPoints", At, required: true);
        double? confidence = Number(element, "confidence", At, required: false);
        string? source = Text(element, "source", At);
        return points is null || source is null ? null : new ReliableChangeThreshold(points.Value, confidence, source);
    }

    private T? Build<T>(string at, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            Problem(at, e.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }

    private void Problem(string path, string message) => _problems.Add(new DefinitionProblem(path, message));

    private static bool Present(JsonElement element, string field) =>
        element.TryGetProperty(field, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    private static string Path(string at, string field) => $"{at}.{field}";

    private void Fields(JsonElement element, string[] allowed, string at)
    {
        // A property given twice is refused: System.Text.Json reads the last one, so the first would be silently ignored.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(JsonProblems.Path(at, property.Name), $"unknown property \"{JsonFields.Shown(property.Name)}\"; allowed here: {string.Join(", ", allowed)}.");
            }
            else if (!seen.Add(property.Name))
            {
                Problem(JsonProblems.Path(at, property.Name), $"\"{property.Name}\" is given more than once; a definition gives each property once.");
            }
        }
    }

    private bool IsObject(JsonElement element, string at)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(at, $"must be an object; got {Shown(element)}.");
        return false;
    }

    private bool TryObject(JsonElement parent, string field, string at, bool required, out JsonElement value)
    {
        if (!Present(parent, field))
        {
            value = default;
            if (required)
            {
                Problem(Path(at, field), $"\"{field}\" is missing.");
            }

            return false;
        }

        value = parent.GetProperty(field);
        return IsObject(value, Path(at, field));
    }

    private List<T?>? Elements<T>(JsonElement parent, string field, string at, bool required, Func<JsonElement, string, T?> read)
    {
        if (!Present(parent, field))
        {
            if (required)
            {
                Problem(Path(at, field), $"\"{field}\" is missing.");
            }

            return null;
        }

        JsonElement array = parent.GetProperty(field);
        if (array.ValueKind != JsonValueKind.Array)
        {
            Problem(Path(at, field), $"must be an array; got {Shown(array)}.");
            return null;
        }

        var list = new List<T?>();
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            list.Add(read(element, string.Create(CultureInfo.InvariantCulture, $"{at}.{field}[{index}]")));
            index++;
        }

        return list;
    }

    private string? Text(JsonElement parent, string field, string at)
    {
        if (!Present(parent, field))
        {
            Problem(Path(at, field), $"\"{field}\" is missing.");
            return null;
        }

        JsonElement value = parent.GetProperty(field);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Problem(Path(at, field), $"must be a non-empty string; got {Shown(value)}.");
            return null;
        }

        return value.GetString();
    }

    private double? Number(JsonElement parent, string field, string at, bool required)
    {
        if (!Present(parent, field))
        {
            if (required)
            {
                Problem(Path(at, field), $"\"{field}\" is missing.");
            }

            return null;
        }

        JsonElement value = parent.GetProperty(field);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || !double.IsFinite(number))
        {
            Problem(Path(at, field), $"must be a finite number; got {Shown(value)}.");
            return null;
        }

        return number;
    }

    private int? Integer(JsonElement parent, string field, string at, bool required)
    {
        if (!Present(parent, field))
        {
            if (required)
            {
                Problem(Path(at, field), $"\"{field}\" is missing.");
            }

            return null;
        }

        return IntegerValue(parent.GetProperty(field), Path(at, field));
    }

    private int? IntegerValue(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number))
        {
            Problem(at, $"must be a whole number; got {Shown(value)}.");
            return null;
        }

        return number;
    }

    private bool? Boolean(JsonElement parent, string field, string at)
    {
        if (!Present(parent, field))
        {
            return null;
        }

        JsonElement value = parent.GetProperty(field);
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(Path(at, field), $"must be true or false; got {Shown(value)}.");
            return null;
        }

        return value.GetBoolean();
    }

    private T? Choice<T>(JsonElement parent, string field, string at, string[] names, T first, T second)
        where T : struct =>
        Choice(parent, field, at, [(names[0], first), (names[1], second)]);

    private T? Choice<T>(JsonElement parent, string field, string at, (string Name, T Value)[] choices)
        where T : struct
    {
        if (!Present(parent, field))
        {
            return null;
        }

        JsonElement value = parent.GetProperty(field);
        if (JsonProblems.Match(value.ValueKind == JsonValueKind.String ? value.GetString() : null, choices) is { } choice)
        {
            return choice;
        }

        Problem(Path(at, field), $"must be {JsonProblems.OneOf(choices)}; got {Shown(value)}.");
        return null;
    }

    /// <summary>A value for a message, quoted as every JSON reader quotes it (<see cref="JsonFields.Raw"/>: at most 80 characters and the length).</summary>
    private static string Shown(JsonElement value) => JsonFields.Raw(value);

    private static void Write(Instrument instrument, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", instrument.Id);
        writer.WriteString("name", instrument.Name);
        writer.WriteString("source", instrument.Source);
        writer.WriteStartObject("scale");
        writer.WriteNumber("minimum", instrument.Scale.Minimum);
        writer.WriteNumber("maximum", instrument.Scale.Maximum);
        if (instrument.Scale.NotApplicableAnswer is { } notApplicable)
        {
            writer.WriteNumber("notApplicable", notApplicable);
        }

        writer.WriteEndObject();
        writer.WriteNumber("clinicalMultiplier", instrument.ClinicalMultiplier);
        writer.WriteString("direction", Name(instrument.Direction));
        writer.WriteStartArray("items");
        foreach (Item item in instrument.Items)
        {
            WriteItem(item, writer);
        }

        writer.WriteEndArray();
        WriteCompanionQuestions(instrument.CompanionQuestions, writer);
        WriteColumnOrders(instrument.ColumnOrders, writer);
        writer.WriteStartArray("scores");
        foreach (ScoreDefinition score in instrument.Scores)
        {
            writer.WriteStartObject();
            writer.WriteString("id", score.Id);
            writer.WriteString("name", score.Name);
            WriteNumbers(writer, "items", score.Items);
            if (score.Aggregate != ScoreAggregate.Mean)
            {
                writer.WriteString("aggregate", score.Aggregate == ScoreAggregate.Sum ? "sum" : "prorated-sum");
            }

            writer.WriteNumber("maximumMissing", score.MaximumMissing);
            if (score.ExcludesNotApplicable || score.CountsNotApplicable)
            {
                writer.WriteString("notApplicable", score.ExcludesNotApplicable ? "excluded" : "counted");
            }

            if (score.RoundsClinicalScore)
            {
                writer.WriteBoolean("roundClinical", true);
            }

            writer.WriteString("source", score.Source);
            WriteCodes(score.Codes, writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteInterpretation(instrument.Interpretation, writer);
        WriteColumns(instrument, writer);
        WriteStages(instrument.Stages, writer);
        writer.WriteEndObject();
    }

    private static void WriteItem(Item item, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", item.Number);
        writer.WriteString("topic", item.Topic);
        if (item.Keying == ItemKeying.Reversed)
        {
            // Direct keying is the default, so it is left out.
            writer.WriteString("keying", "reversed");
        }

        if (item.IsRisk)
        {
            writer.WriteBoolean("risk", true);
        }

        if (item.AllowsNotApplicable)
        {
            writer.WriteBoolean("allowsNotApplicable", true);
        }

        if (!item.Points.IsDefaultOrEmpty)
        {
            WriteNumbers(writer, "points", item.Points);
        }

        WriteCodes(item.Codes, writer);

        writer.WriteEndObject();
    }

    private static void WriteCodes(System.Collections.Immutable.ImmutableArray<PublicCode> codes, Utf8JsonWriter writer)
    {
        if (codes.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("codes");
        foreach (PublicCode code in codes)
        {
            writer.WriteStartObject();
            writer.WriteString("system", code.System);
            writer.WriteString("code", code.Code);
            writer.WriteString("value", Array.Find(CodedValueNames, v => v.Value == code.Value).Name);
            writer.WriteString("source", code.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteColumns(Instrument instrument, Utf8JsonWriter writer)
    {
        if (!instrument.ResultColumns.SequenceEqual(Instrument.DefaultResultColumns(instrument.Items, instrument.Scores, instrument.ClinicalMultiplier, instrument.Interpretation)))
        {
            // Written only when the definition declares other columns than the default, which reading then gives again.
            writer.WriteStartArray("resultColumns");
            foreach (ResultColumn column in instrument.ResultColumns)
            {
                writer.WriteStartObject();
                writer.WriteString("name", column.Name);
                writer.WriteString("value", Array.Find(ValueNames, v => v.Value == column.Value).Name);
                if (column.ScoreId is not null)
                {
                    writer.WriteString("score", column.ScoreId);
                }

                if (column.Stage is not null)
                {
                    writer.WriteString("stage", column.Stage);
                }

                if (column.Output is not null)
                {
                    writer.WriteString("output", column.Output);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteInterpretation(Interpretation interpretation, Utf8JsonWriter writer)
    {
        writer.WriteStartObject("interpretation");
        writer.WriteString("primaryScore", interpretation.PrimaryScoreId);
        if (interpretation.SeverityBands is { } banding)
        {
            writer.WriteStartObject("severityBands");
            writer.WriteString("name", banding.Name);
            writer.WriteString("score", banding.ScoreId);
            writer.WriteString("source", banding.Source);
            if (banding.Caveat is not null)
            {
                writer.WriteString("caveat", banding.Caveat);
            }

            writer.WriteStartArray("bands");
            foreach (SeverityBand band in banding.Bands)
            {
                writer.WriteStartObject();
                writer.WriteString("code", band.Code);
                writer.WriteString("label", band.Label);
                WriteBound(writer, "lower", band.LowerBound);
                WriteBound(writer, "upper", band.UpperBound);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (!interpretation.CutoffReferences.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("cutoffReferences");
            foreach (CutoffReference reference in interpretation.CutoffReferences)
            {
                WriteReference(reference, writer);
            }

            writer.WriteEndArray();
        }

        if (interpretation.ReliableChange is { } rc)
        {
            writer.WriteStartObject("reliableChange");
            writer.WriteNumber("clinicalPoints", rc.ClinicalPoints);
            if (rc.Confidence is { } confidence)
            {
                writer.WriteNumber("confidence", confidence);
            }

            writer.WriteString("source", rc.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteReference(CutoffReference reference, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", reference.Id);
        writer.WriteString("name", reference.Name);
        writer.WriteString("source", reference.Source);
        writer.WriteStartArray("entries");
        foreach (CutoffEntry entry in reference.Entries)
        {
            WriteEntry(entry, writer);
        }

        writer.WriteEndArray();
        if (!reference.Withheld.IsEmpty)
        {
            writer.WriteStartArray("withheld");
            foreach (WithheldCutoff cell in reference.Withheld)
            {
                writer.WriteStartObject();
                writer.WriteString("score", cell.ScoreId);
                writer.WriteString("reason", cell.Reason);
                WritePerson(writer, cell.Gender, cell.MinimumAge, cell.MaximumAge);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter writer, Gender? gender, int? minimumAge, int? maximumAge)
    {
        if (gender is { } g)
        {
            writer.WriteString("gender", Name(g));
        }

        if (minimumAge is { } minimum)
        {
            writer.WriteNumber("minimumAge", minimum);
        }

        if (maximumAge is { } maximum)
        {
            writer.WriteNumber("maximumAge", maximum);
        }
    }

    private static void WriteEntry(CutoffEntry entry, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("score", entry.ScoreId);
        writer.WriteNumber("meanCutoff", entry.MeanCutoff);
        WritePerson(writer, entry.Gender, entry.MinimumAge, entry.MaximumAge);

        if (entry.ReliableChangeMean is { } rcMean)
        {
            writer.WriteNumber("reliableChangeMean", rcMean);
        }

        writer.WriteEndObject();
    }

    // An open end of the band table (minus or plus infinity) is written as an absent bound.
    private static void WriteBound(Utf8JsonWriter writer, string name, double bound)
    {
        if (double.IsFinite(bound))
        {
            writer.WriteNumber(name, bound);
        }
    }
}
