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

    /// <summary>Gets a note written to standard error (prefixed <c>note: </c>) after a successful run, or <see langword="null"/>.</summary>
    public virtual string? Note => null;

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

    /// <summary>
    /// Reads the item cells of a 0-4 style scale: blank is not answered; anything but a whole number on the scale is
    /// a problem naming the item column. <paramref name="answers"/> is complete only when no problem was added.
    /// </summary>
    protected static void ReadAnswers(string[] record, int[] items, ResponseScale scale, Answer[] answers, List<string> problems)
    {
        for (int i = 0; i < answers.Length; i++)
        {
            string cell = record[items[i]].Trim();
            if (cell.Length == 0)
            {
                answers[i] = Answer.NotAnswered;
            }
            else if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                problems.Add($"item{i + 1}: '{cell}' is not a whole number on the response scale {scale}");
            }
            else if (!scale.Contains(value))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"item{i + 1}: answer {value} is outside the response scale {scale}"));
            }
            else
            {
                answers[i] = value;
            }
        }
    }

    /// <summary>
    /// Reads a <c>gender</c> cell for a cut-off table: <c>M</c>, <c>F</c>, <c>male</c> or <c>female</c> in any case;
    /// blank is unknown (<see langword="null"/>). Anything else is a problem naming the value, and returns <see langword="false"/>.
    /// </summary>
    protected static bool TryReadGender(string cell, List<string> problems, out Gender? gender)
    {
        gender = cell.ToUpperInvariant() switch
        {
            "" => null,
            "M" or "MALE" => Gender.Male,
            "F" or "FEMALE" => Gender.Female,
            _ => null,
        };
        if (cell.Length > 0 && gender is null)
        {
            problems.Add($"gender: '{cell}' is not M, F, male or female; no cut-off");
            return false;
        }

        return true;
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
