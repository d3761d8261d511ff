using System.Collections.Immutable;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests.Forms;

/// <summary>How a layout reads one answer cell, and what layouts the instruments give.</summary>
public class FormLayoutTests
{
    private static readonly FormLayout Core10Form = FormLayout.For(Core10.Instrument);

    private static Answer Read(FormLayout layout, int item, string cell)
    {
        Assert.True(layout.TryReadAnswer(item, cell, out Answer answer, out FormProblem problem), problem.Message);
        Assert.Equal(default, problem);
        return answer;
    }

    private static FormProblem Problem(FormLayout layout, int item, string cell)
    {
        Assert.False(layout.TryReadAnswer(item, cell, out Answer answer, out FormProblem problem));
        Assert.Equal(Answer.NotAnswered, answer);
        return problem;
    }

    [Fact]
    public void An_instrument_gives_its_name_items_scale_and_not_applicable_items()
    {
        Assert.Equal(("CORE-10", 10, ResponseScale.ZeroToFour, "item"), (Core10Form.Name, Core10Form.ItemCount, Core10Form.Scale, Core10Form.ColumnPrefix));
        Assert.Empty(Core10Form.NotApplicableItems);
        Assert.Empty(Core10Form.Topics);
        Assert.Equal(Enumerable.Range(1, 11), FormLayout.For(Dialog.Instrument).NotApplicableItems);
        Assert.Equal(34, FormLayout.For(CoreOm.Instrument).ItemCount);
    }

    [Fact]
    public void PAM_13_is_13_items_answered_1_to_4_each_with_NA()
    {
        Assert.Equal(("PAM-13", 13, new ResponseScale(1, 4)), (Pam13.Layout.Name, Pam13.Layout.ItemCount, Pam13.Layout.Scale));
        Assert.Equal(Enumerable.Range(1, 13), Pam13.Layout.NotApplicableItems);
    }

    [Fact]
    public void DIALOG_names_each_column_s_item_in_the_chosen_order_and_reads_the_chosen_coding()
    {
        FormLayout mhsds = Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.OneToSeven);
        FormLayout app = Dialog.Layout(DialogItemOrder.DialogPlusApp, DialogCoding.ZeroToSix);
        Assert.Equal(("friendships", "partner-family"), (mhsds.Topics[5], mhsds.Topics[6]));
        Assert.Equal(("partner-family", "friendships"), (app.Topics[5], app.Topics[6]));
        Assert.Equal(new ResponseScale(1, 7), mhsds.Scale);
        Assert.Equal(new ResponseScale(1, 7), app.Scale);
        Assert.Equal(new ResponseScale(0, 6), app.WrittenScale);
        Assert.Equal([1, 2, 3, 4, 5, 7, 6, 8, 9, 10, 11], app.ColumnItems);
        Assert.Equal(("item6", "item7"), (app.ColumnName(7), app.ColumnName(6)));
        Assert.Equal(Answer.Of(1), Read(app, 7, "0"));
        Assert.Equal(Answer.Of(7), Read(app, 7, "6"));
        Assert.Equal("item6 (partner-family): '7' is not a rating; ratings are 0-6, NA or blank", Problem(app, 7, "7").Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void A_blank_cell_is_not_answered(string cell)
    {
        Assert.Equal(Answer.NotAnswered, Read(Core10Form, 1, cell));
        Assert.Equal(Answer.NotAnswered, Read(Pam13.Layout, 1, cell));
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData(" Na ")]
    public void NA_is_not_applicable_where_the_item_offers_it_and_otherwise_not_answered(string cell)
    {
        Assert.Equal(Answer.NotApplicable, Read(Pam13.Layout, 4, cell));
        Assert.Equal(Answer.NotApplicable, Read(FormLayout.For(Dialog.Instrument), 11, cell));
        Assert.Equal(Answer.NotAnswered, Read(Core10Form, 4, cell));

        FormLayout mixed = new("Mixed", 3, ResponseScale.ZeroToFour) { NotApplicableItems = [2] };
        Assert.Equal([Answer.NotAnswered, Answer.NotApplicable, Answer.NotAnswered], [Read(mixed, 1, cell), Read(mixed, 2, cell), Read(mixed, 3, cell)]);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("4", 4)]
    [InlineData(" 3 ", 3)]
    [InlineData("+2", 2)]
    [InlineData("-0", 0)]
    [InlineData("004", 4)]
    public void A_whole_number_on_the_scale_is_that_answer(string cell, int expected) =>
        Assert.Equal(Answer.Of(expected), Read(Core10Form, 3, cell));

    [Theory]
    [InlineData("x", "item3: 'x' is not a whole number on the response scale 0-4")]
    [InlineData("2.5", "item3: '2.5' is not a whole number on the response scale 0-4")]
    [InlineData(" 1,5 ", "item3: '1,5' is not a whole number on the response scale 0-4")]
    [InlineData("N A", "item3: 'N A' is not a whole number on the response scale 0-4")]
    [InlineData("99999999999", "item3: '99999999999' is not a whole number on the response scale 0-4")]
    public void A_cell_that_is_not_a_whole_number_is_a_problem_naming_the_item_and_the_value(string cell, string message)
    {
        FormProblem problem = Problem(Core10Form, 3, cell);
        Assert.Equal((FormProblemKind.NotWholeNumber, "item3", cell.Trim(), 3, message), (problem.Kind, problem.Column, problem.Value, problem.ItemNumber, problem.Message));
    }

    [Theory]
    [InlineData("7", "item3: answer 7 is outside the response scale 0-4")]
    [InlineData("-1", "item3: answer -1 is outside the response scale 0-4")]
    [InlineData("+5", "item3: answer 5 is outside the response scale 0-4")]
    [InlineData("05", "item3: answer 5 is outside the response scale 0-4")]
    public void A_whole_number_off_the_scale_is_a_problem_naming_the_item_and_the_value(string cell, string message)
    {
        FormProblem problem = Problem(Core10Form, 3, cell);
        Assert.Equal((FormProblemKind.OutsideScale, "item3", cell, message), (problem.Kind, problem.Column, problem.Value, problem.Message));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("x")]
    public void Where_NA_is_offered_a_bad_cell_lists_everything_accepted(string cell) =>
        Assert.Equal($"item4: '{cell}' is not an answer; answers are 1-4, NA or blank", Problem(Pam13.Layout, 4, cell).Message);

    [Fact]
    public void DIALOG_messages_name_the_item_s_topic_and_call_an_answer_a_rating() =>
        Assert.Equal(
            "item2 (physical-health): '8' is not a rating; ratings are 1-7, NA or blank",
            Problem(Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.OneToSeven), 2, "8").Message);

    [Fact]
    public void Another_column_prefix_names_the_columns()
    {
        FormLayout layout = new("Q", 2, new ResponseScale(1, 5)) { ColumnPrefix = "q" };
        Assert.Equal("q2", layout.ColumnName(2));
        Assert.Equal("q2: answer 6 is outside the response scale 1-5", Problem(layout, 2, "6").Message);
        Assert.Equal("Q: q1-q2, 1-5", layout.ToString());
    }

    [Fact]
    public void A_layout_that_cannot_be_read_is_refused_with_the_reason()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormLayout("X", 0, ResponseScale.ZeroToFour));
        Assert.Throws<ArgumentException>(() => new FormLayout(" ", 3, ResponseScale.ZeroToFour));
        Assert.Throws<ArgumentNullException>(() => new FormLayout("X", 3, null!));
        ArgumentOutOfRangeException outside = Assert.Throws<ArgumentOutOfRangeException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { NotApplicableItems = [4] });
        Assert.Contains("Item 4 is not an item of X; items are 1 to 3.", outside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { Topics = ["a", "b"] });
        Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { Topics = ["a", "b", " "] });
        Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { ColumnPrefix = "" });
        Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { AnswerName = "" });
        Assert.Throws<ArgumentNullException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { Scale = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => Core10Form.TryReadAnswer(11, "1", out _, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Core10Form.AllowsNotApplicable(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Core10Form.ColumnName(0));
    }

    [Fact]
    public void A_written_scale_needs_as_many_answers_as_the_scale_whichever_is_set_first()
    {
        // Answers are read place for place (written minimum = scale minimum), so both scales need the same number of answers.
        FormLayout shifted = new("X", 3, new ResponseScale(1, 7)) { WrittenScale = new ResponseScale(0, 6) };
        Assert.Equal(new ResponseScale(0, 6), shifted.WrittenScale);
        ArgumentException wider = Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, new ResponseScale(1, 7)) { WrittenScale = new ResponseScale(0, 7) });
        Assert.Contains("Answers written 0-7 do not match the scale 1-7 answer for answer", wider.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(FormLayout.WrittenScale), wider.ParamName);

        // Set the written scale first and then a scale of another width: the same check, from the other side.
        ArgumentException later = Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, new ResponseScale(1, 7)) { WrittenScale = new ResponseScale(0, 6), Scale = new ResponseScale(1, 5) });
        Assert.Contains("Answers written 0-6 do not match the scale 1-5 answer for answer", later.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(FormLayout.Scale), later.ParamName);
        Assert.Equal(new ResponseScale(2, 8), (shifted with { Scale = new ResponseScale(2, 8) }).Scale);

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { WrittenScale = null! }).ParamName);
    }

    [Theory]
    [InlineData(new[] { 1, 2 })]
    [InlineData(new[] { 1, 2, 3, 4 })]
    [InlineData(new[] { 1, 1, 3 })]
    [InlineData(new[] { 1, 2, 4 })]
    [InlineData(new[] { 0, 1, 2 })]
    public void Column_items_must_give_each_item_number_once(int[] columnItems)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { ColumnItems = [.. columnItems] });
        Assert.Equal("ColumnItems", e.ParamName);
        Assert.StartsWith("Give each item number of X (1 to 3) once, in column order.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_items_are_refused_when_not_given_and_kept_when_each_item_is_there_once()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { ColumnItems = default });
        Assert.Equal("ColumnItems", e.ParamName);
        FormLayout swapped = new("X", 3, ResponseScale.ZeroToFour) { ColumnItems = [3, 1, 2] };
        Assert.Equal(("item2", "item3", "item1"), (swapped.ColumnName(1), swapped.ColumnName(2), swapped.ColumnName(3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_companion_question_must_follow_items_the_layout_has(int item)
    {
        var question = new CompanionQuestion("help", "more help wanted", [1, item], "test");
        ArgumentException e = Assert.Throws<ArgumentException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { Companions = [question] });
        Assert.Equal("Companions", e.ParamName);
        Assert.StartsWith("Companion question 'help' follows an item that X does not have.", e.Message, StringComparison.Ordinal);
        Assert.Equal("Companions", Assert.Throws<ArgumentNullException>(() => new FormLayout("X", 3, ResponseScale.ZeroToFour) { Companions = [null!] }).ParamName);
    }

    [Fact]
    public void Layouts_are_equal_when_they_read_the_same_columns_the_same_way()
    {
        Assert.Equal(FormLayout.For(Core10.Instrument), FormLayout.For(Core10.Instrument));
        Assert.Equal(FormLayout.For(Core10.Instrument).GetHashCode(), FormLayout.For(Core10.Instrument).GetHashCode());
        Assert.NotEqual(Core10Form, Core10Form with { NotApplicableItems = [1] });
        Assert.NotEqual(Core10Form, Core10Form with { Topics = [.. Enumerable.Repeat("t", 10)] });
        Assert.Equal(Core10Form, Core10Form with { NotApplicableItems = ImmutableArray<int>.Empty });
        Assert.Equal([1, 3], (Core10Form with { NotApplicableItems = [3, 1, 3] }).NotApplicableItems);
    }
}
