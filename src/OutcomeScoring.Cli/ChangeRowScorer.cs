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
        problem = CsvInput.Lacks(header, "pre", "post") ?? CsvInput.Repeated(header);
        return problem is null;
    }

    public override RowOutcome Score(string[] record, string[] cells, List<string> problems)
    {
        double? pre = Read(record[_pre], "pre", problems, instrument), post = Read(record[_post], "post", problems, instrument);
        CheckChange(pre, post, problems);
        if (problems.Count > 0)
        {
            return RowOutcome.Error;
        }

        ChangeCriteria rowCriteria = PersonCriteria(criteria, instrument, record, _age, _gender, problems, out string? noCutoff);
        RowOutcome outcome = problems.Count > 0 ? RowOutcome.Error : RowOutcome.Scored; // an age or gender that could not be read
        if (noCutoff is not null)
        {
            problems.Add($"no cut-off: {noCutoff}");
        }

        ChangePair pair = rowCriteria.Classify(pre, post);
        cells[0] = Number(pair.Change);
        cells[1] = Category(pair.ReliableChange);
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
            return outcome == RowOutcome.Error ? outcome : RowOutcome.NotComputable;
        }

        return outcome;
    }

    /// <summary>
    /// Reads a score cell: blank is no score; anything but a finite number is a problem, and so, with an instrument, is a
    /// score outside its clinical range (<see cref="ScoreRange"/>).
    /// </summary>
    public static double? Read(string cell, string column, List<string> problems, Instrument? instrument = null)
    {
        cell = cell.Trim();
        if (cell.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            problems.Add($"{column}: '{cell}' is not a number");
            return null;
        }

        if (instrument is not null && ScoreRange(instrument) is var (minimum, maximum) && (value < minimum || value > maximum))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{column}: {cell} is outside the {instrument.Name} score range {minimum}-{maximum}"));
            return null;
        }

        return value;
    }

    /// <summary>A change that overflows (pre and post finite, such as 1e308 and -1e308, but their difference not) is a problem.</summary>
    public static void CheckChange(double? pre, double? post, List<string> problems)
    {
        if (pre is { } before && post is { } after && !double.IsFinite(after - before))
        {
            problems.Add("the change from pre to post is too large to compute");
        }
    }

    /// <summary>
    /// The range of the scores <c>change --instrument</c> compares: the clinical score, the mean of the answered items
    /// (each on the instrument's response scale) times its clinical multiplier, read from the definition: CORE-10 0-40
    /// (specs/core.md, "the clinical score is that mean x 10 (0-40)"), DIALOG 1-7 (specs/dialog.md, ratings 1-7, multiplier 1).
    /// </summary>
    public static (double Minimum, double Maximum) ScoreRange(Instrument instrument) =>
        (instrument.Scale.Minimum * instrument.ClinicalMultiplier, instrument.Scale.Maximum * instrument.ClinicalMultiplier);

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
