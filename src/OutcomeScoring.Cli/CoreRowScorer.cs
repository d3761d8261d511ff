using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of a CORE family instrument (core-om, core-10, yp-core): item columns item1..itemN, blank = not
/// answered; for yp-core, optional age and gender columns select the cut-off. The result column names are a
/// contract with users (docs/cli.md): change them only deliberately.
/// </summary>
internal sealed class CoreRowScorer : RowScorer
{
    private readonly Instrument _instrument;
    private readonly CutoffReference? _reference;
    private readonly Func<RowScores, string>[] _values;
    private readonly bool _usesAgeAndGender;
    private readonly Answer[] _answers;
    private int[] _items = [];
    private int _age = -1, _gender = -1;

    public CoreRowScorer(Instrument instrument, CutoffReference? reference)
    {
        _instrument = instrument;
        _reference = reference;
        _answers = new Answer[instrument.Items.Length];
        (Columns, _values, _usesAgeAndGender) = Layout(instrument);
    }

    public override string[] Columns { get; }

    private static (string[] Columns, Func<RowScores, string>[] Values, bool UsesAgeAndGender) Layout(Instrument instrument) =>
        instrument.Id switch
        {
            "core-om" => (
                ["all_mean", "all_clinical", "nonrisk_mean", "nonrisk_clinical", "wellbeing_mean", "problems_mean", "functioning_mean", "risk_mean", "answered", "band", "risk_flag"],
                [
                    r => Number(r.Result["all"].Mean),
                    r => Number(r.Result["all"].ClinicalScore),
                    r => Number(r.Result["nonrisk"].Mean),
                    r => Number(r.Result["nonrisk"].ClinicalScore),
                    r => Number(r.Result["wellbeing"].Mean),
                    r => Number(r.Result["problems"].Mean),
                    r => Number(r.Result["functioning"].Mean),
                    r => Number(r.Result["risk"].Mean),
                    r => Whole(r.Result.ItemsAnswered),
                    r => r.Result.Band?.Code ?? "",
                    r => Bool(r.Result.RiskFlag),
                ],
                false),
            "core-10" => (
                ["mean", "clinical", "answered", "band", "risk_flag"],
                [
                    r => Number(r.Result.Primary.Mean),
                    r => Number(r.Result.Primary.ClinicalScore),
                    r => Whole(r.Result.ItemsAnswered),
                    r => r.Result.Band?.Code ?? "",
                    r => Bool(r.Result.RiskFlag),
                ],
                false),
            "yp-core" => (
                ["mean", "clinical", "answered", "cutoff_clinical", "clinical_range"],
                [
                    r => Number(r.Result.Primary.Mean),
                    r => Number(r.Result.Primary.ClinicalScore),
                    r => Whole(r.Result.ItemsAnswered),
                    r => Number(r.Cutoff?.ClinicalCutoff),
                    r => Bool(r.Cutoff?.IsInClinicalRange),
                ],
                true),
            _ => throw new ArgumentException($"The score command has no CORE output layout for instrument '{instrument.Id}'.", nameof(instrument)),
        };

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

        return true;
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        ResponseScale scale = _instrument.Scale;
        for (int i = 0; i < _answers.Length; i++)
        {
            string cell = record[_items[i]].Trim();
            if (cell.Length == 0)
            {
                _answers[i] = Answer.NotAnswered;
            }
            else if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                problems.Add($"item{i + 1}: '{cell}' is not a whole number on the response scale {scale}");
            }
            else if (!scale.Contains(value))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"item{i + 1}: answer {value} is outside the response scale {scale}"));
            }
            else
            {
                _answers[i] = value;
            }
        }

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

        Explain(result, problems);
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

        Gender? gender = genderCell.ToUpperInvariant() switch
        {
            "M" => Gender.Male,
            "F" => Gender.Female,
            _ => null,
        };
        if (genderCell.Length > 0 && gender is null)
        {
            problems.Add($"gender: '{genderCell}' is not M or F; no cut-off");
            return null;
        }

        CutoffComparison comparison = result.CompareWithCutoff(gender, age, _reference);
        if (comparison.Lookup.Reason is { } reason)
        {
            problems.Add(reason);
        }

        return comparison;
    }

    /// <summary>One scored row: the result and, where asked for, the cut-off comparison.</summary>
    private readonly record struct RowScores(InstrumentResult Result, CutoffComparison? Cutoff);
}
