using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// A calibration given as a lookup table (JSON form (b)): for each number of answered items, the reporting-scale
/// score for each raw score over the answered items, plus the rules (minimum answered items, whether an all-same
/// extreme pattern is rejected).
/// </summary>
/// <remarks>
/// <para>
/// Every item has the same categories 0..<see cref="MaximumCategoryPerItem"/>. The table must hold a row for every
/// count of answered items from <see cref="MinimumAnswered"/> to <see cref="ItemCount"/>, each with one score per
/// raw score, strictly increasing. A table keyed by the count ignores which items were missing: with missing items
/// the Rasch measure depends on which items were answered, so an item-parameter calibration is more accurate there.
/// </para>
/// <para>
/// Standard errors are available only when the table provides them; otherwise <see cref="CalibratedScore.StandardError"/>
/// is <see langword="null"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class LookupTableCalibration : ICalibration
{
    private readonly LookupTableRow?[] _byAnswered;

    /// <summary>Creates and validates a lookup-table calibration.</summary>
    /// <param name="name">The calibration's name.</param>
    /// <param name="itemCount">The number of items.</param>
    /// <param name="maximumCategoryPerItem">The highest category of every item (answers are 0..this; PAM-13: 3).</param>
    /// <param name="rows">The rows, one per count of answered items from <paramref name="minimumAnswered"/> to <paramref name="itemCount"/>.</param>
    /// <param name="minimumAnswered">The fewest answered items for which a score is computed.</param>
    /// <param name="rejectUniformExtremes">Whether all-lowest and all-highest answer patterns are not scored.</param>
    /// <exception cref="CalibrationException">
    /// The table is not valid; the message names the row, the expected and actual counts, or the first position
    /// where the scores do not increase.
    /// </exception>
    public LookupTableCalibration(string name, int itemCount, int maximumCategoryPerItem, IEnumerable<LookupTableRow> rows, int minimumAnswered, bool rejectUniformExtremes)
    {
        Require(!string.IsNullOrWhiteSpace(name), "A calibration needs a name.");
        Require(itemCount >= 1, string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': itemCount is {itemCount}; it must be at least 1."));
        Require(maximumCategoryPerItem >= 1, string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': maximumCategory is {maximumCategoryPerItem}; it must be at least 1."));
        Require(rows is not null, $"Calibration '{name}' needs a table.");
        Require(
            minimumAnswered >= 1 && minimumAnswered <= itemCount,
            string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': minimumAnswered is {minimumAnswered}; it must be between 1 and {itemCount} (the number of items)."));

        Rows = [.. rows!];
        _byAnswered = new LookupTableRow?[itemCount + 1];
        for (int position = 0; position < Rows.Length; position++)
        {
            LookupTableRow row = Rows[position];
            Require(row is not null, string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': table row {position + 1} is null."));
            int n = row.Answered;
            Require(n >= 1 && n <= itemCount, string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': table row {position + 1} is for {n} answered items; it must be between 1 and {itemCount}."));
            Require(_byAnswered[n] is null, string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the table has more than one row for {n} answered items."));
            int expected = (maximumCategoryPerItem * n) + 1;
            Require(
                row.Scores.Length == expected,
                string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has {row.Scores.Length} scores; it needs {expected} (one per raw score 0 to {expected - 1})."));
            Require(
                row.StandardErrors.IsEmpty || row.StandardErrors.Length == expected,
                string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has {row.StandardErrors.Length} standard errors; it needs {expected} (one per raw score) or none."));
            for (int r = 0; r < expected; r++)
            {
                double score = row.Scores[r];
                if (!double.IsFinite(score))
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has score {score} at raw score {r}; scores must be finite numbers."));
                }

                if (r > 0 && !(score > row.Scores[r - 1]))
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items is not increasing: the score at raw score {r} ({score}) is not above the score at raw score {r - 1} ({row.Scores[r - 1]})."));
                }

                if (!row.StandardErrors.IsEmpty && !(double.IsFinite(row.StandardErrors[r]) && row.StandardErrors[r] > 0))
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has standard error {row.StandardErrors[r]} at raw score {r}; standard errors must be positive finite numbers."));
                }
            }

            _byAnswered[n] = row;
        }

        for (int n = minimumAnswered; n <= itemCount; n++)
        {
            Require(
                _byAnswered[n] is not null,
                string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the table has no row for {n} answered items; it needs one for every count from minimumAnswered ({minimumAnswered}) to {itemCount}."));
        }

        Name = name;
        ItemCount = itemCount;
        MaximumCategoryPerItem = maximumCategoryPerItem;
        MinimumAnswered = minimumAnswered;
        RejectUniformExtremes = rejectUniformExtremes;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public int ItemCount { get; }

    /// <summary>Gets the highest category of every item (answers are 0..this).</summary>
    public int MaximumCategoryPerItem { get; }

    /// <summary>Gets the table rows, in the order given.</summary>
    public ImmutableArray<LookupTableRow> Rows { get; }

    /// <inheritdoc/>
    public int MinimumAnswered { get; }

    /// <inheritdoc/>
    public bool RejectUniformExtremes { get; }

    /// <inheritdoc/>
    public int MaximumCategory(int itemNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemNumber, ItemCount);
        return MaximumCategoryPerItem;
    }

    /// <inheritdoc/>
    public CalibratedScore Score(ReadOnlySpan<int?> categories)
    {
        if (CalibrationRules.Apply(this, categories, out int raw, out int max, out int answered) is { } rejected)
        {
            return rejected;
        }

        LookupTableRow row = _byAnswered[answered]!;
        return new CalibratedScore(row.Scores[raw], row.StandardErrors.IsEmpty ? null : row.StandardErrors[raw], raw, max, answered, null);
    }

    /// <summary>Returns the calibration's name and kind.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (lookup table, {ItemCount} items, {Rows.Length} rows)");

    private static void Require([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            Fail(message);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new CalibrationException(message);
}
