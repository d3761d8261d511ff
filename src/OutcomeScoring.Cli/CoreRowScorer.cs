using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of a CORE family instrument (core-om, core-10, yp-core, gp-core, core-sf-a, core-sf-b): item columns
/// item1..itemN in the form's own order, blank = not answered. For yp-core, optional age and gender columns select
/// the cut-off; for core-om with a cut-off table, an optional gender column does, and one
/// <c>&lt;score&gt;_clinical_range</c> column is added per score the table covers. The result column names are a
/// contract with users (docs/cli.md): change them only deliberately.
/// </summary>
internal sealed class CoreRowScorer : RowScorer
{
    private readonly Instrument _instrument;
    private readonly CutoffReference? _reference;
    private readonly Func<RowScores, string>[] _values;
    private readonly bool _usesAgeAndGender;
    private readonly string[] _rangeScores;
    private readonly Answer[] _answers;
    private int[] _items = [];
    private int _age = -1, _gender = -1;

    /// <summary>Creates the scorer.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="reference">
    /// yp-core: the age and gender table (<see langword="null"/> = its default). core-om: the table whose scores get
    /// <c>_clinical_range</c> columns (<see langword="null"/> = no such columns, the output of the foundation issue).
    /// </param>
    public CoreRowScorer(Instrument instrument, CutoffReference? reference)
    {
        _instrument = instrument;
        _reference = reference;
        _answers = new Answer[instrument.Items.Length];
        (string[] columns, _values, _usesAgeAndGender) = Layout(instrument);

        // core-om with a table: one column per score the table gives a cut-off for, in the instrument's score order.
        _rangeScores = instrument.Id == "core-om" && reference is not null
            ? [.. instrument.Scores.Select(s => s.Id).Where(id => reference.Entries.Any(e => e.ScoreId == id))]
            : [];
        Columns = [.. columns, .. _rangeScores.Select(id => id + "_clinical_range")];
    }

    public override string[] Columns { get; }

    /// <summary>The columns of a form with CORE-OM's six scores (core-om; the short forms, which have no bands).</summary>
    private static (string[] Columns, Func<RowScores, string>[] Values) SixScores(bool bands)
    {
        (string Column, Func<RowScores, string> Value)[] layout =
        [
            ("all_mean", r => Number(r.Result["all"].Mean)),
            ("all_clinical", r => Number(r.Result["all"].ClinicalScore)),
            ("nonrisk_mean", r => Number(r.Result["nonrisk"].Mean)),
            ("nonrisk_clinical", r => Number(r.Result["nonrisk"].ClinicalScore)),
            ("wellbeing_mean", r => Number(r.Result["wellbeing"].Mean)),
            ("problems_mean", r => Number(r.Result["problems"].Mean)),
            ("functioning_mean", r => Number(r.Result["functioning"].Mean)),
            ("risk_mean", r => Number(r.Result["risk"].Mean)),
            ("answered", r => Whole(r.Result.ItemsAnswered)),
            .. bands ? new (string, Func<RowScores, string>)[] { ("band", r => r.Result.Band?.Code ?? "") } : [],
            ("risk_flag", r => Bool(r.Result.RiskFlag)),
        ];
        return ([.. layout.Select(c => c.Column)], [.. layout.Select(c => c.Value)]);
    }

    private static (string[] Columns, Func<RowScores, string>[] Values, bool UsesAgeAndGender) Layout(Instrument instrument)
    {
        switch (instrument.Id)
        {
            case "core-om":
            {
                (string[] columns, Func<RowScores, string>[] values) = SixScores(bands: true);
                return (columns, values, false);
            }

            case "core-sf-a" or "core-sf-b":
            {
                (string[] columns, Func<RowScores, string>[] values) = SixScores(bands: false);
                return (columns, values, false);
            }

            case "core-10":
                return (
                    ["mean", "clinical", "answered", "band", "risk_flag"],
                    [
                        r => Number(r.Result.Primary.Mean),
                        r => Number(r.Result.Primary.ClinicalScore),
                        r => Whole(r.Result.ItemsAnswered),
                        r => r.Result.Band?.Code ?? "",
                        r => Bool(r.Result.RiskFlag),
                    ],
                    false);

            case "yp-core":
                return (
                    ["mean", "clinical", "answered", "cutoff_clinical", "clinical_range"],
                    [
                        r => Number(r.Result.Primary.Mean),
                        r => Number(r.Result.Primary.ClinicalScore),
                        r => Whole(r.Result.ItemsAnswered),
                        r => Number(r.Cutoff?.ClinicalCutoff),
                        r => Bool(r.Cutoff?.IsInClinicalRange),
                    ],
                    true);

            case "gp-core":
                return (
                    ["mean", "clinical", "answered"],
                    [
                        r => Number(r.Result.Primary.Mean),
                        r => Number(r.Result.Primary.ClinicalScore),
                        r => Whole(r.Result.ItemsAnswered),
                    ],
                    false);

            default:
                throw new ArgumentException($"The score command has no CORE output layout for instrument '{instrument.Id}'.", nameof(instrument));
        }
    }

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        if (!TryMapNumbered(header, "item", _instrument.Items.Length, out _items, out problem))
        {
            return false;
        }

        problem = MissingColumns(_items, "item", _instrument.Name);
        if (problem is not null)
        {
            return false;
        }

        consumed.UnionWith(_items);
        if (_usesAgeAndGender)
        {
            // Age and gender are read and also passed through.
            _age = Find(header, "age");
            _gender = Find(header, "gender");
        }
        else if (_rangeScores.Length > 0)
        {
            // Gender is read and also passed through; without the column a gender table gives no cut-off.
            _gender = Find(header, "gender");
        }

        return true;
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        ReadAnswers(record, _items, _instrument.Scale, _answers, problems);
        if (problems.Count > 0)
        {
            return;
        }

        if (!_instrument.TryScore(_answers, out InstrumentResult result, out ScoringError scoringError))
        {
            problems.Add(scoringError.Message);
            return;
        }

        CutoffComparison? comparison = _usesAgeAndGender && (_age >= 0 || _gender >= 0)
            ? CompareWithCutoff(result, record, problems)
            : null;
        var scores = new RowScores(result, comparison);
        for (int i = 0; i < _values.Length; i++)
        {
            cells[i] = _values[i](scores);
        }

        if (_rangeScores.Length > 0)
        {
            WriteClinicalRanges(result, record, cells.AsSpan(_values.Length), problems);
        }

        Explain(result, problems);
    }

    /// <summary>
    /// core-om with a table: whether each score the table covers is at or above its cut-off for the row's gender.
    /// A cell stays blank when the score is not computable (its reason comes from <see cref="RowScorer.Explain"/>)
    /// or the table has no cut-off for the row (the table's reason, once per row).
    /// </summary>
    private void WriteClinicalRanges(InstrumentResult result, string[] record, Span<string> cells, List<string> problems)
    {
        if (!TryReadGender(_gender >= 0 ? record[_gender].Trim() : "", problems, out Gender? gender))
        {
            return;
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
    }

    private CutoffComparison? CompareWithCutoff(InstrumentResult result, string[] record, List<string> problems)
    {
        string ageCell = _age >= 0 ? record[_age].Trim() : "";
        string genderCell = _gender >= 0 ? record[_gender].Trim() : "";
        if (ageCell.Length == 0 && genderCell.Length == 0)
        {
            return null;
        }

        int? age = null;
        if (ageCell.Length > 0)
        {
            if (!int.TryParse(ageCell, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
            {
                problems.Add($"age: '{ageCell}' is not a whole number of years; no cut-off");
                return null;
            }

            age = parsed;
        }

        if (!TryReadGender(genderCell, problems, out Gender? gender))
        {
            return null;
        }

        CutoffComparison comparison = result.CompareWithCutoff(gender, age, _reference);
        if (comparison.Lookup.Explanation is { } reason)
        {
            problems.Add(reason);
        }

        return comparison;
    }

    /// <summary>One scored row: the result and, where asked for, the cut-off comparison.</summary>
    private readonly record struct RowScores(InstrumentResult Result, CutoffComparison? Cutoff);
}
