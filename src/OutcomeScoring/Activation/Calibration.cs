using System.Globalization;
using System.Text.Json;

using OutcomeScoring.Internal;
using static OutcomeScoring.Internal.JsonFields;

namespace OutcomeScoring.Activation;

/// <summary>
/// Loads a licensee's calibration from JSON, in either documented form (see docs/instruments/pam-13.md):
/// (a) Rasch item parameters with a transform, recognised by an <c>"items"</c> array; or (b) a lookup table,
/// recognised by a <c>"table"</c> array.
/// </summary>
/// <remarks>
/// <para>Form (a), item parameters (the numbers here are made up):</para>
/// <code>
/// {"name":"...","model":"partial-credit","estimator":"wle",
///  "items":[{"item":1,"thresholds":[-1.2,0.1,1.3]}, ...],
///  "transform":{"intercept":50,"slope":10,"min":0,"max":100},
///  "minimumAnswered":7,"rejectUniformExtremes":true}
/// </code>
/// <para>
/// <c>model</c> is <c>"partial-credit"</c> (each item has <c>"thresholds"</c>: its step difficulties d_i1..d_iM in
/// logits) or <c>"rating-scale"</c> (each item has <c>"difficulty"</c> d_i and the top level has <c>"taus"</c>, so
/// that d_ij = d_i + tau_j). <c>estimator</c> is <c>"ml"</c> or <c>"wle"</c>; with <c>"ml"</c> an optional
/// <c>"extremeAdjustment"</c> (default 0.3) replaces the raw scores 0 and max. Items are numbered 1 to N in order.
/// </para>
/// <para>Form (b), lookup table (the numbers here are made up):</para>
/// <code>
/// {"name":"...","itemCount":13,"maximumCategory":3,
///  "table":[{"answered":13,"scores":[...one per raw score 0..39...],"standardErrors":[...optional, same length...]}, ...],
///  "minimumAnswered":7,"rejectUniformExtremes":true}
/// </code>
/// <para>
/// Unknown properties are errors (so that a misspelt rule is never silently ignored). Comments and trailing
/// commas are allowed. Every error is a <see cref="CalibrationException"/> naming the field, item or row.
/// </para>
/// </remarks>
public static class Calibration
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] ItemParameterFields = ["name", "model", "estimator", "extremeAdjustment", "items", "taus", "transform", "minimumAnswered", "rejectUniformExtremes"];

    private static readonly string[] TableFields = ["name", "itemCount", "maximumCategory", "table", "minimumAnswered", "rejectUniformExtremes"];

    /// <summary>Reads a calibration from JSON text.</summary>
    /// <param name="json">The JSON, in form (a) or form (b).</param>
    /// <returns>An <see cref="ItemParameterCalibration"/> or a <see cref="LookupTableCalibration"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalibrationException">The JSON is malformed or the calibration is not valid; the message says exactly what is wrong.</exception>
    public static ICalibration FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(() => JsonDocument.Parse(json, DocumentOptions));
    }

    /// <summary>Reads a calibration from a UTF-8 JSON stream (for example a licensee's file).</summary>
    /// <param name="utf8Json">The stream; it is read to the end and not closed.</param>
    /// <returns>An <see cref="ItemParameterCalibration"/> or a <see cref="LookupTableCalibration"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalibrationException">The JSON is malformed or the calibration is not valid; the message says exactly what is wrong.</exception>
    public static ICalibration Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Parse(() => JsonDocument.Parse(ReadUtf8(utf8Json, "Calibration JSON"), DocumentOptions));
    }

    private static ICalibration Parse(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException ex)
        {
            throw new CalibrationException($"Calibration JSON is malformed: {ex.Message}", ex);
        }
        catch (JsonFieldException ex)
        {
            throw new CalibrationException(ex.Message);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (JsonFieldException ex)
            {
                throw new CalibrationException(ex.Message);
            }
        }
    }

    private static ICalibration Read(JsonElement root)
    {
        Require(root.ValueKind == JsonValueKind.Object, "Calibration JSON must be an object.");
        bool hasItems = root.TryGetProperty("items", out _), hasTable = root.TryGetProperty("table", out _);
        Require(hasItems != hasTable, hasItems
            ? "Calibration JSON has both \"items\" (item parameters) and \"table\" (lookup table); give one."
            : "Calibration JSON has neither \"items\" (item parameters, form a) nor \"table\" (lookup table, form b).");
        string name = Text(root, "name", "Calibration JSON");
        return hasItems ? ReadItemParameters(root, name) : ReadTable(root, name);
    }

    private static ItemParameterCalibration ReadItemParameters(JsonElement root, string name)
    {
        string where = $"Calibration '{name}'";
        CheckFields(root, ItemParameterFields, where);
        string model = Text(root, "model", where);
        string estimator = Text(root, "estimator", where);
        var estimation = new PersonEstimationOptions
        {
            Estimator = estimator switch
            {
                "ml" => RaschEstimator.MaximumLikelihood,
                "wle" => RaschEstimator.WeightedLikelihood,
                _ => throw new CalibrationException($"{where}: estimator is \"{Shown(estimator)}\"; it must be \"ml\" or \"wle\"."),
            },
        };
        if (root.TryGetProperty("extremeAdjustment", out _))
        {
            estimation = estimation with { ExtremeScoreAdjustment = Number(root, "extremeAdjustment", where) };
        }

        JsonElement items = Array(root, "items", where);
        Require(items.GetArrayLength() > 0, $"{where}: \"items\" is empty.");
        RaschModel rasch;
        int position = 0;
        if (model == "partial-credit")
        {
            Require(!root.TryGetProperty("taus", out _), $"{where}: \"taus\" belongs to a rating-scale model; a partial-credit model gives \"thresholds\" per item.");
            var thresholds = new List<double[]>();
            foreach (JsonElement item in items.EnumerateArray())
            {
                string at = ItemAt(item, ++position, where, ["item", "thresholds"]);
                JsonElement values = Array(item, "thresholds", at);
                Require(values.GetArrayLength() > 0, $"{at}: \"thresholds\" is empty; an item needs at least one.");
                thresholds.Add([.. values.EnumerateArray().Select((v, j) => NumberValue(v, string.Create(CultureInfo.InvariantCulture, $"{at}: threshold {j + 1}")))]);
            }

            rasch = RaschModel.PartialCredit(thresholds);
        }
        else if (model == "rating-scale")
        {
            double[] taus = [.. Array(root, "taus", where).EnumerateArray().Select((v, j) => NumberValue(v, string.Create(CultureInfo.InvariantCulture, $"{where}: tau {j + 1}")))];
            Require(taus.Length > 0, $"{where}: \"taus\" is empty; a rating-scale model needs at least one.");
            var difficulties = new List<double>();
            foreach (JsonElement item in items.EnumerateArray())
            {
                string at = ItemAt(item, ++position, where, ["item", "difficulty"]);
                difficulties.Add(Number(item, "difficulty", at));
            }

            rasch = RaschModel.RatingScale(difficulties, taus);
        }
        else
        {
            throw new CalibrationException($"{where}: model is \"{Shown(model)}\"; it must be \"partial-credit\" or \"rating-scale\".");
        }

        JsonElement transform = Object(root, "transform", where);
        CheckFields(transform, ["intercept", "slope", "min", "max"], $"{where}: transform");
        LinearTransform linear;
        try
        {
            linear = new LinearTransform(
                Number(transform, "intercept", $"{where}: transform"),
                Number(transform, "slope", $"{where}: transform"),
                Number(transform, "min", $"{where}: transform"),
                Number(transform, "max", $"{where}: transform"));
        }
        catch (CalibrationException ex)
        {
            throw new CalibrationException($"{where}: {ex.Message}", ex);
        }

        return new ItemParameterCalibration(name, rasch, estimation, linear, Integer(root, "minimumAnswered", where), Boolean(root, "rejectUniformExtremes", where));
    }

    private static LookupTableCalibration ReadTable(JsonElement root, string name)
    {
        string where = $"Calibration '{name}'";
        CheckFields(root, TableFields, where);
        var rows = new List<LookupTableRow>();
        int position = 0;
        foreach (JsonElement row in Array(root, "table", where).EnumerateArray())
        {
            position++;
            string at = string.Create(CultureInfo.InvariantCulture, $"{where}: table row {position}");
            Require(row.ValueKind == JsonValueKind.Object, $"{at} must be an object.");
            CheckFields(row, ["answered", "scores", "standardErrors"], at);
            int answered = Integer(row, "answered", at);
            at = string.Create(CultureInfo.InvariantCulture, $"{where}: the row for {answered} answered items");
            double[] scores = [.. Array(row, "scores", at).EnumerateArray().Select((v, r) => NumberValue(v, string.Create(CultureInfo.InvariantCulture, $"{at}: score at raw score {r}")))];
            double[]? errors = row.TryGetProperty("standardErrors", out _)
                ? [.. Array(row, "standardErrors", at).EnumerateArray().Select((v, r) => NumberValue(v, string.Create(CultureInfo.InvariantCulture, $"{at}: standard error at raw score {r}")))]
                : null;
            rows.Add(new LookupTableRow(answered, scores, errors));
        }

        return new LookupTableCalibration(
            name,
            Integer(root, "itemCount", where),
            Integer(root, "maximumCategory", where),
            rows,
            Integer(root, "minimumAnswered", where),
            Boolean(root, "rejectUniformExtremes", where));
    }

    private static string ItemAt(JsonElement item, int position, string where, string[] fields)
    {
        string at = string.Create(CultureInfo.InvariantCulture, $"{where}: items[{position - 1}]");
        Require(item.ValueKind == JsonValueKind.Object, $"{at} must be an object.");
        int number = Integer(item, "item", at);
        Require(number == position, string.Create(CultureInfo.InvariantCulture, $"{where}: items must be numbered 1 to N in order; position {position} holds item {number}."));
        at = string.Create(CultureInfo.InvariantCulture, $"{where}: item {number}");
        CheckFields(item, fields, at);
        return at;
    }










}
