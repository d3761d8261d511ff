using System.Globalization;
using OutcomeScoring.DialogScale;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of DIALOG: item1..item11 (ratings, <c>NA</c> for not applicable, blank for not answered) in the chosen
/// item order and coding, and optional help1..help11 (yes, no, y, n, any case, or blank). Result columns (a contract, docs/cli.md):
/// <c>sqol_mean,sqol_items,ts_mean,ts_items,unmet_needs</c>.
/// </summary>
internal sealed class DialogRowScorer(Instrument instrument, DialogItemOrder order, DialogCoding coding) : RowScorer
{
    private readonly Answer[] _ratings = new Answer[11];
    private readonly bool?[] _help = new bool?[11];
    private int[] _items = [];
    private int[] _helpColumns = [];

    public override string[] Columns { get; } = ["sqol_mean", "sqol_items", "ts_mean", "ts_items", "unmet_needs"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        if (!TryMapNumbered(header, "item", 11, out _items, out problem) || !TryMapNumbered(header, "help", 11, out _helpColumns, out problem))
        {
            return false;
        }

        problem = MissingColumns(_items, "item", "DIALOG");
        if (problem is not null)
        {
            return false;
        }

        consumed.UnionWith(_items);
        consumed.UnionWith(_helpColumns.Where(c => c >= 0));
        return true;
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        (int low, int high) = coding == DialogCoding.ZeroToSix ? (0, 6) : (1, 7);
        for (int i = 0; i < 11; i++)
        {
            string cell = record[_items[i]].Trim();
            if (cell.Length == 0)
            {
                _ratings[i] = Answer.NotAnswered;
            }
            else if (IsNotApplicable(cell))
            {
                _ratings[i] = Answer.NotApplicable;
            }
            else if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= low && value <= high)
            {
                _ratings[i] = value;
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"item{i + 1} ({Dialog.Item(Dialog.DomainAt(i + 1, order)).Topic}): '{cell}' is not a rating; ratings are {low}-{high}, NA or blank"));
            }

            string help = _helpColumns[i] >= 0 ? record[_helpColumns[i]].Trim().ToUpperInvariant() : "";
            _help[i] = help switch
            {
                "" => null,
                "YES" or "Y" => true,
                "NO" or "N" => false,
                _ => AddProblem(problems, $"help{i + 1}: '{record[_helpColumns[i]].Trim()}' is not yes, no or blank"),
            };
        }

        if (problems.Count > 0)
        {
            return;
        }

        DialogResult result = Dialog.Score(DialogResponse.FromPositional(_ratings, order, coding, _help), instrument);
        cells[0] = Number(result.QualityOfLife.Mean);
        cells[1] = Whole(result.QualityOfLife.ItemsAnswered);
        cells[2] = Number(result.TreatmentSatisfaction.Mean);
        cells[3] = Whole(result.TreatmentSatisfaction.ItemsAnswered);
        cells[4] = Whole(result.UnmetNeeds);
        Explain(result.Scores, problems);
    }

    private static bool? AddProblem(List<string> problems, string problem)
    {
        problems.Add(problem);
        return null;
    }
}
