using OutcomeScoring.Change;
using OutcomeScoring.Forms;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of one referral's first and last PHQ-9 and GAD-7 totals (<c>phq9_first,phq9_last,gad7_first,gad7_last</c>; blank =
/// no score). Result columns (a contract, docs/cli.md):
/// <c>phq9_change,gad7_change,case_at_start,recovered,reliable_change,reliable_recovery</c>.
/// </summary>
internal sealed class TalkingTherapiesRowScorer(TalkingTherapiesRules rules) : RowScorer
{
    /// <summary>The input columns, in order, with the instrument whose score range each holds.</summary>
    public static readonly (string Column, Instrument Instrument)[] Inputs =
        [("phq9_first", Phq9.Instrument), ("phq9_last", Phq9.Instrument), ("gad7_first", Gad7.Instrument), ("gad7_last", Gad7.Instrument)];

    private readonly int[] _inputs = new int[Inputs.Length];

    public override string[] Columns { get; } = ["phq9_change", "gad7_change", "case_at_start", "recovered", "reliable_change", "reliable_recovery"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        for (int i = 0; i < Inputs.Length; i++)
        {
            _inputs[i] = FormColumns.Find(header, Inputs[i].Column);
        }

        consumed = new HashSet<int>(_inputs);
        problem = CsvInput.Lacks(header, Inputs.Select(i => i.Column)) ?? CsvInput.Repeated(header);
        return problem is null;
    }

    public override RowOutcome Score(string[] record, string[] cells, List<string> problems)
    {
        TalkingTherapiesPair? referral = Read(rules, record, _inputs, problems);
        if (referral is not { } pair)
        {
            return RowOutcome.Error;
        }

        cells[0] = Number(pair.Depression.Change);
        cells[1] = Number(pair.Anxiety.Change);
        cells[2] = Bool(pair.CaseAtStart);
        cells[3] = Bool(pair.Recovered);
        cells[4] = Category(pair.ReliableChange);
        cells[5] = Bool(pair.ReliableRecovery);
        if (pair.Explanation is { } why)
        {
            problems.Add(why);
            return RowOutcome.NotComputable;
        }

        return RowOutcome.Scored;
    }

    /// <summary>
    /// Reads and classifies one row; a cell that is not a number or lies outside its measure's range is a problem and gives
    /// no referral (<see langword="null"/>).
    /// </summary>
    public static TalkingTherapiesPair? Read(TalkingTherapiesRules rules, string[] record, int[] columns, List<string> problems)
    {
        var scores = new double?[Inputs.Length];
        for (int i = 0; i < Inputs.Length; i++)
        {
            scores[i] = ChangeRowScorer.Read(record[columns[i]], Inputs[i].Column, problems, Inputs[i].Instrument);
        }

        return problems.Count > 0 ? null : rules.Classify(scores[0], scores[1], scores[2], scores[3]);
    }
}
