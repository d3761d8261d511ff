namespace OutcomeScoring.Forms;

/// <summary>What was wrong with a header or a cell that a form reader could not use (a code for programs; <see cref="FormProblem.Message"/> is for people).</summary>
public enum FormProblemKind
{
    /// <summary>No problem: the value of <c>default(FormProblem)</c>.</summary>
    None = 0,

    /// <summary>The header names the same item (or other numbered) column twice.</summary>
    DuplicateColumn = 1,

    /// <summary>The header lacks one or more of the item columns.</summary>
    MissingColumns = 2,

    /// <summary>An answer cell is not blank, not <c>NA</c>/<c>N/A</c> and not a whole number.</summary>
    NotWholeNumber = 3,

    /// <summary>An answer cell is a whole number outside the response scale.</summary>
    OutsideScale = 4,

    /// <summary>A gender cell is not one of the accepted codes (<see cref="FormCells.TryReadGender"/>).</summary>
    UnknownGender = 5,

    /// <summary>An age cell is not a whole number of years.</summary>
    NotWholeYears = 6,

    /// <summary>A date cell is not an ISO 8601 calendar date (yyyy-mm-dd).</summary>
    NotDate = 7,

    /// <summary>A yes/no cell is not yes, no, y, n or blank.</summary>
    NotYesOrNo = 8,

    /// <summary>A row has fewer cells than the header has columns.</summary>
    ShortRow = 9,
}
