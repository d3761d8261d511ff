using System.Globalization;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Forms;

/// <summary>
/// Finds columns in a header the way every form reader does: names are matched case-insensitively, ignoring
/// surrounding spaces; numbered columns (<c>item1</c>, <c>help1</c>, ...) may have leading zeros (<c>item01</c>) and
/// may stand in any order, and a number outside the set (<c>item0</c>, <c>item11</c> of 10) is an ordinary column.
/// </summary>
public static class FormColumns
{
    /// <summary>Finds a column by name (case-insensitive, ignoring surrounding spaces).</summary>
    /// <param name="header">The column names.</param>
    /// <param name="name">The name to find.</param>
    /// <returns>The column's position (0 = the first), or -1 when the header has no such column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public static int Find(IReadOnlyList<string> header, string name)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(name);
        for (int column = 0; column < header.Count; column++)
        {
            if (header[column].AsSpan().Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds the numbered columns <paramref name="prefix"/>1 to <paramref name="prefix"/>N, where N is the length of
    /// <paramref name="columns"/>. A column that is absent is -1 (the caller decides whether that is allowed); a number
    /// given twice is a problem.
    /// </summary>
    /// <param name="header">The column names.</param>
    /// <param name="prefix">The prefix (for example <c>item</c> or <c>help</c>).</param>
    /// <param name="columns">Receives each numbered column's position, number 1 first, or -1 when absent.</param>
    /// <param name="problem">The duplicated column (<see cref="FormProblemKind.DuplicateColumn"/>), or <c>default</c>.</param>
    /// <returns><see langword="true"/> unless a numbered column is given twice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is blank.</exception>
    public static bool TryMapNumbered(IReadOnlyList<string> header, string prefix, Span<int> columns, out FormProblem problem)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        columns.Fill(-1);
        for (int column = 0; column < header.Count; column++)
        {
            ReadOnlySpan<char> name = header[column].AsSpan().Trim();
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && WholeNumber.TryParse(name[prefix.Length..], NumberStyles.None, out int number)
                && number >= 1 && number <= columns.Length)
            {
                if (columns[number - 1] >= 0)
                {
                    problem = FormProblem.DuplicateColumn(prefix + number.ToString(CultureInfo.InvariantCulture));
                    return false;
                }

                columns[number - 1] = column;
            }
        }

        problem = default;
        return true;
    }
}
