using System.Globalization;
using System.Text.Json;

using OutcomeScoring.Internal;
using static OutcomeScoring.Internal.JsonProblems;

namespace OutcomeScoring.Activation;

/// <summary>
/// Reads a calibration's JSON form (see <see cref="Calibration"/>) and reports every problem at once, each with its JSON path
/// (issue 14): type errors, missing and unknown properties, unknown names, misnumbered items, then the rules of the
/// calibration itself (table rows, strictly increasing scores, the transform, the minimum answered) on whatever could be read.
/// </summary>
internal sealed class CalibrationJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] ItemParameterFields = ["name", "model", "estimator", "extremeAdjustment", "items", "taus", "transform", "minimumAnswered", "rejectUniformExtremes"];

    private static readonly string[] TableFields = ["name", "itemCount", "maximumCategory", "table", "minimumAnswered", "rejectUniformExtremes"];

    /// <summary>The model names; the value says whether it is the rating-scale model.</summary>
    private static readonly (string Name, bool RatingScale)[] Models = [("partial-credit", false), ("rating-scale", true)];

    private static readonly (string Name, RaschEstimator Estimator)[] Estimators = [("ml", RaschEstimator.MaximumLikelihood), ("wle", RaschEstimator.WeightedLikelihood)];

    private readonly JsonProblems _problems;

    private CalibrationJson(JsonProblems problems) => _problems = problems;

    public static ICalibration Read(string json) => Parse(() => JsonDocument.Parse(json, DocumentOptions));

    public static ICalibration Read(Stream utf8Json) => Parse(() => JsonDocument.Parse(JsonFields.ReadUtf8(utf8Json, "Calibration JSON"), DocumentOptions));

    private static ICalibration Parse(Func<JsonDocument> parse) =>
        JsonProblems.Load(
            parse,
            (problems, root) => new CalibrationJson(problems).Root(root),
            ex => new CalibrationException($"Calibration JSON is malformed: {ex.Message}", ex),
            message => new CalibrationException(message),
            problems => new CalibrationException(problems, withPaths: true));

    private ICalibration? Root(JsonElement root)
    {
        if (!_problems.Check(root.ValueKind == JsonValueKind.Object, "$", "Calibration JSON must be an object."))
        {
            return null;
        }

        bool hasItems = root.TryGetProperty("items", out _), hasTable = root.TryGetProperty("table", out _);
        if (!_problems.Check(hasItems != hasTable, "$", hasItems
            ? "Calibration JSON has both \"items\" (item parameters) and \"table\" (lookup table); give one."
            : "Calibration JSON has neither \"items\" (item parameters, form a) nor \"table\" (lookup table, form b)."))
        {
            return null;
        }

        string? name = _problems.Text(root, "name", "$", "Calibration JSON");
        string where = name is null ? "Calibration JSON" : $"Calibration '{name}'";
        return hasItems ? ItemParameters(root, name, where) : Table(root, name, where);
    }

    private ItemParameterCalibration? ItemParameters(JsonElement root, string? name, string where)
    {
        _problems.Fields(root, ItemParameterFields, "$", where);
        bool? ratingScale = _problems.Choice(root, "model", "$", where, Models);
        RaschEstimator? estimator = _problems.Choice(root, "estimator", "$", where, Estimators);
        PersonEstimationOptions estimation = PersonEstimationOptions.Default with { Estimator = estimator ?? PersonEstimationOptions.Default.Estimator };
        if (_problems.Number(root, "extremeAdjustment", "$", where, required: false) is { } adjustment)
        {
            estimation = estimation with { ExtremeScoreAdjustment = adjustment };
        }

        JsonElement? items = _problems.Array(root, "items", "$", where);
        if (items is { } list && !_problems.Check(list.GetArrayLength() > 0, "$.items", $"{where}: \"items\" is empty."))
        {
            items = null;
        }

        RaschModel? rasch = ratingScale switch
        {
            false => PartialCredit(root, items, where),
            true => RatingScale(root, items, where),
            null => null,
        };
        LinearTransform? transform = Transform(root, where);
        int? minimumAnswered = _problems.Integer(root, "minimumAnswered", "$", where);
        bool? reject = _problems.Boolean(root, "rejectUniformExtremes", "$", where);
        if (name is not null)
        {
            _problems.AddRules(ItemParameterCalibration.RuleProblems(name, estimation, minimumAnswered, items?.GetArrayLength()));
        }

        return _problems.Count == 0
            ? new ItemParameterCalibration(name!, rasch!, estimation, transform!, minimumAnswered!.Value, reject!.Value)
            : null;
    }

    private RaschModel? PartialCredit(JsonElement root, JsonElement? items, string where)
    {
        _problems.Check(!root.TryGetProperty("taus", out _), "$.taus", $"{where}: \"taus\" belongs to a rating-scale model; a partial-credit model gives \"thresholds\" per item.");
        if (items is not { } list)
        {
            return null;
        }

        int before = _problems.Count, position = 0;
        var thresholds = new List<double[]>();
        foreach (JsonElement item in list.EnumerateArray())
        {
            string path = Path("$.items", position);
            if (ItemAt(item, position++, where, ["item", "thresholds"]) is { } at && _problems.Array(item, "thresholds", path, at) is { } values)
            {
                _problems.Check(values.GetArrayLength() > 0, Path(path, "thresholds"), $"{at}: \"thresholds\" is empty; an item needs at least one.");
                thresholds.Add(_problems.Numbers(values, Path(path, "thresholds"), j => string.Create(CultureInfo.InvariantCulture, $"{at}: threshold {j + 1}")) ?? []);
            }
        }

        return _problems.Count == before ? _problems.Build("$.items", where, () => RaschModel.PartialCredit(thresholds)) : null;
    }

    private RaschModel? RatingScale(JsonElement root, JsonElement? items, string where)
    {
        int before = _problems.Count, position = 0;
        double[]? taus = _problems.Array(root, "taus", "$", where) is { } array
            ? _problems.Numbers(array, "$.taus", j => string.Create(CultureInfo.InvariantCulture, $"{where}: tau {j + 1}"))
            : null;
        _problems.Check(taus is not { Length: 0 }, "$.taus", $"{where}: \"taus\" is empty; a rating-scale model needs at least one.");
        var difficulties = new List<double>();
        foreach (JsonElement item in items?.EnumerateArray() ?? default)
        {
            string path = Path("$.items", position);
            if (ItemAt(item, position++, where, ["item", "difficulty"]) is { } at && _problems.Number(item, "difficulty", path, at) is { } difficulty)
            {
                difficulties.Add(difficulty);
            }
        }

        return _problems.Count == before && items is not null ? _problems.Build("$.items", where, () => RaschModel.RatingScale(difficulties, taus!)) : null;
    }

    /// <summary>Checks an item is an object numbered for its position; returns the words that name it, or <see langword="null"/> if it is not an object.</summary>
    private string? ItemAt(JsonElement item, int position, string where, string[] fields)
    {
        string path = Path("$.items", position);
        string at = string.Create(CultureInfo.InvariantCulture, $"{where}: items[{position}]");
        if (!_problems.Check(item.ValueKind == JsonValueKind.Object, path, $"{at} must be an object."))
        {
            return null;
        }

        if (_problems.Integer(item, "item", path, at) is { } number)
        {
            _problems.Check(number == position + 1, Path(path, "item"), string.Create(CultureInfo.InvariantCulture, $"{where}: items must be numbered 1 to N in order; position {position + 1} holds item {number}."));
            at = string.Create(CultureInfo.InvariantCulture, $"{where}: item {number}");
        }

        _problems.Fields(item, fields, path, at);
        return at;
    }

    private LinearTransform? Transform(JsonElement root, string where)
    {
        if (_problems.Object(root, "transform", "$", where) is not { } transform)
        {
            return null;
        }

        string at = $"{where}: transform";
        _problems.Fields(transform, ["intercept", "slope", "min", "max"], "$.transform", at);
        double? intercept = _problems.Number(transform, "intercept", "$.transform", at);
        double? slope = _problems.Number(transform, "slope", "$.transform", at);
        double? minimum = _problems.Number(transform, "min", "$.transform", at);
        double? maximum = _problems.Number(transform, "max", "$.transform", at);
        return intercept is { } a && slope is { } b && minimum is { } c && maximum is { } d
            ? _problems.Build("$.transform", where, () => new LinearTransform(a, b, c, d))
            : null;
    }

    private LookupTableCalibration? Table(JsonElement root, string? name, string where)
    {
        _problems.Fields(root, TableFields, "$", where);
        JsonElement? table = _problems.Array(root, "table", "$", where);
        var rows = new List<LookupTableRow?>();
        int position = 0;
        foreach (JsonElement row in table?.EnumerateArray() ?? default)
        {
            rows.Add(Row(row, position++, where));
        }

        int? itemCount = _problems.Integer(root, "itemCount", "$", where);
        int? maximumCategory = _problems.Integer(root, "maximumCategory", "$", where);
        int? minimumAnswered = _problems.Integer(root, "minimumAnswered", "$", where);
        bool? reject = _problems.Boolean(root, "rejectUniformExtremes", "$", where);
        if (name is not null && itemCount is { } count && maximumCategory is { } top && minimumAnswered is { } minimum && table is not null)
        {
            _problems.AddRules(LookupTableCalibration.Problems(name, count, top, rows, minimum));
        }

        return _problems.Count == 0
            ? new LookupTableCalibration(name!, itemCount!.Value, maximumCategory!.Value, rows.Select(r => r!), minimumAnswered!.Value, reject!.Value)
            : null;
    }

    private LookupTableRow? Row(JsonElement row, int position, string where)
    {
        string path = Path("$.table", position);
        string at = string.Create(CultureInfo.InvariantCulture, $"{where}: table row {position + 1}");
        if (!_problems.Check(row.ValueKind == JsonValueKind.Object, path, $"{at} must be an object."))
        {
            return null;
        }

        int before = _problems.Count;
        _problems.Fields(row, ["answered", "scores", "standardErrors"], path, at);
        int? answered = _problems.Integer(row, "answered", path, at);
        if (answered is { } n)
        {
            at = string.Create(CultureInfo.InvariantCulture, $"{where}: the row for {n} answered items");
        }

        double[]? scores = _problems.Array(row, "scores", path, at) is { } values
            ? _problems.Numbers(values, Path(path, "scores"), r => string.Create(CultureInfo.InvariantCulture, $"{at}: score at raw score {r}"))
            : null;
        double[]? errors = _problems.Array(row, "standardErrors", path, at, required: false) is { } given
            ? _problems.Numbers(given, Path(path, "standardErrors"), r => string.Create(CultureInfo.InvariantCulture, $"{at}: standard error at raw score {r}"))
            : null;
        return _problems.Count == before ? new LookupTableRow(answered!.Value, scores!, errors) : null;
    }
}
