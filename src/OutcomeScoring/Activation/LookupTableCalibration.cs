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
        List<DefinitionProblem> problems = Problems(name, itemCount, maximumCategoryPerItem, rows is null ? null : [.. rows], minimumAnswered);
        if (problems.Count > 0)
        {
            throw new CalibrationException(problems, withPaths: false);
        }

        Rows = [.. rows!];
        _byAnswered = new LookupTableRow?[itemCount + 1];
        foreach (LookupTableRow row in Rows)
        {
            _byAnswered[row.Answered] = row;
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

    /// <summary>
    /// Every rule a table breaks, each at its path in the JSON form (<c>$.table[2].scores[5]</c>): a row for every count of answered
    /// items from the minimum to the item count, one score per raw score, strictly increasing, optional standard errors above 0.
    /// For each row only the first bad position of its scores and of its standard errors is reported.
    /// </summary>
    internal static List<DefinitionProblem> Problems(string name, int itemCount, int maximumCategoryPerItem, IReadOnlyList<LookupTableRow?>? rows, int minimumAnswered)
    {
        var problems = new List<DefinitionProblem>();
        void Add(string path, string message) => problems.Add(new DefinitionProblem(path, message));
        if (string.IsNullOrWhiteSpace(name))
        {
            Add("$.name", "A calibration needs a name.");
        }

        bool sized = itemCount >= 1 && maximumCategoryPerItem >= 1;
        if (itemCount < 1)
        {
            Add("$.itemCount", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': itemCount is {itemCount}; it must be at least 1."));
        }

        if (maximumCategoryPerItem < 1)
        {
            Add("$.maximumCategory", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': maximumCategory is {maximumCategoryPerItem}; it must be at least 1."));
        }

        if (rows is null)
        {
            Add("$.table", $"Calibration '{name}' needs a table.");
        }

        if (CalibrationRules.MinimumAnsweredProblem(name, minimumAnswered, itemCount) is { } minimum)
        {
            Add("$.minimumAnswered", minimum);
        }

        if (rows is null || !sized)
        {
            return problems;
        }

        var seen = new bool[itemCount + 1];
        for (int position = 0; position < rows.Count; position++)
        {
            RowProblems(name, itemCount, maximumCategoryPerItem, rows[position], position, seen, Add);
        }

        for (int n = Math.Max(minimumAnswered, 1); n <= itemCount; n++)
        {
            if (!seen[n])
            {
                Add("$.table", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the table has no row for {n} answered items; it needs one for every count from minimumAnswered ({minimumAnswered}) to {itemCount}."));
            }
        }

        return problems;
    }

    private static void RowProblems(string name, int itemCount, int maximumCategoryPerItem, LookupTableRow? row, int position, bool[] seen, Action<string, string> add)
    {
        string at = string.Create(CultureInfo.InvariantCulture, $"$.table[{position}]");
        if (row is null)
        {
            add(at, string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': table row {position + 1} is null."));
            return;
        }

        int n = row.Answered;
        if (n < 1 || n > itemCount)
        {
            add(at + ".answered", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': table row {position + 1} is for {n} answered items; it must be between 1 and {itemCount}."));
            return;
        }

        if (seen[n])
        {
            add(at + ".answered", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the table has more than one row for {n} answered items."));
            return;
        }

        seen[n] = true;
        int expected = (maximumCategoryPerItem * n) + 1;
        if (row.Scores.Length != expected)
        {
            add(at + ".scores", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has {row.Scores.Length} scores; it needs {expected} (one per raw score 0 to {expected - 1})."));
        }
        else if (FirstBadScore(row.Scores) is { } r)
        {
            double score = row.Scores[r];
            add(
                string.Create(CultureInfo.InvariantCulture, $"{at}.scores[{r}]"),
                double.IsFinite(score)
                    ? string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items is not increasing: the score at raw score {r} ({score}) is not above the score at raw score {r - 1} ({row.Scores[r - 1]}).")
                    : string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has score {score} at raw score {r}; scores must be finite numbers."));
        }

        if (!row.StandardErrors.IsEmpty && row.StandardErrors.Length != expected)
        {
            add(at + ".standardErrors", string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has {row.StandardErrors.Length} standard errors; it needs {expected} (one per raw score) or none."));
        }
        else if (FirstBadError(row.StandardErrors) is { } bad)
        {
            add(
                string.Create(CultureInfo.InvariantCulture, $"{at}.standardErrors[{bad}]"),
                string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': the row for {n} answered items has standard error {row.StandardErrors[bad]} at raw score {bad}; standard errors must be positive finite numbers."));
        }
    }

    /// <summary>The first raw score whose standard error is not a positive finite number, or <see langword="null"/>.</summary>
    private static int? FirstBadError(ImmutableArray<double> errors)
    {
        for (int r = 0; r < errors.Length; r++)
        {
            if (!(double.IsFinite(errors[r]) && errors[r] > 0))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The first raw score whose score is not finite or not above the one before, or <see langword="null"/>.</summary>
    private static int? FirstBadScore(ImmutableArray<double> scores)
    {
        for (int r = 0; r < scores.Length; r++)
        {
            if (!double.IsFinite(scores[r]) || (r > 0 && !(scores[r] > scores[r - 1])))
            {
                return r;
            }
        }

        return null;
    }
}
