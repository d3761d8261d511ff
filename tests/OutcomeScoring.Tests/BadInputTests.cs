using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests;

/// <summary>Each kind of bad input gives its specific, clear error; missing answers never do.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(0)]
    public void Wrong_number_of_answers(int count)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Core10.Instrument.Score(new Answer[count]));
        Assert.IsNotType<ArgumentOutOfRangeException>(ex);
        Assert.Equal("answers", ex.ParamName);
        Assert.Contains($"CORE-10 has 10 items but {count} answers were given", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 5)]
    [InlineData(7, -1)]
    [InlineData(10, 7)]
    [InlineData(1, int.MaxValue)]
    public void Answer_outside_the_scale_names_item_value_and_range(int item, int value)
    {
        Answer[] answers = SpecFacts.Uniform(10, 1);
        answers[item - 1] = value;
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Core10.Instrument.Score(answers));
        Assert.Equal(value, ex.ActualValue);
        Assert.Contains($"CORE-10 item {item}: answer {value} is outside the response scale 0-4.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryScore_reports_the_same_error_without_throwing()
    {
        Answer[] answers = SpecFacts.Uniform(34, 1);
        answers[20] = 9;
        Assert.False(CoreOm.Instrument.TryScore(answers, out _, out ScoringError error));
        Assert.Equal(ScoringErrorKind.AnswerOutOfRange, error.Kind);
        Assert.Equal(21, error.ItemNumber);
        Assert.Equal(9, error.Value);
        Assert.Equal("CORE-OM item 21: answer 9 is outside the response scale 0-4.", error.Message);
    }

    [Fact]
    public void Unknown_instrument_lists_the_known_ones()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Instruments.Get("core-5"));
        Assert.Contains("Unknown instrument 'core-5'. Known instruments: core-om, core-10, yp-core, dialog, gp-core, core-sf-a, core-sf-b, core-6d, pam-13, phq-9, gad-7, reqol-10, gbo, swemwbs, k10, wsas, wemwbs, reqol-20, honos, eq-5d-5l, eq-5d-3l, icecap-o, honos-65, p3ceq, ascof-1a, ascof-1d.", ex.Message, StringComparison.Ordinal);
        Assert.False(Instruments.TryGet("core-5", out _));
        Assert.Same(Core10.Instrument, Instruments.Get("CORE-10"));
    }

    [Fact]
    public void Unknown_score_id_lists_the_scores()
    {
        InstrumentResult result = Core10.Instrument.Score(SpecFacts.Uniform(10, 1));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => result["wellbeing"]);
        Assert.Contains("CORE-10 has no score 'wellbeing'. Its scores are: total.", ex.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException position = Assert.Throws<ArgumentOutOfRangeException>(() => result[1]);
        Assert.StartsWith("CORE-10 has one score; the position must be between 0 and 0.", position.Message, StringComparison.Ordinal);
        Assert.Equal("index", position.ParamName);
    }

    [Fact]
    public void Unknown_cutoff_reference_lists_the_references()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => YpCore.Instrument.Interpretation.GetCutoffReference("nope"));
        Assert.Contains("Known references: blackshaw, twigg2016, dibiase2021, blackshaw-2020-app", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_answers_never_throw()
    {
        foreach (Instrument instrument in Instruments.All)
        {
            InstrumentResult result = instrument.Score(SpecFacts.Blank(instrument.Items.Length));
            Assert.Equal(0, result.ItemsAnswered);
            Assert.All(result.ToArray(), s => Assert.NotNull(s.Explanation));
        }
    }

    [Fact]
    public void Default_values_say_they_are_not_results()
    {
        Assert.Equal(
            "default(InstrumentResult) is not the result of any instrument.",
            Assert.Throws<InvalidOperationException>(() => default(InstrumentResult).Instrument).Message);
        Assert.Equal(
            "default(Score) is not a score of any instrument.",
            Assert.Throws<InvalidOperationException>(() => default(Score).Definition).Message);
        Assert.False(default(Score).IsComputable);
        Assert.Equal(
            "default(ScoringOutcome) is not the outcome of any batch.",
            Assert.Throws<InvalidOperationException>(() => default(ScoringOutcome).Error).Message);
    }

    [Fact]
    public void A_null_score_definition_and_a_missing_cut_off_table_are_named()
    {
        InstrumentResult result = Core10.Instrument.Score(SpecFacts.Uniform(10, 2));
        Assert.Equal("score", Assert.Throws<ArgumentNullException>(() => result[(ScoreDefinition)null!]).ParamName);

        // WSAS publishes no clinical cut-off table.
        InstrumentResult wsas = Instruments.Get("wsas").Score(SpecFacts.Uniform(5, 2));
        Assert.Equal(
            "WSAS has no published cut-off table; pass one to CompareWithCutoff.",
            Assert.Throws<InvalidOperationException>(() => wsas.CompareWithCutoff()).Message);
    }

    [Fact]
    public void Flat_batch_with_the_wrong_number_of_answers()
    {
        var outcomes = new ScoringOutcome[2];
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Core10.Instrument.ScoreBatch(new Answer[19], outcomes));
        Assert.Contains("2 response sets need 20 answers; 19 were given", ex.Message, StringComparison.Ordinal);
    }
}

/// <summary>"Not applicable" is kept apart from "not answered" in the data and scored the same way.</summary>
public class NotApplicableTests
{
    [Fact]
    public void Not_applicable_is_distinct_from_not_answered_but_both_are_left_out_of_the_mean()
    {
        Assert.NotEqual(Answer.NotAnswered, Answer.NotApplicable);
        Assert.False(Answer.NotApplicable.IsAnswered);
        Assert.True(Answer.NotApplicable.IsNotApplicable);
        Assert.Null(Answer.NotApplicable.Value);
        Assert.Equal("not applicable", Answer.NotApplicable.ToString());

        Answer[] withNa = SpecFacts.Uniform(10, 2);
        withNa[0] = Answer.NotApplicable;
        Answer[] withBlank = SpecFacts.Uniform(10, 2);
        withBlank[0] = Answer.NotAnswered;
        Assert.Equal(
            OutcomeScoring.CoreFamily.Core10.Instrument.Score(withBlank).Primary,
            OutcomeScoring.CoreFamily.Core10.Instrument.Score(withNa).Primary);
        Assert.Equal(9, OutcomeScoring.CoreFamily.Core10.Instrument.Score(withNa).Primary.ItemsAnswered);
    }
}
