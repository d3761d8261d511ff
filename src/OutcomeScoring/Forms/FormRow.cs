using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.Forms;

/// <summary>
/// One row of a table of forms as <see cref="FormRows.Read"/> gives it: the answers the form reader read from its item
/// columns (as the command line reads them), the cells of the other columns asked for by name, and every problem.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FormRow
{
    private readonly ImmutableDictionary<string, string> _cells;

    internal FormRow(int rowNumber, ImmutableArray<Answer> answers, ImmutableDictionary<string, string> cells, ImmutableArray<FormProblem> problems)
    {
        RowNumber = rowNumber;
        Answers = answers;
        _cells = cells;
        Problems = problems;
    }

    /// <summary>Gets the row's number: 1 for the first row after the header, as the command line's messages count.</summary>
    public int RowNumber { get; }

    /// <summary>Gets one answer per item, item 1 first, when every item cell was read; empty when one was not (see <see cref="Problems"/>).</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>Gets every problem of the row's item cells, in item order (empty when the row was read).</summary>
    public ImmutableArray<FormProblem> Problems { get; }

    /// <summary>Gets whether every item cell was read.</summary>
    public bool IsRead => Problems.IsEmpty;

    /// <summary>Gets the cell of a column asked for by name, as written (not trimmed).</summary>
    /// <param name="column">The column's name, as given to <see cref="FormRows.Read"/> (case-insensitive).</param>
    /// <exception cref="ArgumentException">The column was not asked for.</exception>
    public string this[string column] =>
        _cells.TryGetValue(column, out string? cell)
            ? cell
            : throw new ArgumentException($"Column '{column}' was not asked for; the row has {(_cells.IsEmpty ? "no named columns" : string.Join(", ", _cells.Keys.Order(StringComparer.OrdinalIgnoreCase)))}.", nameof(column));

    /// <summary>Returns the row number and whether it was read, or its first problem.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsRead
        ? string.Create(CultureInfo.InvariantCulture, $"row {RowNumber}: {Answers.Length} answers")
        : Problems[0].InRow(RowNumber);
}
