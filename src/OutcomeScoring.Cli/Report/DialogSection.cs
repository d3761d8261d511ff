using System.Globalization;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.Cohorts;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// DIALOG (dialog.csv: id, date, team, item1..item11 in MHSDS order, optional help1..help11): the profile of
/// each item at the first and latest DIALOG of the same people, SQOL and TS by team, unmet needs, and NHS
/// England's per-item change.
/// </summary>
internal sealed class DialogSection : IReportSectionBuilder
{
    public const string File = "dialog.csv";

    public string Id => "dialog";

    public string Title => "DIALOG: quality of life and treatment satisfaction";

    public IReadOnlyList<string> Files => [File];

    public ReportSection Build(ReportFolder folder)
    {
        var notRead = new List<string>();
        (List<(Form Form, DialogResponse Response)>? responses, string? problem) = Read(folder, notRead);
        if (problem is not null)
        {
            return ReportSection.Unusable(Id, Title, problem);
        }

        if (responses is null)
        {
            return ReportSection.Missing(Id, Title, $"There is no {File} in the folder. Give DIALOG ratings there, one administration per row, with the columns id, date (yyyy-mm-dd), team, item1 to item11 (1-7 in MHSDS order, NA for not applicable) and, if asked, help1 to help11 (yes or no).");
        }

        // Each person's first and latest DIALOG (every form read, scored or not), in the team of their first form (docs/cohorts.md).
        Administration[] forms = Forms.Administrations(responses.Select(r => (r.Form, (double?)null)));
        TeamAssignment teams = Cohort.Teams(forms);
        var people = Cohort.ByPerson(forms)
            .Select(p => new Rated(teams.TeamOf(p.Person), responses[p.First].Response, responses[p.Last].Response, p.Positions.Length))
            .ToList();
        var paired = people.Where(p => p.Count >= 2).ToList();

        var write = new SectionWriter();
        write.Paragraph("DIALOG asks people to rate their satisfaction with eight life domains (their subjective quality of life, SQOL) and three aspects of their treatment (TS), each from 1 (totally dissatisfied) to 7 (totally satisfied), and whether they want more help with each. "
            + $"{File} has {Text.Count(responses.Count + notRead.Count, "administration", "administrations")} for {Text.Count(people.Count, "person", "people")}; {Text.N(paired.Count)} have two or more and are compared from their first to their latest.");

        string summary;
        if (paired.Count == 0)
        {
            write.Note("Nobody has two DIALOG administrations yet, so there is no change to show.");
            summary = $"{Text.Count(people.Count, "person", "people")} rated; nobody twice yet.";
        }
        else
        {
            Profile(write, paired);
            MeansTable(write, TeamGroups.WithAll(teams.Teams, paired, p => p.Team));
            ItemChangeTable(write, paired);
            var sqol = paired.Select(p => (p.FirstScores.QualityOfLife.Mean, p.LatestScores.QualityOfLife.Mean)).Where(s => s.Item1 is not null && s.Item2 is not null).ToList();
            summary = $"{Text.Count(paired.Count, "person", "people")} rated twice: mean SQOL {Mean(sqol.Select(s => s.Item1))} to {Mean(sqol.Select(s => s.Item2))} (1-7, higher is better).";
        }

        write.RowsNotRead(File, notRead);
        About(write);
        return new ReportSection(Id, Title, write.Blocks) { Summary = summary };
    }

    /// <summary>The profile chart of each item at the first and latest DIALOG of the people rated twice.</summary>
    private static void Profile(SectionWriter write, List<Rated> paired)
    {
        var profile = new DialogProfile(paired.Select(p => p.First), paired.Select(p => p.Latest)) { Title = "DIALOG: first and latest ratings of the same people" };
        write.Figure(profile, "The mean rating of each item at people's first DIALOG (open orange circles) and their latest (filled blue circles), for the people rated twice; the grey bar is the change. "
            + $"Further right is more satisfied. {profile.Description}", 900, 640);
    }
    /// <summary>SQOL, TS and unmet needs at the first and latest DIALOG of the people rated twice, by team.</summary>
    private static void MeansTable(SectionWriter write, List<(string Name, List<Rated> Group)> groups) =>
        write.Table(
            "SQOL and TS means (1-7, higher is better) at the first and latest DIALOG of the people rated twice, with the mean change of those with both scores, and the mean number of items with more help wanted",
            ["Team", "People", "SQOL first", "SQOL latest", "SQOL change", "TS first", "TS latest", "TS change", "Unmet needs first", "Unmet needs latest"],
            groups.Select(g =>
            {
                var scores = g.Group.Select(p => (First: p.FirstScores, Latest: p.LatestScores)).ToList();
                return new[]
                {
                    g.Name, Text.N(g.Group.Count),
                    Mean(scores.Select(s => s.First.QualityOfLife.Mean)), Mean(scores.Select(s => s.Latest.QualityOfLife.Mean)), MeanChange(scores.Select(s => (s.First.QualityOfLife.Mean, s.Latest.QualityOfLife.Mean))),
                    Mean(scores.Select(s => s.First.TreatmentSatisfaction.Mean)), Mean(scores.Select(s => s.Latest.TreatmentSatisfaction.Mean)), MeanChange(scores.Select(s => (s.First.TreatmentSatisfaction.Mean, s.Latest.TreatmentSatisfaction.Mean))),
                    Mean(scores.Select(s => (double?)s.First.UnmetNeeds)), Mean(scores.Select(s => (double?)s.Latest.UnmetNeeds)),
                };
            }));

    /// <summary>Each item's change from first to latest DIALOG by the library's rule (NHS England's), for the people rated twice.</summary>
    private static void ItemChangeTable(SectionWriter write, List<Rated> paired)
    {
        var changes = paired.Select(p => Dialog.CompareItems(p.First, p.Latest)).ToList();
        write.Table(
            $"Each item's change from first to latest DIALOG by NHS England's rule (a change of {Dialog.NhsEnglandItemChangeThreshold} point or more is reliable), for the people rated twice; people who did not rate the item both times are not assessable",
            ["Item", "Counts toward outcome", "Improved", "No change", "Deteriorated", "Not assessable"],
            Dialog.Items.Select((item, i) =>
            {
                int assessable = changes.Count(c => c[i].Category is not null);
                string Share(ReliableChangeCategory category)
                {
                    int n = changes.Count(c => c[i].Category == category);
                    return assessable == 0 ? "-" : $"{Text.N(n)} ({Text.Pct((double)n / assessable)})";
                }

                return new[]
                {
                    DialogProfile.Name(item.Domain), item.Subscale == DialogSubscale.QualityOfLife ? "yes" : "no (treatment)",
                    Share(ReliableChangeCategory.ReliableImprovement), Share(ReliableChangeCategory.NoReliableChange), Share(ReliableChangeCategory.ReliableDeterioration),
                    Text.N(changes.Count - assessable),
                };
            }));
    }

    private static string Mean(IEnumerable<double?> values)
    {
        double[] known = [.. values.OfType<double>()];
        return known.Length == 0 ? "-" : Text.Num(known.Average(), "0.00");
    }

    private static string MeanChange(IEnumerable<(double? First, double? Latest)> values)
    {
        double[] known = [.. values.Where(v => v.First is not null && v.Latest is not null).Select(v => v.Latest!.Value - v.First!.Value)];
        return known.Length == 0 ? "-" : known.Average().ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>How many rated items a score needs: the definition's items less its missing-item limit (as the score command's default).</summary>
    private static string Needed(ScoreDefinition score) => $"{ScoreCommand.DefaultMinimum(score)} of {score.Items.Length}";

    /// <summary>The method (the minimums from the definition, the change rule from the library), the settings and the sources.</summary>
    private static void About(SectionWriter write) =>
        write.About(
            [
                $"SQOL is the mean of the eight life-domain ratings and TS the mean of the three treatment ratings (ELFT). No minimum number of rated items is published; the defaults here are {Needed(Dialog.QualityOfLife)} for SQOL and {Needed(Dialog.TreatmentSatisfaction)} for TS, as for the score command. "
                + "\"Not applicable\" (NA) is kept apart from a missing rating and, like it, left out of the means.",
                "The profile and the tables use the people rated at least twice, comparing their first and latest DIALOG by date, so the same people are on both sides. "
                + $"Per-item change follows NHS England's community mental health PROMs dashboard: a rise of {Dialog.NhsEnglandItemChangeThreshold} point or more is improvement, a fall of {Dialog.NhsEnglandItemChangeThreshold} point or more deterioration; only the eight life domains count toward outcome.",
                "Unmet needs: the number of items with more help wanted, among people asked the help questions.",
            ],
            [
                new("Input", $"{File}: columns id, date, team, item1-item11 (MHSDS order), help1-help11"),
                new("Item order", "MHSDS (item 6 friendships, item 7 partner/family)"),
                new("Minimum rated items", $"SQOL {Needed(Dialog.QualityOfLife)}; TS {Needed(Dialog.TreatmentSatisfaction)}"),
                new("Per-item change", $"{Dialog.NhsEnglandItemChangeThreshold} point or more (NHS England)"),
            ],
            [Dialog.Instrument.Source, "nhsengland/MHSDS, CMH PROMs Dashboard: per-item DIALOG change rule"]);

    /// <summary>
    /// Reads dialog.csv (MHSDS item order, ratings 1-7 or NA, optional help1-help11). Rows that cannot be read go to
    /// <paramref name="notRead"/>. Gives no responses when the folder has no such file, and a problem when it cannot be used.
    /// </summary>
    internal static (List<(Form Form, DialogResponse Response)>? Responses, string? Problem) Read(ReportFolder folder, List<string> notRead)
    {
        if (folder.Csv(File) is not { } table)
        {
            return (null, null);
        }

        if (Forms.Bind(table, Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.OneToSeven), out FormReader? reader) is { } problem)
        {
            return (null, problem);
        }

        // The layout's companion question reads help1..help11 (a column given twice is a binding problem above).
        int[] help = [.. reader!.CompanionColumns];
        string[] missing = table.Missing(Forms.IdColumn, Forms.DateColumn);
        if (missing.Length > 0)
        {
            return (null, $"{File} has no {Text.And(missing)} column; this section compares each person's first and latest DIALOG, so it needs id and date (yyyy-mm-dd).");
        }

        notRead.AddRange(table.Problems);
        var responses = new List<(Form Form, DialogResponse Response)>();
        foreach (Form form in Forms.Read(table, reader!, notRead))
        {
            var wanted = new bool?[Dialog.Items.Length];
            var bad = new List<string>();
            for (int i = 0; i < Dialog.Items.Length; i++)
            {
                if (!FormCells.TryReadYesNo($"{Dialog.HelpQuestion}{i + 1}", help[i] >= 0 ? form.Row[help[i]] : "", out wanted[i], out FormProblem unread))
                {
                    bad.Add(unread.Message);
                }
            }

            if (bad.Count > 0)
            {
                notRead.Add(string.Create(CultureInfo.InvariantCulture, $"row {form.Row.Number}: {string.Join("; ", bad)}"));
                continue;
            }

            responses.Add((form, DialogResponse.FromPositional(form.Answers, DialogItemOrder.Mhsds, DialogCoding.OneToSeven, help.All(h => h < 0) ? default : wanted)));
        }

        return (responses, null);
    }
}

/// <summary>A person's first and latest DIALOG, in the team of their first form, and how many they have.</summary>
internal sealed record Rated(string Team, DialogResponse First, DialogResponse Latest, int Count)
{
    /// <summary>Gets the scores of the first DIALOG.</summary>
    public DialogResult FirstScores => Dialog.Score(First);

    /// <summary>Gets the scores of the latest DIALOG.</summary>
    public DialogResult LatestScores => Dialog.Score(Latest);
}
