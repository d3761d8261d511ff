namespace OutcomeScoring.DialogScale;

/// <summary>The change in one DIALOG item between two administrations.</summary>
/// <param name="Domain">The item.</param>
/// <param name="Baseline">The first rating, or <see langword="null"/> when not rated.</param>
/// <param name="FollowUp">The later rating, or <see langword="null"/> when not rated.</param>
/// <param name="Change">Follow-up minus baseline, or <see langword="null"/> when either is missing.</param>
/// <param name="Category">The reliable change category (higher is better), or <see langword="null"/> when not assessable.</param>
/// <param name="CountsTowardOutcome">
/// Whether the item counts toward outcome change: life domains do; treatment items 9-11 do not (NHS England).
/// </param>
public readonly record struct DialogItemChange(
    DialogDomain Domain,
    int? Baseline,
    int? FollowUp,
    int? Change,
    ReliableChangeCategory? Category,
    bool CountsTowardOutcome);
