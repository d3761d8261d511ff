using System.Diagnostics;
using OutcomeScoring.Internal;

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
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct DialogItemChange(
    DialogDomain Domain,
    int? Baseline,
    int? FollowUp,
    int? Change,
    ReliableChangeCategory? Category,
    bool CountsTowardOutcome)
{
    /// <summary>Describes the change for people.</summary>
    /// <returns>For example "mental-health: 3 -> 5 (+2), reliable improvement" or "job-situation: 4 -> none, not assessable".</returns>
    public override string ToString() =>
        $"{Dialog.Item(Domain).Topic}: {Display.Number(Baseline)} -> {Display.Number(FollowUp)}"
        + (Change is { } c ? $" ({Display.Signed(c)}), {Display.Words(Category!.Value)}" : ", not assessable")
        + (CountsTowardOutcome ? "" : " (treatment item: not an outcome)");
}
