using System.Globalization;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// Builds the dialect-neutral expression of each output column of <c>score</c> for one definition: the definition's
/// result columns (<see cref="Instrument.ResultColumns"/>), the <c>&lt;score&gt;_clinical_range</c> columns that
/// <c>score --reference</c> adds to a definition without cut-off columns, and <c>error</c> with <c>score</c>'s messages in
/// its order (cells off the scale alone; otherwise an unreadable age or gender, the cut-off lookups' reasons, then each
/// score that is not computable).
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

    public ScoringSqlBuilder(Instrument instrument, IReadOnlyList<string> itemColumns, SqlScoringOptions options, CutoffReference? reference)
    {
        _instrument = instrument;
        int?[] codes = [options.NotApplicableCode, options.NotAnsweredCode];
        _items = new ItemFacts(instrument, itemColumns, codes.OfType<int>());
        _table = reference ?? instrument.Interpretation.DefaultCutoffs;
        _cutoffColumns = instrument.ResultColumns.Any(c => c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange);
        _rangeScores = reference is not null && !_cutoffColumns
            ? [.. instrument.Scores.Select(s => s.Id).Where(id => reference.Entries.Any(e => e.ScoreId == id))]
            : [];
        _person = new PersonFacts(options.AgeColumn, options.GenderColumn, readAge: _cutoffColumns);
        _lookup = _table is null ? null : new CutoffLookupSql(_table, instrument.ClinicalMultiplier, _person);
    }

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
            _ => throw SqlScoring.CannotExpress(_instrument, $"its result column '{column.Name}' holds {column.Value}, which the SQL generator does not know"),
        };
    }

    /// <summary>The value when the row can be read and the condition holds, else NULL.</summary>
    private Case When(SqlExpr condition, SqlExpr value) => new([(new And([Ok, condition]), value)]);

    private Compare Computable(int score)
    {
        ScoreDefinition definition = _instrument.Scores[score];
        return new Compare(">=", _items.ScoreAnswered[score], new Int(definition.Items.Length - definition.MaximumMissing));
    }

    /// <summary>The clinical score as the engine computes it: (sum × multiplier) / answered, in doubles.</summary>
    private Divide Clinical(int score) =>
        new(new Arithmetic('*', new Cast(_items.ScoreSums[score], SqlType.Double), new SqlExpr.Double(_instrument.ClinicalMultiplier)), _items.ScoreAnswered[score]);

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

        messages.AddRange(_instrument.Scores.Select((s, k) => (SqlExpr)new Case([(
            new Not(Computable(k)),
            new Concat([
                new Text($"{s.Name} not computable: "),
                new Cast(new Arithmetic('-', new Int(s.Items.Length), _items.ScoreAnswered[k]), SqlType.Text),
                new Text(string.Create(CultureInfo.InvariantCulture, $" of its {s.Items.Length} items missing; at most {s.MaximumMissing} may be missing.")),
            ]))])));
        return new Case([(new Not(Ok), _items.BadAnswers)], new JoinNonNull("; ", messages));
    }

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
