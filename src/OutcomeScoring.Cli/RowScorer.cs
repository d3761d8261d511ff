using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// What one instrument family adds to the shared CSV handling: which input columns it reads, its result
/// columns, and how it scores one row. <see cref="CsvScorer"/> does the rest (reading, pass-through, field
/// counts, malformed rows, writing), so every instrument follows the same row rules.
/// </summary>
internal abstract class RowScorer
{
    /// <summary>Gets the result column names, in output order, without the final <c>error</c> column.</summary>
    public abstract string[] Columns { get; }

    /// <summary>
    /// Binds to the header: records the columns this scorer reads and returns the ones it consumes (they are
    /// not passed through), or a problem that makes the input unusable.
    /// </summary>
    public abstract bool TryBind(string[] header, out ISet<int> consumed, out string? problem);

    /// <summary>Scores one row whose field count matches the header; writes result cells and any problems.</summary>
    public abstract void Score(string[] record, string[] cells, List<string> problems);

    /// <summary>
    /// Finds the columns <paramref name="prefix"/>1 to <paramref name="prefix"/>N (case-insensitive, any order);
    /// a duplicate is a problem; missing ones are -1.
    /// </summary>
    protected static bool TryMapNumbered(string[] header, string prefix, int count, out int[] columns, out string? problem)
    {
        columns = new int[count];
        Array.Fill(columns, -1);
        for (int column = 0; column < header.Length; column++)
        {
            string name = header[column].Trim();
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && number >= 1 && number <= count)
            {
                if (columns[number - 1] >= 0)
                {
                    problem = $"the header has the column {prefix}{number} more than once.";
                    return false;
                }

                columns[number - 1] = column;
            }
        }

        problem = null;
        return true;
    }

    /// <summary>The problem to report when some of <paramref name="columns"/> are missing, or <see langword="null"/>.</summary>
    protected static string? MissingColumns(int[] columns, string prefix, string instrumentName)
    {
        string[] missing = [.. Enumerable.Range(0, columns.Length).Where(i => columns[i] < 0).Select(i => $"{prefix}{i + 1}")];
        return missing.Length == 0
            ? null
            : $"the header lacks the item column(s) {string.Join(", ", missing)}; {instrumentName} needs {prefix}1 to {prefix}{columns.Length} (case-insensitive).";
    }

    /// <summary>Finds a column by name (case-insensitive), or -1.</summary>
    protected static int Find(string[] header, string name) =>
        Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets whether a cell says "not applicable": <c>NA</c> or <c>N/A</c>, in any case (spaces already trimmed).</summary>
    protected static bool IsNotApplicable(string cell) =>
        cell.Equals("NA", StringComparison.OrdinalIgnoreCase) || cell.Equals("N/A", StringComparison.OrdinalIgnoreCase);

    /// <summary>Formats a number in invariant culture at full (round-trip) precision, or empty.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Formats a whole number in invariant culture, or empty.</summary>
    public static string Whole(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>Formats a boolean as <c>true</c>/<c>false</c>, or empty.</summary>
    public static string Bool(bool? value) => value switch { true => "true", false => "false", null => "" };

    /// <summary>Adds the explanation of every score of a result that is not computable.</summary>
    protected static void Explain(InstrumentResult result, List<string> problems)
    {
        foreach (Score score in result)
        {
            if (score.Explanation is { } why)
            {
                problems.Add(why);
            }
        }
    }
}
