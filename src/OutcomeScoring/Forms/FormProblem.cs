using System.Globalization;

namespace OutcomeScoring.Forms;

/// <summary>
/// Why a header or one cell of a form could not be read: a code (<see cref="Kind"/>), the column, the value as
/// given, and a message for people naming the column and the value. The message has no row number: a caller that
/// reports many rows adds it (<see cref="InRow"/>), one that writes a row's problems beside the row does not.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <c>default(FormProblem)</c> is "no problem" (<see cref="FormProblemKind.None"/>,
/// empty column and message). Only the form readers create problems, so a problem's code, column, value and message
/// always agree.
/// </remarks>
public readonly record struct FormProblem
{
    private readonly string? _column;
    private readonly string? _message;

    private FormProblem(FormProblemKind kind, string column, string? value, int? itemNumber, string message)
    {
        Kind = kind;
        _column = column;
        Value = value;
        ItemNumber = itemNumber;
        _message = message;
    }

    /// <summary>Gets what was wrong.</summary>
    public FormProblemKind Kind { get; }

    /// <summary>
    /// Gets the column the problem is about, by its standard name (<c>item3</c>, <c>help2</c>, <c>gender</c>, <c>age</c>,
    /// <c>date</c>); for missing item columns, the missing names separated by ", "; empty for <c>default</c>.
    /// </summary>
    public string Column => _column ?? "";

    /// <summary>Gets the cell as given, without surrounding spaces, or <see langword="null"/> when the problem is about the header.</summary>
    public string? Value { get; }

    /// <summary>Gets the item number (1 = the first item column) for a problem with an answer cell, otherwise <see langword="null"/>.</summary>
    public int? ItemNumber { get; }

    /// <summary>
    /// Gets the message, naming the column and the value, for example <c>item3: answer 7 is outside the response scale 0-4</c>
    /// or <c>gender: 'x' is not M, F, male, female, 1, 2, 9 or X</c>; empty for <c>default</c>.
    /// </summary>
    public string Message => _message ?? "";

    /// <summary>Gets the message with the row number in front, as a report listing many rows writes it: <c>row 4: item3: ...</c>.</summary>
    /// <param name="rowNumber">The row's number (the command line and the report count the first row after the header as row 1).</param>
    /// <returns>The message for that row.</returns>
    public string InRow(int rowNumber) => string.Create(CultureInfo.InvariantCulture, $"row {rowNumber}: {Message}");

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    /// <summary>The header has the numbered column <paramref name="column"/> more than once.</summary>
    internal static FormProblem DuplicateColumn(string column) =>
        new(FormProblemKind.DuplicateColumn, column, null, null, $"the header has the column {column} more than once.");

    /// <summary>The header lacks the item columns <paramref name="missing"/> of a layout.</summary>
    internal static FormProblem MissingColumns(FormLayout layout, IEnumerable<string> missing)
    {
        string names = string.Join(", ", missing);
        return new(
            FormProblemKind.MissingColumns,
            names,
            null,
            null,
            string.Create(CultureInfo.InvariantCulture, $"the header lacks the item column(s) {names}; {layout.Name} needs {layout.ColumnPrefix}1 to {layout.ColumnPrefix}{layout.ItemCount} (case-insensitive)."));
    }

    /// <summary>An answer cell of item <paramref name="itemNumber"/> is not a whole number, or (<paramref name="value"/> given) is one off the scale.</summary>
    internal static FormProblem BadAnswer(FormLayout layout, int itemNumber, ReadOnlySpan<char> cell, int? value)
    {
        string column = layout.ColumnName(itemNumber);
        string text = cell.ToString();
        string label = layout.Topics.IsDefaultOrEmpty ? column : $"{column} ({layout.Topics[layout.ColumnNumberOf(itemNumber) - 1]})";
        string noun = layout.AnswerName;
        string message = layout.AllowsNotApplicable(itemNumber)
            ? string.Create(CultureInfo.InvariantCulture, $"{label}: '{text}' is not {Article(noun)} {noun}; {noun}s are {layout.WrittenScale}, {(layout.WrittenScale.NotApplicableAnswer is { } na ? $"{na} (not known), " : "")}NA or blank")
            : value is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"{label}: {noun} {v} is outside the response scale {layout.WrittenScale}")
                : $"{label}: '{text}' is not a whole number on the response scale {layout.WrittenScale}";
        return new(value is null ? FormProblemKind.NotWholeNumber : FormProblemKind.OutsideScale, column, text, itemNumber, message);
    }

    /// <summary>A gender cell that is not one of the accepted codes.</summary>
    internal static FormProblem UnknownGender(ReadOnlySpan<char> cell)
    {
        string text = cell.ToString();
        return new(FormProblemKind.UnknownGender, FormCells.GenderColumn, text, null, $"{FormCells.GenderColumn}: '{text}' is not {FormCells.AcceptedGenders}");
    }

    /// <summary>An age cell that is not a whole number of years.</summary>
    internal static FormProblem NotWholeYears(ReadOnlySpan<char> cell)
    {
        string text = cell.ToString();
        return new(FormProblemKind.NotWholeYears, FormCells.AgeColumn, text, null, $"{FormCells.AgeColumn}: '{text}' is not a whole number of years");
    }

    /// <summary>A date cell that is not yyyy-mm-dd.</summary>
    internal static FormProblem NotDate(ReadOnlySpan<char> cell)
    {
        string text = cell.ToString();
        return new(FormProblemKind.NotDate, FormCells.DateColumn, text, null, $"{FormCells.DateColumn}: '{text}' is not a date yyyy-mm-dd");
    }

    /// <summary>A yes/no cell of <paramref name="column"/> that is not yes, no or blank.</summary>
    internal static FormProblem NotYesOrNo(string column, ReadOnlySpan<char> cell)
    {
        string text = cell.ToString();
        return new(FormProblemKind.NotYesOrNo, column, text, null, $"{column}: '{text}' is not yes, no or blank");
    }

    /// <summary>A row with fewer cells than the header has columns.</summary>
    internal static FormProblem ShortRow(int cells, int columns) =>
        new(FormProblemKind.ShortRow, "", null, null, string.Create(CultureInfo.InvariantCulture, $"the row has {cells} cells; the header has {columns} columns."));

    private static string Article(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}
