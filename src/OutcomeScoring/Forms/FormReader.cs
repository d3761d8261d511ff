using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OutcomeScoring.Forms;

/// <summary>
/// Reads the answers of a form from rows of cells: a <see cref="FormLayout"/> bound to one header, so that it knows
/// which column holds each item. It does no input or output and parses no CSV: the caller reads the file its own way
/// and hands over the header once and each row's cells.
/// </summary>
/// <remarks>
/// Binding (<see cref="TryBind"/>) maps the columns prefix1 to prefixN of the layout (case-insensitive, surrounding
/// spaces ignored, leading zeros allowed, any order; see <see cref="FormColumns"/>); an item column given twice, or any
/// missing, is a problem that names them. Reading a row (<see cref="ReadAnswers"/>) follows the cell rules of
/// <see cref="FormLayout"/> and allocates nothing unless a cell is a problem. Immutable and thread-safe.
/// </remarks>
public sealed class FormReader
{
    private readonly int[] _columns;

    private FormReader(FormLayout layout, int[] columns, int headerLength)
    {
        Layout = layout;
        _columns = columns;
        HeaderLength = headerLength;
        ItemColumns = ImmutableArray.Create(columns);
    }

    /// <summary>Gets the layout this reader reads.</summary>
    public FormLayout Layout { get; }

    /// <summary>Gets the position of each item's column in the header (0 = the first column), item 1 first.</summary>
    public ImmutableArray<int> ItemColumns { get; }

    /// <summary>Gets the number of columns of the header the reader was bound to; every row must have at least as many cells.</summary>
    public int HeaderLength { get; }

    /// <summary>Binds a layout to a header: finds each item's column.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="header">The column names.</param>
    /// <param name="reader">The reader, when every item column was found once.</param>
    /// <param name="problem">
    /// Otherwise the problem: <see cref="FormProblemKind.DuplicateColumn"/> (<c>the header has the column item1 more than once.</c>)
    /// or <see cref="FormProblemKind.MissingColumns"/> (<c>the header lacks the item column(s) item3, item10; CORE-10 needs item1 to item10 (case-insensitive).</c>).
    /// </param>
    /// <returns><see langword="true"/> when bound.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> or <paramref name="header"/> is <see langword="null"/>.</exception>
    public static bool TryBind(FormLayout layout, IReadOnlyList<string> header, [NotNullWhen(true)] out FormReader? reader, out FormProblem problem)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(header);
        reader = null;
        int[] columns = new int[layout.ItemCount];
        if (!FormColumns.TryMapNumbered(header, layout.ColumnPrefix, columns, out problem))
        {
            return false;
        }

        if (Array.IndexOf(columns, -1) >= 0)
        {
            problem = FormProblem.MissingColumns(layout, Enumerable.Range(1, columns.Length).Where(n => columns[n - 1] < 0).Select(layout.ColumnName));
            return false;
        }

        reader = new FormReader(layout, columns, header.Count);
        return true;
    }

    /// <summary>Binds a layout to a header, or throws when it cannot.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="header">The column names.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> or <paramref name="header"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">An item column is given twice or missing; the message is the <see cref="FormProblem.Message"/> of <see cref="TryBind"/>.</exception>
    public static FormReader Bind(FormLayout layout, IReadOnlyList<string> header) =>
        TryBind(layout, header, out FormReader? reader, out FormProblem problem) ? reader : throw new FormatException(problem.Message);

    /// <summary>
    /// Reads one row's answers. Every item is read, so every bad cell gives its own problem; <paramref name="answers"/>
    /// is complete only when none was added.
    /// </summary>
    /// <param name="cells">The row's cells, in header order (at least <see cref="HeaderLength"/>).</param>
    /// <param name="answers">Receives one answer per item, item 1 first (length <see cref="FormLayout.ItemCount"/>); an unreadable cell gives <see cref="Answer.NotAnswered"/>.</param>
    /// <param name="problems">Receives one problem per cell that cannot be read, in item order.</param>
    /// <returns>The number of problems added (0 when the row was read).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The row has fewer cells than the header, or <paramref name="answers"/> is not one per item.</exception>
    public int ReadAnswers(ReadOnlySpan<string> cells, Span<Answer> answers, ICollection<FormProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        CheckRow(cells.Length, answers.Length);
        int count = 0;
        for (int i = 0; i < _columns.Length; i++)
        {
            if (!Layout.TryReadAnswer(i + 1, cells[_columns[i]], out answers[i], out FormProblem problem))
            {
                problems.Add(problem);
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads one row's answers into a new array, or gives every problem (for callers that keep the answers of many rows).</summary>
    /// <param name="cells">The row's cells, in header order (at least <see cref="HeaderLength"/>).</param>
    /// <param name="answers">The answers, item 1 first, when every cell was read; otherwise <see langword="null"/>.</param>
    /// <param name="problems">Receives one problem per cell that cannot be read, in item order.</param>
    /// <returns><see langword="true"/> when every cell was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The row has fewer cells than the header.</exception>
    public bool TryReadAnswers(ReadOnlySpan<string> cells, [NotNullWhen(true)] out Answer[]? answers, ICollection<FormProblem> problems)
    {
        var read = new Answer[_columns.Length];
        answers = ReadAnswers(cells, read, problems) == 0 ? read : null;
        return answers is not null;
    }

    /// <summary>Returns the layout and the columns it is bound to.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Layout} at columns {string.Join(", ", _columns.Select(c => c.ToString(CultureInfo.InvariantCulture)))}";

    private void CheckRow(int cellCount, int answerCount)
    {
        if (cellCount < HeaderLength || answerCount != _columns.Length)
        {
            ThrowRow(cellCount, answerCount);
        }
    }

    [DoesNotReturn]
    private void ThrowRow(int cellCount, int answerCount) => throw new ArgumentException(cellCount < HeaderLength
        ? string.Create(CultureInfo.InvariantCulture, $"The row has {cellCount} cells but the header has {HeaderLength} columns.")
        : string.Create(CultureInfo.InvariantCulture, $"{Layout.Name} has {_columns.Length} items but room for {answerCount} answers was given."));
}
