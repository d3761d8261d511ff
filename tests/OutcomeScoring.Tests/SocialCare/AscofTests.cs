using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.SocialCare;

namespace OutcomeScoring.Tests.SocialCare;

/// <summary>
/// ASCOF 1A and 1D against specs/integration-experience-utility.md, sections 5 and 6: answers read as the position of the option
/// ticked, scored by position (1A 3/2/1/0, 1D 2/1/0), summed from complete forms only.
/// </summary>
public sealed class AscofTests
{
    private static readonly Config Config = SuiteEffort.Properties(500);

    private static double? Total(Instrument instrument, params int[] positions) =>
        instrument.Score([.. positions.Select(Answer.Of)]).Primary.ClinicalScore;

    // The sheet's checks (computed): all first options 24, all last 0, options 1,1,2,2,3,3,4,4 give 12.
    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1 }, 24)]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4, 4 }, 0)]
    [InlineData(new[] { 1, 1, 2, 2, 3, 3, 4, 4 }, 12)]
    public void Ascof_1a_sheet_checks(int[] positions, double total) => Assert.Equal(total, Total(Ascof1A.Instrument, positions));

    // The sheet's checks (computed): all first 12, all last 0, 1,1,2,2,3,3 (3 = last) give 6.
    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1 }, 12)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3 }, 0)]
    [InlineData(new[] { 1, 1, 2, 2, 3, 3 }, 6)]
    public void Ascof_1d_sheet_checks(int[] positions, double total) => Assert.Equal(total, Total(Ascof1D.Instrument, positions));

    [Fact]
    public void Each_position_scores_as_the_sheet_says()
    {
        // 1A: first option 3, second 2, third 1, last 0; 1D: first 2, second 1, last 0 (LG Inform Plus metrics 1091 and 10671).
        Assert.All(Ascof1A.Instrument.Items, item => Assert.Equal([3, 2, 1, 0], item.Points));
        Assert.All(Ascof1D.Instrument.Items, item => Assert.Equal([2, 1, 0], item.Points));
        Assert.Equal((1, 4, 8), (Ascof1A.Instrument.Scale.Minimum, Ascof1A.Instrument.Scale.Maximum, Ascof1A.Instrument.Items.Length));
        Assert.Equal((1, 3, 6), (Ascof1D.Instrument.Scale.Minimum, Ascof1D.Instrument.Scale.Maximum, Ascof1D.Instrument.Items.Length));
        Assert.Equal(ScoreDirection.HigherIsBetter, Ascof1A.Instrument.Direction);
        Assert.Equal(ScoreDirection.HigherIsBetter, Ascof1D.Instrument.Direction);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Ascof_1a_any_item_blank_leaves_the_respondent_out(int blank)
    {
        Answer[] answers = [.. Enumerable.Range(1, 8).Select(i => i == blank ? Answer.NotAnswered : Answer.Of(1))];
        Score score = Ascof1A.Instrument.Score(answers).Primary;
        Assert.False(score.IsComputable);
        Assert.Equal(NotComputableReason.TooManyItemsMissing, score.NotComputableReason);
        Assert.Equal("Social care-related quality of life not computable: 1 of its 8 items missing; at most 0 may be missing.", score.Explanation);
    }

    [Fact]
    public void Ascof_1d_any_item_blank_leaves_the_respondent_out()
    {
        for (int blank = 0; blank < 6; blank++)
        {
            Answer[] answers = [.. Enumerable.Repeat(Answer.Of(2), 6)];
            answers[blank] = Answer.NotAnswered;
            Assert.Null(Ascof1D.Instrument.Score(answers).Primary.ClinicalScore);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_ascof_1a_position_off_the_form_is_refused(int position)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Total(Ascof1A.Instrument, position, 1, 1, 1, 1, 1, 1, 1));
        Assert.Contains($"item 1: answer {position} is outside the response scale 1-4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ascof_1d_fourth_option_is_refused_and_the_wrong_count_too()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Total(Ascof1D.Instrument, 1, 1, 1, 4, 1, 1));
        Assert.Throws<ArgumentException>(() => Total(Ascof1D.Instrument, 1, 1, 1, 1, 1, 1, 1, 1));
        Assert.False(Ascof1D.Instrument.Items.Any(i => i.AllowsNotApplicable));
    }

    [Fact]
    public void The_maxima_are_24_and_12_not_14()
    {
        Assert.Equal(Ascof1A.Maximum, Ascof1A.Instrument.Score([.. Enumerable.Repeat(Answer.Of(2), 8)]).Primary.MaximumPossible);
        Assert.Equal(Ascof1D.Maximum, Ascof1D.Instrument.Score([.. Enumerable.Repeat(Answer.Of(2), 6)]).Primary.MaximumPossible);
        Assert.Equal((24, 12), (Ascof1A.Maximum, Ascof1D.Maximum));
    }

    [Fact]
    public void The_national_1d_benchmarks_are_the_sheets()
    {
        Assert.Equal(
            [("2012-13", 8.1), ("2014-15", 7.9), ("2016-17", 7.7), ("2018-19", 7.5)],
            Ascof1D.NationalBenchmarks.Select(b => (b.Period, b.Mean)));
        Assert.All(Ascof1D.NationalBenchmarks, b => Assert.Contains("QualityWatch", b.Source, StringComparison.Ordinal));
        Assert.Contains(Ascof1D.ComparabilityBreak, Ascof1D.NationalBenchmarks.Select(b => b.Period));
    }

    [Fact]
    public void No_public_code_was_found_so_none_is_given()
    {
        Assert.Empty(Ascof1A.Total.Codes);
        Assert.Empty(Ascof1D.Total.Codes);
        Assert.All(Ascof1A.Instrument.Items.Concat(Ascof1D.Instrument.Items), i => Assert.Empty(i.Codes));
    }

    private static Gen<Answer[]> Forms(int items, int options) =>
        Gen.Choose(0, 30).SelectMany(blankPercent =>
            Gen.Frequency((blankPercent, Gen.Constant(Answer.NotAnswered)), (100 - blankPercent, Gen.Choose(1, options).Select(Answer.Of))).ArrayOf(items));

    [Theory]
    [InlineData("ascof-1a", 8, 4)]
    [InlineData("ascof-1d", 6, 3)]
    public void The_total_is_the_sum_of_options_below_the_last_and_only_for_complete_forms(string id, int items, int options)
    {
        Instrument instrument = Instruments.Get(id);
        Prop.ForAll(Forms(items, options).ToArbitrary(), answers =>
        {
            double? total = instrument.Score(answers).Primary.ClinicalScore;
            return answers.All(a => a.IsAnswered)
                ? total == answers.Sum(a => options - a.Value!.Value) && total >= 0 && total <= items * (options - 1)
                : total is null;
        }).Check(Config);
    }

    [Theory]
    [InlineData("ascof-1a", 8, 4)]
    [InlineData("ascof-1d", 6, 3)]
    public void Byte_batch_scoring_equals_one_by_one(string id, int items, int options)
    {
        Instrument instrument = Instruments.Get(id);
        var codes = new AnswerCodes(0);
        Prop.ForAll(Forms(items, options).ArrayOf().ToArbitrary(), sets =>
        {
            byte[] bytes = [.. sets.SelectMany(s => s.Select(a => (byte)(a.Value ?? 0)))];
            var outcomes = new ScoringOutcome[sets.Length];
            instrument.ScoreBatch(bytes, codes, outcomes);
            return sets.Select((s, i) => instrument.Score(s).ToArray().SequenceEqual(outcomes[i].Result.ToArray())).All(ok => ok);
        }).Check(SuiteEffort.Properties(200));
    }
}
