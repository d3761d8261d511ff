using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests.Forms;

/// <summary>Gender, age, date, yes/no and "not applicable" cells.</summary>
public class FormCellsTests
{
    [Theory]
    [InlineData("M")]
    [InlineData("m")]
    [InlineData("male")]
    [InlineData(" MALE ")]
    [InlineData("1")]
    public void Male_is_M_male_or_the_NHS_code_1(string cell)
    {
        Assert.True(FormCells.TryReadGender(cell, out Gender? gender, out FormProblem problem));
        Assert.Equal((Gender?)Gender.Male, gender);
        Assert.Equal(FormProblemKind.None, problem.Kind);
    }

    [Theory]
    [InlineData("F")]
    [InlineData("f")]
    [InlineData("Female")]
    [InlineData("FEMALE")]
    [InlineData(" 2")]
    public void Female_is_F_female_or_the_NHS_code_2(string cell)
    {
        Assert.True(FormCells.TryReadGender(cell, out Gender? gender, out _));
        Assert.Equal((Gender?)Gender.Female, gender);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("9")]
    [InlineData("X")]
    [InlineData("x")]
    public void Blank_9_indeterminate_and_X_not_known_are_valid_but_give_no_gender_for_cut_offs(string cell)
    {
        Assert.True(FormCells.TryReadGender(cell, out Gender? gender, out FormProblem problem));
        Assert.Null(gender);
        Assert.Equal(default, problem);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("Z")]
    [InlineData("U")]
    [InlineData("mal")]
    [InlineData("12")]
    public void Anything_else_is_a_problem_that_lists_what_is_accepted(string cell)
    {
        Assert.False(FormCells.TryReadGender($" {cell} ", out Gender? gender, out FormProblem problem));
        Assert.Null(gender);
        Assert.Equal((FormProblemKind.UnknownGender, "gender", cell), (problem.Kind, problem.Column, problem.Value));
        Assert.Equal($"gender: '{cell}' is not M, F, male, female, 1, 2, 9 or X", problem.Message);
    }

    [Theory]
    [InlineData("14", 14)]
    [InlineData(" 11 ", 11)]
    [InlineData("0", 0)]
    [InlineData("017", 17)]
    public void An_age_is_a_whole_number_of_years(string cell, int years)
    {
        Assert.True(FormCells.TryReadAge(cell, out int? age, out _));
        Assert.Equal(years, age);
    }

    [Fact]
    public void A_blank_age_is_no_age()
    {
        Assert.True(FormCells.TryReadAge(" ", out int? age, out FormProblem problem));
        Assert.Null(age);
        Assert.Equal(FormProblemKind.None, problem.Kind);
    }

    [Theory]
    [InlineData("14y")]
    [InlineData("+12")]
    [InlineData("-1")]
    [InlineData("14.5")]
    [InlineData("99999999999")]
    [InlineData("fourteen")]
    public void An_age_that_is_not_whole_years_is_a_problem_naming_the_value(string cell)
    {
        Assert.False(FormCells.TryReadAge(cell, out int? age, out FormProblem problem));
        Assert.Null(age);
        Assert.Equal((FormProblemKind.NotWholeYears, "age", $"age: '{cell}' is not a whole number of years"), (problem.Kind, problem.Column, problem.Message));
    }

    [Theory]
    [InlineData("2025-03-31")]
    [InlineData(" 2025-03-31 ")]
    public void A_date_is_ISO_yyyy_mm_dd(string cell)
    {
        Assert.True(FormCells.TryReadDate(cell, out DateOnly date, out _));
        Assert.Equal(new DateOnly(2025, 3, 31), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("01/02/2025")]
    [InlineData("2025-3-1")]
    [InlineData("2025-03-31T10:00")]
    public void Anything_else_is_not_a_date(string cell)
    {
        Assert.False(FormCells.TryReadDate(cell, out DateOnly date, out FormProblem problem));
        Assert.Equal(default, date);
        Assert.Equal((FormProblemKind.NotDate, "date", $"date: '{cell}' is not a date yyyy-mm-dd"), (problem.Kind, problem.Column, problem.Message));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData(" YES ", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("No", false)]
    [InlineData("", null)]
    public void Yes_and_no_in_any_case_or_blank(string cell, bool? expected)
    {
        Assert.True(FormCells.TryReadYesNo("help1", cell, out bool? answer, out _));
        Assert.Equal(expected, answer);
    }

    [Fact]
    public void Any_other_yes_no_answer_is_a_problem_naming_the_column()
    {
        Assert.False(FormCells.TryReadYesNo("help3", "maybe", out bool? answer, out FormProblem problem));
        Assert.Null(answer);
        Assert.Equal((FormProblemKind.NotYesOrNo, "help3", "maybe", "help3: 'maybe' is not yes, no or blank"), (problem.Kind, problem.Column, problem.Value, problem.Message));
        Assert.Throws<ArgumentException>(() => FormCells.TryReadYesNo("", "yes", out _, out _));
    }

    [Theory]
    [InlineData("NA", true)]
    [InlineData("na", true)]
    [InlineData("N/A", true)]
    [InlineData(" n/a ", true)]
    [InlineData("N A", false)]
    [InlineData("NaN", false)]
    [InlineData("N", false)]
    [InlineData("", false)]
    public void Not_applicable_is_NA_or_N_A_in_any_case(string cell, bool expected) =>
        Assert.Equal(expected, FormCells.IsNotApplicable(cell));

    [Fact]
    public void A_report_puts_the_row_number_in_front_and_default_is_no_problem()
    {
        Assert.False(FormCells.TryReadAge("x", out _, out FormProblem problem));
        Assert.Equal("row 4: age: 'x' is not a whole number of years", problem.InRow(4));
        Assert.Equal(problem.Message, problem.ToString());
        FormProblem none = default;
        Assert.Equal((FormProblemKind.None, "", "", (string?)null, (int?)null), (none.Kind, none.Column, none.Message, none.Value, none.ItemNumber));
    }

    [Theory]
    [InlineData("3\0")]
    [InlineData("\03")]
    [InlineData("4\0\0")]
    public void A_number_with_a_NUL_character_is_not_read_as_the_number_it_does_not_show(string cell)
    {
        // .NET's parser ignores trailing NUL characters; the form reader must not: "3\0" is not the answer 3.
        var layout = new FormLayout("Q", 1, ResponseScale.ZeroToFour);
        Assert.False(layout.TryReadAnswer(1, cell, out _, out FormProblem answer));
        Assert.Equal(cell.Trim(), answer.Value);
        Assert.Contains(cell.Trim(), answer.Message, StringComparison.Ordinal);
        Assert.False(FormCells.TryReadAge(cell, out int? age, out _));
        Assert.Null(age);
        Assert.Equal(-1, FormColumns.Find(["id", "item1\0"], "item1"));
    }
}
