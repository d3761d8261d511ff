namespace OutcomeScoring.Comparison;

/// <summary>Whether and how a <see cref="FunnelChart"/> widens its limits when units differ more than chance allows.</summary>
/// <remarks>
/// Sources: Spiegelhalter 2005, Qual Saf Health Care 14:347-351; comparison sheet, "Funnel limits". phi is the mean of the squared
/// z-scores after Winsorising them at 10% in each tail; tau^2 = max(0, (k phi - (k - 1)) / (sum w - sum w^2 / sum w)), w = 1 / s^2.
/// </remarks>
public enum OverdispersionAdjustment
{
    /// <summary>No adjustment (the default): limits from the method alone. phi and tau^2 are still reported.</summary>
    None = 0,

    /// <summary>Multiplicative: limits t0 +/- z sqrt(phi) s, applied only when phi &gt; 1 (as FunnelPlotR); with phi &lt;= 1 the limits are not narrowed.</summary>
    Multiplicative = 1,

    /// <summary>Additive random effects (preferred by Spiegelhalter): limits t0 +/- z sqrt(s^2 + tau^2).</summary>
    Additive = 2,
}
