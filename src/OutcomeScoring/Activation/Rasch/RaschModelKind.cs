namespace OutcomeScoring.Activation;

/// <summary>Which Rasch model for polytomous items a <see cref="RaschModel"/> was built as.</summary>
/// <remarks>Source: Linacre, Rasch Measurement Transactions 10:2 and 12:2.</remarks>
public enum RaschModelKind
{
    /// <summary>The partial credit model: every item has its own thresholds d_i1..d_iM.</summary>
    PartialCredit = 1,

    /// <summary>The rating scale model: d_ij = d_i + tau_j, with the taus shared by all items.</summary>
    RatingScale = 2,
}
