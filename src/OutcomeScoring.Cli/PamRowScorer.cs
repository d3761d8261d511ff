using System.Globalization;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of PAM-13 scored with a licensee's calibration: item1..item13 (1-4, <c>NA</c>, or blank). Result columns
/// (a contract, docs/cli.md): <c>activation,activation_se,level,answered,theta,theta_se</c>.
/// </summary>
internal sealed class PamRowScorer(ICalibration calibration, ActivationCutPoints cutPoints) : RowScorer
{
    private readonly Answer[] _answers = new Answer[Pam13.ItemCount];
    private int[] _items = [];

    public override string[] Columns { get; } = ["activation", "activation_se", "level", "answered", "theta", "theta_se"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        if (!TryMapNumbered(header, "item", Pam13.ItemCount, out _items, out problem))
        {
            return false;
        }

        problem = MissingColumns(_items, "item", Pam13.Name);
        if (problem is not null)
        {
            return false;
        }

        consumed.UnionWith(_items);
        return true;
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        for (int i = 0; i < _answers.Length; i++)
        {
            string cell = record[_items[i]].Trim();
            if (cell.Length == 0)
            {
                _answers[i] = Answer.NotAnswered;
            }
            else if (IsNotApplicable(cell))
            {
                _answers[i] = Answer.NotApplicable;
            }
            else if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                && value >= Pam13.MinimumAnswer && value <= Pam13.MaximumAnswer)
            {
                _answers[i] = value;
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"item{i + 1}: '{cell}' is not an answer; answers are {Pam13.MinimumAnswer}-{Pam13.MaximumAnswer}, NA or blank"));
            }
        }

        if (problems.Count > 0)
        {
            return;
        }

        if (!Pam13.TryScore(_answers, calibration, cutPoints, out Pam13Result result, out ScoringError error))
        {
            problems.Add(error.Message);
            return;
        }

        cells[0] = Number(result.Score);
        cells[1] = Number(result.StandardError);
        cells[2] = Whole(result.Level);
        cells[3] = Whole(result.ItemsAnswered);
        cells[4] = Number(result.Calibrated.Measure?.Theta);
        cells[5] = Number(result.Calibrated.Measure?.StandardError);
        if (result.Explanation is { } why)
        {
            problems.Add(why);
        }
    }
}
