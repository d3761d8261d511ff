using System.Globalization;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of baseline/follow-up pairs (<c>pre</c>, <c>post</c>; blank = no score). Result columns (a contract,
/// docs/cli.md): <c>change,reliable_change,pre_clinical,post_clinical,outcome</c>.
/// </summary>
internal sealed class ChangeRowScorer(ChangeCriteria criteria) : RowScorer
{
    private int _pre = -1, _post = -1;

    public override string[] Columns { get; } = ["change", "reliable_change", "pre_clinical", "post_clinical", "outcome"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        _pre = Find(header, "pre");
        _post = Find(header, "post");
        consumed = new HashSet<int> { _pre, _post };
        problem = _pre < 0 || _post < 0 ? "the header needs the columns pre and post." : null;
        return problem is null;
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        double? pre = Read(record[_pre], "pre", problems), post = Read(record[_post], "post", problems);
        if (problems.Count > 0)
        {
            return;
        }

        ChangePair pair = Classify(criteria, pre, post);
        cells[0] = Number(pair.Change);
        cells[1] = pair.ReliableChange switch
        {
            ReliableChangeCategory.ReliableImprovement => "improvement",
            ReliableChangeCategory.ReliableDeterioration => "deterioration",
            ReliableChangeCategory.NoReliableChange => "no_change",
            _ => "",
        };
        cells[2] = Bool(pre is { } b ? criteria.IsClinical(b) : null);
        cells[3] = Bool(post is { } a ? criteria.IsClinical(a) : null);
        cells[4] = pair.Outcome?.ToString().ToLowerInvariant() ?? "";
        if (!pair.IsComputable)
        {
            problems.Add(pair.NotComputable switch
            {
                PairNotComputableReason.NoBaseline => "no pre score",
                PairNotComputableReason.NoFollowUp => "no post score",
                _ => "no scores",
            });
        }
    }

    /// <summary>Reads a score cell: blank is no score; anything but a finite number is a problem.</summary>
    public static double? Read(string cell, string column, List<string> problems)
    {
        cell = cell.Trim();
        if (cell.Length == 0)
        {
            return null;
        }

        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add($"{column}: '{cell}' is not a number");
        return null;
    }

    /// <summary>Classifies a pair (shared with the summary).</summary>
    public static ChangePair Classify(ChangeCriteria criteria, double? pre, double? post) => criteria.Classify(pre, post);
}
