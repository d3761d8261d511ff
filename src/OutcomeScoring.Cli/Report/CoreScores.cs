namespace OutcomeScoring.Cli.Report;

/// <summary>The table of scores at each person's first form (CORE-10 and YP-CORE): mean, clinical range and, where the instrument has them, bands.</summary>
internal static class CoreScores
{
    /// <summary>
    /// Rows per team and for all: people, mean clinical score, how many are in the clinical range (by each
    /// person's own cut-off), and the count in each severity band when the instrument has bands.
    /// </summary>
    public static (string[] Columns, List<string[]> Rows) Table(Instrument instrument, IReadOnlyList<(string Team, InstrumentResult Result, bool? Clinical)> people)
    {
        var bands = instrument.Interpretation.SeverityBands?.Bands ?? [];
        string[] columns = ["Team", "People", "Mean clinical score", "In the clinical range", .. bands.Select(b => b.Label)];
        var rows = new List<string[]>();
        foreach ((string name, var group) in TeamGroups.WithAll(people.Select(p => p.Team).Distinct(StringComparer.Ordinal), [.. people], p => p.Team))
        {
            double[] scores = [.. group.Select(g => g.Result.Primary.ClinicalScore!.Value)];
            int known = group.Count(g => g.Clinical is not null), clinical = group.Count(g => g.Clinical == true);
            string inRange = known == 0 ? "-" : $"{Text.N(clinical)} of {Text.N(known)} ({Text.Pct((double)clinical / known)})";
            rows.Add([name, Text.N(group.Count), scores.Length == 0 ? "-" : Text.Num(scores.Average()), inRange,
                .. bands.Select(b => Text.N(group.Count(g => g.Result.Band?.Code == b.Code)))]);
        }

        return (columns, rows);
    }
}
