using OutcomeScoring.Forms;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>HoNOS (working age) against specs/mental-health-proms.md, sections 1 and 10 (examples derived from CamCOPS honos.py).</summary>
public sealed class HonosTests
{
    private static readonly int[] Example = [2, 0, 1, 0, 1, 0, 3, 2, 2, 1, 0, 1];

    [Fact]
    public void The_worked_example_gives_total_13_and_subscales_3_1_5_4()
    {
        InstrumentResult result = Honos.Instrument.Score([.. Example.Select(Answer.Of)]);
        Assert.Equal(
            [13.0, 3, 1, 5, 4],
            new[] { Honos.Total, Honos.Behaviour, Honos.Impairment, Honos.Symptoms, Honos.Social }.Select(s => result[s].ClinicalScore!.Value));
    }

    [Fact]
    public void Scale_1_not_known_gives_total_11_from_11_scales_and_behaviour_1_from_2()
    {
        Answer[] answers = [Answer.NotApplicable, .. Example.Skip(1).Select(Answer.Of)];
        InstrumentResult result = Honos.Instrument.Score(answers);
        Assert.Equal((11.0, 11, 1), (result[Honos.Total].ClinicalScore!.Value, result[Honos.Total].ItemsAnswered, result[Honos.Total].ItemsNotApplicable));
        Assert.Equal((1.0, 2), (result[Honos.Behaviour].ClinicalScore!.Value, result[Honos.Behaviour].ItemsAnswered));
        Assert.Equal(5, result[Honos.Symptoms].ClinicalScore);
    }

    [Fact]
    public void All_4_is_48()
    {
        InstrumentResult result = Honos.Instrument.Score(Enumerable.Repeat(Answer.Of(4), 12).ToArray());
        Assert.Equal(48, result.Primary.ClinicalScore);
        Assert.Equal([12.0, 8, 12, 16], new[] { Honos.Behaviour, Honos.Impairment, Honos.Symptoms, Honos.Social }.Select(s => result[s].ClinicalScore!.Value));
    }

    [Fact]
    public void A_subscale_with_every_scale_not_known_has_no_score_and_says_why()
    {
        Answer[] answers = [.. Example.Select(Answer.Of)];
        answers[3] = Answer.NotApplicable;
        answers[4] = Answer.NotApplicable;
        InstrumentResult result = Honos.Instrument.Score(answers);
        Assert.Equal(NotComputableReason.NoItemApplicable, result[Honos.Impairment].NotComputableReason);
        Assert.Equal("Impairment not computable: none of its 2 items applies (2 not applicable).", result[Honos.Impairment].Explanation);
        Assert.Equal(12, result.Primary.ClinicalScore);
    }

    [Fact]
    public void A_blank_scale_is_missing_not_unknown_and_leaves_no_score()
    {
        Answer[] answers = [.. Example.Select(Answer.Of)];
        answers[11] = Answer.NotAnswered;
        InstrumentResult result = Honos.Instrument.Score(answers);
        Assert.Null(result.Primary.ClinicalScore);
        Assert.Null(result[Honos.Social].ClinicalScore);
        Assert.Equal(3, result[Honos.Behaviour].ClinicalScore);
    }

    [Fact]
    public void A_9_in_a_file_reads_as_not_known_and_a_byte_9_scores_the_same_way()
    {
        FormLayout layout = FormLayout.For(Honos.Instrument);
        Assert.True(layout.TryReadAnswer(1, "9", out Answer nine, out _));
        Assert.True(nine.IsNotApplicable);
        Assert.False(layout.TryReadAnswer(1, "5", out _, out _));

        byte[] bytes = [9, .. Example.Skip(1).Select(v => (byte)v)];
        var outcome = new ScoringOutcome[1];
        Honos.Instrument.ScoreBatch(bytes, new AnswerCodes(255, Honos.NotKnown), outcome);
        Assert.Equal(11, outcome[0].Result.Primary.ClinicalScore);
        Assert.Equal(1, outcome[0].Result.Primary.ItemsNotApplicable);
    }

    [Fact]
    public void An_answer_of_9_given_as_a_number_in_code_is_off_the_scale()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Honos.Instrument.Score([9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Contains("item 1: answer 9 is outside the response scale 0-4.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_scale_carries_its_mhsds_working_age_concept()
    {
        string[] expected =
        [
            "979641000000103", "979651000000100", "979661000000102", "979671000000109", "979681000000106", "979691000000108",
            "979701000000108", "979711000000105", "979721000000104", "979731000000102", "979741000000106", "979751000000109",
        ];
        Assert.Equal(expected, Honos.Instrument.Items.Select(i => Assert.Single(i.Codes).Code));
        Assert.All(Honos.Instrument.Scores, s => Assert.Empty(s.Codes));
    }
}
