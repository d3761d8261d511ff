using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.Cohorts;
using OutcomeScoring.Comparison;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// PAM-13 (pam-13.csv: id, date, team, item1..item13, scored with pam-13-calibration.json, the licensee's
/// calibration): activation levels at the first form and change to the last, with the meaningful gain of 3 points.
/// </summary>
internal sealed class Pam13Section : IReportSectionBuilder
{
    public const string File = "pam-13.csv";

    public const string CalibrationFile = "pam-13-calibration.json";

    public string Id => "pam-13";

    public string Title => "PAM-13: patient activation";

    public IReadOnlyList<string> Files => [File, CalibrationFile];

    /// <summary>The levels the report reads scores into.</summary>
    private static ActivationCutPoints Levels => ActivationCutPoints.Hibbard2010;

    /// <summary>The levels a score is read into (<see cref="ActivationCutPoints.Level"/>: 1 to 4, three maxima).</summary>
    private static readonly int[] LevelNumbers = [1, 2, 3, 4];

    public ReportSection Build(ReportFolder folder)
    {
        var notRead = new List<string>();
        (ICalibration? calibration, List<(Form Form, Pam13Result Result)>? scored, string? missingInput, string? problem) = Read(folder, notRead);
        if (problem is not null)
        {
            return ReportSection.Unusable(Id, Title, problem);
        }

        if (missingInput is not null || calibration is null || scored is null)
        {
            return ReportSection.Missing(Id, Title, missingInput ?? $"There is no {File} in the folder.");
        }

        // Each person's first and last scored PAM-13, in the team of their first form (docs/cohorts.md).
        Administration[] forms = Forms.Administrations(scored.Select(s => (s.Form, s.Result.Score)));
        TeamAssignment teams = Cohort.Teams(forms);
        var people = Cohort.ByPerson(forms).Where(p => p.FirstComputable is not null)
            .Select(p => new Activated(teams.TeamOf(p.Person), scored[p.FirstComputable!.Value].Result, scored[p.LastComputable!.Value].Result, p.ComputablePositions.Length))
            .ToList();
        var groups = TeamGroups.WithAll(teams.Teams, people, p => p.Team);

        var write = new SectionWriter();
        bool madeUp = IsMadeUp(calibration);
        Introduce(write, calibration, scored, notRead.Count, madeUp);
        LevelsTable(write, groups);
        var paired = people.Where(p => p.Count >= 2).ToList();
        string summary = paired.Count == 0
            ? $"{Text.Count(people.Count, "person", "people")} scored; nobody twice yet."
            : ChangeTable(write, groups, paired, madeUp);
        write.RowsNotRead(File, notRead);
        About(write, calibration);
        return new ReportSection(Id, Title, write.Blocks) { Summary = summary };
    }

    /// <summary>A caution when the calibration is made up; what PAM-13 measures, and how many forms could be scored.</summary>
    private static void Introduce(SectionWriter write, ICalibration calibration, List<(Form Form, Pam13Result Result)> scored, int notRead, bool madeUp)
    {
        if (madeUp)
        {
            write.Caution($"The calibration in this folder is \"{calibration.Name}\": it is made up, so these are not real PAM-13 scores or levels. Use your licensed calibration for real figures.");
        }

        int notComputable = scored.Count(s => !s.Result.IsComputable);
        write.Paragraph("PAM-13 measures patient activation: the knowledge, skills and confidence to manage one's own health. Thirteen statements are answered 1-4; the licensee's calibration turns the answers into a score of 0-100, and the score into one of four levels (1 lowest). "
            + $"{File} has {Text.Count(scored.Count + notRead, "form", "forms")}; {Text.N(scored.Count - notComputable)} could be scored with the calibration \"{calibration.Name}\"" + (notComputable > 0 ? $" and {Text.N(notComputable)} could not (too few items answered, or every answer the same extreme)." : "."));
    }

    /// <summary>The mean score and the count at each level of each person's first scored form, by team.</summary>
    private static void LevelsTable(SectionWriter write, List<(string Name, List<Activated> Group)> groups) =>
        write.Table(
            $"Each person's first scored PAM-13, by team: the mean activation score and how many are at each level ({Levels.Name})",
            ["Team", "People", "Mean score", .. LevelNumbers.Select(l => $"Level {l}")],
            groups.Select(g => (string[])
            [
                g.Name, Text.N(g.Group.Count), Text.Num(g.Group.Average(p => p.First.ReportedScore!.Value)),
                .. LevelNumbers.Select(l => Text.N(g.Group.Count(p => p.First.Level == l))),
            ]));

    /// <summary>The change from first to last score of the people scored twice, by team, with the meaningful gain (the library's rule). Returns the summary.</summary>
    private static string ChangeTable(SectionWriter write, List<(string Name, List<Activated> Group)> groups, List<Activated> paired, bool madeUp)
    {
        write.Table(
            $"Change from first to last score, by team, for people scored twice: the mean change, and how many gained {Pam13.MeaningfulGain:0} points or more (a meaningful improvement, NQF #2483) with its Wilson 95% interval, and how many moved up a level",
            ["Team", "People scored twice", "Mean first", "Mean last", "Mean change", $"Gained {Pam13.MeaningfulGain:0}+ points", "Share (95% CI)", "Moved up a level"],
            groups.Select(g => (g.Name, Group: g.Group.Where(p => p.Count >= 2).ToList())).Where(g => g.Group.Count > 0).Select(g =>
            {
                int gained = g.Group.Count(p => p.GainedMeaningfully);
                int up = g.Group.Count(p => p.Last.Level > p.First.Level);
                return new[]
                {
                    g.Name, Text.N(g.Group.Count), Text.Num(g.Group.Average(p => p.First.ReportedScore!.Value)), Text.Num(g.Group.Average(p => p.Last.ReportedScore!.Value)),
                    g.Group.Average(p => p.Last.ReportedScore!.Value - p.First.ReportedScore!.Value).ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture),
                    Text.N(gained), Text.PctCi(Wilson.Interval(gained, g.Group.Count, 0.95)), Text.N(up),
                };
            }));
        int gainedAll = paired.Count(p => p.GainedMeaningfully);
        return $"{Text.Count(paired.Count, "person", "people")} scored twice: {Text.Pct((double)gainedAll / paired.Count)} gained {Pam13.MeaningfulGain:0} points or more" + (madeUp ? " (made-up calibration: not real scores)." : ".");
    }

    /// <summary>The method, the settings and the sources.</summary>
    private static void About(SectionWriter write, ICalibration calibration) =>
        write.About(
            [
                "Answers 1-4 are scored with the licensee's calibration (a Rasch model or a raw-score table); \"NA\" counts as not answered, and the calibration sets how many answers are needed. The reported score is rounded to one decimal before the level is read.",
                $"Levels use the {Levels.Name} cut points ({Levels}). A gain of {Pam13.MeaningfulGain:0} points or more from the first to the last score is a meaningful improvement (NQF #2483); the comparison is of each person's first and last scored form, by date.",
            ],
            [
                new("Input", $"{File}: columns id, date, team, item1-item13; {CalibrationFile}"),
                new("Calibration", calibration.ToString() ?? calibration.Name),
                new("Levels", Levels.Name),
                new("Meaningful gain", $"{Pam13.MeaningfulGain:0} points or more"),
            ],
            [Pam13.Source]);

    /// <summary>
    /// Reads pam-13.csv and scores every form with pam-13-calibration.json (levels by Hibbard et al. 2010). Rows that cannot be read go
    /// to <paramref name="notRead"/>. Gives what is missing (the CSV or the calibration) in words, or a problem when a file cannot be used.
    /// </summary>
    /// <exception cref="CalibrationException">The calibration file is not a valid calibration, or not one for PAM-13.</exception>
    internal static (ICalibration? Calibration, List<(Form Form, Pam13Result Result)>? Scored, string? Missing, string? Problem) Read(ReportFolder folder, List<string> notRead)
    {
        if (folder.Csv(File) is not { } table)
        {
            return (null, null, $"There is no {File} in the folder. Give PAM-13 answers there, one form per row, with the columns id, date (yyyy-mm-dd), team and item1 to item13 (1-4, NA for not applicable), together with your licensed calibration as {CalibrationFile}.", null);
        }

        if (!folder.Has(CalibrationFile))
        {
            return (null, null, $"There is no {CalibrationFile} in the folder. The conversion of PAM-13 answers to activation scores is licensed by Insignia Health and none is shipped: put your licensed calibration there (docs/instruments/pam-13.md) to include this section.", null);
        }

        ICalibration calibration;
        using (FileStream stream = System.IO.File.OpenRead(Path.Combine(folder.Path, CalibrationFile)))
        {
            calibration = Calibration.Load(stream);
        }

        Pam13.CheckCalibration(calibration);
        if (Forms.Bind(table, Pam13.Layout, out FormReader? reader) is { } problem)
        {
            return (calibration, null, null, problem);
        }

        string[] missing = table.Missing(Forms.IdColumn, Forms.DateColumn);
        if (missing.Length > 0)
        {
            return (calibration, null, null, $"{File} has no {Text.And(missing)} column; this section follows each person from first to last form, so it needs id and date (yyyy-mm-dd).");
        }

        notRead.AddRange(table.Problems);
        return (calibration, [.. Forms.Read(table, reader!, notRead)
            .Select(f => (f, Pam13.Score(f.Answers, calibration, Levels)))], null, null);
    }

    /// <summary>Whether a calibration's name says it is made up (as the sample's is), so its scores are not real PAM-13 scores.</summary>
    internal static bool IsMadeUp(ICalibration calibration) =>
        calibration.Name.Contains("MADE-UP", StringComparison.OrdinalIgnoreCase) || calibration.Name.Contains("not a real", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A person's first and last scored PAM-13, in the team of their first form, and how many scored forms they have.</summary>
internal sealed record Activated(string Team, Pam13Result First, Pam13Result Last, int Count)
{
    /// <summary>Gets whether the change from first to last is a meaningful improvement (the library's rule, <see cref="Pam13.MeaningfulGain"/>).</summary>
    public bool GainedMeaningfully => Pam13.Change(First, Last, Pam13.MeaningfulGain)?.IsMeaningfulImprovement == true;
}
