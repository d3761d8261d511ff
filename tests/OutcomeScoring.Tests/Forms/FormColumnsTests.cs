using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests.Forms;

/// <summary>Finding columns by name and numbered sets of columns.</summary>
public class FormColumnsTests
{
    [Fact]
    public void A_column_is_found_by_name_in_any_case_ignoring_spaces()
    {
        string[] header = ["id", " Gender ", "AGE", "gender"];
        Assert.Equal(1, FormColumns.Find(header, "gender"));
        Assert.Equal(2, FormColumns.Find(header, FormCells.AgeColumn));
        Assert.Equal(-1, FormColumns.Find(header, "date"));
    }

    [Fact]
    public void Numbered_columns_that_are_absent_are_minus_one_and_a_number_twice_is_a_problem()
    {
        Span<int> help = stackalloc int[11];
        Assert.True(FormColumns.TryMapNumbered(["id", "help2", "HELP11", "help12", "help0", "helper"], "help", help, out FormProblem none));
        Assert.Equal([-1, 1, -1, -1, -1, -1, -1, -1, -1, -1, 2], help.ToArray());
        Assert.Equal(FormProblemKind.None, none.Kind);

        Assert.False(FormColumns.TryMapNumbered(["help3", "help03"], "help", help, out FormProblem twice));
        Assert.Equal((FormProblemKind.DuplicateColumn, "help3", "the header has the column help3 more than once."), (twice.Kind, twice.Column, twice.Message));
    }
}
