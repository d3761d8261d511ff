using System.Collections.Immutable;
using System.Text.Json;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Engine;

/// <content>Reading and writing the stages a definition declares (<see cref="DefinitionStage"/>).</content>
internal sealed partial class InstrumentJson
{
    private static readonly string[] CommonStageFields = ["id", "kind", "name", "form", "source", "note", "codes"];
    private static readonly string[] CalibrationFields = [.. CommonStageFields, "items", "levels"];
    private static readonly string[] ValueSetFields = [.. CommonStageFields, "dimensions", "values", "constant", "terms"];
    private static readonly string[] LowestRatedFields = [.. CommonStageFields, "items"];
    private static readonly string[] CompanionCountFields = [.. CommonStageFields, "question", "items"];

    /// <summary>The fields of a stage whose kind is missing or unknown: those of every kind, each once.</summary>
    private static readonly string[] AnyStageFields = [.. CalibrationFields.Union(ValueSetFields).Union(LowestRatedFields).Union(CompanionCountFields)];
    private static readonly string[] CompanionQuestionFields = ["id", "name", "items", "source"];
    private static readonly string[] ColumnOrderFields = ["name", "items", "source"];
    private static readonly string[] LevelsFields = ["id", "name", "level1Maximum", "level2Maximum", "level3Maximum", "source"];
    private static readonly string[] DimensionFields = ["id", "items", "values"];
    private static readonly string[] TermFields = ["id", "atLeast", "minimumCount", "value"];
    private static readonly string[] ItemLevelsFields = ["item", "levels"];

    private enum StageKind
    {
        Calibration,
        ValueSet,
        LowestRated,
        CompanionCount,
    }

    private static readonly (string Name, StageKind Kind)[] StageKinds =
        [("calibration", StageKind.Calibration), ("value-set", StageKind.ValueSet), ("lowest-rated", StageKind.LowestRated), ("companion-count", StageKind.CompanionCount)];

    private DefinitionStage? Stage(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        StageKind? kind = Present(element, "kind") ? Choice(element, "kind", at, StageKinds) : Missing<StageKind>(at, "kind");
        Fields(element, kind switch { StageKind.Calibration => CalibrationFields, StageKind.ValueSet => ValueSetFields, StageKind.LowestRated => LowestRatedFields, StageKind.CompanionCount => CompanionCountFields, _ => AnyStageFields }, at);
        string? id = Text(element, "id", at);
        string? name = Text(element, "name", at);
        string? source = Text(element, "source", at);
        string? note = Present(element, "note") ? Text(element, "note", at) : null;
        string? form = Present(element, "form") ? Text(element, "form", at) : null;
        List<PublicCode?>? codes = Elements(element, "codes", at, required: false, Code);
        DefinitionStage? stage = kind switch
        {
            StageKind.Calibration => ReadCalibrationStage(element, at, id, name, source),
            StageKind.ValueSet => ReadValueSetStage(element, at, id, name, source),
            StageKind.LowestRated => Numbers(element, "items", at) is { } items && id is not null && name is not null && source is not null
                ? new LowestRatedStage(id, name, items, source)
                : null,
            StageKind.CompanionCount => Text(element, "question", at) is { } question && Numbers(element, "items", at) is { } counted && id is not null && name is not null && source is not null
                ? new CompanionCountStage(id, name, question, counted, source)
                : null,
            _ => null,
        };
        return stage is null || (codes is not null && codes.Contains(null)) ? null : stage with { Note = note, Form = form, Codes = [.. (codes ?? []).Select(c => c!)] };
    }

    private CalibrationStage? ReadCalibrationStage(JsonElement element, string at, string? id, string? name, string? source)
    {
        ImmutableArray<int>? items = Numbers(element, "items", at);
        ActivationCutPoints? levels = null;
        bool levelsRead = true;
        if (TryObject(element, "levels", at, required: false, out JsonElement levelsElement))
        {
            levels = Levels(levelsElement, Path(at, "levels"));
            levelsRead = levels is not null;
        }

        return items is null || id is null || name is null || source is null || !levelsRead ? null : new CalibrationStage(id, name, items.Value, source) { Levels = levels };
    }

    private ActivationCutPoints? Levels(JsonElement element, string at)
    {
        Fields(element, LevelsFields, at);
        string? id = Text(element, "id", at);
        string? name = Text(element, "name", at);
        double? first = Number(element, "level1Maximum", at, required: true);
        double? second = Number(element, "level2Maximum", at, required: true);
        double? third = Number(element, "level3Maximum", at, required: true);
        string? source = Text(element, "source", at);
        if (id is null || name is null || first is null || second is null || third is null || source is null)
        {
            return null;
        }

        return Build(at, () => new ActivationCutPoints(id, name, first.Value, second.Value, third.Value, source));
    }

    /// <summary>
    /// A value set: a table (<c>values</c>) or, with a <c>constant</c>, an additive model (dimension <c>values</c> and optional
    /// <c>terms</c>); not both.
    /// </summary>
    private ValueSetStage? ReadValueSetStage(JsonElement element, string at, string? id, string? name, string? source)
    {
        List<ValueSetDimension?>? dimensions = Elements(element, "dimensions", at, required: true, Dimension);
        bool additive = Present(element, "constant");
        if (additive && Present(element, "values"))
        {
            Problem(Path(at, "values"), "an additive value set (one with a constant) has no table of values; give one or the other.");
            return null;
        }

        if (additive)
        {
            double? constant = Number(element, "constant", at, required: true);
            List<ValueSetTerm?>? terms = Present(element, "terms") ? Elements(element, "terms", at, required: false, Term) : [];
            return dimensions is null || dimensions.Contains(null) || constant is null || terms is null || terms.Contains(null) || id is null || name is null || source is null
                ? null
                : new ValueSetStage(id, name, dimensions.Select(d => d!), constant.Value, terms.Select(t => t!), source);
        }

        if (Present(element, "terms"))
        {
            Problem(Path(at, "terms"), "terms belong to an additive value set, one with a constant; a table has none.");
        }

        List<double?>? values = FiniteNumbers(element, "values", at, required: true);
        return dimensions is null || dimensions.Contains(null) || values is null || values.Contains(null) || id is null || name is null || source is null
            ? null
            : new ValueSetStage(id, name, dimensions.Select(d => d!), values.Select(v => v!.Value), source);
    }

    private List<double?>? FiniteNumbers(JsonElement element, string field, string at, bool required) =>
        Elements(element, field, at, required, (e, p) =>
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double value) && double.IsFinite(value))
            {
                return value;
            }

            Problem(p, $"must be a finite number; got {Shown(e)}.");
            return (double?)null;
        });

    private ValueSetTerm? Term(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, TermFields, at);
        string? id = Text(element, "id", at);
        int? atLeast = Integer(element, "atLeast", at, required: true);
        int? minimumCount = Integer(element, "minimumCount", at, required: false);
        double? value = Number(element, "value", at, required: true);
        return id is null || atLeast is null || value is null ? null : new ValueSetTerm(id, atLeast.Value, value.Value) { MinimumCount = minimumCount ?? 1 };
    }

    private ValueSetDimension? Dimension(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, DimensionFields, at);
        string? id = Text(element, "id", at);
        List<ItemLevels?>? items = Elements(element, "items", at, required: true, (e, p) =>
        {
            if (!IsObject(e, p))
            {
                return null;
            }

            Fields(e, ItemLevelsFields, p);
            int? item = Integer(e, "item", p, required: true);
            ImmutableArray<int>? levels = Numbers(e, "levels", p);
            return item is null || levels is null ? null : new ItemLevels(item.Value, levels.Value);
        });
        List<double?>? values = Present(element, "values") ? FiniteNumbers(element, "values", at, required: false) : [];
        return id is null || items is null || items.Contains(null) || values is null || values.Contains(null)
            ? null
            : new ValueSetDimension(id, items.Select(i => i!)) { Values = [.. values.Select(v => v!.Value)] };
    }

    /// <summary>A required list of whole numbers (item numbers, levels): every element is read and reported, then the list or <see langword="null"/>.</summary>
    private ImmutableArray<int>? Numbers(JsonElement element, string field, string at)
    {
        List<int?>? numbers = Elements(element, field, at, required: true, (e, p) => IntegerValue(e, p));
        return numbers is null || numbers.Contains(null) ? null : [.. numbers.Select(n => n!.Value)];
    }

    /// <summary>A companion question (<see cref="CompanionQuestion"/>): id, name, the items it follows, source.</summary>
    private CompanionQuestion? Companion(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, CompanionQuestionFields, at);
        string? id = Text(element, "id", at);
        string? name = Text(element, "name", at);
        ImmutableArray<int>? items = Numbers(element, "items", at);
        string? source = Text(element, "source", at);
        return id is null || name is null || items is null || source is null ? null : new CompanionQuestion(id, name, items.Value, source);
    }

    /// <summary>A column order (<see cref="ColumnOrder"/>): name, the item each column holds, source.</summary>
    private ColumnOrder? Order(JsonElement element, string at)
    {
        if (!IsObject(element, at))
        {
            return null;
        }

        Fields(element, ColumnOrderFields, at);
        string? name = Text(element, "name", at);
        ImmutableArray<int>? items = Numbers(element, "items", at);
        string? source = Text(element, "source", at);
        return name is null || items is null || source is null ? null : new ColumnOrder(name, items.Value, source);
    }

    private static void WriteColumnOrders(ImmutableArray<ColumnOrder> orders, Utf8JsonWriter writer) =>
        WriteObjects(writer, "columnOrders", orders, order =>
        {
            writer.WriteString("name", order.Name);
            WriteNumbers(writer, "items", order.Items);
            writer.WriteString("source", order.Source);
        });

    private static void WriteCompanionQuestions(ImmutableArray<CompanionQuestion> questions, Utf8JsonWriter writer) =>
        WriteObjects(writer, "companionQuestions", questions, question =>
        {
            writer.WriteString("id", question.Id);
            writer.WriteString("name", question.Name);
            WriteNumbers(writer, "items", question.Items);
            writer.WriteString("source", question.Source);
        });

    /// <summary>Writes an array of objects, each by <paramref name="write"/>; nothing when there are none (an optional part).</summary>
    private static void WriteObjects<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> parts, Action<T> write)
    {
        if (parts.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (T part in parts)
        {
            writer.WriteStartObject();
            write(part);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStages(ImmutableArray<DefinitionStage> stages, Utf8JsonWriter writer)
    {
        if (stages.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("stages");
        foreach (DefinitionStage stage in stages)
        {
            writer.WriteStartObject();
            writer.WriteString("id", stage.Id);
            writer.WriteString("kind", Array.Find(StageKinds, k => k.Kind == KindOf(stage)).Name);
            writer.WriteString("name", stage.Name);
            if (stage.Form is not null)
            {
                writer.WriteString("form", stage.Form);
            }

            switch (stage)
            {
                case CalibrationStage calibration:
                    WriteNumbers(writer, "items", calibration.Items);
                    WriteLevels(calibration.Levels, writer);
                    break;
                case ValueSetStage valueSet:
                    WriteDimensions(valueSet, writer);
                    break;
                case CompanionCountStage count:
                    writer.WriteString("question", count.Question);
                    WriteNumbers(writer, "items", count.Items);
                    break;
                default:
                    WriteNumbers(writer, "items", stage.Items);
                    break;
            }

            writer.WriteString("source", stage.Source);
            if (stage.Note is not null)
            {
                writer.WriteString("note", stage.Note);
            }

            WriteCodes(stage.Codes, writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static StageKind KindOf(DefinitionStage stage) => stage switch
    {
        OutcomeScoring.CalibrationStage => StageKind.Calibration,
        OutcomeScoring.ValueSetStage => StageKind.ValueSet,
        OutcomeScoring.CompanionCountStage => StageKind.CompanionCount,
        _ => StageKind.LowestRated,
    };

    private static void WriteLevels(ActivationCutPoints? levels, Utf8JsonWriter writer)
    {
        if (levels is null)
        {
            return;
        }

        writer.WriteStartObject("levels");
        writer.WriteString("id", levels.Id);
        writer.WriteString("name", levels.Name);
        writer.WriteNumber("level1Maximum", levels.Level1Maximum);
        writer.WriteNumber("level2Maximum", levels.Level2Maximum);
        writer.WriteNumber("level3Maximum", levels.Level3Maximum);
        writer.WriteString("source", levels.Source);
        writer.WriteEndObject();
    }

    private static void WriteDimensions(ValueSetStage stage, Utf8JsonWriter writer)
    {
        writer.WriteStartArray("dimensions");
        foreach (ValueSetDimension dimension in stage.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("id", dimension.Id);
            writer.WriteStartArray("items");
            foreach (ItemLevels item in dimension.Items)
            {
                writer.WriteStartObject();
                writer.WriteNumber("item", item.Item);
                WriteNumbers(writer, "levels", item.Levels);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (stage.IsAdditive)
            {
                WriteDoubles(writer, "values", dimension.Values);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (stage.Constant is not { } constant)
        {
            WriteDoubles(writer, "values", stage.Values);
            return;
        }

        writer.WriteNumber("constant", constant);
        if (stage.Terms.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("terms");
        foreach (ValueSetTerm term in stage.Terms)
        {
            writer.WriteStartObject();
            writer.WriteString("id", term.Id);
            writer.WriteNumber("atLeast", term.AtLeast);
            if (term.MinimumCount != 1)
            {
                writer.WriteNumber("minimumCount", term.MinimumCount);
            }

            writer.WriteNumber("value", term.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDoubles(Utf8JsonWriter writer, string name, ImmutableArray<double> numbers)
    {
        writer.WriteStartArray(name);
        foreach (double number in numbers)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string name, ImmutableArray<int> numbers)
    {
        writer.WriteStartArray(name);
        foreach (int number in numbers)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
    }
}
