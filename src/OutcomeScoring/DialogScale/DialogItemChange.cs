using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.DialogScale;

/// <summary>The change in one DIALOG item between two administrations.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct DialogItemChange
{
    internal DialogItemChange(
        DialogDomain domain,
        int? baseline,
        int? followUp,
        int? change,
        ReliableChangeCategory? category,
        bool countsTowardOutcome)
    {
        Domain = domain;
        Baseline = baseline;
        FollowUp = followUp;
        Change = change;
        Category = category;
        CountsTowardOutcome = countsTowardOutcome;
    }

    /// <summary>Gets the item.</summary>
    public DialogDomain Domain { get; }

    /// <summary>Gets the first rating, or <see langword="null"/> when not rated.</summary>
    public int? Baseline { get; }

    /// <summary>Gets the later rating, or <see langword="null"/> when not rated.</summary>
    public int? FollowUp { get; }

    /// <summary>Gets follow-up minus baseline, or <see langword="null"/> when either is missing.</summary>
    public int? Change { get; }

    /// <summary>Gets the reliable change category (higher is better), or <see langword="null"/> when not assessable.</summary>
    public ReliableChangeCategory? Category { get; }

    /// <summary>Gets whether the item counts toward outcome change: life domains do; treatment items 9-11 do not (NHS England).</summary>
    public bool CountsTowardOutcome { get; }

    /// <summary>Describes the change for people.</summary>
    /// <returns>For example "mental-health: 3 -> 5 (+2), reliable improvement" or "job-situation: 4 -> none, not assessable".</returns>
    public override string ToString() =>
        $"{Dialog.Item(Domain).Topic}: {Display.Number(Baseline)} -> {Display.Number(FollowUp)}"
        + (Change is { } c ? $" ({Display.Signed(c)}), {Display.Words(Category!.Value)}" : ", not assessable")
        + (CountsTowardOutcome ? "" : " (treatment item: not an outcome)");
}
