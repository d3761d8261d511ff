using System.Collections.Immutable;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>One period's report.</summary>
public sealed record FftPeriodReport
{
    internal FftPeriodReport(string period, ImmutableArray<FftUnitSummary> rows)
    {
        Period = period;
        Rows = rows;
    }

    /// <summary>Gets the period label.</summary>
    public string Period { get; }

    /// <summary>Gets the report rows for the period, as <see cref="FftReport.Build"/> gives them.</summary>
    public ImmutableArray<FftUnitSummary> Rows { get; }
}
