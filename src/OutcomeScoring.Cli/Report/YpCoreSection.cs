using MathNet.Numerics.Statistics;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// YP-CORE (yp-core.csv: id, date, team, age, gender, item1..item10): scores at the first form against the
/// Blackshaw cut-offs for each young person's age and gender and, because no reliable change index is published
/// for YP-CORE, change classified with one computed from this service's own first forms (SD and Cronbach's alpha).
/// </summary>
internal sealed class YpCoreSection : IReportSectionBuilder
{
    public const string File = "yp-core.csv";

    /// <summary>The fewest complete first forms from which the report computes a reliable change index.</summary>
    public const int MinimumFormsForIndex = 30;

    public string Id => "yp-core";

    public string Title => "YP-CORE: young people's distress";

    public IReadOnlyList<string> Files => [File];

    public ReportSection Build(ReportFolder folder)
    {
        (YpCoreData? data, string? problem) = Read(folder);
        if (problem is not null)
        {
            return ReportSection.Unusable(Id, Title, problem);
        }

        if (data is null)
        {
            return ReportSection.Missing(Id, Title, $"There is no {File} in the folder. Give YP-CORE answers there, one form per row, with the columns id, date (yyyy-mm-dd), team, age, gender (M or F) and item1 to item10 (0-4, blank for not answered).");
        }

        var write = new SectionWriter();
        write.Paragraph("YP-CORE measures distress in young people (11-16, used to 18) with ten questions answered 0-4; the clinical score is the mean answer times 10 (0-40, lower is better). "
            + "Whether a score is in the clinical range depends on age and gender (Blackshaw's table covers ages 11-18, girls and boys separately).");
        int people = FirstScores(write, data);
        string summary = Change(write, data, people);
        write.RowsNotRead(File, data.NotRead);
        About(write);
        return new ReportSection(Id, Title, write.Blocks) { Summary = summary };
    }

    /// <summary>
    /// The scores at each young person's first computable form, in the clinical range or not by the cut-off for their age and gender (the
    /// definition's cut-off table), with why some have none. Returns how many young people were scored.
    /// </summary>
    private static int FirstScores(SectionWriter write, YpCoreData data)
    {
        var cutoffReasons = new List<string>();
        bool? Clinical((Form Form, InstrumentResult Result) first)
        {
            (Gender? gender, int? age, string? unread) = data.Person(first.Form);
            if (unread is not null)
            {
                cutoffReasons.Add(unread);
                return null;
            }

            CutoffComparison comparison = first.Result.CompareWithCutoff(gender, age);
            if (comparison.Lookup.Explanation is { } reason)
            {
                cutoffReasons.Add(reason);
            }

            return comparison.IsInClinicalRange;
        }

        var people = data.Episodes.Where(e => data.FirstForms.ContainsKey(e.Id)).Select(e => (e.Team, data.FirstForms[e.Id].Result, Clinical(data.FirstForms[e.Id]))).ToList();
        write.Heading("Scores at the first form");
        (string[] columns, List<string[]> rows) = CoreScores.Table(YpCore.Instrument, people);
        write.Table("Each young person's first computable YP-CORE, by team: the mean clinical score and how many are in the clinical range for their age and gender", columns, rows);
        if (cutoffReasons.Count > 0)
        {
            write.Note($"{Text.Count(cutoffReasons.Count, "young person has", "young people have")} no cut-off and are left out of \"in the clinical range\": "
                + string.Join("; ", cutoffReasons.GroupBy(r => r, StringComparer.Ordinal).Select(g => $"{Text.Count(g.Count(), "young person", "young people")}: {g.Key.TrimEnd('.')}")) + ".");
        }

        return people.Count;
    }

    /// <summary>Change from first to last score with the reliable change index computed from the service's first forms, or why it is not classified. Returns the summary.</summary>
    private static string Change(SectionWriter write, YpCoreData data, int people)
    {
        YpCoreChange change = ClassifyChange(data);
        write.Heading("Change from first to last score");
        if (change.Rci is not { } rci)
        {
            string why = change.WhyNot!;
            write.Note($"Change is not classified: no reliable change index is published for YP-CORE, and one could not be computed from these data ({why}).");
            return $"{Text.Count(people, "young person", "young people")} scored; change not classified ({why}).";
        }

        (CronbachAlphaResult alpha, double sd, int baselines, _, _, var pairs) = change;
        write.Paragraph($"No reliable change index is published for YP-CORE, so one is computed from this service's own first forms: SD {Text.Num(sd, "0.00")} of {Text.N(baselines)} first scores, "
            + $"Cronbach's alpha {Text.Num(alpha.Alpha, "0.000")} over {Text.N(alpha.CompleteCaseCount)} complete forms (Feldt 95% interval {Text.Num(alpha.Lower, "0.000")}-{Text.Num(alpha.Upper, "0.000")}), "
            + $"giving a reliable change index of {Text.Num(rci.Threshold, "0.0")} clinical points (1.96 \u00D7 \u221A2 \u00D7 SD \u00D7 \u221A(1 - alpha)); a change must exceed it to be reliable.");
        write.Paragraph($"{Text.Count(data.Episodes.Count, "young person has", "young people have")} YP-CORE forms: {Text.N(pairs.Count)} have two or more computable scores and are compared.");
        if (pairs.Count == 0)
        {
            return $"{Text.Count(people, "young person", "young people")} scored; nobody has two scores yet.";
        }

        JacobsonPlot plot = JacobsonPlot.For(YpCore.Instrument, pairs.Select(p => p.Pair), new ChangeCriteria(ScoreDirection.LowerIsBetter, rci));
        write.Figure(plot, $"Each dot is one young person: first score across, last score up. Inside the grey band (\u00B1{Text.Num(rci.Threshold, "0.0")} points) the change is within measurement error; below it is reliable improvement. "
            + $"No cut-off line is drawn because the cut-off depends on each young person's age and gender; the colours use each one's own cut-off. {plot.Description}", 900, 620);
        (string[] changeColumns, List<string[]> changeRows) = ChangeReporting.CohortTable(pairs, withRecovery: true);
        write.Table("Change from first to last score, by team: percentages with Wilson 95% intervals; recovery is a share of those clinical at their first score for their age and gender", changeColumns, changeRows);
        ChangeSummary all = ChangeCohort.Summarise(pairs.Select(p => ((string?)null, p.Pair)))[0];
        return $"{Text.Count(all.Computable, "young person", "young people")} compared: {Text.Pct(all.ReliableChange[0].Rate)} reliably improved (reliable change index {Text.Num(rci.Threshold, "0.0")}, computed from these data).";
    }

    /// <summary>The method, the settings and the sources.</summary>
    private static void About(SectionWriter write)
    {
        Instrument instrument = YpCore.Instrument;
        CutoffReference blackshaw = instrument.Interpretation.DefaultCutoffs!;
        write.About(
            [
                "Scores follow the YP-CORE rules: the mean of the answered items times 10, prorated when one item is blank, not computable when more are.",
                $"The clinical range uses the {blackshaw.Name} cut-offs by age and gender; a young person outside the table's ages, or without a recorded gender, has no cut-off and cannot be counted as clinical or recovered.",
                "No reliable change index has been published for YP-CORE. Following Jacobson and Truax, with Christensen and Mendoza's \u221A2, the index is computed from the service's own first forms, as the CORE authors recommend: "
                + $"RCI = 1.96 \u00D7 \u221A2 \u00D7 SD \u00D7 \u221A(1 - alpha). It is not computed from fewer than {MinimumFormsForIndex} complete first forms. {ChangeReporting.PairingMethod}",
            ],
            [
                new("Input", $"{File}: columns id, date, team, age, gender, item1-item10"),
                new("Cut-offs", blackshaw.Name),
                new("Reliable change", "computed from the first forms (95%; change must exceed it)"),
                new("Pairing", "first and last computable score per young person, by date"),
                new("Intervals", "Wilson 95%; Feldt 95% for alpha"),
            ],
            [instrument.Source, blackshaw.Source,
             "Jacobson NS, Truax P (1991) J Consult Clin Psychol 59:12-19; Christensen L, Mendoza JL (1986) Behavior Therapy 17:305-308",
             "Feldt LS (1965) The approximate sampling distribution of Kuder-Richardson reliability coefficient twenty. Psychometrika 30:357-370"]);
    }

    /// <summary>
    /// Reads, scores and pairs yp-core.csv (each young person's first and last computable score); gives neither data nor a problem when
    /// the folder has no such file, and a problem when it cannot be used.
    /// </summary>
    internal static (YpCoreData? Data, string? Problem) Read(ReportFolder folder)
    {
        Instrument instrument = YpCore.Instrument;
        if (folder.Csv(File) is not { } table)
        {
            return (null, null);
        }

        if (Forms.Bind(table, FormLayout.For(instrument), out FormReader? reader) is { } problem)
        {
            return (null, problem);
        }

        string[] missing = table.Missing(Forms.IdColumn, Forms.DateColumn);
        if (missing.Length > 0)
        {
            return (null, $"{File} has no {Text.And(missing)} column; this section follows each young person from first to last form, so it needs id and date (yyyy-mm-dd).");
        }

        var notRead = new List<string>(table.Problems);
        List<Form> forms = Forms.Read(table, reader!, notRead);
        (Form Form, InstrumentResult Result)[] scored = [.. forms.Select(f => (f, instrument.Score(f.Answers)))];
        int ageColumn = table.Column(FormCells.AgeColumn), genderColumn = table.Column(FormCells.GenderColumn);

        // Age and gender as the score command reads them; one that cannot be read gives no cut-off, and says why.
        Person ReadPerson(Form form)
        {
            var unread = new List<string>(1);
            return RowScorer.TryReadPerson(form.Row.Cells, ageColumn, genderColumn, unread, out int? age, out Gender? gender)
                ? new Person(gender, age, null)
                : new Person(null, null, unread[0]);
        }

        var episodes = ChangeReporting.Episodes([.. scored.Select(s => (s.Form, s.Result.Primary.ClinicalScore))]);

        // Each young person's first computable form (the baseline of their episode), in order of their first computable form.
        var firstForms = episodes.Where(e => e.Episode.BaselinePosition is not null).OrderBy(e => e.Episode.BaselinePosition)
            .ToDictionary(e => e.Id, e => scored[e.Episode.BaselinePosition!.Value], StringComparer.Ordinal);
        return (new YpCoreData(notRead, scored, episodes, firstForms, ReadPerson), null);
    }

    /// <summary>
    /// A reliable change index from the service's own first forms (SD of the scores and Cronbach's alpha of the keyed items), and each
    /// young person's first and last score classified with it and their own cut-off; or why change cannot be classified.
    /// </summary>
    internal static YpCoreChange ClassifyChange(YpCoreData data)
    {
        Instrument instrument = YpCore.Instrument;
        (Form Form, InstrumentResult Result)[] baselines = [.. data.FirstForms.Values];
        // Alpha of the keyed items: positively worded items are reversed first, as in scoring.
        double? Keyed(Answer answer, int index) => answer.Value is { } v
            ? instrument.Items[index].Keying == ItemKeying.Reversed ? instrument.Scale.Reverse(v) : v
            : null;
        CronbachAlphaResult alpha = Reliability.CronbachAlpha(baselines.Select(b => (IReadOnlyList<double?>)[.. b.Form.Answers.Select(Keyed)]));
        double sd = baselines.Length >= 2 ? baselines.Select(b => b.Result.Primary.ClinicalScore!.Value).StandardDeviation() : double.NaN;
        if (alpha.Alpha is not { } a || alpha.CompleteCaseCount < MinimumFormsForIndex || !(sd > 0) || !(a > 0 && a < 1))
        {
            string why = alpha.Alpha is null ? alpha.Explanation ?? "alpha could not be computed"
                : alpha.CompleteCaseCount < MinimumFormsForIndex ? $"only {Text.N(alpha.CompleteCaseCount)} first forms are complete; the report needs {MinimumFormsForIndex}"
                : !(sd > 0) ? "the first scores do not vary"
                : $"Cronbach's alpha of the first forms is {Text.Num(alpha.Alpha, "0.000")}, so the items do not measure one thing reliably enough";
            return new YpCoreChange(alpha, sd, baselines.Length, null, why, []);
        }

        ReliableChangeCriterion rci = ReliableChangeCriterion.FromReliability(sd, a);
        var criteria = new ChangeCriteria(ScoreDirection.LowerIsBetter, rci);
        List<(string Team, ChangePair Pair)> pairs = [.. data.Episodes.Where(e => e.Episode.Status == EpisodeStatus.Paired).Select(e =>
        {
            (Gender? gender, int? age, string? unread) = data.Person(data.FirstForms[e.Id].Form);
            ChangeCriteria person = unread is null ? criteria.ForPerson(instrument, gender, age, null).Criteria : criteria;
            return (e.Team, person.Classify(e.Episode.Baseline, e.Episode.FollowUp));
        })];
        return new YpCoreChange(alpha, sd, baselines.Length, rci, null, pairs);
    }
}

/// <summary>YP-CORE forms read and scored, with each young person's first and last computable score paired, and how to read age and gender.</summary>
internal sealed record YpCoreData(
    List<string> NotRead,
    (Form Form, InstrumentResult Result)[] Scored,
    List<(string Team, string Id, EpisodePair Episode)> Episodes,
    Dictionary<string, (Form Form, InstrumentResult Result)> FirstForms,
    Func<Form, Person> Person);

/// <summary>A young person's gender and age from a form, for the cut-off, or why they could not be read (<see cref="Unread"/>: then there is no cut-off).</summary>
internal readonly record struct Person(Gender? Gender, int? Age, string? Unread);

/// <summary>YP-CORE change classified with a reliable change index from the service's own first forms, or why it could not be (<see cref="WhyNot"/>).</summary>
internal sealed record YpCoreChange(CronbachAlphaResult Alpha, double Sd, int Baselines, ReliableChangeCriterion? Rci, string? WhyNot, List<(string Team, ChangePair Pair)> Pairs);
