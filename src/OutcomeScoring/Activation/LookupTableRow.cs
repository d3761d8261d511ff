using System.Collections.Immutable;

namespace OutcomeScoring.Activation;

/// <summary>
/// One row of a lookup-table calibration: for a number of answered items, the score for each raw score
/// 0..(maximum category x answered), and optionally the standard error of each.
/// </summary>
/// <remarks>Checked when the table is built (<see cref="LookupTableCalibration"/>). Immutable and thread-safe.</remarks>
public sealed class LookupTableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="answered">The number of answered items the row is for.</param>
    /// <param name="scores">The score for each raw score, raw score 0 first.</param>
    /// <param name="standardErrors">The standard error of each score, or <see langword="null"/> when the table gives none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    public LookupTableRow(int answered, IEnumerable<double> scores, IEnumerable<double>? standardErrors = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Answered = answered;
        Scores = [.. scores];
        StandardErrors = standardErrors is null ? [] : [.. standardErrors];
    }

    /// <summary>Gets the number of answered items the row is for.</summary>
    public int Answered { get; }

    /// <summary>Gets the score for each raw score, raw score 0 first.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>Gets the standard error for each raw score, or an empty array when the table gives none.</summary>
    public ImmutableArray<double> StandardErrors { get; }
}
