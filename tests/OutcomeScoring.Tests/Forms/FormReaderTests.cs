using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests.Forms;

/// <summary>Binding a layout to a header, and reading rows.</summary>
public class FormReaderTests
{
    private static readonly FormLayout Core10Form = FormLayout.For(Core10.Instrument);

    private static string[] Items(int count, string prefix = "item") => [.. Enumerable.Range(1, count).Select(i => $"{prefix}{i}")];

    [Fact]
    public void Item_columns_are_found_in_any_order_in_any_case_with_spaces_and_leading_zeros()
    {
        string[] header = ["id", " ITEM10 ", "Item01", "item2", "item0", "item11", "item3", "item4", "item5", "item6", "item7", "item8", "item09", "team"];
        FormReader reader = FormReader.Bind(Core10Form, header);
        Assert.Equal([2, 3, 6, 7, 8, 9, 10, 11, 12, 1], reader.ItemColumns);
        Assert.Equal(header.Length, reader.HeaderLength);
        Assert.Same(Core10Form, reader.Layout);
    }

    [Fact]
    public void An_item_column_given_twice_is_a_binding_problem_with_the_command_line_s_message()
    {
        string[] header = ["id", .. Items(10), "item01"];
        Assert.False(FormReader.TryBind(Core10Form, header, out FormReader? reader, out FormProblem problem));
        Assert.Null(reader);
        Assert.Equal((FormProblemKind.DuplicateColumn, "item1", "the header has the column item1 more than once."), (problem.Kind, problem.Column, problem.Message));
        Assert.Null(problem.Value);
    }

    [Fact]
    public void Missing_item_columns_are_a_binding_problem_listing_every_one()
    {
        string[] header = ["id", .. Items(10).Where(c => c is not "item3" and not "item10")];
        Assert.False(FormReader.TryBind(Core10Form, header, out _, out FormProblem problem));
        Assert.Equal(FormProblemKind.MissingColumns, problem.Kind);
        Assert.Equal("item3, item10", problem.Column);
        Assert.Equal("the header lacks the item column(s) item3, item10; CORE-10 needs item1 to item10 (case-insensitive).", problem.Message);
        FormatException thrown = Assert.Throws<FormatException>(() => FormReader.Bind(Core10Form, header));
        Assert.Equal(problem.Message, thrown.Message);
    }

    [Fact]
    public void A_row_is_read_onto_the_scale()
    {
        FormReader reader = FormReader.Bind(Core10Form, ["id", .. Items(10)]);
        var answers = new Answer[10];
        var problems = new List<FormProblem>();
        Assert.Equal(0, reader.ReadAnswers(["P1", "0", "1", "", "NA", " 4 ", "+2", "n/a", "3", "2", "1"], answers, problems));
        Assert.Empty(problems);
        Assert.Equal([0, 1, Answer.NotAnswered, Answer.NotAnswered, 4, 2, Answer.NotAnswered, 3, 2, 1], answers);
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_a_problem_in_item_order_and_the_good_ones_are_still_read()
    {
        FormReader reader = FormReader.Bind(Core10Form, ["id", .. Items(10)]);
        var answers = new Answer[10];
        var problems = new List<FormProblem>();
        Assert.Equal(3, reader.ReadAnswers(["P1", "x", "1", "7", "-1", "4", "2", "1", "3", "2", "1"], answers, problems));
        Assert.Equal(
            ["item1: 'x' is not a whole number on the response scale 0-4", "item3: answer 7 is outside the response scale 0-4", "item4: answer -1 is outside the response scale 0-4"],
            problems.Select(p => p.Message));
        Assert.Equal([1, 3, 4], problems.Select(p => p.ItemNumber!.Value));
        Assert.Equal(Answer.Of(1), answers[1]);
        Assert.False(reader.TryReadAnswers(["P1", "x", "1", "7", "-1", "4", "2", "1", "3", "2", "1"], out Answer[]? none, problems));
        Assert.Null(none);
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void TryReadAnswers_gives_a_new_array_per_row()
    {
        FormReader reader = FormReader.Bind(Core10Form, Items(10));
        Assert.True(reader.TryReadAnswers(Items(10).Select((_, i) => (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), out Answer[]? answers, new List<FormProblem>()));
        Assert.Equal([0, 1, 2, 3, 4, 0, 1, 2, 3, 4], answers);
    }

    [Fact]
    public void A_row_shorter_than_the_header_or_the_wrong_room_for_answers_is_refused()
    {
        FormReader reader = FormReader.Bind(Core10Form, ["id", .. Items(10)]);
        Assert.Throws<ArgumentException>(() => reader.ReadAnswers(Items(10), new Answer[10], new List<FormProblem>()));
        Assert.Throws<ArgumentException>(() => reader.ReadAnswers(["id", .. Items(10)], new Answer[9], new List<FormProblem>()));
        Assert.Throws<ArgumentNullException>(() => reader.ReadAnswers(["id", .. Items(10)], new Answer[10], null!));
    }

    [Fact]
    public void Reading_a_good_row_allocates_nothing()
    {
        FormReader reader = FormReader.Bind(FormLayout.For(CoreOm.Instrument), ["id", .. Items(34)]);
        string[] row = ["P1", .. Enumerable.Range(0, 34).Select(i => i % 7 == 0 ? "" : i % 11 == 0 ? " NA " : (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var answers = new Answer[34];
        var problems = new List<FormProblem>(4);
        reader.ReadAnswers(row, answers, problems);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            reader.ReadAnswers(row, answers, problems);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(problems);
    }
}
