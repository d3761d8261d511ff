using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.Experience;
using OutcomeScoring.IntegrationIndex;
using OutcomeScoring.SocialCare;

namespace OutcomeScoring.Tests.Cohorts;

/// <summary>
/// Survey scores to index components per unit through the cohort rules (docs/cohorts.md): one value per person, the mean per
/// unit (ASCOF's council score is the mean, specs/integration-experience-utility.md sections 5 and 6), incomplete forms left out.
/// </summary>
public sealed class SurveyComponentsTests
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    private static Administration Form(string person, string team, double? score, int day = 0) =>
        new(person, null, Day.AddDays(day), score) { Team = team };

    [Fact]
    public void The_measures_have_the_theoretical_ranges_and_views()
    {
        Assert.Equal((0.0, 24.0, "patients"), (SurveyScale.P3ceqPersonCentredness.Minimum, SurveyScale.P3ceqPersonCentredness.Maximum, SurveyScale.P3ceqPersonCentredness.View));
        Assert.Equal((0.0, 15.0), (SurveyScale.P3ceqCoordination.Minimum, SurveyScale.P3ceqCoordination.Maximum));
        Assert.Equal((0.0, 24.0, "social care users"), (SurveyScale.Ascof1A.Minimum, SurveyScale.Ascof1A.Maximum, SurveyScale.Ascof1A.View));
        Assert.Equal((0.0, 12.0, "carers"), (SurveyScale.Ascof1D.Minimum, SurveyScale.Ascof1D.Maximum, SurveyScale.Ascof1D.View));
        SurveyScale withoutItem8 = SurveyScale.For(P3ceq.With(P3ceqMissingData.CompleteOnly, CoordinationItem8.LeftOut), "cc", "patients");
        Assert.Equal((0.0, 12.0), (withoutItem8.Minimum, withoutItem8.Maximum));
        Assert.Equal((0.0, 40.0), (SurveyScale.For(OutcomeScoring.CoreFamily.Core10.Instrument, "total", "patients").Minimum, SurveyScale.For(OutcomeScoring.CoreFamily.Core10.Instrument, "total", "patients").Maximum));
    }

    [Fact]
    public void A_units_value_is_the_mean_of_one_score_per_person_with_incomplete_forms_left_out()
    {
        Administration[] forms =
        [
            Form("a", "north", 24), Form("b", "north", 12), Form("c", "north", null),   // c: incomplete form
            Form("d", "south", 6), Form("d", "south", 18, day: 3),                     // d counts once: the latest form
            Form("e", "east", null),
        ];
        SurveyComponent[] units = [.. SurveyComponents.TeamMeans(forms, SurveyScale.Ascof1A)];
        Assert.Equal(["north", "south", "east"], units.Select(u => u.Unit));
        Assert.Equal((18.0, 2, 3, 1), (units[0].Mean!.Value, units[0].Count, units[0].People, units[0].WithoutScore));
        Assert.Equal(0.75, units[0].ShareOfRange);
        Assert.Equal(Math.Sqrt(72) / Math.Sqrt(2), units[0].StandardError!.Value, 12);   // SD of 24 and 12 is sqrt(72)
        Assert.Equal((18.0, 1), (units[1].Mean!.Value, units[1].Count));
        Assert.Null(units[1].StandardError);
        Assert.Null(units[2].Mean);
        Assert.Null(units[2].ShareOfRange);
    }

    [Fact]
    public void A_person_counts_in_the_team_of_their_first_form()
    {
        SurveyComponent[] units = [.. SurveyComponents.TeamMeans([Form("a", "north", 2), Form("a", "south", 10, day: 5), Form("b", "south", 4)], SurveyScale.Ascof1D)];
        Assert.Equal((10.0, 1), (units[0].Mean!.Value, units[0].Count));
        Assert.Equal((4.0, 1), (units[1].Mean!.Value, units[1].Count));
    }

    [Fact]
    public void The_period_limits_the_forms()
    {
        var period = new DatePeriod(Day.AddDays(1), Day.AddDays(10));
        SurveyComponent unit = Assert.Single(SurveyComponents.TeamMeans([Form("a", "north", 2), Form("b", "north", 8, day: 2)], SurveyScale.Ascof1D, period));
        Assert.Equal(8, unit.Mean);
    }

    [Fact]
    public void Scores_from_results_become_components()
    {
        InstrumentResult complete = Ascof1D.Instrument.Score([1, 1, 2, 2, 3, 3]);
        InstrumentResult incomplete = Ascof1D.Instrument.Score([1, 1, 2, 2, 3, Answer.NotAnswered]);
        Administration[] forms = [Form("a", "north", SurveyScale.Ascof1D.ValueOf(complete)), Form("b", "north", SurveyScale.Ascof1D.ValueOf(incomplete))];
        SurveyComponent unit = Assert.Single(SurveyComponents.TeamMeans(forms, SurveyScale.Ascof1D));
        Assert.Equal((6.0, 1, 1), (unit.Mean!.Value, unit.Count, unit.WithoutScore));
        Assert.Throws<ArgumentException>(() => SurveyScale.Ascof1A.ValueOf(complete));
    }

    [Fact]
    public void Component_values_carry_mean_se_and_n_or_say_why_they_are_missing()
    {
        Administration[] cc = [Form("a", "north", 15), Form("b", "north", 5), Form("c", "south", null)];
        Administration[] carers = [Form("x", "north", 9)];
        ComponentValue[] values = [.. SurveyComponents.ComponentValues([("coordination", SurveyScale.P3ceqCoordination, cc), ("carer_qol", SurveyScale.Ascof1D, carers)])];
        Assert.Equal(3, values.Length);
        Assert.Equal(("north", "coordination", 10.0, 2L), (values[0].Unit, values[0].Component, values[0].Value!.Value, values[0].Count!.Value));
        Assert.Equal(Math.Sqrt(50) / Math.Sqrt(2), values[0].StandardError!.Value, 12);
        Assert.Equal(("south", (double?)null), (values[1].Unit, values[1].Value));
        Assert.Equal("no usable P3CEQ score (1 person, none with a complete score)", values[1].MissingReason);
        Assert.Equal(("north", "carer_qol", 9.0), (values[2].Unit, values[2].Component, values[2].Value!.Value));
        Assert.Null(values[2].StandardError);
    }

    [Fact]
    public void A_score_outside_the_measures_range_is_refused_naming_the_form()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => SurveyComponents.TeamMeans([Form("a", "north", 3), Form("b", "north", 14)], SurveyScale.Ascof1D));
        Assert.Contains("Form 1 (b) has ASCOF 1D carer-reported quality of life Carer-reported quality of life 14, outside its range 0-12", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SurveyComponents.TeamMeans([Form("a", "north", -1)], SurveyScale.Ascof1A));
        Assert.Throws<ArgumentException>(() => SurveyComponents.TeamMeans([Form("a", "north", double.NaN)], SurveyScale.Ascof1A));
    }

    [Fact]
    public void Other_bad_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SurveyComponents.TeamMeans([new Administration("a", null, Day, 3)], SurveyScale.Ascof1D));
        Assert.Throws<ArgumentException>(() => SurveyComponents.TeamMeans([Form(" ", "north", 3)], SurveyScale.Ascof1D));
        Assert.Throws<ArgumentNullException>(() => SurveyComponents.TeamMeans(null!, SurveyScale.Ascof1D));
        Assert.Throws<ArgumentNullException>(() => SurveyComponents.TeamMeans([], null!));
        Assert.Throws<ArgumentException>(() => SurveyScale.For(Ascof1D.Instrument, "nope", "carers"));
        Assert.Throws<ArgumentException>(() => SurveyScale.For(Ascof1D.Instrument, "total", " "));
        ArgumentException twice = Assert.Throws<ArgumentException>(() => SurveyComponents.ComponentValues(
            [("c", SurveyScale.Ascof1D, [Form("a", "north", 3)]), ("c", SurveyScale.Ascof1A, [Form("a", "north", 3)])]));
        Assert.Contains("Component 'c' is given twice.", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SurveyComponents.ComponentValues([(" ", SurveyScale.Ascof1D, [Form("a", "north", 3)])]));
    }

    private static Gen<Administration[]> Forms =>
        (from person in Gen.Choose(1, 12)
         from team in Gen.Elements("north", "south", "east")
         from day in Gen.Choose(0, 30)
         from score in Gen.Frequency((1, Gen.Constant<double?>(null)), (4, Gen.Choose(0, 12).Select(s => (double?)s)))
         select Form($"p{person}", team, score, day)).ArrayOf();

    [Fact]
    public void A_units_value_never_changes_when_another_units_forms_change() =>
        Prop.ForAll(Forms.ToArbitrary(), Forms.ToArbitrary(), (forms, others) =>
        {
            // Other units' people are new people (renamed) so the team-of-first-form rule cannot move anyone into north.
            Administration[] north = [.. forms.Where(f => f.Team == "north")];
            Administration[] elsewhere = [.. others.Where(f => f.Team != "north").Select(f => f with { Person = "other-" + f.Person })];
            SurveyComponent? alone = SurveyComponents.TeamMeans(north, SurveyScale.Ascof1D).FirstOrDefault();
            SurveyComponent? mixed = SurveyComponents.TeamMeans([.. elsewhere, .. north], SurveyScale.Ascof1D).FirstOrDefault(u => u.Unit == "north");
            return alone?.Mean == mixed?.Mean && alone?.Count == mixed?.Count;
        }).Check(SuiteEffort.Properties(300));

    [Fact]
    public void Every_mean_lies_in_the_range_and_counts_add_up() =>
        Prop.ForAll(Forms.ToArbitrary(), forms =>
        {
            SurveyComponent[] units = [.. SurveyComponents.TeamMeans(forms, SurveyScale.Ascof1D)];
            return units.Sum(u => u.People) == forms.Select(f => f.Person).Distinct().Count()
                && units.All(u => u.Mean is not { } m || (m >= 0 && m <= 12 && u.ShareOfRange >= 0 && u.ShareOfRange <= 1));
        }).Check(SuiteEffort.Properties(300));
}
