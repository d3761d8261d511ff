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
/// missing, is a problem that names them. Reading a row (<see cref="ReadAnswers(ReadOnlySpan{string}, Span{Answer}, ICollection{FormProblem})"/>) follows the cell rules of
/// <see cref="FormLayout"/> and allocates nothing unless a cell is a problem. Immutable and thread-safe.
/// </remarks>
public sealed class FormReader
{
    private readonly int[] _columns;
    private readonly int[] _companionColumns;
    private readonly int[] _itemInColumn;
    private readonly string[] _companionNames;

    private FormReader(FormLayout layout, int[] columns, int[] companionColumns, int headerLength)
    {
        Layout = layout;
        _columns = columns;
        _companionColumns = companionColumns;
        HeaderLength = headerLength;
        ItemColumns = ImmutableArray.Create(columns);
        CompanionColumns = ImmutableArray.Create(companionColumns);
        _itemInColumn = [.. layout.ColumnItems];
        _companionNames = [.. layout.Companions.SelectMany(q => q.Items.Select(n => q.Id + layout.ColumnNumberOf(n).ToString(CultureInfo.InvariantCulture)))];
    }

    /// <summary>Gets the layout this reader reads.</summary>
    public FormLayout Layout { get; }

    /// <summary>Gets the position of each item's column in the header (0 = the first column), item 1 first.</summary>
    public ImmutableArray<int> ItemColumns { get; }

    /// <summary>
    /// Gets the position in the header of each companion answer's column (<see cref="FormLayout.Companions"/>, question by
    /// question, one per item it follows, in its item order), or -1 where the header has none (not asked).
    /// </summary>
    public ImmutableArray<int> CompanionColumns { get; }

    /// <summary>Gets the number of columns of the header the reader was bound to; every row must have at least as many cells.</summary>
    public int HeaderLength { get; }

    /// <summary>Binds a layout to a header: finds each item's column.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="header">The column names.</param>
    /// <param name="reader">The reader, when every item column was found once.</param>
    /// <param name="problem">
    /// Otherwise the problem: <see cref="FormProblemKind.DuplicateColumn"/> (<c>the header has the column item1 more than once.</c>;
    /// item columns first, then each companion question's columns) or <see cref="FormProblemKind.MissingColumns"/> (<c>the header lacks the item column(s) item3, item10; CORE-10 needs item1 to item10 (case-insensitive).</c>).
    /// </param>
    /// <returns><see langword="true"/> when bound.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> or <paramref name="header"/> is <see langword="null"/>.</exception>
    public static bool TryBind(FormLayout layout, IReadOnlyList<string> header, [NotNullWhen(true)] out FormReader? reader, out FormProblem problem)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(header);
        reader = null;
        int[] byNumber = new int[layout.ItemCount];
        if (!FormColumns.TryMapNumbered(header, layout.ColumnPrefix, byNumber, out problem))
        {
            return false;
        }

        // A companion column given twice is reported before missing item columns: the header is unusable either way.
        int[] companions = new int[layout.CompanionAnswerCount];
        int[] companionByNumber = new int[layout.ItemCount];
        int next = 0;
        foreach (CompanionQuestion question in layout.Companions)
        {
            if (!FormColumns.TryMapNumbered(header, question.Id, companionByNumber, out problem))
            {
                return false;
            }

            foreach (int item in question.Items)
            {
                companions[next++] = companionByNumber[layout.ColumnNumberOf(item) - 1];
            }
        }

        if (Array.IndexOf(byNumber, -1) >= 0)
        {
            problem = FormProblem.MissingColumns(layout, Enumerable.Range(1, byNumber.Length).Where(n => byNumber[n - 1] < 0).Select(n => layout.ColumnName(layout.ColumnItems[n - 1])));
            return false;
        }

        int[] columns = new int[layout.ItemCount];
        for (int item = 1; item <= columns.Length; item++)
        {
            columns[item - 1] = byNumber[layout.ColumnNumberOf(item) - 1];
        }

        reader = new FormReader(layout, columns, companions, header.Count);
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
        foreach (int item in _itemInColumn)
        {
            if (!Layout.TryReadAnswer(item, cells[_columns[item - 1]], out answers[item - 1], out FormProblem problem))
            {
                problems.Add(problem);
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Reads one row's answers and its companion answers (<see cref="FormLayout.Companions"/>). Every cell is read, column
    /// by column: each item's answer, then its companion answers, so that a row's problems come in column order.
    /// </summary>
    /// <param name="cells">The row's cells, in header order (at least <see cref="HeaderLength"/>).</param>
    /// <param name="answers">Receives one answer per item, item 1 first (length <see cref="FormLayout.ItemCount"/>).</param>
    /// <param name="companionAnswers">
    /// Receives the companion answers (length <see cref="FormLayout.CompanionAnswerCount"/>), question by question, one per
    /// item it follows: yes, no, or <see langword="null"/> (blank, absent column, or a cell that cannot be read).
    /// </param>
    /// <param name="problems">Receives one problem per cell that cannot be read.</param>
    /// <returns>The number of problems added (0 when the row was read).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The row has fewer cells than the header, or a span has the wrong length.</exception>
    public int ReadAnswers(ReadOnlySpan<string> cells, Span<Answer> answers, Span<bool?> companionAnswers, ICollection<FormProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        CheckRow(cells.Length, answers.Length);
        if (companionAnswers.Length != _companionColumns.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{Layout.Name} has {_companionColumns.Length} companion answers but room for {companionAnswers.Length} was given."), nameof(companionAnswers));
        }

        int count = 0;
        foreach (int item in _itemInColumn)
        {
            if (!Layout.TryReadAnswer(item, cells[_columns[item - 1]], out answers[item - 1], out FormProblem problem))
            {
                problems.Add(problem);
                count++;
            }

            count += ReadCompanions(cells, item, companionAnswers, problems);
        }

        return count;
    }

    /// <summary>Reads the companion answers after one item (each question that follows it), adding a problem per bad cell.</summary>
    private int ReadCompanions(ReadOnlySpan<string> cells, int item, Span<bool?> companionAnswers, ICollection<FormProblem> problems)
    {
        int count = 0, offset = 0;
        foreach (CompanionQuestion question in Layout.Companions)
        {
            int j = question.Items.IndexOf(item);
            if (j >= 0)
            {
                int c = _companionColumns[offset + j];
                if (!FormCells.TryReadYesNo(_companionNames[offset + j], c >= 0 ? cells[c] : "", out companionAnswers[offset + j], out FormProblem problem))
                {
                    problems.Add(problem);
                    count++;
                }
            }

            offset += question.Items.Length;
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
