using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of DIALOG: item1..item11 (ratings, <c>NA</c> for not applicable, blank for not answered) in the chosen
/// item order and coding, read with <see cref="Dialog.Layout"/>, and optional help1..help11 (yes, no, y, n, any case, or blank).
/// Result columns (a contract, docs/cli.md): <c>sqol_mean,sqol_items,ts_mean,ts_items,unmet_needs</c>.
/// </summary>
internal sealed class DialogRowScorer(Instrument instrument, DialogItemOrder order, DialogCoding coding) : RowScorer
{
    private const string HelpPrefix = "help";

    private static readonly int ItemCount = Dialog.Items.Length;

    private static readonly string[] HelpColumns = [.. Enumerable.Range(1, ItemCount).Select(i => $"{HelpPrefix}{i}")];

    private readonly FormLayout _layout = Dialog.Layout(order, coding);
    private readonly Answer[] _ratings = new Answer[ItemCount];
    private readonly bool?[] _help = new bool?[ItemCount];
    private readonly int[] _helpColumns = new int[ItemCount];
    private FormReader? _reader;

    public override string[] Columns { get; } = ["sqol_mean", "sqol_items", "ts_mean", "ts_items", "unmet_needs"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        bool bound = FormReader.TryBind(_layout, header, out _reader, out FormProblem items);
        if (items.Kind == FormProblemKind.DuplicateColumn)
        {
            problem = items.Message;
            return false;
        }

        // A help column given twice is reported before missing item columns, as ever.
        if (!FormColumns.TryMapNumbered(header, HelpPrefix, _helpColumns, out FormProblem help))
        {
            problem = help.Message;
            return false;
        }

        if (!bound)
        {
            problem = items.Message;
            return false;
        }

        problem = null;
        consumed.UnionWith(_reader!.ItemColumns);
        consumed.UnionWith(_helpColumns.Where(c => c >= 0));
        return true;
    }

    public override RowOutcome Score(string[] record, string[] cells, List<string> problems)
    {
        for (int i = 0; i < ItemCount; i++)
        {
            // Each item's rating, then its help answer, so that a row's problems come in column pairs.
            if (!_layout.TryReadAnswer(i + 1, record[_reader!.ItemColumns[i]], out _ratings[i], out FormProblem rating))
            {
                problems.Add(rating.Message);
            }

            if (!FormCells.TryReadYesNo(HelpColumns[i], _helpColumns[i] >= 0 ? record[_helpColumns[i]] : "", out _help[i], out FormProblem help))
            {
                problems.Add(help.Message);
            }
        }

        if (problems.Count > 0)
        {
            return RowOutcome.Error;
        }

        DialogResult result = Dialog.Score(DialogResponse.FromPositional(_ratings, order, coding, _help), instrument);
        cells[0] = Number(result.QualityOfLife.Mean);
        cells[1] = Whole(result.QualityOfLife.ItemsAnswered);
        cells[2] = Number(result.TreatmentSatisfaction.Mean);
        cells[3] = Whole(result.TreatmentSatisfaction.ItemsAnswered);
        cells[4] = Whole(result.UnmetNeeds);
        return Explain(result.Scores, problems);
    }
}
