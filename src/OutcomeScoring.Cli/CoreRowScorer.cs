using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of any instrument the engine scores from its definition (every built-in, and any definition given with
/// <c>score --definition</c>): item columns item1..itemN in the form's own order (or a layout's, such as DIALOG's
/// <c>--order</c> and <c>--coding</c>), and each companion question's columns (DIALOG's help1..help11) when present, read by
/// the library's form reader; the output columns are the definition's result columns. Where they compare with a cut-off, optional age and gender
/// columns select it; with <c>--reference</c> and no such columns, one <c>&lt;score&gt;_clinical_range</c> column is added
/// per score the table covers, by an optional gender column. The result column names are a contract with users
/// (docs/cli.md): change them only deliberately.
/// </summary>
internal sealed class CoreRowScorer : RowScorer
{
    private readonly Instrument _instrument;
    private readonly CutoffReference? _reference;
    private readonly Func<RowScores, string>[] _values;
    private readonly bool _usesAgeAndGender;
    private readonly bool _tableNeedsAgeOrGender;
    private readonly string?[] _cutoffScores;
    private readonly string[] _rangeScores;
    private readonly int[] _stages;
    private readonly StageResult[] _stageResults;
    private readonly bool[] _explainedScores;
    private readonly Answer[] _answers;
    private readonly bool?[] _companionAnswers;
    private readonly FormLayout _layout;
    private readonly (ResultValue Value, int Score)[]? _plainColumns;
    private readonly Dictionary<(int Score, NotComputableReason Reason, int Missing, int NotApplicable), string> _explanations = [];

    private FormReader? _reader;
    private int _age = -1, _gender = -1;

    /// <summary>Creates the scorer.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="reference">
    /// yp-core: the age and gender table (<see langword="null"/> = its default). core-om: the table whose scores get
    /// <c>_clinical_range</c> columns (<see langword="null"/> = no such columns, the output of the foundation issue).
    /// </param>
    /// <param name="layout">How the file is laid out (item order, written coding); by default the definition's own form.</param>
    public CoreRowScorer(Instrument instrument, CutoffReference? reference, FormLayout? layout = null)
    {
        _instrument = instrument;
        _reference = reference;
        _answers = new Answer[instrument.Items.Length];
        // A stage that reads another form's items (CORE-6D: a CORE-OM file) says so in the form's messages.
        _layout = layout ?? (instrument.Stages.FirstOrDefault(s => s.Form is not null) is { Form: { } form }
            ? FormLayout.For(instrument) with { Name = $"{instrument.Name} (read from a {form} file)" }
            : FormLayout.For(instrument));
        _companionAnswers = new bool?[_layout.CompanionAnswerCount];
        ResultColumn[] columns = [.. instrument.ResultColumns];
        _cutoffScores = [.. columns.Where(c => c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange).Select(c => c.ScoreId).Distinct()];
        _stages = [.. columns.Where(c => c.Value is ResultValue.StageOutput or ResultValue.StageId).Select(c => instrument.IndexOfStage(c.Stage!)).Distinct()];
        _stageResults = new StageResult[_stages.Length];
        _explainedScores = [.. instrument.Scores.Select(s => ExplainsScore(instrument, columns, s.Id))];
        _values = [.. columns.Select(Value)];
        _usesAgeAndGender = columns.Any(c => c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange);
        CutoffReference? table = reference ?? instrument.Interpretation.DefaultCutoffs;
        _tableNeedsAgeOrGender = table is not null && table.Entries.Any(e => e.Gender is not null || e.MinimumAge is not null || e.MaximumAge is not null);

        // A table asked for with --reference fills the definition's cut-off columns when it has them; otherwise it adds a
        // <score>_clinical_range column for each score the table covers, in the instrument's score order.
        _rangeScores = reference is not null && !_usesAgeAndGender
            ? [.. instrument.Scores.Select(s => s.Id).Where(id => reference.Entries.Any(e => e.ScoreId == id))]
            : [];
        Columns = [.. columns.Select(c => c.Name), .. _rangeScores.Select(id => id + "_clinical_range")];
        // Companion answers are read (and their cells checked) only on the general path.
        _plainColumns = _rangeScores.Length == 0 && columns.All(c => IsPlainValue(c.Value)) && _layout.Companions.IsEmpty
            && instrument.Scale.Minimum >= 0 && instrument.Scale.Maximum < FastCsvScorer.NotApplicableCode
            ? [.. columns.Select(c => (c.Value, c.ScoreId is null ? -1 : instrument.IndexOfScore(c.ScoreId)))]
            : null;
    }

    /// <summary>
    /// Gets whether rows can be scored on the fast path (<see cref="FastCsvScorer"/>): every column is a result value read
    /// straight from the result (no cut-off, stage output or <c>--reference</c> column), the answers fit the batch
    /// engine's byte codes, and the form has no companion questions to read.
    /// </summary>
    internal bool IsPlain => _plainColumns is not null;

    /// <summary>Gets the instrument.</summary>
    internal Instrument Instrument => _instrument;

    /// <summary>Gets the form reader bound by <see cref="TryBind(string[], out ISet{int}, out string?)"/>.</summary>
    internal FormReader Reader => _reader ?? throw new InvalidOperationException("The scorer is not bound to a header.");

    public override string[] Columns { get; }

    /// <summary>The notes of the stages the columns show (a tariff's provenance), written once after the run.</summary>
    public override string? Note =>
        _stages.Select(s => _instrument.Stages[s].Note).OfType<string>().Distinct().ToArray() is { Length: > 0 } notes ? string.Join(" ", notes) : null;

    /// <summary>
    /// Whether a row's problems explain why a score is not computable: a score some column shows (a band or a cut-off
    /// without a score id shows the banded or primary score), or every score when no column is about a stage.
    /// </summary>
    private static bool ExplainsScore(Instrument instrument, ResultColumn[] columns, string scoreId) =>
        !columns.Any(c => c.Value is ResultValue.StageOutput or ResultValue.StageId)
        || columns.Any(c => c.ScoreId == scoreId
            || (c.ScoreId is null && c.Value is ResultValue.ClinicalCutoff or ResultValue.InClinicalRange && instrument.Interpretation.PrimaryScoreId == scoreId)
            || (c.Value == ResultValue.Band && instrument.Interpretation.SeverityBands?.ScoreId == scoreId));

    /// <summary>How a result table column of the definition is written (full precision, whole numbers, true/false, blank for none).</summary>
    private Func<RowScores, string> Value(ResultColumn column) => column.Value switch
    {
        ResultValue.Mean => r => Number(r.Result[column.ScoreId!].Mean),
        ResultValue.ClinicalScore => r => Number(r.Result[column.ScoreId!].ClinicalScore),
        ResultValue.ScoreItemsAnswered => r => Whole(r.Result[column.ScoreId!].ItemsAnswered),
        ResultValue.ScoreItemsNotApplicable => r => Whole(r.Result[column.ScoreId!].ItemsNotApplicable),
        ResultValue.MaximumPossible => r => Number(r.Result[column.ScoreId!].MaximumPossible),
        ResultValue.ItemsAnswered => r => Whole(r.Result.ItemsAnswered),
        ResultValue.Band => r => r.Result.Band?.Code ?? "",
        ResultValue.RiskFlag => r => Bool(r.Result.RiskFlag),
        ResultValue.ClinicalCutoff => CutoffValue(Array.IndexOf(_cutoffScores, column.ScoreId), c => Number(c.ClinicalCutoff)),
        ResultValue.InClinicalRange => CutoffValue(Array.IndexOf(_cutoffScores, column.ScoreId), c => Bool(c.IsInClinicalRange)),
        ResultValue.StageOutput => StageValue(column),
        ResultValue.StageId => StageIdValue(column),
        ResultValue.AnswerProfile => r => AnswerProfile(),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Value, "Not a result value."),
    };

    /// <summary>A stage output column's writer: the row's evaluated stage, the output found once; whole numbers without decimals.</summary>
    private Func<RowScores, string> StageValue(ResultColumn column)
    {
        int stage = _instrument.IndexOfStage(column.Stage!), position = Array.IndexOf(_stages, stage);
        int output = _instrument.Stages[stage].IndexOfOutput(column.Output!);
        return _instrument.Stages[stage].Outputs[output].IsWholeNumber
            ? r => Whole((int?)r.Stages[position][output])
            : r => Number(r.Stages[position][output]);
    }

    /// <summary>A stage id column's writer: the stage's id where its first output has a value.</summary>
    private Func<RowScores, string> StageIdValue(ResultColumn column)
    {
        int position = Array.IndexOf(_stages, _instrument.IndexOfStage(column.Stage!));
        return r => r.Stages[position][0] is null ? "" : column.Stage!;
    }

    /// <summary>The row's answers as one digit each, item 1 first; blank unless every item is answered (the scale is 0-9, checked by the definition).</summary>
    private string AnswerProfile()
    {
        Span<char> digits = stackalloc char[_answers.Length];
        for (int i = 0; i < _answers.Length; i++)
        {
            if (_answers[i].Value is not { } value)
            {
                return "";
            }

            digits[i] = (char)('0' + value);
        }

        return new string(digits);
    }

    /// <summary>A cut-off column's writer, with the position of its score among the compared scores found once, not per row.</summary>
    private static Func<RowScores, string> CutoffValue(int position, Func<CutoffComparison, string> write) =>
        r => r.Cutoffs is { } cutoffs ? write(cutoffs[position]) : "";

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        if (!TryBind(_layout, header, out _reader, consumed, out problem))
        {
            return false;
        }

        if (_usesAgeAndGender)
        {
            // Age and gender are read and also passed through.
            _age = FormColumns.Find(header, FormCells.AgeColumn);
            _gender = FormColumns.Find(header, FormCells.GenderColumn);
        }
        else if (_rangeScores.Length > 0)
        {
            // Gender is read and also passed through; without the column a gender table gives no cut-off.
            _gender = FormColumns.Find(header, FormCells.GenderColumn);
        }

        return true;
    }

    public override RowOutcome Score(string[] record, string[] cells, List<string> problems)
    {
        ReadAnswers(_reader!, record, _answers, _companionAnswers, problems);
        if (problems.Count > 0)
        {
            return RowOutcome.Error;
        }

        if (!_instrument.TryScore(_answers, _companionAnswers, out InstrumentResult result, out ScoringError scoringError))
        {
            problems.Add(scoringError.Message);
            return RowOutcome.Error;
        }

        // An age or gender cell that cannot be read leaves the cut-off out and makes the row an error.
        CutoffComparison[]? comparison = null;
        bool personRead = !_usesAgeAndGender || (_age < 0 && _gender < 0 && _tableNeedsAgeOrGender) || TryCompareWithCutoff(result, record, problems, out comparison);
        for (int i = 0; i < _stages.Length; i++)
        {
            _stageResults[i] = result.Stage(_stages[i]);
        }

        var scores = new RowScores(result, comparison, _stageResults);
        for (int i = 0; i < _values.Length; i++)
        {
            cells[i] = _values[i](scores);
        }

        if (_rangeScores.Length > 0)
        {
            personRead &= TryWriteClinicalRanges(result, record, cells.AsSpan(_values.Length), problems);
        }

        RowOutcome outcome = personRead ? RowOutcome.Scored : RowOutcome.Error;
        for (int s = 0; s < _explainedScores.Length; s++)
        {
            if (_explainedScores[s] && result[s].Explanation is { } why)
            {
                problems.Add(why);
                outcome = outcome == RowOutcome.Error ? outcome : RowOutcome.NotComputable;
            }
        }

        foreach (StageResult stage in _stageResults)
        {
            // Companion questions not asked (no help column, or all blank) are not a problem of the row.
            if (stage.Reason != StageNotComputableReason.NotAsked && stage.Explanation is { } why)
            {
                problems.Add(why);
                outcome = outcome == RowOutcome.Error ? outcome : RowOutcome.NotComputable;
            }
        }

        return outcome;
    }

    /// <summary>
    /// The fast path's <see cref="Score"/> for a row whose answers were read: writes the result cells (all blank when the
    /// outcome is an error, whose message is the row's problem) and adds the explanation of each score not computable, as
    /// <see cref="Score"/> does for a plain scorer (<see cref="IsPlain"/>).
    /// </summary>
    internal RowOutcome WriteCells(in ScoringOutcome outcome, CsvRowWriter writer, List<string> problems)
    {
        if (!outcome.TryGetResult(out InstrumentResult result))
        {
            problems.Add(outcome.Error!.Value.Message);
            WriteBlankCells(writer);
            return RowOutcome.Error;
        }

        foreach ((ResultValue value, int score) in _plainColumns!)
        {
            WritePlain(result, value, score, writer);
        }

        RowOutcome row = RowOutcome.Scored;
        for (int s = 0; s < _explainedScores.Length; s++)
        {
            if (_explainedScores[s] && !result[s].IsComputable)
            {
                problems.Add(Explanation(result[s], s));
                row = RowOutcome.NotComputable;
            }
        }

        return row;
    }

    /// <summary>
    /// A score's <see cref="Score.Explanation"/>, made once for each score and reason: the sentence depends only on the score,
    /// the reason, the number of items missing and the number not applicable (counted apart from blanks by P3CEQ), so a
    /// large file does not make a string per row.
    /// </summary>
    private string Explanation(in Score score, int index)
    {
        (int, NotComputableReason, int, int) key = (index, score.NotComputableReason, score.ItemsMissing, score.ItemsNotApplicable);
        if (!_explanations.TryGetValue(key, out string? why))
        {
            why = score.Explanation!;
            _explanations.Add(key, why);
        }

        return why;
    }

    /// <summary>Writes a blank cell for every result column (a row with a problem).</summary>
    internal void WriteBlankCells(CsvRowWriter writer)
    {
        for (int i = 0; i < Columns.Length; i++)
        {
            writer.Field([]);
        }
    }

    /// <summary>The result values <see cref="WritePlain"/> writes: those <see cref="Value"/> reads from the result alone.</summary>
    private static bool IsPlainValue(ResultValue value) => value is ResultValue.Mean or ResultValue.ClinicalScore or ResultValue.ScoreItemsAnswered
        or ResultValue.ScoreItemsNotApplicable or ResultValue.MaximumPossible or ResultValue.ItemsAnswered or ResultValue.Band or ResultValue.RiskFlag;

    /// <summary>Writes one plain column's cell as <see cref="Value"/> formats it, without a string per cell.</summary>
    private static void WritePlain(in InstrumentResult result, ResultValue value, int score, CsvRowWriter writer)
    {
        switch (value)
        {
            case ResultValue.Mean: writer.Number(result[score].Mean); break;
            case ResultValue.ClinicalScore: writer.Number(result[score].ClinicalScore); break;
            case ResultValue.ScoreItemsAnswered: writer.Whole(result[score].ItemsAnswered); break;
            case ResultValue.ScoreItemsNotApplicable: writer.Whole(result[score].ItemsNotApplicable); break;
            case ResultValue.MaximumPossible: writer.Number(result[score].MaximumPossible); break;
            case ResultValue.ItemsAnswered: writer.Whole(result.ItemsAnswered); break;
            case ResultValue.Band: writer.Field(result.Band?.Code); break;
            default: writer.Field(Bool(result.RiskFlag)); break;
        }
    }

    /// <summary>
    /// core-om with a table: whether each score the table covers is at or above its cut-off for the row's gender.
    /// A cell stays blank when the score is not computable (its reason comes from <see cref="RowScorer.Explain"/>)
    /// or the table has no cut-off for the row (the table's reason, once per row).
    /// </summary>
    /// <returns><see langword="false"/> when the gender cell cannot be read (its problem is added and the cells stay blank).</returns>
    private bool TryWriteClinicalRanges(InstrumentResult result, string[] record, Span<string> cells, List<string> problems)
    {
        if (!TryReadPerson(record, -1, _gender, problems, out _, out Gender? gender))
        {
            return false;
        }

        for (int i = 0; i < _rangeScores.Length; i++)
        {
            CutoffComparison comparison = result.CompareWithCutoff(gender, null, _reference, _rangeScores[i]);
            cells[i] = Bool(comparison.IsInClinicalRange);
            if (comparison.Lookup.Explanation is { } reason && !problems.Contains(reason))
            {
                problems.Add(reason);
            }
        }

        return true;
    }

    /// <summary>Compares each score the table compares with its cut-off for the row's age and gender (none when both are blank and the table needs one).</summary>
    /// <returns><see langword="false"/> when the age or gender cell cannot be read (its problem is added and there is no comparison).</returns>
    private bool TryCompareWithCutoff(InstrumentResult result, string[] record, List<string> problems, out CutoffComparison[]? comparisons)
    {
        comparisons = null;
        bool noAge = _age < 0 || string.IsNullOrWhiteSpace(record[_age]), noGender = _gender < 0 || string.IsNullOrWhiteSpace(record[_gender]);
        if (noAge && noGender && _tableNeedsAgeOrGender)
        {
            return true;
        }

        if (!TryReadPerson(record, _age, _gender, problems, out int? age, out Gender? gender))
        {
            return false;
        }

        comparisons = new CutoffComparison[_cutoffScores.Length];
        for (int i = 0; i < comparisons.Length; i++)
        {
            comparisons[i] = result.CompareWithCutoff(gender, age, _reference, _cutoffScores[i]);
            if (comparisons[i].Lookup.Explanation is { } reason && !problems.Contains(reason))
            {
                problems.Add(reason);
            }
        }

        return true;
    }

    /// <summary>One scored row: the result and, where asked for, the cut-off comparison of each score the table compares.</summary>
    private readonly record struct RowScores(InstrumentResult Result, CutoffComparison[]? Cutoffs, StageResult[] Stages);
}
