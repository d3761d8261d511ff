namespace OutcomeScoring.MentalHealth;

/// <summary>
/// How a score published as an item sum (MHSDS codes the CORE-OM domains as sums, 0-16 and 0-48) is exported when some of
/// its items were missing and the score was prorated. How MHSDS expects it was not found (specs/mental-health-proms.md,
/// section 1: "make it the caller's choice"), so the caller chooses; the default publishes only what was answered.
/// </summary>
public enum ProratedItemSums
{
    /// <summary>A prorated score is not exported under an item-sum code (complete scores only). The default.</summary>
    LeaveOut = 0,

    /// <summary>A prorated score is exported as its mean times the score's item count (the sum a complete form would have if the missing items were answered at the mean).</summary>
    Prorate = 1,
}
