using System.Globalization;
using OutcomeScoring.Change;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of baseline/follow-up pairs (<c>pre</c>, <c>post</c>; blank = no score). Result columns (a contract,
/// docs/cli.md): <c>change,reliable_change,pre_clinical,post_clinical,outcome</c>.
/// </summary>
internal sealed class ChangeRowScorer(ChangeCriteria criteria, Instrument? instrument) : RowScorer
{
    private int _pre = -1, _post = -1, _age = -1, _gender = -1;

    public override string[] Columns { get; } = ["change", "reliable_change", "pre_clinical", "post_clinical", "outcome"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        _pre = FormColumns.Find(header, "pre");
        _post = FormColumns.Find(header, "post");
        _age = FormColumns.Find(header, FormCells.AgeColumn);
        _gender = FormColumns.Find(header, FormCells.GenderColumn);
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

        ChangeCriteria rowCriteria = PersonCriteria(criteria, instrument, record, _age, _gender, problems, out string? noCutoff);
        if (noCutoff is not null)
        {
            problems.Add($"no cut-off: {noCutoff}");
        }

        ChangePair pair = rowCriteria.Classify(pre, post);
        cells[0] = Number(pair.Change);
        cells[1] = pair.ReliableChange switch
        {
            ReliableChangeCategory.ReliableImprovement => "improvement",
            ReliableChangeCategory.ReliableDeterioration => "deterioration",
            ReliableChangeCategory.NoReliableChange => "no_change",
            _ => "",
        };
        cells[2] = Bool(pre is { } b ? rowCriteria.IsClinical(b) : null);
        cells[3] = Bool(post is { } a ? rowCriteria.IsClinical(a) : null);
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

    /// <summary>
    /// The criteria for one row: for an instrument whose cut-off depends on age and gender (yp-core), the cut-off
    /// for the row's <c>age</c> and <c>gender</c> (read by the form reader) when those columns exist, or the table's reason
    /// for having none (<paramref name="noCutoff"/>); otherwise the criteria as given. An age or gender that cannot be read
    /// adds its problem, and the row gets no cut-off.
    /// </summary>
    public static ChangeCriteria PersonCriteria(ChangeCriteria criteria, Instrument? instrument, string[] record, int age, int gender, List<string> problems, out string? noCutoff)
    {
        noCutoff = null;
        bool splitByPerson = instrument?.Interpretation.DefaultCutoffs?.Entries.Any(e => e.Gender is not null || e.MinimumAge is not null) == true;
        if (!splitByPerson || criteria.ClinicalCutoff is not null || (age < 0 && gender < 0)
            || !TryReadPerson(record, age, gender, problems, out int? years, out Gender? sex))
        {
            return criteria;
        }

        (ChangeCriteria person, CutoffLookup lookup) = criteria.ForPerson(instrument!, sex, years, null);
        noCutoff = lookup.Explanation;
        return person;
    }
}
