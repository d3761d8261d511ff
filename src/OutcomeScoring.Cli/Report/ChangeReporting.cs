using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Cohorts;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli.Report;

/// <summary>What the CORE-10 and YP-CORE sections share: first and last scores per person, cohort tables, the recovery funnel.</summary>
internal static class ChangeReporting
{
    /// <summary>
    /// Pairs each person's first and last computable score (<see cref="Change.Episodes.Pair"/>), with their team (<see cref="Cohort.Teams"/>:
    /// the team of their first form). The pairs' positions are positions in <paramref name="scored"/>.
    /// </summary>
    public static List<(string Team, string Id, EpisodePair Episode)> Episodes(IReadOnlyList<(Form Form, double? Score)> scored)
    {
        Administration[] forms = Forms.Administrations(scored);
        TeamAssignment teams = Cohort.Teams(forms);
        return [.. Change.Episodes.Pair(forms).Select(e => (teams.TeamOf(e.Person), e.Person, e))];
    }

    /// <summary>The cohort table: one row per team and one for everyone.</summary>
    public static (string[] Columns, List<string[]> Rows) CohortTable(IReadOnlyList<(string Team, ChangePair Pair)> pairs, bool withRecovery)
    {
        var summaries = ChangeCohort.Summarise(pairs.Select(p => ((string?)p.Team, p.Pair))).ToList();
        if (summaries.Count > 1)
        {
            summaries.Add(ChangeCohort.Summarise(pairs.Select(p => ((string?)null, p.Pair)))[0]);
        }

        string[] columns = withRecovery
            ? ["Team", "People with two scores", "Reliable improvement", "No reliable change", "Reliable deterioration", "Clinical at first score", "Recovery", "Reliable recovery"]
            : ["Team", "People with two scores", "Reliable improvement", "No reliable change", "Reliable deterioration"];
        var rows = new List<string[]>();
        foreach (ChangeSummary s in summaries)
        {
            string[] row = [s.Group ?? TeamGroups.AllTeams, Text.N(s.Computable), Text.PctCi(s.ReliableChange[0].Rate), Text.Pct(s.ReliableChange[1].Rate), Text.PctCi(s.ReliableChange[2].Rate)];
            rows.Add(withRecovery ? [.. row, Text.N(s.EligibleToRecover), Text.PctCi(s.Recovery?.Rate), Text.PctCi(s.ReliableRecovery?.Rate)] : row);
        }

        return (columns, rows);
    }

    /// <summary>
    /// The funnel of reliable recovery by team (of those eligible), or why there is none: fewer than two teams
    /// with eligible people, or a pooled share of 0 or 1 (no funnel limits exist then).
    /// </summary>
    public static (FunnelPlot? Plot, string? WhyNot) RecoveryFunnel(IReadOnlyList<(string Team, ChangePair Pair)> pairs)
    {
        ProportionUnit[] units = [.. pairs.GroupBy(p => p.Team, StringComparer.Ordinal)
            .Select(g => new ProportionUnit(g.Key, g.Count(p => p.Pair.ReliableRecovery == true), g.Count(p => p.Pair.EligibleToRecover == true)))
            .Where(u => u.Denominator > 0)];
        if (units.Length < 2)
        {
            return (null, "No funnel plot: fewer than two teams have people who started in the clinical range.");
        }

        long recovered = units.Sum(u => u.Numerator), eligible = units.Sum(u => u.Denominator);
        if (recovered == 0 || recovered == eligible)
        {
            return (null, $"No funnel plot: {(recovered == 0 ? "nobody" : "everybody")} eligible reliably recovered, so there is no variation to compare.");
        }

        FunnelChart funnel = FunnelChart.ForProportions(units, new FunnelOptions { LimitSizes = ReportFunnels.Sizes(units) });
        return (new FunnelPlot(funnel)
        {
            Title = "Reliable recovery by team",
            ValueName = "Reliable recovery (% of those clinical at first score)",
            SizeName = "People clinical at first score",
            UnitName = "Team",
            Labels = FunnelLabels.All,
        }, null);
    }

    /// <summary>The method notes both CORE sections share.</summary>
    public static string PairingMethod =>
        "Each person's first and last computable scores, by date, are compared: forms that cannot be scored are skipped, and people with one computable score are counted but not compared. "
        + "A change at least as large as the reliable change criterion, in the better direction, is reliable improvement; in the worse direction, reliable deterioration. "
        + "A score at or above the clinical cut-off is in the clinical range. Recovery (NHS Talking Therapies): clinical at the first score and not at the last; reliable recovery: recovery with reliable improvement (Jacobson and Truax's \"recovered\"). "
        + "Only people who start in the clinical range can recover, so recovery rates are shares of them. Every percentage has a Wilson 95% interval.";
}
