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

    // Three items and two yes/no questions: "help" after every item, "why" after items 2 and 3.
    private static readonly FormLayout WithCompanions = new("Q", 3, ResponseScale.ZeroToFour)
    {
        Companions = [new CompanionQuestion("help", "more help wanted", [1, 2, 3], "test"), new CompanionQuestion("why", "asked why", [2, 3], "test")],
    };

    [Fact]
    public void Each_companion_question_is_read_from_its_own_columns_wherever_they_are()
    {
        // help1 is the header's first column (position 0); why1 is absent, as why follows items 2 and 3 only.
        string[] header = ["help1", "item1", "item2", "help2", "why2", "item3", "help3", "why3"];
        FormReader reader = FormReader.Bind(WithCompanions, header);
        Assert.Equal([0, 3, 6, 4, 7], reader.CompanionColumns);
        var answers = new Answer[3];
        var companions = new bool?[5];
        var problems = new List<FormProblem>();
        Assert.Equal(0, reader.ReadAnswers(["yes", "1", "2", "no", "y", "3", "", "N"], answers, companions, problems));
        Assert.Empty(problems);
        Assert.Equal([1, 2, 3], answers);
        Assert.Equal([true, false, null, true, false], companions);
    }

    [Fact]
    public void Every_bad_item_and_companion_cell_is_a_problem_in_column_order()
    {
        FormReader reader = FormReader.Bind(WithCompanions, ["id", "item1", "help1", "item2", "help2", "why2", "item3", "help3", "why3"]);
        var answers = new Answer[3];
        var companions = new bool?[5];
        var problems = new List<FormProblem>();
        int count = reader.ReadAnswers(["P1", "9", "maybe", "2", "no", "x", "3", "yes", "no"], answers, companions, problems);
        Assert.Equal(3, count);
        Assert.Equal(
            ["item1: answer 9 is outside the response scale 0-4", "help1: 'maybe' is not yes, no or blank", "why2: 'x' is not yes, no or blank"],
            problems.Select(p => p.Message));
        Assert.Equal([Answer.NotAnswered, 2, 3], answers);
        Assert.Equal([null, false, true, null, false], companions);
    }

    [Fact]
    public void A_companion_column_given_twice_is_a_binding_problem()
    {
        Assert.False(FormReader.TryBind(WithCompanions, ["item1", "item2", "item3", "help1", "HELP01"], out FormReader? reader, out FormProblem problem));
        Assert.Null(reader);
        Assert.Equal((FormProblemKind.DuplicateColumn, "help1"), (problem.Kind, problem.Column));
    }

    [Fact]
    public void Reading_companions_refuses_a_short_row_and_the_wrong_room_for_answers()
    {
        FormReader reader = FormReader.Bind(WithCompanions, ["id", "item1", "item2", "item3", "help1"]);
        string[] row = ["P1", "0", "1", "2", "yes"];
        Assert.Throws<ArgumentException>(() => reader.ReadAnswers(row.AsSpan(0, 4), new Answer[3], new bool?[5], new List<FormProblem>()));
        Assert.Throws<ArgumentException>(() => reader.ReadAnswers(row, new Answer[4], new bool?[5], new List<FormProblem>()));
        ArgumentException room = Assert.Throws<ArgumentException>(() => reader.ReadAnswers(row, new Answer[3], new bool?[6], new List<FormProblem>()));
        Assert.Equal("companionAnswers", room.ParamName);
        Assert.StartsWith("Q has 5 companion answers but room for 6 was given.", room.Message, StringComparison.Ordinal);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => reader.ReadAnswers(row, new Answer[3], new bool?[5], null!)).ParamName);
    }

    [Fact]
    public void A_reader_describes_its_layout_and_the_columns_it_reads()
    {
        FormReader reader = FormReader.Bind(new FormLayout("Short", 3, ResponseScale.ZeroToFour), ["item3", "item1", "item2"]);
        Assert.Equal("Short: item1-item3, 0-4 at columns 1, 2, 0", reader.ToString());
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
