using System.Collections.Immutable;

namespace OutcomeScoring.Change;

/// <summary>
/// Cronbach's alpha over the complete cases of a set of rows, with its Feldt interval and per-item statistics. Made by
/// <see cref="Reliability.CronbachAlpha"/>. When alpha cannot be computed, <see cref="Alpha"/> is <see langword="null"/> and
/// <see cref="Reason"/> says why as a code and <see cref="Explanation"/> as a sentence. Immutable.
/// </summary>
public sealed class CronbachAlphaResult
{
    internal CronbachAlphaResult(
        double? alpha,
        double? lower,
        double? upper,
        double confidence,
        int rowCount,
        int completeCaseCount,
        int itemCount,
        ImmutableArray<ItemReliability> items,
        AlphaUndefinedReason reason,
        string? explanation)
    {
        Alpha = alpha;
        Lower = lower;
        Upper = upper;
        Confidence = confidence;
        RowCount = rowCount;
        CompleteCaseCount = completeCaseCount;
        ItemCount = itemCount;
        Items = items;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Gets alpha = k/(k-1) * (1 - sum of item variances / variance of the total), or <see langword="null"/> (see <see cref="Reason"/>). Can be negative; at most 1.</summary>
    public double? Alpha { get; }

    /// <summary>Gets the lower bound of the Feldt interval at <see cref="Confidence"/>, or <see langword="null"/> when there is no alpha.</summary>
    public double? Lower { get; }

    /// <summary>Gets the upper bound of the Feldt interval at <see cref="Confidence"/>, or <see langword="null"/> when there is no alpha.</summary>
    public double? Upper { get; }

    /// <summary>Gets the confidence level of the interval, for example 0.95.</summary>
    public double Confidence { get; }

    /// <summary>Gets the number of rows given.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of complete cases (rows with every item present) that alpha was computed from; n.</summary>
    public int CompleteCaseCount { get; }

    /// <summary>Gets the number of rows left out because at least one item was missing: <see cref="RowCount"/> - <see cref="CompleteCaseCount"/>.</summary>
    public int IncompleteRowCount => RowCount - CompleteCaseCount;

    /// <summary>Gets the number of items k (the length of every row; 0 when there are no rows).</summary>
    public int ItemCount { get; }

    /// <summary>Gets the per-item statistics in item order; empty when there are fewer than 2 items or fewer than 2 complete cases.</summary>
    public ImmutableArray<ItemReliability> Items { get; }

    /// <summary>Gets why <see cref="Alpha"/> is <see langword="null"/>, or <see cref="AlphaUndefinedReason.None"/> when alpha was computed.</summary>
    public AlphaUndefinedReason Reason { get; }

    /// <summary>Gets why <see cref="Alpha"/> is <see langword="null"/>, in plain words; <see langword="null"/> when alpha was computed.</summary>
    public string? Explanation { get; }
}
