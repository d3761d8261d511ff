using OutcomeScoring.Internal;
using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.DialogScale;

namespace OutcomeScoring.Tests.DialogScale;

/// <summary>The facts of specs/dialog.md, as examples and properties.</summary>
public class DialogTests
{
    private static Answer[] Ratings(params int[] values) => [.. values.Select(Answer.Of)];

    [Fact]
    public void Items_in_MHSDS_order_with_subscales_and_SNOMED_CT_ids_from_the_sheet()
    {
        (DialogDomain Domain, DialogSubscale Subscale, string Snomed)[] sheet =
        [
            (DialogDomain.MentalHealth, DialogSubscale.QualityOfLife, "1037651000000100"),
            (DialogDomain.PhysicalHealth, DialogSubscale.QualityOfLife, "1037661000000102"),
            (DialogDomain.JobSituation, DialogSubscale.QualityOfLife, "1037671000000109"),
            (DialogDomain.Accommodation, DialogSubscale.QualityOfLife, "1037681000000106"),
            (DialogDomain.LeisureActivities, DialogSubscale.QualityOfLife, "1037691000000108"),
            (DialogDomain.Friendships, DialogSubscale.QualityOfLife, "1037701000000108"),
            (DialogDomain.PartnerFamily, DialogSubscale.QualityOfLife, "1037711000000105"),
            (DialogDomain.PersonalSafety, DialogSubscale.QualityOfLife, "1037721000000104"),
            (DialogDomain.Medication, DialogSubscale.TreatmentSatisfaction, "1037731000000102"),
            (DialogDomain.PracticalHelp, DialogSubscale.TreatmentSatisfaction, "1037741000000106"),
            (DialogDomain.Consultations, DialogSubscale.TreatmentSatisfaction, "1037751000000109"),
        ];
        Assert.Equal(sheet, Dialog.Items.Select(i => (i.Domain, i.Subscale, i.SnomedCtConceptId)));
        Assert.Equal(Enumerable.Range(1, 11), Dialog.Items.Select(i => i.MhsdsPosition));
    }

    [Fact]
    public void Every_SNOMED_CT_id_passes_the_Verhoeff_check_and_a_changed_digit_fails_it()
    {
        Assert.All(Dialog.Items, i => Assert.True(Verhoeff.IsValid(i.SnomedCtConceptId), i.SnomedCtConceptId));
        Assert.False(Verhoeff.IsValid("1037651000000101"));
        Assert.False(Verhoeff.IsValid("1037561000000100"));
        Assert.True(Verhoeff.IsValid("2363")); // the textbook example: 236 with check digit 3
    }

    [Fact]
    public void SQOL_is_the_mean_of_items_1_to_8_and_TS_of_9_to_11_on_1_to_7_higher_is_better()
    {
        DialogResult result = Dialog.Score(DialogResponse.FromPositional(Ratings(1, 2, 3, 4, 5, 6, 7, 4, 7, 6, 2)));
        Assert.Equal(32 / 8.0, result.QualityOfLife.Mean);
        Assert.Equal(15 / 3.0, result.TreatmentSatisfaction.Mean);
        Assert.Equal(result.QualityOfLife.Mean, result.QualityOfLife.ClinicalScore);
        Assert.Equal(ScoreDirection.HigherIsBetter, Dialog.Instrument.Direction);
        Assert.Equal(8, result.QualityOfLife.ItemsAnswered);
    }

    [Fact]
    public void Default_minimums_are_7_of_8_and_2_of_3()
    {
        Answer[] ratings = Ratings(4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5);
        ratings[2] = Answer.NotAnswered;
        ratings[9] = Answer.NotApplicable;
        DialogResult oneMissingEach = Dialog.Score(DialogResponse.FromPositional(ratings));
        Assert.True(oneMissingEach.QualityOfLife.IsProrated);
        Assert.True(oneMissingEach.TreatmentSatisfaction.IsProrated);
        Assert.Equal(1, oneMissingEach.ItemsNotApplicable);

        ratings[3] = Answer.NotApplicable;
        ratings[8] = Answer.NotAnswered;
        DialogResult twoMissingEach = Dialog.Score(DialogResponse.FromPositional(ratings));
        Assert.False(twoMissingEach.QualityOfLife.IsComputable);
        Assert.False(twoMissingEach.TreatmentSatisfaction.IsComputable);
        Assert.Equal(6, twoMissingEach.QualityOfLife.ItemsAnswered);
    }

    [Fact]
    public void Minimums_are_configurable()
    {
        Answer[] ratings = Ratings(4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5);
        ratings[0] = Answer.NotAnswered;
        Assert.False(Dialog.Score(DialogResponse.FromPositional(ratings), Dialog.WithMinimumAnswered(8, 3)).QualityOfLife.IsComputable);
        ratings[1] = Answer.NotAnswered;
        Assert.True(Dialog.Score(DialogResponse.FromPositional(ratings), Dialog.WithMinimumAnswered(6, 1)).QualityOfLife.IsComputable);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dialog.WithMinimumAnswered(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dialog.WithMinimumAnswered(7, 4));
    }

    [Fact]
    public void Positions_6_and_7_follow_the_order_the_caller_names()
    {
        Answer[] positional = Ratings(4, 4, 4, 4, 4, 2, 6, 4, 4, 4, 4);
        DialogResponse mhsds = DialogResponse.FromPositional(positional);
        DialogResponse app = DialogResponse.FromPositional(positional, DialogItemOrder.DialogPlusApp);
        Assert.Equal(2, mhsds.RatingOf(DialogDomain.Friendships).Value);
        Assert.Equal(6, mhsds.RatingOf(DialogDomain.PartnerFamily).Value);
        Assert.Equal(6, app.RatingOf(DialogDomain.Friendships).Value);
        Assert.Equal(2, app.RatingOf(DialogDomain.PartnerFamily).Value);
        Assert.Equal(7, Dialog.PositionOf(DialogDomain.Friendships, DialogItemOrder.DialogPlusApp));
        Assert.Equal(DialogDomain.PartnerFamily, Dialog.DomainAt(6, DialogItemOrder.DialogPlusApp));
        Assert.Equal(DialogDomain.Friendships, Dialog.DomainAt(6, DialogItemOrder.Mhsds));
    }

    [Fact]
    public void Zero_to_six_coding_is_read_only_when_the_caller_says_so()
    {
        DialogResponse shifted = DialogResponse.FromPositional(Ratings(0, 1, 2, 3, 4, 5, 6, 3, 3, 3, 3), coding: DialogCoding.ZeroToSix);
        Assert.Equal(1, shifted.RatingOf(DialogDomain.MentalHealth).Value);
        Assert.Equal(7, shifted.RatingOf(DialogDomain.PartnerFamily).Value);

        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            DialogResponse.FromPositional(Ratings(0, 1, 2, 3, 4, 5, 6, 3, 3, 3, 3)));
        Assert.Contains("DIALOG item mental-health at position 1: 0 is not a rating; ratings are 1-7.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DialogResponse.FromPositional(Ratings(7, 1, 2, 3, 4, 5, 6, 3, 3, 3, 3), coding: DialogCoding.ZeroToSix));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void Only_1_to_7_is_a_rating(int bad)
    {
        Answer[] ratings = Ratings(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        ratings[8] = bad;
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => DialogResponse.FromPositional(ratings));
        Assert.Equal(bad, ex.ActualValue);
        Assert.Contains($"DIALOG item medication at position 9: {bad} is not a rating", ex.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DialogResponse.Create(new Dictionary<DialogDomain, Answer> { [DialogDomain.Accommodation] = bad }));
    }

    [Fact]
    public void Wrong_number_of_ratings_or_help_answers()
    {
        Assert.Contains("DIALOG has 11 items but 10 ratings were given", Assert.Throws<ArgumentException>(() => DialogResponse.FromPositional(new Answer[10])).Message, StringComparison.Ordinal);
        Assert.Contains("5 help answers were given", Assert.Throws<ArgumentException>(() => DialogResponse.FromPositional(new Answer[11], helpWanted: new bool?[5])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unmet_needs_count_help_wanted_and_are_unknown_when_never_asked()
    {
        Answer[] ratings = Ratings(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        bool?[] help = [true, false, null, true, false, false, false, false, true, null, null];
        DialogResult asked = Dialog.Score(DialogResponse.FromPositional(ratings, helpWanted: help));
        Assert.Equal(3, asked.UnmetNeeds);
        Assert.Equal(8, asked.HelpQuestionsAnswered);
        Assert.Null(Dialog.Score(DialogResponse.FromPositional(ratings)).UnmetNeeds);
    }

    [Fact]
    public void Lowest_rated_life_domains_are_all_those_sharing_the_lowest_rating()
    {
        DialogResult result = Dialog.Score(DialogResponse.FromPositional(Ratings(5, 2, 6, 2, 7, 3, 4, 5, 1, 1, 1)));
        Assert.Equal(2, result.LowestRating);
        Assert.Equal([DialogDomain.PhysicalHealth, DialogDomain.Accommodation], result.LowestRatedDomains);

        DialogResult none = Dialog.Score(DialogResponse.FromPositional(new Answer[11]));
        Assert.Null(none.LowestRating);
        Assert.Empty(none.LowestRatedDomains);
    }

    [Fact]
    public void Per_item_change_follows_the_NHS_England_rule_and_excludes_treatment_items_from_outcome()
    {
        DialogResponse before = DialogResponse.FromPositional(Ratings(3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        Answer[] laterRatings = Ratings(4, 3, 4, 6, 2, 4, 4, 4, 6, 4, 4);
        laterRatings[7] = Answer.NotApplicable;
        DialogResponse after = DialogResponse.FromPositional(laterRatings);

        var changes = Dialog.CompareItems(before, after);

        Assert.Equal(ReliableChangeCategory.ReliableImprovement, changes[0].Category);   // +1 is reliable (>= 1)
        Assert.Equal(ReliableChangeCategory.ReliableDeterioration, changes[1].Category); // -1
        Assert.Equal(ReliableChangeCategory.NoReliableChange, changes[2].Category);
        Assert.Equal(2, changes[3].Change);
        Assert.Null(changes[7].Category);                                                 // not rated at follow-up
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, changes[8].Category);
        Assert.False(changes[8].CountsTowardOutcome);
        Assert.True(changes[0].CountsTowardOutcome);

        var stricter = Dialog.CompareItems(before, after, threshold: 2);
        Assert.Equal(ReliableChangeCategory.NoReliableChange, stricter[0].Category);
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, stricter[3].Category);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dialog.CompareItems(before, after, 0));
    }

    [Fact]
    public void A_non_DIALOG_instrument_is_refused()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            Dialog.Score(DialogResponse.FromPositional(new Answer[11]), OutcomeScoring.CoreFamily.Core10.Instrument));
        Assert.Contains("CORE-10 is not a DIALOG definition", ex.Message, StringComparison.Ordinal);
    }

    private static Gen<Answer[]> Responses =>
        Gen.Frequency(
                (2, Gen.Constant(Answer.NotAnswered)),
                (1, Gen.Constant(Answer.NotApplicable)),
                (12, Gen.Choose(1, 7).Select(Answer.Of)))
            .ArrayOf(11);

    [Fact]
    public void Means_lie_in_1_to_7_and_ignore_not_applicable() =>
        Prop.ForAll(Responses.ToArbitrary(), ratings =>
        {
            DialogResult result = Dialog.Score(DialogResponse.FromPositional(ratings));
            int[] sqolRated = [.. ratings.Take(8).Where(a => a.IsAnswered).Select(a => a.Value!.Value)];
            double? expected = sqolRated.Length >= 7 ? sqolRated.Average() : null;
            return result.ToString() is not null
                && result.QualityOfLife.Mean == expected
                && result.Scores.ToArray().All(s => s.Mean is null || (s.Mean >= 1 && s.Mean <= 7));
        }).Check(SuiteEffort.Properties(100));

    [Fact]
    public void Reading_in_app_order_equals_reading_the_swapped_data_in_MHSDS_order() =>
        Prop.ForAll(Responses.ToArbitrary(), ratings =>
        {
            Answer[] swapped = [.. ratings];
            (swapped[5], swapped[6]) = (swapped[6], swapped[5]);
            return DialogResponse.FromPositional(ratings, DialogItemOrder.DialogPlusApp).Ratings
                .SequenceEqual(DialogResponse.FromPositional(swapped).Ratings);
        }).Check(SuiteEffort.Properties(100));
}

/// <summary>The Verhoeff check against well-known SNOMED CT ids and the textbook example.</summary>
public class VerhoeffTests
{
    [Theory]
    [InlineData("138875005")] // SNOMED CT Concept (root)
    [InlineData("404684003")] // Clinical finding
    [InlineData("73211009")]  // Diabetes mellitus
    [InlineData("22298006")]  // Myocardial infarction
    [InlineData("2363")]      // 236 with its check digit 3
    public void Known_valid_identifiers_pass(string id) => Assert.True(Verhoeff.IsValid(id));

    [Theory]
    [InlineData("138875004")]
    [InlineData("138857005")] // adjacent transposition
    [InlineData("")]
    [InlineData("12a4")]
    public void Altered_or_malformed_identifiers_fail(string id) => Assert.False(Verhoeff.IsValid(id));
}
