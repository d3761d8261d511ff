using System.Globalization;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// Builds the dialect-neutral expression of each output column of <c>score</c> for one definition: the definition's
/// result columns (<see cref="Instrument.ResultColumns"/>), the <c>&lt;score&gt;_clinical_range</c> columns that
/// <c>score --reference</c> adds to a definition without cut-off columns, and <c>error</c> with <c>score</c>'s messages in
/// its order (cells off the scale alone; otherwise an unreadable age or gender, the cut-off lookups' reasons, each score
/// that is not computable, then each value-set stage that is not). For DIALOG, <c>score dialog</c>'s columns and messages.
/// </summary>
internal sealed class ScoringSqlBuilder
{
    private readonly Instrument _instrument;
    private readonly ItemFacts _items;
    private readonly CutoffReference? _table;
    private readonly bool _cutoffColumns;
    private readonly string[] _rangeScores;
    private readonly PersonFacts _person;
    private readonly CutoffLookupSql? _lookup;

    /// <summary>DIALOG's help answers (for <c>unmet_needs</c> and their problems); <see langword="null"/> for any other instrument.</summary>
    private readonly HelpFacts? _help;

    /// <summary>The stages some result column shows, in the order first shown (as <c>score</c> evaluates them).</summary>
    private readonly int[] _stages;

    /// <summary>Each stage's SQL, by position in <see cref="Instrument.Stages"/>; <see langword="null"/> for a stage no column shows.</summary>
    private readonly ValueSetSql?[] _valueSets;

    /// <summary>Each calibration stage's SQL, by position in <see cref="Instrument.Stages"/>; <see langword="null"/> for another stage or one no column shows.</summary>
    private readonly CalibrationSql?[] _calibrations;

    /// <summary>Each score's clinical score (a fact when rounded, so that its long expression is computed once per row).</summary>
    private readonly SqlExpr[] _clinical;

    /// <summary>
    /// Builds the outputs; <paramref name="helpColumns"/> is non-null for DIALOG (<c>score dialog</c>'s columns and messages),
    /// empty when the table has none; <paramref name="steps"/> gives each calibration stage's number of Newton steps (by
    /// position in <see cref="Instrument.Stages"/>; <see cref="RaschProof"/>), its calibration being bound to the instrument.
    /// </summary>
    public ScoringSqlBuilder(Instrument instrument, IReadOnlyList<string> itemColumns, SqlScoringOptions options, CutoffReference? reference, IReadOnlyList<string>? helpColumns, IReadOnlyList<int> steps)
    {
        _instrument = instrument;
        _help = helpColumns is null ? null : new HelpFacts(helpColumns);
        FormLayout layout = _help is null ? FormLayout.For(instrument) : Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.OneToSeven);
        _items = new ItemFacts(instrument, itemColumns, options.NotApplicableCode, options.NotAnsweredCode, layout, _help);
        _table = reference ?? instrument.Interpretation.DefaultCutoffs;
        _cutoffColumns = instrument.ResultColumns.Any(c => c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange);
        _rangeScores = reference is not null && !_cutoffColumns
            ? [.. instrument.Scores.Select(s => s.Id).Where(id => reference.Entries.Any(e => e.ScoreId == id))]
            : [];
        _person = new PersonFacts(options.AgeColumn, options.GenderColumn, readAge: _cutoffColumns);
        _lookup = _table is null ? null : new CutoffLookupSql(_table, instrument.ClinicalMultiplier, _person);
        // DIALOG's unmet needs (a companion count) comes from its help facts, not a value set.
        _stages = [.. instrument.ResultColumns.Where(c => c.Value is ResultValue.StageOutput or ResultValue.StageId).Select(c => instrument.IndexOfStage(c.Stage!)).Distinct()
            .Where(i => instrument.Stages[i] is not CompanionCountStage)];
        _valueSets = [.. instrument.Stages.Select((s, i) => s is ValueSetStage v && _stages.Contains(i) ? new ValueSetSql(instrument, v, i, _items) : null)];
        _calibrations = [.. instrument.Stages.Select((s, i) => s is CalibrationStage c && _stages.Contains(i)
            ? new CalibrationSql(instrument, c, i, instrument.CalibrationOf(c.Id)!, steps[i], _items)
            : null)];
        _clinical = [.. instrument.Scores.Select((_, k) => ClinicalValue(k))];
    }

    /// <summary>Gets the steps of the whole query that come after the facts (a Rasch estimate's), in order; none for most definitions.</summary>
    public IReadOnlyList<IReadOnlyList<(string Name, SqlExpr Value)>> Levels => [.. _calibrations.OfType<CalibrationSql>().SelectMany(c => c.Levels)];

    /// <summary>Gets whether the steps can be written inline in a select list (<see cref="CalibrationSql.Inline"/>).</summary>
    public bool StepsInline => _calibrations.All(c => c?.Inline ?? true);

    /// <summary>The output columns after the kept ones, in order, with <c>error</c> last.</summary>
    public IReadOnlyList<(string Name, SqlExpr Value)> Outputs()
    {
        List<(string, SqlExpr)> outputs = [.. _instrument.ResultColumns.Select(c => (c.Name, (SqlExpr)Value(c)))];
        outputs.AddRange(_rangeScores.Select(id => (id + "_clinical_range", (SqlExpr)InRange(id))));
        outputs.Add(("error", Error()));
        return outputs;
    }

    private SqlExpr Ok => _items.RowIsReadable;

    private Case Value(ResultColumn column)
    {
        int score = column.ScoreId is { } id ? _instrument.IndexOfScore(id) : _instrument.PrimaryScoreIndex;
        return column.Value switch
        {
            ResultValue.Mean => When(Computable(score), new Divide(_items.ScoreSums[score], _items.ScoreAnswered[score])),
            ResultValue.ClinicalScore => When(Computable(score), Clinical(score)),
            ResultValue.ScoreItemsAnswered => When(new Truth(true), _items.ScoreAnswered[score]),
            ResultValue.ItemsAnswered => When(new Truth(true), _items.ItemsAnswered),
            ResultValue.Band => Band(),
            ResultValue.RiskFlag => When(new Truth(true), new BoolValue(new Compare(">", _items.RiskItemsFlagged, new Int(0)))),
            ResultValue.ClinicalCutoff => When(CanCompare, _lookup!.ClinicalCutoff(_instrument.Scores[score].Id)),
            ResultValue.InClinicalRange => InRange(_instrument.Scores[score].Id),
            ResultValue.ScoreItemsNotApplicable => When(new Truth(true), _items.ScoreNotApplicable[score]),
            ResultValue.MaximumPossible => When(Computable(score), MaximumPossible(score)),
            ResultValue.StageOutput when _valueSets[_instrument.IndexOfStage(column.Stage!)] is { } stage => When(stage.Computable, stage.Output(column.Output!)),
            ResultValue.StageOutput when _help is not null && _instrument.Stages[_instrument.IndexOfStage(column.Stage!)] is CompanionCountStage && column.Output == "count"
                => When(new Truth(true), _help.UnmetNeeds),
            ResultValue.StageOutput when _calibrations[_instrument.IndexOfStage(column.Stage!)] is { } calibration => When(new Truth(true), calibration.Output(column.Output!)),
            ResultValue.StageId when _valueSets[_instrument.IndexOfStage(column.Stage!)] is { } stage => When(stage.Computable, new Text(column.Stage!)),
            ResultValue.StageId when _calibrations[_instrument.IndexOfStage(column.Stage!)] is { } calibration => When(calibration.Computable, new Text(column.Stage!)),
            ResultValue.AnswerProfile => When(new Compare("=", _items.ItemsAnswered, new Int(_instrument.Items.Length)), AnswerProfile()),
            _ => throw SqlScoring.CannotExpress(_instrument, $"its result column '{column.Name}' holds {column.Value}, which the SQL generator does not know"),
        };
    }

    /// <summary>The value when the row can be read and the condition holds, else NULL.</summary>
    private Case When(SqlExpr condition, SqlExpr value) => new([(new And([Ok, condition]), value)]);

    /// <summary>
    /// The answers as one digit each, item 1 first, as ticked (<see cref="ResultValue.AnswerProfile"/>: EQ-5D's health state);
    /// the caller writes it only when every item is answered. The definition holds the scale within 0-9.
    /// </summary>
    private Fact AnswerProfile() => new(ItemFacts.FactPrefix + "profile", new Concat([.. Enumerable.Range(0, _instrument.Items.Length).Select(i => (SqlExpr)new Cast(_items.Raw(i), SqlType.Text))]));

    /// <summary>
    /// Whether a score is computable (<see cref="Score.IsComputable"/>): at most its limit of items missing (neither answered
    /// nor left out as not applicable; a not-applicable answer counted apart from blanks is held against the limit too) and,
    /// where not-applicable answers are counted, at least one item answered.
    /// </summary>
    private SqlExpr Computable(int score)
    {
        ScoreDefinition definition = _instrument.Scores[score];
        int needed = definition.Items.Length - definition.MaximumMissing;
        return _items.ScoreNotApplicable[score] is Int { Value: 0 }
            ? new Compare(">=", _items.ScoreAnswered[score], new Int(needed))
            : definition.CountsNotApplicable
            ? new And([new Compare(">=", _items.ScoreAnswered[score], new Int(needed)), new Compare(">", _items.ScoreAnswered[score], new Int(0))])
            : new And([new Compare(">=", new Add([_items.ScoreAnswered[score], _items.ScoreNotApplicable[score]]), new Int(needed)), new Compare(">", _items.ScoreAnswered[score], new Int(0))]);
    }

    /// <summary>The clinical score as the engine computes it (<see cref="Score.ClinicalScore"/>).</summary>
    private SqlExpr Clinical(int score) => _clinical[score];

    /// <summary>
    /// A sum score's keyed sum as a double (exact); otherwise (sum × multiplier) / answered in doubles, one IEEE 754
    /// division as in the engine, where a prorated sum's multiplier is its number of items (<see cref="ScoreAggregate.ProratedSum"/>:
    /// the mean of the answered items times the item count), rounded halves away from zero where the definition says so.
    /// </summary>
    private SqlExpr ClinicalValue(int score)
    {
        ScoreDefinition definition = _instrument.Scores[score];
        if (definition.Aggregate == ScoreAggregate.Sum)
        {
            return new Cast(_items.ScoreSums[score], SqlType.Double);
        }

        double multiplier = definition.Aggregate == ScoreAggregate.ProratedSum ? definition.Items.Length : _instrument.ClinicalMultiplier;
        Divide clinical = new(new Arithmetic('*', new Cast(_items.ScoreSums[score], SqlType.Double), new SqlExpr.Double(multiplier)), _items.ScoreAnswered[score]);
        return definition.RoundsClinicalScore
            ? new Fact(ItemFacts.FactPrefix + string.Create(CultureInfo.InvariantCulture, $"s{score}_clinical"), RoundHalfAwayFromZero(clinical))
            : clinical;
    }

    /// <summary>
    /// <see cref="Math.Round(double, MidpointRounding)"/> with <see cref="MidpointRounding.AwayFromZero"/>, from operations
    /// every engine does exactly: for <c>a = |v|</c>, <c>FLOOR(a)</c>, plus one when <c>a − FLOOR(a) ≥ 0.5</c> (the
    /// subtraction is exact below 2^52), with the sign of <c>v</c> put back. SQL's own <c>ROUND</c> is not used: on a double
    /// PostgreSQL rounds halves to even.
    /// </summary>
    internal static Case RoundHalfAwayFromZero(SqlExpr value)
    {
        SqlExpr Rounded(SqlExpr a) => new Add([new Floor(a), new Case([(new Compare(">=", new Arithmetic('-', a, new Floor(a)), new SqlExpr.Double(0.5)), new SqlExpr.Double(1))], new SqlExpr.Double(0))]);
        return new Case(
            [(new Compare("<", value, new SqlExpr.Double(0)), new Arithmetic('*', new SqlExpr.Double(-1), Rounded(new Arithmetic('*', new SqlExpr.Double(-1), value))))],
            Rounded(value));
    }

    /// <summary>
    /// The highest clinical score possible from the items used (<see cref="Score.MaximumPossible"/>), where an item's highest
    /// value is the scale maximum or, for an item with a value map, its highest points (the highest among the score's items):
    /// a sum's items answered × that; a prorated sum's item count × that; a mean's that × the multiplier (rounded where the
    /// clinical score is). The last two are constants.
    /// </summary>
    private SqlExpr MaximumPossible(int score)
    {
        ScoreDefinition definition = _instrument.Scores[score];
        int itemHighest = definition.Items.Max(n => _instrument.Items[n - 1].Points is { IsDefaultOrEmpty: false } points ? points.Max() : _instrument.Scale.Maximum);
        if (definition.Aggregate == ScoreAggregate.Sum)
        {
            return new Cast(new Arithmetic('*', _items.ScoreAnswered[score], new Int(itemHighest)), SqlType.Double);
        }

        if (definition.Aggregate == ScoreAggregate.ProratedSum)
        {
            return new SqlExpr.Double((double)definition.Items.Length * itemHighest);
        }

        double highest = itemHighest * _instrument.ClinicalMultiplier;
        return new SqlExpr.Double(definition.RoundsClinicalScore ? Math.Round(highest, MidpointRounding.AwayFromZero) : highest);
    }

    /// <summary>The band of the banded score: the first band with lower ≤ clinical &lt; upper (SeverityBanding.Classify).</summary>
    private Case Band()
    {
        SeverityBanding banding = _instrument.Interpretation.SeverityBands!;
        int score = _instrument.IndexOfScore(banding.ScoreId);
        SqlExpr clinical = Clinical(score);
        return new Case([.. banding.Bands.Select(b =>
        {
            List<SqlExpr> terms = [Ok, Computable(score)];
            if (!double.IsNegativeInfinity(b.LowerBound))
            {
                terms.Add(new Compare(">=", clinical, new SqlExpr.Double(b.LowerBound)));
            }

            if (!double.IsPositiveInfinity(b.UpperBound))
            {
                terms.Add(new Compare("<", clinical, new SqlExpr.Double(b.UpperBound)));
            }

            return ((SqlExpr)new And(terms), (SqlExpr)new Text(b.Code));
        })]);
    }

    /// <summary>Whether the score is at or above the cut-off that applies: NULL when no cut-off applies or the score is not computable.</summary>
    private Case InRange(string scoreId)
    {
        int score = _instrument.IndexOfScore(scoreId);
        SqlExpr cutoff = _lookup!.ClinicalCutoff(scoreId);
        return When(
            new And([CanCompare, Computable(score), new Not(new IsNull(cutoff))]),
            new BoolValue(new Compare(">=", Clinical(score), cutoff)));
    }

    /// <summary>
    /// Whether <c>score</c> compares the row with the table. With cut-off columns (CoreRowScorer): only when an age or gender
    /// column exists or the table needs neither, not when both are blank and the table needs them, and not when either
    /// cannot be read. With <c>--reference</c> columns: unless the gender cannot be read.
    /// </summary>
    private SqlExpr CanCompare => !_cutoffColumns
        ? new IsNull(_person.Problem)
        : !_person.HasColumns && TableNeedsPerson ? new Truth(false)
        : new And([new Not(SkipsPerson), new IsNull(_person.Problem)]);

    private bool TableNeedsPerson => _table!.Entries.Any(e => e.Gender is not null || e.MinimumAge is not null || e.MaximumAge is not null);

    private SqlExpr SkipsPerson => TableNeedsPerson ? new Compare("=", _person.Blank, new Int(1)) : new Truth(false);

    /// <summary>Whether <c>score</c> reads the age and gender of the row (and so reports one it cannot read).</summary>
    private SqlExpr ReadsPerson => !_cutoffColumns
        ? new Truth(_rangeScores.Length > 0)
        : !_person.HasColumns && TableNeedsPerson ? new Truth(false)
        : new Not(SkipsPerson);

    private Case Error()
    {
        List<SqlExpr> messages = [];
        if (_lookup is not null && (_cutoffColumns || _rangeScores.Length > 0))
        {
            messages.Add(new Case([(new And([ReadsPerson, new Not(new IsNull(_person.Problem))]), new Concat([_person.Problem, new Text("; no cut-off")]))]));
            messages.AddRange(LookupExplanations());
        }

        messages.AddRange(_instrument.Scores.Select((s, k) => (s, k)).Where(p => ExplainsScore(p.s.Id)).Select(p => NotComputable(p.k)));
        messages.AddRange(_stages.Select(i => _valueSets[i]?.Explanation() ?? _calibrations[i]!.Explanation()));
        return new Case([(new Not(Ok), _items.BadAnswers)], new JoinNonNull("; ", messages));
    }

    /// <summary>
    /// <see cref="Score.Explanation"/> for a score, or NULL when it is computable: how many items are missing (neither
    /// answered nor left out as not applicable) against the limit, or, with every item not applicable, that none applies.
    /// </summary>
    private Case NotComputable(int k)
    {
        ScoreDefinition score = _instrument.Scores[k];
        SqlExpr answered = _items.ScoreAnswered[k], notApplicable = _items.ScoreNotApplicable[k];
        bool countsNotApplicable = notApplicable is not Int { Value: 0 };
        SqlExpr missing = new Arithmetic('-', new Int(score.Items.Length), countsNotApplicable ? new Add([answered, notApplicable]) : answered);
        Concat tooMany = new([
            new Text($"{score.Name} not computable: "),
            new Cast(missing, SqlType.Text),
            new Text(string.Create(CultureInfo.InvariantCulture, $" of its {score.Items.Length} items missing; at most {score.MaximumMissing} may be missing.")),
        ]);
        if (!countsNotApplicable)
        {
            return new Case([(new Not(Computable(k)), tooMany)]);
        }

        if (score.CountsNotApplicable)
        {
            return CountedNotComputable(k, tooMany);
        }

        return new Case([
            (new Compare(">", missing, new Int(score.MaximumMissing)), tooMany),
            (new Compare("=", answered, new Int(0)), new Concat([
                new Text(string.Create(CultureInfo.InvariantCulture, $"{score.Name} not computable: none of its {score.Items.Length} items applies (")),
                new Cast(notApplicable, SqlType.Text),
                new Text(" not applicable)."),
            ])),
        ]);
    }

    /// <summary>
    /// <see cref="Score.Explanation"/> for a score that counts not-applicable answers apart from blanks (P3CEQ's "don't
    /// know"): both are held against the limit; the sentence names both counts when any answer was not applicable.
    /// </summary>
    private Case CountedNotComputable(int k, Concat tooMany)
    {
        ScoreDefinition score = _instrument.Scores[k];
        SqlExpr answered = _items.ScoreAnswered[k], notApplicable = _items.ScoreNotApplicable[k];
        SqlExpr unscored = new Arithmetic('-', new Int(score.Items.Length), answered);
        Concat notAnswered = new([
            new Text($"{score.Name} not computable: "),
            new Cast(unscored, SqlType.Text),
            new Text(string.Create(CultureInfo.InvariantCulture, $" of its {score.Items.Length} items not answered (")),
            new Cast(new Arithmetic('-', unscored, notApplicable), SqlType.Text),
            new Text(" blank, "),
            new Cast(notApplicable, SqlType.Text),
            new Text(string.Create(CultureInfo.InvariantCulture, $" not applicable or don't know); at most {score.MaximumMissing} may be missing.")),
        ]);
        return new Case([
            (new Compare(">", unscored, new Int(score.MaximumMissing)), new Case([(new Compare(">", notApplicable, new Int(0)), notAnswered)], tooMany)),
            (new Compare("=", answered, new Int(0)), new Concat([
                new Text(string.Create(CultureInfo.InvariantCulture, $"{score.Name} not computable: none of its {score.Items.Length} items applies (")),
                new Cast(notApplicable, SqlType.Text),
                new Text(" not applicable)."),
            ])),
        ]);
    }

    /// <summary>
    /// Whether <c>score</c> explains why a score is not computable (CoreRowScorer.ExplainsScore): every score when no column
    /// shows a stage; otherwise a score some column shows (a band, or a cut-off without a score id, shows its score).
    /// </summary>
    private bool ExplainsScore(string scoreId) =>
        !_instrument.ResultColumns.Any(c => c.Value is ResultValue.StageOutput or ResultValue.StageId)
        || _instrument.ResultColumns.Any(c => c.ScoreId == scoreId
            || (c.ScoreId is null && c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange && _instrument.Interpretation.PrimaryScoreId == scoreId)
            || (c.Value == ResultValue.Band && _instrument.Interpretation.SeverityBands?.ScoreId == scoreId));

    /// <summary>Each compared score's lookup reason once per row, in the order <c>score</c> compares them (a repeated sentence is left out).</summary>
    private List<SqlExpr> LookupExplanations()
    {
        string[] scores = _cutoffColumns
            ? [.. _instrument.ResultColumns.Where(c => c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange)
                .Select(c => c.ScoreId ?? _instrument.Interpretation.PrimaryScoreId).Distinct()]
            : _rangeScores;
        // A sentence equal to an earlier one (NULL or not) is left out: `x IN (...)` is true only then, and NULL, not
        // false, when the list holds a NULL, which the CASE reads as "not true", so every test stays flat and NULL-safe.
        SqlExpr[] reasons = [.. scores.Select(id => (SqlExpr)new Case([(CanCompare, _lookup!.Explanation(id))]))];
        return [.. reasons.Select((reason, j) => j == 0 ? reason : new Case([(new In(reason, reasons[..j]), new Null(SqlType.Text))], reason))];
    }
}
