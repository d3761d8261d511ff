using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests.Forms;

/// <summary>Reading a table of forms into rows for scripts: the same answers and problems as the form reader, named cells, short rows.</summary>
public class FormRowsTests
{
    private static readonly FormLayout Core10Form = FormLayout.For(Core10.Instrument);

    private static readonly string[] Header = ["id", .. Enumerable.Range(1, 10).Select(i => $"item{i}"), "Team"];

    [Fact]
    public void Each_record_becomes_a_row_with_its_answers_named_cells_and_problems()
    {
        string[][] records =
        [
            ["a", "0", "1", "2", "3", "4", "0", "1", "2", "3", "NA", "North"],
            ["b", "0", "1", "9", "3", "4", "0", "x", "2", "3", "4", "South"],
            ["c", "0"],
        ];

        FormRow[] rows = [.. FormRows.Read(Core10Form, Header, records, "id", "team")];

        Assert.Equal([1, 2, 3], rows.Select(r => r.RowNumber));
        Assert.True(rows[0].IsRead);
        Assert.Equal([Answer.Of(0), 1, 2, 3, 4, 0, 1, 2, 3, Answer.NotAnswered], rows[0].Answers);
        Assert.Equal(("a", "North"), (rows[0]["id"], rows[0]["TEAM"]));
        Assert.True(rows[1].Answers.IsEmpty);
        Assert.Equal([FormProblemKind.OutsideScale, FormProblemKind.NotWholeNumber], rows[1].Problems.Select(p => p.Kind));
        Assert.Equal("South", rows[1]["team"]);
        Assert.Equal("the row has 2 cells; the header has 12 columns.", Assert.Single(rows[2].Problems).Message);
        Assert.Equal("row 3: the row has 2 cells; the header has 12 columns.", rows[2].ToString());
        Assert.Equal(FormProblemKind.ShortRow, rows[2].Problems[0].Kind);
    }

    [Fact]
    public void A_missing_column_is_refused_before_any_row_is_read()
    {
        FormatException named = Assert.Throws<FormatException>(() => FormRows.Read(Core10Form, Header, [], "date"));
        Assert.StartsWith("the header lacks the column date; it has id, item1,", named.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FormRows.Read(Core10Form, ["id", "item1"], []));
        ArgumentException notAsked = Assert.Throws<ArgumentException>(() => FormRows.Read(Core10Form, Header, [["a", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "x"]], "id").Single()["team"]);
        Assert.StartsWith("Column 'team' was not asked for; the row has id.", notAsked.Message, StringComparison.Ordinal);
        ArgumentException noneAsked = Assert.Throws<ArgumentException>(() => FormRows.Read(Core10Form, Header, [["a", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "x"]]).Single()["team"]);
        Assert.Equal("column", noneAsked.ParamName);
        Assert.StartsWith("Column 'team' was not asked for; the row has no named columns.", noneAsked.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => FormRows.Read(Core10Form, Header, null!));
    }

    [Fact]
    public void A_row_reads_exactly_what_the_form_reader_reads()
    {
        FormReader reader = FormReader.Bind(Core10Form, Header);
        Gen<string> cell = Gen.Elements("", "0", "1", "2", "3", "4", "5", "-1", "NA", "n/a", "x", " 2 ", "2.0");
        Prop.ForAll(cell.ArrayOf(10).ToArbitrary(), items =>
        {
            string[] record = ["p", .. items, "t"];
            var problems = new List<FormProblem>();
            bool read = reader.TryReadAnswers(record, out Answer[]? answers, problems);
            FormRow row = FormRows.Read(Core10Form, Header, [record]).Single();
            return row.IsRead == read && row.Problems.SequenceEqual(problems) && (!read || row.Answers.SequenceEqual(answers!));
        }).Check(SuiteEffort.Properties(100));
    }
}
