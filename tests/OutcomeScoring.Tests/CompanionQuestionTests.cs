using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests;

/// <summary>
/// Companion questions (yes/no answers asked after items) and the stage that counts them: DIALOG's "more help wanted?"
/// and unmet needs (specs/dialog.md), and a made-up instrument that uses the same definition parts.
/// </summary>
public class CompanionQuestionTests
{
    private static readonly Config Config = SuiteEffort.Properties(500);

    private const string MadeUpJson = """
        {
          "id": "made-up",
          "name": "Made-up",
          "source": "a made-up instrument for tests",
          "scale": { "minimum": 0, "maximum": 3 },
          "items": [
            { "number": 1, "topic": "one" },
            { "number": 2, "topic": "two" },
            { "number": 3, "topic": "three" }
          ],
          "companionQuestions": [
            { "id": "worry", "name": "is this a worry", "items": [2, 3], "source": "made up" },
            { "id": "talk", "name": "want to talk about it", "items": [1, 2, 3], "source": "made up" }
          ],
          "scores": [
            { "id": "total", "name": "Total", "items": [1, 2, 3], "maximumMissing": 1, "source": "made up" }
          ],
          "resultColumns": [
            { "name": "mean", "value": "mean", "score": "total" },
            { "name": "worries", "value": "stage", "stage": "worries", "output": "count" }
          ],
          "stages": [
            { "id": "worries", "kind": "companion-count", "name": "Worries", "question": "worry", "items": [2, 3], "source": "made up" },
            { "id": "talks", "kind": "companion-count", "name": "Talks", "question": "talk", "items": [3, 1], "source": "made up" }
          ]
        }
        """;

    private static Instrument MadeUp => Instrument.FromJson(MadeUpJson);

    private static InstrumentDefinitionException Refused(string json) => Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));

    [Fact]
    public void A_count_stage_counts_yes_answers_of_its_question_after_its_items()
    {
        Instrument instrument = MadeUp;
        Assert.Equal(5, instrument.CompanionAnswerCount);

        // worry after 2, 3; then talk after 1, 2, 3.
        InstrumentResult result = instrument.Score([Answer.Of(1), Answer.Of(2), Answer.Of(3)], [true, null, false, true, true]);
        StageResult worries = result.Stage("worries"), talks = result.Stage("talks");
        Assert.Equal(1, worries["count"]);
        Assert.Equal(1, worries["answered"]);
        Assert.Equal([2], worries.MarkedItems);
        Assert.Equal(1, talks["count"]);
        Assert.Equal(2, talks["answered"]);
        Assert.Equal([3], talks.MarkedItems);
        Assert.Equal(2, result["total"].Mean);
    }

    [Fact]
    public void Without_companion_answers_the_count_is_not_asked_and_the_scores_are_unchanged()
    {
        Instrument instrument = MadeUp;
        Answer[] answers = [Answer.Of(1), Answer.NotAnswered, Answer.Of(3)];
        InstrumentResult without = instrument.Score(answers), allBlank = instrument.Score(answers, new bool?[5]);
        foreach (InstrumentResult result in (InstrumentResult[])[without, allBlank])
        {
            StageResult worries = result.Stage("worries");
            Assert.Equal(StageNotComputableReason.NotAsked, worries.Reason);
            Assert.Null(worries["count"]);
            Assert.Equal(0, worries["answered"]);
            Assert.Equal("Worries: none of its two questions was answered.", worries.Explanation);
            Assert.Equal(2, result["total"].Mean);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void A_wrong_number_of_companion_answers_is_an_error_naming_both_counts(int count)
    {
        Instrument instrument = MadeUp;
        Answer[] answers = [Answer.Of(1), Answer.Of(2), Answer.Of(3)];
        Assert.False(instrument.TryScore(answers, new bool?[count], out _, out ScoringError error));
        Assert.Equal(ScoringErrorKind.WrongCompanionAnswerCount, error.Kind);
        Assert.Equal(
            $"Made-up has 5 companion answers (one per item each companion question follows) but {count} were given; give them all, using null for one not answered, or none.",
            error.Message);
        Assert.Throws<ArgumentException>(() => instrument.Score(answers, new bool?[count]));
    }

    [Fact]
    public void Companion_questions_and_count_stages_round_trip_through_JSON()
    {
        Instrument instrument = MadeUp;
        Instrument copy = Instrument.FromJson(instrument.ToJson());
        Assert.Equal(instrument.CompanionQuestions, copy.CompanionQuestions);
        Assert.Equal(instrument.Stages, copy.Stages);
        Assert.Equal(instrument.ToJson(), copy.ToJson());
        Assert.Contains("\"kind\": \"companion-count\"", instrument.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_companion_questions_is_reported_at_once_with_its_JSON_path()
    {
        string json = MadeUpJson
            .Replace("""{ "id": "talk", "name": "want to talk about it", "items": [1, 2, 3], "source": "made up" }""", """{ "id": "ITEM", "name": "x", "items": [3, 2, 4], "source": "made up" }, { "id": "worry", "name": "again", "items": [1], "source": "x" }""", StringComparison.Ordinal)
            .Replace("""{ "id": "talks", "kind": "companion-count", "name": "Talks", "question": "talk", "items": [3, 1], "source": "made up" }""", """{ "id": "talks", "kind": "companion-count", "name": "Talks", "question": "talk", "items": [3, 1], "source": "made up" }, { "id": "more", "kind": "companion-count", "name": "More", "question": "worry", "items": [1], "source": "made up" }""", StringComparison.Ordinal);
        InstrumentDefinitionException e = Refused(json);
        string[] problems = [.. e.Problems.Select(p => p.ToString())];
        Assert.Contains("$.companionQuestions[1].id: Instrument 'made-up': companion question 'ITEM' names its columns ('ITEM1', ...), so its id must be letters, digits, '-' or '_' and not 'item'.", problems);
        Assert.Contains("$.companionQuestions[1].items[1]: Instrument 'made-up': companion question 'ITEM' lists item 2 out of order or twice; list its items once each, in ascending order.", problems);
        Assert.Contains("$.companionQuestions[1].items[2]: Instrument 'made-up': companion question 'ITEM' follows item 4, but the instrument has items 1 to 3.", problems);
        Assert.Contains("$.companionQuestions[2].id: Instrument 'made-up': companion question 'worry' is defined more than once (ids are case-insensitive, as they name columns).", problems);
        Assert.Contains("$.stages[1].question: Instrument 'made-up': stage 'talks' counts the companion question 'talk', which the instrument does not define; it has worry, ITEM, worry.", problems);
        Assert.Contains("$.stages[2].items[0]: Instrument 'made-up': stage 'more' counts the 'worry' answer after item 1, but that question is not asked after item 1.", problems);
    }

    [Fact]
    public void A_companion_question_without_a_name_or_items_is_refused_with_the_field_s_path()
    {
        InstrumentDefinitionException e = Refused(MadeUpJson.Replace("""{ "id": "worry", "name": "is this a worry", "items": [2, 3], "source": "made up" }""", """{ "id": "worry", "name": " ", "items": [], "source": "made up", "wording": "no" }""", StringComparison.Ordinal));
        string[] paths = [.. e.Problems.Select(p => p.Path)];
        Assert.Contains("$.companionQuestions[0].name", paths);
        Assert.Contains("$.companionQuestions[0].wording", paths);
        var direct = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "x", "X", "made up", new ResponseScale(0, 3), MadeUp.Items, MadeUp.Scores,
            companionQuestions: [new CompanionQuestion("help", " ", [], " ")]));
        Assert.Equal(
            ["$.companionQuestions[0].name", "$.companionQuestions[0].source", "$.companionQuestions[0].items"],
            direct.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_count_stage_without_its_question_or_items_is_refused_by_the_constructor_too()
    {
        Instrument instrument = MadeUp;
        var stray = new CompanionCountStage("stray", "Stray", "nothing", [], "made up");
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            instrument.Id, instrument.Name, instrument.Source, instrument.Scale, instrument.Items, instrument.Scores, stages: [stray]));
        Assert.Contains(e.Problems, p => p.Message == "Instrument 'made-up': stage 'stray' counts no items.");
        Assert.Contains(e.Problems, p => p.Message == "Instrument 'made-up': stage 'stray' counts the companion question 'nothing', which the instrument does not define.");
    }

    [Fact]
    public void Companion_answers_need_result_room_like_the_items_a_stage_reads()
    {
        // Twelve scores leave no lane for stages.
        Instrument instrument = MadeUp;
        ScoreDefinition[] scores = [.. Enumerable.Range(1, 12).Select(i => instrument.Scores[0] with { Id = $"s{i}" })];
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            instrument.Id, instrument.Name, instrument.Source, instrument.Scale, instrument.Items, scores, resultColumns: [new ResultColumn("m", ResultValue.Mean, "s1")],
            stages: instrument.Stages, companionQuestions: instrument.CompanionQuestions));
        Assert.Contains(e.Problems, p => p.Message == "Instrument 'made-up': its stages read 0 different items and 4 companion answers; with twelve scores a result holds at most 0.");
    }

    // DIALOG through the engine against the rule as DIALOG stated it before the engine counted help answers.

    private static Gen<Answer> Rating => Gen.Frequency(
        (2, Gen.Constant(Answer.NotAnswered)),
        (1, Gen.Constant(Answer.NotApplicable)),
        (12, Gen.Choose(1, 7).Select(Answer.Of)));

    private static Gen<bool?> Help(int blankWeight) => Gen.Frequency(
        (blankWeight, Gen.Constant<bool?>(null)),
        (3, Gen.Constant<bool?>(true)),
        (3, Gen.Constant<bool?>(false)));

    private static Gen<(Answer[] Ratings, bool?[] Help)> Forms =>
        from ratings in Rating.ArrayOf(11)
        from blankWeight in Gen.Elements(0, 1, 20)
        from help in Help(blankWeight).ArrayOf(11)
        select (ratings, help);

    [Fact]
    public void DIALOG_through_the_engine_equals_the_published_rules_for_random_forms() =>
        Prop.ForAll(Forms.ToArbitrary(), form =>
        {
            DialogResult result = Dialog.Score(DialogResponse.FromPositional(form.Ratings, helpWanted: form.Help));

            // ELFT: SQOL = mean of items 1-8, TS = mean of 9-11; the project's minimums 7 of 8 and 2 of 3.
            int[] sqol = [.. form.Ratings.Take(8).Where(a => a.IsAnswered).Select(a => a.Value!.Value)];
            int[] ts = [.. form.Ratings.Skip(8).Where(a => a.IsAnswered).Select(a => a.Value!.Value)];
            Assert.Equal(sqol.Length >= 7 ? sqol.Average() : null, result.QualityOfLife.Mean);
            Assert.Equal(ts.Length >= 2 ? ts.Average() : null, result.TreatmentSatisfaction.Mean);

            // Unmet needs = count of items with "yes"; unknown when no help question was answered.
            int answered = form.Help.Count(h => h is not null), yes = form.Help.Count(h => h == true);
            Assert.Equal(answered == 0 ? null : yes, result.UnmetNeeds);
            Assert.Equal(answered, result.HelpQuestionsAnswered);

            // The lowest rating among the life domains and the domains that have it.
            int? lowest = sqol.Length == 0 ? null : sqol.Min();
            Assert.Equal(lowest, result.LowestRating);
            Assert.Equal(
                [.. Enumerable.Range(0, 8).Where(i => form.Ratings[i].Value == lowest && lowest is not null).Select(i => (DialogDomain)(i + 1))],
                result.LowestRatedDomains);
            Assert.Equal(form.Ratings.Count(a => a.IsNotApplicable), result.ItemsNotApplicable);
        }).Check(Config);

    private static string Cell(Answer answer, DialogCoding coding, int variant) => answer switch
    {
        { IsNotApplicable: true } => variant % 2 == 0 ? "NA" : "n/a",
        { Value: { } v } => (coding == DialogCoding.ZeroToSix ? v - 1 : v).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => variant % 3 == 0 ? " " : "",
    };

    private static string HelpCell(bool? help, int variant) => help switch
    {
        true => variant % 2 == 0 ? "yes" : "Y",
        false => variant % 2 == 0 ? "no" : "N",
        null => "",
    };

    [Fact]
    public void Reading_a_DIALOG_row_by_the_layout_equals_the_positional_reading_in_every_order_and_coding() =>
        Prop.ForAll(
            (from form in Forms
             from order in Gen.Elements(DialogItemOrder.Mhsds, DialogItemOrder.DialogPlusApp)
             from coding in Gen.Elements(DialogCoding.OneToSeven, DialogCoding.ZeroToSix)
             from variant in Gen.Choose(0, 5)
             from withHelp in Gen.Elements(true, false)
             select (form, order, coding, variant, withHelp)).ToArbitrary(),
            c =>
            {
                // The file holds position p's rating in item{p} and its help answer in help{p}, columns shuffled by the variant.
                string[] header = [.. Enumerable.Range(1, 11).Select(p => $"item{p}"), .. c.withHelp ? Enumerable.Range(1, 11).Select(p => $"HELP{p:00}") : [], "id"];
                string[] cells = [.. c.form.Ratings.Select((a, i) => Cell(a, c.coding, c.variant + i)), .. c.withHelp ? c.form.Help.Select((h, i) => HelpCell(h, c.variant + i)) : [], "x"];
                int[] shuffle = [.. Enumerable.Range(0, header.Length).OrderBy(i => (i * (c.variant + 7)) % header.Length).ThenBy(i => i)];
                FormReader reader = FormReader.Bind(Dialog.Layout(c.order, c.coding), [.. shuffle.Select(i => header[i])]);
                var answers = new Answer[11];
                var help = new bool?[11];
                var problems = new List<FormProblem>();
                Assert.Equal(0, reader.ReadAnswers([.. shuffle.Select(i => cells[i])], answers, help, problems));

                Answer[] written = [.. c.form.Ratings.Select(a => a.Value is { } v && c.coding == DialogCoding.ZeroToSix ? Answer.Of(v - 1) : a)];
                DialogResponse positional = DialogResponse.FromPositional(written, c.order, c.coding, c.withHelp ? c.form.Help : []);
                Assert.Equal(positional.Ratings, answers);
                Assert.Equal(positional.HelpWanted, help);
                Assert.Equal(Dialog.Score(positional).ToString(), Dialog.Score(DialogResponse.Create(
                    Enumerable.Range(1, 11).ToDictionary(i => (DialogDomain)i, i => answers[i - 1]),
                    Enumerable.Range(1, 11).Where(i => help[i - 1] is not null).ToDictionary(i => (DialogDomain)i, i => help[i - 1]!.Value))).ToString());
            }).Check(Config);

    [Fact]
    public void DIALOG_declares_its_help_question_and_unmet_needs_as_definition_data()
    {
        CompanionQuestion help = Assert.Single(Dialog.Instrument.CompanionQuestions);
        Assert.Equal(Dialog.HelpQuestion, help.Id);
        Assert.Equal(Enumerable.Range(1, 11), help.Items);
        var unmet = Assert.IsType<CompanionCountStage>(Dialog.Instrument.Stages.Single(s => s.Id == Dialog.UnmetNeedsStage));
        Assert.Equal(Dialog.HelpQuestion, unmet.Question);
        Assert.Equal("unmet_needs", Dialog.Instrument.ResultColumns[^1].Name);
    }
}
