using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>HoNOS 65+ against specs/mental-health-proms.md, sections 1 and 10: the HoNOS rule (9 excluded, 0-48) and its own MHSDS codes.</summary>
public sealed class Honos65Tests
{
    // The sheet's HoNOS examples; the sheet says HoNOS 65+ has the same 0-4/9 rule and 0-48 total.
    [Theory]
    [InlineData(new[] { 2, 0, 1, 0, 1, 0, 3, 2, 2, 1, 0, 1 }, 13.0, 12, 0)]
    [InlineData(new[] { 9, 0, 1, 0, 1, 0, 3, 2, 2, 1, 0, 1 }, 11.0, 11, 1)]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 }, 48.0, 12, 0)]
    public void The_total_is_the_sum_of_the_scales_rated_0_to_4(int[] ratings, double total, int rated, int notKnown)
    {
        InstrumentResult result = Honos65.Instrument.Score([.. ratings.Select(r => r == Honos.NotKnown ? Answer.NotApplicable : Answer.Of(r))]);
        Assert.Equal((total, rated, notKnown), (result[Honos65.Total].ClinicalScore!.Value, result[Honos65.Total].ItemsAnswered, result[Honos65.Total].ItemsNotApplicable));
    }

    [Fact]
    public void A_blank_scale_leaves_no_total_and_the_scores_match_working_age_HoNOS_totals()
    {
        Answer[] answers = [.. Enumerable.Repeat(Answer.Of(1), 12)];
        answers[5] = Answer.NotAnswered;
        Assert.Null(Honos65.Instrument.Score(answers)[Honos65.Total].ClinicalScore);
        Random random = new(65);
        for (int n = 0; n < 200; n++)
        {
            Answer[] ratings = [.. Enumerable.Range(0, 12).Select(_ => random.Next(6) is var r && r == 5 ? Answer.NotApplicable : Answer.Of(r))];
            Assert.Equal(Honos.Instrument.Score(ratings)[Honos.Total].ClinicalScore, Honos65.Instrument.Score(ratings)[Honos65.Total].ClinicalScore);
        }
    }

    [Fact]
    public void Each_scale_carries_its_MHSDS_code_from_the_sheet()
    {
        string[] sheet = ["980761000000107", "980771000000100", "980781000000103", "980791000000101", "980801000000102", "980811000000100", "980821000000106", "980831000000108", "980841000000104", "980851000000101", "980861000000103", "980871000000105"];
        Assert.Equal(sheet, Honos65.Instrument.Items.Select(i => Assert.Single(i.Codes).Code));
        Assert.All(sheet, code => Assert.True(OutcomeScoring.Internal.Verhoeff.IsValid(code), code));
        Assert.Equal(["total", "scales_rated", "not_known", "answered"], Honos65.Instrument.ResultColumns.Select(c => c.Name));
    }
}
