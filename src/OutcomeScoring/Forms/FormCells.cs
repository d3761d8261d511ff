using System.Globalization;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Forms;

/// <summary>
/// Reads the cells of a form that are not answers: gender, age and date (who answered and when), "not applicable",
/// and yes/no questions (DIALOG's "more help wanted?"). Surrounding spaces are ignored everywhere; a cell that cannot
/// be read gives a <see cref="FormProblem"/> naming the column and the value. Nothing here allocates unless the cell
/// is a problem.
/// </summary>
public static class FormCells
{
    /// <summary>The standard name of the gender column, as messages use it.</summary>
    public const string GenderColumn = "gender";

    /// <summary>The standard name of the age column (whole years), as messages use it.</summary>
    public const string AgeColumn = "age";

    /// <summary>The standard name of the date column (yyyy-mm-dd), as messages use it.</summary>
    public const string DateColumn = "date";

    /// <summary>The date format read: ISO 8601 calendar date, yyyy-MM-dd (for example 2025-03-31).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The gender values accepted, as messages list them.</summary>
    internal const string AcceptedGenders = "M, F, male, female, 1, 2, 9 or X";

    /// <summary>Gets whether a cell says "not applicable": <c>NA</c> or <c>N/A</c> in any case, as statistics packages write a missing value (R writes <c>NA</c>).</summary>
    /// <param name="cell">The cell (surrounding spaces are ignored).</param>
    /// <returns><see langword="true"/> for NA or N/A.</returns>
    public static bool IsNotApplicable(ReadOnlySpan<char> cell)
    {
        ReadOnlySpan<char> text = cell.Trim();
        return text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("N/A", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads a gender cell for the published cut-off tables (which are split into men and women, or boys and girls):
    /// <c>M</c>, <c>male</c> or the NHS Data Dictionary code <c>1</c> are <see cref="Gender.Male"/>; <c>F</c>, <c>female</c>
    /// or <c>2</c> are <see cref="Gender.Female"/> (any case). The codes <c>9</c> (indeterminate) and <c>X</c> (not known)
    /// are valid but give no gender for cut-off purposes, like a blank cell.
    /// </summary>
    /// <remarks>
    /// The codes 1, 2, 9 and X are the national codes of the NHS Data Model and Dictionary data element PERSON STATED GENDER
    /// CODE (1 Male; 2 Female; 9 Indeterminate, unable to be classified as either male or female; X Not Known, not recorded):
    /// https://www.datadictionary.nhs.uk/data_elements/person_stated_gender_code.html. Other code lists (for example GENDER
    /// IDENTITY CODE's 3 non-binary, 4 other and Z not stated) are not read: the cut-off tables have no group for them.
    /// </remarks>
    /// <param name="cell">The cell (surrounding spaces are ignored).</param>
    /// <param name="gender">The gender for cut-off purposes, or <see langword="null"/> for a blank cell, 9, X, or a cell that cannot be read.</param>
    /// <param name="problem">Why the cell cannot be read (the message lists what is accepted), or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the cell was read (including blank, 9 and X).</returns>
    public static bool TryReadGender(ReadOnlySpan<char> cell, out Gender? gender, out FormProblem problem)
    {
        ReadOnlySpan<char> text = cell.Trim();
        problem = default;
        gender = null;
        if (text.IsEmpty || Is(text, "9") || Is(text, "X"))
        {
            return true;
        }

        if (Is(text, "M") || Is(text, "male") || Is(text, "1"))
        {
            gender = Gender.Male;
            return true;
        }

        if (Is(text, "F") || Is(text, "female") || Is(text, "2"))
        {
            gender = Gender.Female;
            return true;
        }

        problem = FormProblem.UnknownGender(text);
        return false;
    }

    /// <summary>Reads an age cell: a whole number of years, digits only (no sign, no decimals); blank is no age.</summary>
    /// <param name="cell">The cell (surrounding spaces are ignored).</param>
    /// <param name="age">The age, or <see langword="null"/> for a blank cell or one that cannot be read.</param>
    /// <param name="problem">Why the cell cannot be read, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the cell was read (including blank).</returns>
    public static bool TryReadAge(ReadOnlySpan<char> cell, out int? age, out FormProblem problem)
    {
        ReadOnlySpan<char> text = cell.Trim();
        problem = default;
        age = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (WholeNumber.TryParse(text, NumberStyles.None, out int years))
        {
            age = years;
            return true;
        }

        problem = FormProblem.NotWholeYears(text);
        return false;
    }

    /// <summary>
    /// Reads a date cell: an ISO 8601 calendar date, <see cref="DateFormat"/> (for example 2025-03-31). A date is needed
    /// wherever forms are put in order, so a blank cell is not a date.
    /// </summary>
    /// <param name="cell">The cell (surrounding spaces are ignored).</param>
    /// <param name="date">The date, or <c>default</c> when the cell cannot be read.</param>
    /// <param name="problem">Why the cell cannot be read, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the cell holds a date.</returns>
    public static bool TryReadDate(ReadOnlySpan<char> cell, out DateOnly date, out FormProblem problem)
    {
        ReadOnlySpan<char> text = cell.Trim();
        problem = default;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        problem = FormProblem.NotDate(text);
        return false;
    }

    /// <summary>Reads a yes/no cell: <c>yes</c> or <c>y</c> is <see langword="true"/>, <c>no</c> or <c>n</c> is <see langword="false"/> (any case); blank is not answered.</summary>
    /// <param name="column">The column's name, as the message should give it (for example <c>help3</c>).</param>
    /// <param name="cell">The cell (surrounding spaces are ignored).</param>
    /// <param name="answer">The answer, or <see langword="null"/> for a blank cell or one that cannot be read.</param>
    /// <param name="problem">Why the cell cannot be read, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the cell was read (including blank).</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is blank.</exception>
    public static bool TryReadYesNo(string column, ReadOnlySpan<char> cell, out bool? answer, out FormProblem problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ReadOnlySpan<char> text = cell.Trim();
        problem = default;
        answer = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (Is(text, "yes") || Is(text, "y"))
        {
            answer = true;
            return true;
        }

        if (Is(text, "no") || Is(text, "n"))
        {
            answer = false;
            return true;
        }

        problem = FormProblem.NotYesOrNo(column, text);
        return false;
    }

    private static bool Is(ReadOnlySpan<char> text, string value) => text.Equals(value, StringComparison.OrdinalIgnoreCase);
}
