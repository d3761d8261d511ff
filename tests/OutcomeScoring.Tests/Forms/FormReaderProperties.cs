using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests.Forms;

/// <summary>FsCheck properties of the form reader: what is written is read back, column order does not matter, and nothing is lost.</summary>
public class FormReaderProperties
{
    private static readonly Config Config = SuiteEffort.Properties(1000);

    /// <summary>A scale from -5..5 up to 1..20, as a definition could give.</summary>
    private static readonly Gen<ResponseScale> Scales =
        Gen.Choose(-5, 5).SelectMany(min => Gen.Choose(min + 1, min + 15).Select(max => new ResponseScale(min, max)));

    /// <summary>How people write the same number: plain, with a plus sign, with leading zeros, with spaces around.</summary>
    private static Gen<string> Written(int value) => Gen.Elements(
        value.ToString(CultureInfo.InvariantCulture),
        value >= 0 ? "+" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        value >= 0 ? value.ToString("000", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        " " + value.ToString(CultureInfo.InvariantCulture) + "\t");

    [Fact]
    public void Any_whole_number_on_the_scale_written_as_text_reads_back_as_itself()
    {
        Gen<(ResponseScale Scale, int Value, string Text)> cases = Scales.SelectMany(scale =>
            Gen.Choose(scale.Minimum, scale.Maximum).SelectMany(value => Written(value).Select(text => (scale, value, text))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var layout = new FormLayout("Q", 1, c.Scale);
            return layout.TryReadAnswer(1, c.Text, out Answer answer, out FormProblem problem) && answer == Answer.Of(c.Value) && problem.Kind == FormProblemKind.None;
        }).Check(Config);
    }

    [Fact]
    public void Any_whole_number_off_the_scale_is_a_problem_naming_it()
    {
        Gen<(ResponseScale Scale, int Value)> cases = Scales.SelectMany(scale =>
            Gen.OneOf(Gen.Choose(scale.Maximum + 1, scale.Maximum + 1000), Gen.Choose(scale.Minimum - 1000, scale.Minimum - 1)).Select(value => (scale, value)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var layout = new FormLayout("Q", 1, c.Scale);
            string text = c.Value.ToString(CultureInfo.InvariantCulture);
            return !layout.TryReadAnswer(1, text, out _, out FormProblem problem)
                && problem.Kind == FormProblemKind.OutsideScale
                && problem.Message == $"item1: answer {text} is outside the response scale {c.Scale}";
        }).Check(Config);
    }

    [Fact]
    public void Any_text_is_read_or_is_a_problem_that_quotes_it_never_an_exception()
    {
        var layout = new FormLayout("Q", 2, ResponseScale.ZeroToFour) { NotApplicableItems = [2] };
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= "";
            bool first = layout.TryReadAnswer(1, text, out Answer a, out FormProblem p1);
            bool second = layout.TryReadAnswer(2, text, out Answer b, out FormProblem p2);
            bool consistent = first == second && (first ? a == b || (a == Answer.NotAnswered && b == Answer.NotApplicable) : p1.Kind == p2.Kind);
            // The cell as written is the problem's value; the message quotes it, except that a whole number off the scale is
            // named as the number ("05" and "+5" as "answer 5", FormLayoutTests), found by this property once in thousands of runs.
            bool quoted = first || (p1.Value == text.Trim() && (p1.Kind == FormProblemKind.OutsideScale
                ? p1.Message.Contains($"answer {int.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture)} is outside", StringComparison.Ordinal)
                : p1.Message.Contains(text.Trim(), StringComparison.Ordinal)));
            bool gender = FormCells.TryReadGender(text, out _, out FormProblem g) || g.Message.Contains(text.Trim(), StringComparison.Ordinal);
            bool age = FormCells.TryReadAge(text, out _, out FormProblem y) || y.Value == text.Trim();
            return consistent && quoted && gender && age;
        }).Check(Config);
    }

    [Fact]
    public void Any_binding_of_shuffled_columns_reads_the_same_answers()
    {
        const int items = 8;
        var layout = new FormLayout("Q", items, ResponseScale.ZeroToFour) { NotApplicableItems = [3] };
        Gen<string> cell = Gen.Frequency(
            (6, Gen.Choose(0, 4).Select(v => v.ToString(CultureInfo.InvariantCulture))),
            (1, Gen.Constant("")),
            (1, Gen.Elements("NA", "n/a")));
        string[] names = [.. Enumerable.Range(1, items).Select(i => $"item{i}"), "id", "team", "item0", "item9"];
        Gen<(string[] Cells, string[] Order)> cases = cell.ArrayOf(names.Length).SelectMany(cells => Gen.Shuffle(names).Select(order => (cells, order)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // The same row, with its columns in the original order and in a shuffled one.
            Dictionary<string, string> byName = names.Zip(c.Cells).ToDictionary(p => p.First, p => p.Second);
            string[] shuffled = [.. c.Order.Select(n => byName[n])];
            string[] header = [.. c.Order.Select((n, i) => i % 2 == 0 ? n.ToUpperInvariant() : $" {n} ")];
            var expected = new Answer[items];
            var actual = new Answer[items];
            var problems = new List<FormProblem>();
            int a = FormReader.Bind(layout, names).ReadAnswers(c.Cells, expected, problems);
            int b = FormReader.Bind(layout, header).ReadAnswers(shuffled, actual, problems);
            return a == 0 && b == 0 && expected.SequenceEqual(actual);
        }).Check(Config);
    }

    [Fact]
    public void Every_bad_cell_of_a_row_gives_exactly_one_problem_for_its_item()
    {
        const int items = 10;
        FormLayout layout = new("Q", items, ResponseScale.ZeroToFour);
        Gen<(string Text, bool Bad)> cell = Gen.Frequency(
            (5, Gen.Choose(0, 4).Select(v => (v.ToString(CultureInfo.InvariantCulture), false))),
            (1, Gen.Elements("", "NA").Select(t => (t, false))),
            (2, Gen.Elements("x", "5", "-1", "2.5", "?", "1 2").Select(t => (t, true))));
        Prop.ForAll(cell.ArrayOf(items).ToArbitrary(), row =>
        {
            FormReader reader = FormReader.Bind(layout, [.. Enumerable.Range(1, items).Select(i => $"item{i}")]);
            var problems = new List<FormProblem>();
            int count = reader.ReadAnswers([.. row.Select(c => c.Text)], new Answer[items], problems);
            int[] bad = [.. Enumerable.Range(1, items).Where(i => row[i - 1].Bad)];
            return count == bad.Length && problems.Select(p => p.ItemNumber!.Value).SequenceEqual(bad)
                && problems.All(p => p.Value == row[p.ItemNumber!.Value - 1].Text);
        }).Check(Config);
    }
}
