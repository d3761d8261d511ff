using OutcomeScoring.Internal;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.Engine;

/// <summary>
/// Checks every rule an instrument definition must meet and collects every problem, each with its JSON path, so
/// that the <see cref="Instrument"/> constructor and the JSON loader report them all at once. Parts that are
/// missing (<see langword="null"/>) are reported once and the checks that need them are skipped.
/// </summary>
/// <remarks>
/// Null checks use locals and <c>is null</c>/<c>HasValue</c>, not pattern variables (<c>is not { } item</c>): a
/// mutant that drops the <c>continue</c> after one would leave the variable unassigned, and Stryker then drops every
/// mutant of the method (docs/testing.md, "Mutants Stryker could not compile").
/// </remarks>
internal sealed class InstrumentValidation
{
    private readonly List<DefinitionProblem> _problems = [];
    private readonly string? _id;

    private InstrumentValidation(string? id) => _id = id;

    public static List<DefinitionProblem> Validate(
        string? id,
        string? name,
        string? source,
        ResponseScale? scale,
        IReadOnlyList<Item?>? items,
        IReadOnlyList<ScoreDefinition?>? scores,
        double clinicalMultiplier,
        ScoreDirection direction,
        Interpretation? interpretation,
        IReadOnlyList<ResultColumn?>? resultColumns = null,
        IReadOnlyList<DefinitionStage?>? stages = null,
        IReadOnlyList<CompanionQuestion?>? companionQuestions = null,
        IReadOnlyList<ColumnOrder?>? columnOrders = null)
    {
        var v = new InstrumentValidation(id);
        v.Check(!string.IsNullOrWhiteSpace(id), "$.id", "An instrument needs an id.");
        v.Check(!string.IsNullOrWhiteSpace(name), "$.name", $"Instrument '{id}' needs a name.");
        v.Check(!string.IsNullOrWhiteSpace(source), "$.source", $"Instrument '{id}' needs a source.");
        if (scale is null)
        {
            v.Absent("$.scale", $"Instrument '{id}' needs a response scale.");
        }

        if (items is null)
        {
            v.Absent("$.items", $"Instrument '{id}' needs items.");
        }

        if (scores is null)
        {
            v.Absent("$.scores", $"Instrument '{id}' needs scores.");
        }
        v.Check(double.IsFinite(clinicalMultiplier) && clinicalMultiplier > 0, "$.clinicalMultiplier", Text($"Instrument '{id}': the clinical multiplier must be a positive finite number; got {clinicalMultiplier}."));
        v.Check(Enum.IsDefined(direction), "$.direction", $"Instrument '{id}': unknown score direction {direction}.");
        if (items is not null)
        {
            v.Items(scale, items);
        }

        if (scores is not null)
        {
            v.Scores(items?.Count, scores);
        }

        if (interpretation is not null && scores is not null)
        {
            v.Interpretation(scale, scores, clinicalMultiplier, interpretation);
        }

        stages ??= [];
        companionQuestions ??= [];
        v.CompanionQuestions(items?.Count, companionQuestions);
        v.ColumnOrders(items?.Count, columnOrders ?? []);
        v.Stages(scale, items?.Count, scores ?? [], stages, companionQuestions);
        if (items is not null)
        {
            v.StagePoints(items, stages);
        }

        if (resultColumns is not null && scores is not null)
        {
            v.Columns(scale, items, scores, interpretation, resultColumns, stages);
        }

        return v._problems;
    }

    private void Check([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string path, string message)
    {
        if (!condition)
        {
            _problems.Add(new DefinitionProblem(path, message));
        }
    }

    private void Absent(string path, string message) => _problems.Add(new DefinitionProblem(path, message, isAbsence: true));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Items(ResponseScale? scale, IReadOnlyList<Item?> items)
    {
        Check(items.Count > 0, "$.items", $"Instrument '{_id}' has no items.");
        if (scale is not null)
        {
            Check(
                scale.NotApplicableAnswer is null || !scale.Contains(scale.NotApplicableAnswer.Value),
                "$.scale.notApplicable",
                Text($"Instrument '{_id}': the answer {scale.NotApplicableAnswer} for not applicable is also an answer on the {scale} scale; it must lie outside it."));
            long reach = (long)items.Count * (scale.Maximum - scale.Minimum);
            Check(reach <= ushort.MaxValue, "$.items", Text($"Instrument '{_id}': {items.Count} items on a {scale} scale could sum to {reach} above the scale minimum; results hold sums of at most {ushort.MaxValue}."));
            Points(scale, items);
        }

        var seen = new HashSet<int>();
        for (int i = 0; i < items.Count; i++)
        {
            string at = Text($"$.items[{i}]");
            Item? item = items[i];
            if (item is null)
            {
                Absent(at, Text($"Instrument '{_id}': item at position {i + 1} is null."));
                continue;
            }

            if (!seen.Add(item.Number))
            {
                Check(false, at + ".number", Text($"Instrument '{_id}': item {item.Number} is defined more than once."));
            }
            else
            {
                Check(item.Number == i + 1, at + ".number", Text($"Instrument '{_id}': items must be numbered 1 to {items.Count} in order; position {i + 1} holds item {item.Number}."));
            }

            Check(!string.IsNullOrWhiteSpace(item.Topic), at + ".topic", Text($"Instrument '{_id}': item {item.Number} needs a topic tag."));
            Check(Enum.IsDefined(item.Keying), at + ".keying", Text($"Instrument '{_id}': item {item.Number} has unknown keying {item.Keying}."));
            Codes(item.Codes, at, Text($"item {item.Number}"), CodedValue.Answer);
        }
    }

    /// <summary>
    /// The items' value maps (<see cref="Item.Points"/>): one whole number per answer on the scale, on a direct non-risk
    /// item, and sums that still fit a result's 16-bit lanes counted from the lowest point.
    /// </summary>
    private void Points(ResponseScale scale, IReadOnlyList<Item?> items)
    {
        Item[] mapped = [.. items.OfType<Item>().Where(ItemPoints.Has)];
        if (mapped.Length == 0)
        {
            return;
        }

        int answers = scale.Maximum - scale.Minimum + 1;
        for (int i = 0; i < items.Count; i++)
        {
            Item? item = items[i];
            if (item is null || !ItemPoints.Has(item))
            {
                continue;
            }

            string at = Text($"$.items[{i}].points");
            Check(item.Points.Length == answers, at, Text($"Instrument '{_id}': item {item.Number} has {item.Points.Length} {Display.Plural("point", item.Points.Length)}, but the {scale} scale has {answers} answers; give one point value per answer, lowest answer first."));
            Check(item.Keying == ItemKeying.Direct, at, Text($"Instrument '{_id}': item {item.Number} has points and is reversed; write its points in reversed order and leave it direct."));
            Check(!item.IsRisk, at, Text($"Instrument '{_id}': item {item.Number} has points and is a risk item; a risk flag reads keyed answers, so a risk item cannot have points."));
        }

        Item[] all = [.. items.OfType<Item>()];
        long reach = all.Sum(item => (long)ItemPoints.Highest(item, scale)) - ((long)all.Length * ItemPoints.Lowest(all, scale));
        Check(reach <= ushort.MaxValue, "$.items", Text($"Instrument '{_id}': its items' points could sum to {reach} above the lowest point; results hold sums of at most {ushort.MaxValue}."));
    }

    /// <summary>A stage reads keyed answers as categories, so an item it reads cannot have points.</summary>
    private void StagePoints(IReadOnlyList<Item?> items, IReadOnlyList<DefinitionStage?> stages)
    {
        for (int s = 0; s < stages.Count; s++)
        {
            DefinitionStage? stage = stages[s];
            if (stage is null || stage.Items.IsDefault || stage.CompanionQuestionId is not null)
            {
                continue;
            }

            foreach (int number in stage.Items)
            {
                Check(
                    number < 1 || number > items.Count || !HasPoints(items[number - 1]),
                    Text($"$.stages[{s}]"),
                    Text($"Instrument '{_id}': stage '{stage.Id}' reads item {number}, which has points; a stage reads keyed answers, so the items it reads cannot have points."));
            }
        }
    }

    private static bool HasPoints(Item? item) => item is not null && ItemPoints.Has(item);

    private void Scores(int? itemCount, IReadOnlyList<ScoreDefinition?> scores)
    {
        Check(scores.Count > 0, "$.scores", $"Instrument '{_id}' has no scores.");
        Check(scores.Count <= Instrument.MaximumScoreCount, "$.scores", Text($"Instrument '{_id}' defines {scores.Count} scores; at most {Instrument.MaximumScoreCount} are allowed."));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < scores.Count; s++)
        {
            string at = Text($"$.scores[{s}]");
            ScoreDefinition? score = scores[s];
            if (score is null)
            {
                Absent(at, $"Instrument '{_id}': a score is null.");
                continue;
            }

            Check(!string.IsNullOrWhiteSpace(score.Id), at + ".id", $"Instrument '{_id}': a score needs an id.");
            Check(!string.IsNullOrWhiteSpace(score.Name), at + ".name", $"Instrument '{_id}': score '{score.Id}' needs a name.");
            Check(!string.IsNullOrWhiteSpace(score.Source), at + ".source", $"Instrument '{_id}': score '{score.Id}' needs a source for its missing-item rule.");
            if (score.Id is not null)
            {
                Check(ids.Add(score.Id), at + ".id", $"Instrument '{_id}': score '{score.Id}' is defined more than once.");
            }

            if (score.Items.IsDefaultOrEmpty)
            {
                Check(false, at + ".items", $"Instrument '{_id}': score '{score.Id}' has no items.");
                continue;
            }

            var inScore = new HashSet<int>();
            for (int j = 0; j < score.Items.Length; j++)
            {
                int number = score.Items[j];
                string itemAt = Text($"{at}.items[{j}]");
                if (itemCount.HasValue)
                {
                    Check(number >= 1 && number <= itemCount.Value, itemAt, Text($"Instrument '{_id}': score '{score.Id}' refers to item {number}, but the instrument has items 1 to {itemCount.Value}."));
                }

                Check(inScore.Add(number), itemAt, Text($"Instrument '{_id}': score '{score.Id}' lists item {number} more than once."));
            }

            Codes(score.Codes, at, $"score '{score.Id}'", null);
            Check(
                score.MaximumMissing >= 0 && score.MaximumMissing < score.Items.Length,
                at + ".maximumMissing",
                Text($"Instrument '{_id}': score '{score.Id}' allows {score.MaximumMissing} missing {Display.Plural("item", score.MaximumMissing)}, but it has {score.Items.Length}; the limit must be between 0 and {score.Items.Length - 1} so that at least one answered item is needed."));
            Check(
                !(score.ExcludesNotApplicable || score.CountsNotApplicable) || score.Items.Length < ScorePlan.NotApplicableUnit,
                at + ".notApplicable",
                Text($"Instrument '{_id}': score '{score.Id}' {(score.ExcludesNotApplicable ? "leaves out" : "counts")} not-applicable answers, so it may have at most {ScorePlan.NotApplicableUnit - 1} items; it has {score.Items.Length}."));
            Check(
                !(score.ExcludesNotApplicable && score.CountsNotApplicable),
                at + ".notApplicable",
                $"Instrument '{_id}': score '{score.Id}' both leaves out not-applicable answers and counts them as not answered; choose one.");
            Check(
                Enum.IsDefined(score.Aggregate),
                at + ".aggregate",
                Text($"Instrument '{_id}': score '{score.Id}' has aggregate {(int)score.Aggregate}, which is not Mean, Sum or ProratedSum."));
        }
    }

    /// <summary>Checks the public codes of an item (<paramref name="only"/> = answer), a stage (stage value) or a score (null: any other value).</summary>
    private void Codes(System.Collections.Immutable.ImmutableArray<PublicCode> codes, string owner, string what, CodedValue? only)
    {
        if (codes.IsDefault)
        {
            return;
        }

        var seen = new HashSet<(string?, string?)>();
        for (int c = 0; c < codes.Length; c++)
        {
            string at = Text($"{owner}.codes[{c}]");
            PublicCode? code = codes[c];
            if (code is null)
            {
                Absent(at, $"Instrument '{_id}': a code of {what} is null.");
                continue;
            }

            Check(Uri.TryCreate(code.System, UriKind.Absolute, out _), at + ".system", $"Instrument '{_id}': the code system of {what} must be an absolute URI (for example {PublicCode.SnomedCt}); got '{code.System}'.");
            Check(!string.IsNullOrWhiteSpace(code.Code), at + ".code", $"Instrument '{_id}': a code of {what} is blank.");
            Check(!string.IsNullOrWhiteSpace(code.Source), at + ".source", $"Instrument '{_id}': code {code.Code} of {what} needs a source.");
            Check(seen.Add((code.System, code.Code)), at + ".code", $"Instrument '{_id}': {what} lists code {code.Code} more than once.");
            Check(Enum.IsDefined(code.Value), at + ".value", $"Instrument '{_id}': code {code.Code} of {what} stands for unknown value {code.Value}.");
            Check(
                only.HasValue ? code.Value == only.Value : code.Value is not (CodedValue.Answer or CodedValue.StageValue),
                at + ".value",
                only switch
                {
                    CodedValue.Answer => $"Instrument '{_id}': code {code.Code} of {what} must stand for the item's answer.",
                    CodedValue.StageValue => $"Instrument '{_id}': code {code.Code} of {what} must stand for the stage's value.",
                    _ => $"Instrument '{_id}': code {code.Code} of {what} stands for an item's answer or a stage's value; a score's code stands for its clinical score, mean or item sum.",
                });
            if (code.System == PublicCode.SnomedCt && code.Code is not null)
            {
                string id = code.Code;
                Check(
                    id.Length is >= 6 and <= 18 && id.All(char.IsAsciiDigit) && Verhoeff.IsValid(id),
                    at + ".code",
                    $"Instrument '{_id}': '{id}' of {what} is not a SNOMED CT identifier: it must be 6 to 18 digits ending in their Verhoeff check digit (a spreadsheet that rounded it to 15 significant digits breaks the check).");
            }
        }
    }

    /// <summary>
    /// Companion questions: an id (unique, not the item columns' prefix, since it names the question's columns), a name, a
    /// source, and items of the instrument in ascending order, each once, at most 32.
    /// </summary>
    private void CompanionQuestions(int? itemCount, IReadOnlyList<CompanionQuestion?> questions)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int q = 0; q < questions.Count; q++)
        {
            string at = Text($"$.companionQuestions[{q}]");
            CompanionQuestion? question = questions[q];
            if (question is null)
            {
                Absent(at, Text($"Instrument '{_id}': companion question {q + 1} is null."));
                continue;
            }

            Check(!string.IsNullOrWhiteSpace(question.Id), at + ".id", Text($"Instrument '{_id}': companion question {q + 1} needs an id."));
            Check(question.Id is null || ids.Add(question.Id), at + ".id", $"Instrument '{_id}': companion question '{question.Id}' is defined more than once (ids are case-insensitive, as they name columns).");
            Check(
                question.Id is null || (question.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && !string.Equals(question.Id, Forms.FormLayout.DefaultColumnPrefix, StringComparison.OrdinalIgnoreCase)),
                at + ".id",
                $"Instrument '{_id}': companion question '{question.Id}' names its columns ('{question.Id}1', ...), so its id must be letters, digits, '-' or '_' and not '{Forms.FormLayout.DefaultColumnPrefix}'.");
            Check(!string.IsNullOrWhiteSpace(question.Name), at + ".name", $"Instrument '{_id}': companion question '{question.Id}' needs a name.");
            Check(!string.IsNullOrWhiteSpace(question.Source), at + ".source", $"Instrument '{_id}': companion question '{question.Id}' needs a source.");
            ImmutableArray<int> items = question.Items;
            Check(!items.IsDefaultOrEmpty, at + ".items", $"Instrument '{_id}': companion question '{question.Id}' follows no items.");
            int count = items.IsDefault ? 0 : items.Length;
            Check(count <= 32, at + ".items", Text($"Instrument '{_id}': companion question '{question.Id}' follows {count} items; at most 32 are allowed."));
            for (int j = 0; !items.IsDefault && j < items.Length; j++)
            {
                string itemAt = Text($"{at}.items[{j}]");
                Check(itemCount is null || (items[j] >= 1 && items[j] <= itemCount.Value), itemAt, Text($"Instrument '{_id}': companion question '{question.Id}' follows item {items[j]}, but the instrument has items 1 to {itemCount}."));
                Check(j == 0 || items[j] > items[j - 1], itemAt, Text($"Instrument '{_id}': companion question '{question.Id}' lists item {items[j]} out of order or twice; list its items once each, in ascending order."));
            }
        }
    }

    /// <summary>
    /// Column orders: a name (unique ignoring case; letters, digits and '-', as the command line's <c>--item-order</c> takes it),
    /// a source, and the item numbers in column order: each item of the instrument once.
    /// </summary>
    private void ColumnOrders(int? itemCount, IReadOnlyList<ColumnOrder?> orders)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int o = 0; o < orders.Count; o++)
        {
            string at = Text($"$.columnOrders[{o}]");
            ColumnOrder? order = orders[o];
            if (order is null)
            {
                Absent(at, Text($"Instrument '{_id}': column order {o + 1} is null."));
                continue;
            }

            Check(
                !string.IsNullOrWhiteSpace(order.Name) && order.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'),
                at + ".name",
                Text($"Instrument '{_id}': column order {o + 1} needs a name of letters, digits and '-'; got '{order.Name}'."));
            Check(order.Name is null || names.Add(order.Name), at + ".name", $"Instrument '{_id}': column order '{order.Name}' is defined more than once (names are case-insensitive).");
            Check(!string.IsNullOrWhiteSpace(order.Source), at + ".source", $"Instrument '{_id}': column order '{order.Name}' needs a source.");
            ImmutableArray<int> items = order.Items;
            if (itemCount is null || items.IsDefault)
            {
                continue;
            }

            int n = itemCount.Value;
            Check(items.Length == n, at + ".items", Text($"Instrument '{_id}': column order '{order.Name}' lists {items.Length} {Display.Plural("item", items.Length)}; it must list each of the instrument's {n} {Display.Plural("item", n)} once."));
            var seen = new HashSet<int>();
            for (int j = 0; j < items.Length; j++)
            {
                Check(
                    items[j] >= 1 && items[j] <= n && seen.Add(items[j]),
                    Text($"{at}.items[{j}]"),
                    Text($"Instrument '{_id}': column order '{order.Name}' lists item {items[j]} at column {j + 1}; it must list each item 1 to {n} once."));
            }
        }
    }

    /// <summary>A companion count stage counts an existing question's answers, after items that question follows.</summary>
    private void CompanionStage(DefinitionStage stage, string at, IReadOnlyList<CompanionQuestion?> questions)
    {
        CompanionQuestion? question = questions.FirstOrDefault(q => q?.Id == stage.CompanionQuestionId);
        if (stage.CompanionQuestionId is null)
        {
            return;
        }

        Check(question is not null, at + ".question", $"Instrument '{_id}': stage '{stage.Id}' counts the companion question '{stage.CompanionQuestionId}', which the instrument does not define{(questions.Count == 0 ? "" : $"; it has {string.Join(", ", questions.Select(q => q?.Id))}")}.");
        for (int j = 0; question is not null && !question.Items.IsDefault && !stage.Items.IsDefault && j < stage.Items.Length; j++)
        {
            Check(question.Items.Contains(stage.Items[j]), Text($"{at}.items[{j}]"), Text($"Instrument '{_id}': stage '{stage.Id}' counts the '{question.Id}' answer after item {stage.Items[j]}, but that question is not asked after item {stage.Items[j]}."));
        }
    }

    private void Stages(ResponseScale? scale, int? itemCount, IReadOnlyList<ScoreDefinition?> scores, IReadOnlyList<DefinitionStage?> stages, IReadOnlyList<CompanionQuestion?> questions)
    {
        int scoreCount = scores.Count;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<int>();
        var companionsRead = new HashSet<(string?, int)>();
        for (int s = 0; s < stages.Count; s++)
        {
            string at = Text($"$.stages[{s}]");
            DefinitionStage? stage = stages[s];
            if (stage is null)
            {
                Absent(at, $"Instrument '{_id}': a stage is null.");
                continue;
            }

            Check(!string.IsNullOrWhiteSpace(stage.Id), at + ".id", $"Instrument '{_id}': a stage needs an id.");
            Check(stage.Id is null || ids.Add(stage.Id), at + ".id", $"Instrument '{_id}': stage '{stage.Id}' is defined more than once.");
            // Result columns and FHIR codes ({instrument}.{id}) name scores and stages alike.
            Check(stage.Id is null || !scores.Any(score => score?.Id == stage.Id), at + ".id", $"Instrument '{_id}': stage '{stage.Id}' has the id of a score; scores and stages are named alike in result columns and codes, so a stage needs its own id.");
            Check(!string.IsNullOrWhiteSpace(stage.Name), at + ".name", $"Instrument '{_id}': stage '{stage.Id}' needs a name.");
            Check(!string.IsNullOrWhiteSpace(stage.Source), at + ".source", $"Instrument '{_id}': stage '{stage.Id}' needs a source.");
            stage.Validate(new StageChecks(_id, at, Check), scale);
            CompanionStage(stage, at, questions);
            Codes(stage.Codes, at, $"stage '{stage.Id}'", CodedValue.StageValue);
            ImmutableArray<int> items = stage.Items;
            var inStage = new HashSet<int>();
            for (int j = 0; !items.IsDefault && j < items.Length; j++)
            {
                Check(itemCount is null || (items[j] >= 1 && items[j] <= itemCount.Value), at, Text($"Instrument '{_id}': stage '{stage.Id}' reads item {items[j]}, but the instrument has items 1 to {itemCount}."));
                Check(inStage.Add(items[j]), at, Text($"Instrument '{_id}': stage '{stage.Id}' reads item {items[j]} more than once."));
                if (stage.CompanionQuestionId is not null)
                {
                    companionsRead.Add((stage.CompanionQuestionId, items[j]));
                }
                else
                {
                    read.Add(items[j]);
                }
            }
        }

        // With more scores than allowed (reported by Scores) no lane is left, rather than a negative number of them.
        int room = Math.Max(0, ResultLanes.Length - ResultLanes.FirstScore - (2 * scoreCount));
        string itemsRead = Text($"{read.Count} different {Display.Plural("item", read.Count)}");
        Check(
            read.Count + companionsRead.Count <= room,
            "$.stages",
            companionsRead.Count == 0
                ? Text($"Instrument '{_id}': its stages read {itemsRead}; with {Display.Count(scoreCount, "score")} a result holds at most {room}.")
                : Text($"Instrument '{_id}': its stages read {itemsRead} and {companionsRead.Count} companion {Display.Plural("answer", companionsRead.Count)}; with {Display.Count(scoreCount, "score")} a result holds at most {room}."));
    }

    private void Columns(ResponseScale? scale, IReadOnlyList<Item?>? items, IReadOnlyList<ScoreDefinition?> scores, Interpretation? interpretation, IReadOnlyList<ResultColumn?> columns, IReadOnlyList<DefinitionStage?> stages)
    {
        Check(columns.Count > 0, "$.resultColumns", $"Instrument '{_id}': the result table needs at least one column.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < columns.Count; c++)
        {
            string at = Text($"$.resultColumns[{c}]");
            ResultColumn? column = columns[c];
            if (column is null)
            {
                Absent(at, Text($"Instrument '{_id}': result column {c + 1} is null."));
                continue;
            }

            Check(!string.IsNullOrWhiteSpace(column.Name), at + ".name", Text($"Instrument '{_id}': result column {c + 1} needs a name."));
            if (column.Name is not null)
            {
                Check(names.Add(column.Name), at + ".name", $"Instrument '{_id}': result column '{column.Name}' appears more than once (names are case-insensitive).");
            }

            Check(Enum.IsDefined(column.Value), at + ".value", $"Instrument '{_id}': result column '{column.Name}' has unknown value {column.Value}.");
            bool needsScore = column.Value is ResultValue.Mean or ResultValue.ClinicalScore or ResultValue.ScoreItemsAnswered
                or ResultValue.ScoreItemsNotApplicable or ResultValue.MaximumPossible;
            bool takesScore = needsScore || column.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange;
            if (column.ScoreId is null)
            {
                Check(!needsScore, at + ".score", $"Instrument '{_id}': result column '{column.Name}' needs the id of the score it is about.");
            }
            else if (!takesScore)
            {
                Check(false, at + ".score", $"Instrument '{_id}': result column '{column.Name}' is not about one score; leave its score out.");
            }
            else
            {
                Check(scores.Any(s => s is not null && s.Id == column.ScoreId), at + ".score", $"Instrument '{_id}': result column '{column.Name}' is about score '{column.ScoreId}', which it does not have.");
            }

            StageColumn(column, at, stages);
            Check(
                column.Value != ResultValue.AnswerProfile || scale is null || (scale.Minimum >= 0 && scale.Maximum <= 9),
                at + ".value",
                Text($"Instrument '{_id}': result column '{column.Name}' writes each answer as one digit, but the scale runs {scale?.Minimum}-{scale?.Maximum}; it must lie within 0-9."));
            Check(column.Value != ResultValue.Band || interpretation?.SeverityBands is not null, at + ".value", $"Instrument '{_id}': result column '{column.Name}' gives a band, but the instrument has no severity bands.");
            Check(column.Value != ResultValue.RiskFlag || items is null || items.Any(i => i is { IsRisk: true }), at + ".value", $"Instrument '{_id}': result column '{column.Name}' gives the risk flag, but the instrument has no risk item.");
            Check(
                column.Value is not (ResultValue.ClinicalCutoff or ResultValue.InClinicalRange) || interpretation is { CutoffReferences.IsDefaultOrEmpty: false },
                at + ".value",
                $"Instrument '{_id}': result column '{column.Name}' compares with a cut-off, but the instrument has no cut-off table.");
        }
    }

    private void StageColumn(ResultColumn column, string at, IReadOnlyList<DefinitionStage?> stages)
    {
        if (column.Value is not (ResultValue.StageOutput or ResultValue.StageId))
        {
            Check(column.Stage is null && column.Output is null, at + ".stage", $"Instrument '{_id}': result column '{column.Name}' is not a stage output; leave its stage and output out.");
            return;
        }

        DefinitionStage? stage = stages.FirstOrDefault(s => s is not null && s.Id == column.Stage);
        if (stage is null)
        {
            Check(false, at + ".stage", $"Instrument '{_id}': result column '{column.Name}' is about stage '{column.Stage}', which it does not have.");
            return;
        }

        if (column.Value == ResultValue.StageId)
        {
            Check(column.Output is null, at + ".output", $"Instrument '{_id}': result column '{column.Name}' holds the id of stage '{stage.Id}', not an output; leave its output out.");
            return;
        }

        Check(
            column.Output is not null && stage.IndexOfOutput(column.Output) >= 0,
            at + ".output",
            $"Instrument '{_id}': result column '{column.Name}' holds output '{column.Output}' of stage '{stage.Id}', which gives {string.Join(", ", stage.Outputs.Select(o => o.Id))}.");
    }

    private void Interpretation(ResponseScale? scale, IReadOnlyList<ScoreDefinition?> scores, double clinicalMultiplier, Interpretation interpretation)
    {
        bool Has(string? scoreId) => scores.Any(s => s is not null && s.Id == scoreId);

        Check(Has(interpretation.PrimaryScoreId), "$.interpretation.primaryScore", $"Instrument '{_id}': the primary score '{interpretation.PrimaryScoreId}' is not one of its scores.");
        SeverityBanding? bands = interpretation.SeverityBands;
        if (bands is not null)
        {
            Check(Has(bands.ScoreId), "$.interpretation.severityBands.score", $"Instrument '{_id}': severity bands '{bands.Name}' apply to score '{bands.ScoreId}', which it does not have.");
            if (scale is not null && double.IsFinite(clinicalMultiplier))
            {
                double low = scale.Minimum * clinicalMultiplier, high = scale.Maximum * clinicalMultiplier;
                Check(
                    bands.Bands[0].LowerBound <= low && bands.Bands[^1].UpperBound > high,
                    "$.interpretation.severityBands.bands",
                    Text($"Instrument '{_id}': severity bands '{bands.Name}' cover {bands.Bands[0].LowerBound} to {bands.Bands[^1].UpperBound}, but clinical scores run from {low} to {high} inclusive."));
            }
        }

        if (!interpretation.CutoffReferences.IsDefault)
        {
            var referenceIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int r = 0; r < interpretation.CutoffReferences.Length; r++)
            {
                string at = Text($"$.interpretation.cutoffReferences[{r}]");
                CutoffReference? reference = interpretation.CutoffReferences[r];
                if (reference is null)
                {
                    Absent(at, $"Instrument '{_id}': a cut-off reference is null.");
                    continue;
                }

                Check(referenceIds.Add(reference.Id), at + ".id", $"Instrument '{_id}': cut-off reference id '{reference.Id}' is used more than once.");
                for (int e = 0; e < reference.Entries.Length; e++)
                {
                    CutoffEntry entry = reference.Entries[e];
                    Check(Has(entry.ScoreId), Text($"{at}.entries[{e}].score"), $"Instrument '{_id}': cut-off reference '{reference.Id}' gives a cut-off for score '{entry.ScoreId}', which it does not have.");
                }

                for (int w = 0; w < reference.Withheld.Length; w++)
                {
                    string scoreId = reference.Withheld[w].ScoreId;
                    Check(Has(scoreId), Text($"{at}.withheld[{w}].score"), $"Instrument '{_id}': cut-off reference '{reference.Id}' withholds a cut-off for score '{scoreId}', which it does not have.");
                }
            }
        }

        ReliableChangeThreshold? rc = interpretation.ReliableChange;
        if (rc is not null)
        {
            Check(double.IsFinite(rc.ClinicalPoints) && rc.ClinicalPoints > 0, "$.interpretation.reliableChange.clinicalPoints", Text($"Instrument '{_id}': the reliable change threshold must be a positive number of points; got {rc.ClinicalPoints}."));
        }
    }
}
