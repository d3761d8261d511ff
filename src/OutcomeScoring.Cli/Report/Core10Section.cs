using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// CORE-10 (core10.csv: id, date, team, item1..item10, as the score command reads): scores at each person's
/// first form, change from first to last score with the published criteria (reliable change 6 points, cut-off
/// 11), the Jacobson plot, the cohort table by team and the reliable recovery funnel.
/// </summary>
internal sealed class Core10Section : IReportSectionBuilder
{
    public const string File = "core10.csv";

    public string Id => "core-10";

    public string Title => "CORE-10: psychological distress";

    public IReadOnlyList<string> Files => [File];

    public ReportSection Build(ReportFolder folder)
    {
        Instrument instrument = Core10.Instrument;
        if (folder.Csv(File) is not { } table)
        {
            return ReportSection.Missing(Id, Title, $"There is no {File} in the folder. Give CORE-10 answers there, one form per row, with the columns id, date (yyyy-mm-dd), team and item1 to item10 (0-4, blank for not answered), to see scores and change over time.");
        }

        if (Forms.Bind(table, FormLayout.For(instrument), out FormReader? reader) is { } problem)
        {
            return ReportSection.Unusable(Id, Title, problem);
        }

        var notRead = new List<string>(table.Problems);
        List<Form> forms = Forms.Read(table, reader!, notRead);
        (Form Form, InstrumentResult Result)[] scored = [.. forms.Select(f => (f, instrument.Score(f.Answers)))];
        ChangeCriteria criteria = ChangeCriteria.For(instrument);

        var write = new SectionWriter();
        Introduce(write, table, scored);
        string[] missing = table.Missing(Forms.IdColumn, Forms.DateColumn);
        string summary = missing.Length > 0 ? ScoresOnly(write, criteria, scored, missing) : ScoresAndChange(write, criteria, scored);
        write.RowsNotRead(File, notRead);
        About(write, criteria);
        return new ReportSection(Id, Title, write.Blocks) { Summary = summary };
    }

    /// <summary>What CORE-10 measures, and how many forms could be scored.</summary>
    private static void Introduce(SectionWriter write, CsvTable table, (Form Form, InstrumentResult Result)[] scored)
    {
        int notComputable = scored.Count(s => !s.Result.Primary.IsComputable);
        write.Paragraph(
            "CORE-10 measures psychological distress with ten questions answered 0-4; the clinical score is the mean answer times 10 (0-40, lower is better). "
            + $"{File} has {Text.Count(table.Rows.Count + table.Problems.Count, "form", "forms")}; {Text.N(scored.Length - notComputable)} could be scored"
            + (notComputable > 0 ? $" and {Text.N(notComputable)} could not (more than one of the ten items left blank)." : "."));
    }

    /// <summary>Without id or date: the scores of every computable form by team, and a note that change cannot be shown. Returns the summary.</summary>
    private static string ScoresOnly(SectionWriter write, ChangeCriteria criteria, (Form Form, InstrumentResult Result)[] scored, string[] missing)
    {
        write.Note($"{File} has no {Text.And(missing)} column, so forms cannot be matched to people over time: this section shows scores only. Add id and date (yyyy-mm-dd) columns to see change.");
        var all = scored.Where(s => s.Result.Primary.IsComputable).Select(s => (s.Form.Team, s.Result, criteria.IsClinical(s.Result.Primary.ClinicalScore!.Value))).ToList();
        (string[] columns, List<string[]> rows) = CoreScores.Table(Core10.Instrument, all);
        write.Table("Scores of every computable form, by team", columns, rows);
        return $"{Text.Count(all.Count, "form", "forms")} scored; no change shown (no {Text.And(missing)} column).";
    }

    /// <summary>The scores at each person's first computable form, then the change from their first to their last score. Returns the summary.</summary>
    private static string ScoresAndChange(SectionWriter write, ChangeCriteria criteria, (Form Form, InstrumentResult Result)[] scored)
    {
        var episodes = ChangeReporting.Episodes([.. scored.Select(s => (s.Form, s.Result.Primary.ClinicalScore))]);
        // Each person's first computable form: the baseline of their episode.
        var people = episodes.Where(e => e.Episode.BaselinePosition is not null)
            .Select(e => (e.Team, First: scored[e.Episode.BaselinePosition!.Value].Result))
            .Select(p => (p.Team, p.First, criteria.IsClinical(p.First.Primary.ClinicalScore!.Value))).ToList();
        write.Heading("Scores at the first form");
        (string[] scoreColumns, List<string[]> scoreRows) = CoreScores.Table(Core10.Instrument, people);
        write.Table($"Each person's first computable CORE-10, by team: the mean clinical score, how many are in the clinical range (score {criteria.ClinicalCutoff!.Value:0.##} or more) and how many in each severity band", scoreColumns, scoreRows);

        var pairs = episodes.Where(e => e.Episode.Status == EpisodeStatus.Paired)
            .Select(e => (e.Team, Pair: criteria.Classify(e.Episode.Baseline, e.Episode.FollowUp))).ToList();
        int singles = episodes.Count(e => e.Episode.Status == EpisodeStatus.SingleScore);
        write.Heading("Change from first to last score");
        write.Paragraph($"{Text.Count(episodes.Count, "person has", "people have")} CORE-10 forms: {Text.N(pairs.Count)} have two or more computable scores and are compared; {Text.N(singles)} have only one (seen once, or left early) and are not.");
        return pairs.Count == 0
            ? $"{Text.Count(people.Count, "person", "people")} scored; nobody has two scores yet."
            : Change(write, criteria, pairs);
    }

    /// <summary>The Jacobson plot, the cohort table and the reliable recovery funnel of the people with two scores. Returns the summary.</summary>
    private static string Change(SectionWriter write, ChangeCriteria criteria, List<(string Team, ChangePair Pair)> pairs)
    {
        JacobsonPlot plot = JacobsonPlot.For(Core10.Instrument, pairs.Select(p => p.Pair));
        write.Figure(
            plot,
            $"Each dot is one person: their first score across, their last score up. On the diagonal nothing changed; inside the grey band (\u00B1{criteria.ReliableChange.Threshold:0.##} points) the change is within measurement error. "
            + $"Below the band is reliable improvement; above it, reliable deterioration. The dotted lines are the clinical cut-off ({criteria.ClinicalCutoff!.Value:0.##}): people who started to its right and ended below it have recovered. {plot.Description}",
            900,
            620);
        (string[] columns, List<string[]> rows) = ChangeReporting.CohortTable(pairs, withRecovery: true);
        write.Table("Change from first to last score, by team: percentages with Wilson 95% intervals; recovery is a share of the people clinical at their first score", columns, rows);
        ChangeSummary all = ChangeCohort.Summarise(pairs.Select(p => ((string?)null, p.Pair)))[0];

        (FunnelPlot? funnel, string? whyNot) = ChangeReporting.RecoveryFunnel(pairs);
        if (funnel is not null)
        {
            write.Figure(funnel, "Reliable recovery by team against the service's pooled rate, with 95% (dashed) and 99.8% (solid) limits: the wider the funnel, the smaller the team. "
                + $"A team outside the limits differs by more than chance would explain and is worth a conversation; it is not a verdict (teams see different people). {funnel.Description}");
        }
        else
        {
            write.Note(whyNot!);
        }

        return $"{Text.Count(all.Computable, "person", "people")} compared: {Text.Pct(all.ReliableChange[0].Rate)} reliably improved, {Text.Pct(all.ReliableChange[2].Rate)} reliably deteriorated, {Text.Pct(all.ReliableRecovery?.Rate)} of {Text.N(all.EligibleToRecover)} clinical at the start reliably recovered.";
    }

    /// <summary>The method (the scoring rules, the bands and the change criteria, all from the definition), the settings and the sources.</summary>
    private static void About(SectionWriter write, ChangeCriteria criteria)
    {
        Instrument instrument = Core10.Instrument;
        double cutoff = criteria.ClinicalCutoff!.Value, threshold = criteria.ReliableChange.Threshold;
        write.About(
            [
                $"Scores follow the CORE-10 rules: the mean of the answered items times 10, prorated when one item is blank, not computable when more are. Severity bands (the most common of the published versions): "
                + string.Join(", ", instrument.Interpretation.SeverityBands!.Bands.Select(b => $"{b.Label.ToLowerInvariant()} {(double.IsPositiveInfinity(b.UpperBound) ? $"{b.LowerBound:0.##} or more" : b.LowerBound == 0 ? $"under {b.UpperBound:0.##}" : $"{b.LowerBound:0.##} to under {b.UpperBound:0.##}")}")) + ".",
                $"Change uses the published criteria: a reliable change of {threshold:0.##} points or more (computed at 90% confidence by Barkham et al. 2013) and the clinical cut-off {cutoff:0.##}. {ChangeReporting.PairingMethod}",
                "Differences between teams are exploratory: teams see different people, at different stages, and the funnel plot does not adjust for that.",
            ],
            [
                new("Input", $"{File}: columns id, date, team, item1-item10"),
                new("Reliable change", $"{threshold:0.##} clinical points or more"),
                new("Clinical cut-off", $"{cutoff:0.##} (a score at or above it is in the clinical range)"),
                new("Pairing", "first and last computable score per person, by date"),
                new("Intervals", "Wilson 95%"),
            ],
            [instrument.Source, criteria.ReliableChange.Source, instrument.Interpretation.DefaultCutoffs!.Source, instrument.Interpretation.SeverityBands.Source,
             "Jacobson NS, Truax P (1991) Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol 59:12-19",
             "NHS Talking Therapies: definitions of recovery and reliable recovery",
             "Spiegelhalter DJ (2005) Funnel plots for comparing institutional performance. Stat Med 24:1185-1202"]);
    }
}
