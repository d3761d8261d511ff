using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;

namespace OutcomeScoring.Tests.Cohorts;

/// <summary>FsCheck properties of the cohort rules: one value per person whatever their forms, and no dependence on row order when dates differ.</summary>
public class CohortProperties
{
    private static readonly Config Config = SuiteEffort.Properties(500);

    private static readonly string[] PeopleNames = ["p1", "p2", "p3", "p4", "p5", "p6"];
    private static readonly string[] TeamNames = ["north", "south", "east"];

    /// <summary>Forms of a few people in a few teams: any number per person, any order, dates that may repeat, scores or none.</summary>
    private static readonly Gen<Administration[]> Forms =
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(
            Gen.Elements(PeopleNames).SelectMany(person => Gen.Elements(TeamNames).SelectMany(team => Gen.Choose(1, 60).SelectMany(day =>
                Gen.Frequency((1, Gen.Constant((double?)null)), (3, Gen.Choose(0, 40).Select(s => (double?)(s / 4.0))))
                    .Select(score => new Administration(person, null, new DateOnly(2025, 1, 1).AddDays(day), score) { Team = team })))), n));

    /// <summary>The same forms with every date different (day = position), so order alone is decided by date.</summary>
    private static readonly Gen<Administration[]> DistinctDates =
        Forms.Select(forms => forms.Select((f, i) => f with { Date = new DateOnly(2025, 1, 1).AddDays(i * 3) }).ToArray());

    [Fact]
    public void A_person_contributes_exactly_one_value_to_one_team_mean_whatever_their_forms()
    {
        Prop.ForAll(Forms.ToArbitrary(), forms =>
        {
            var means = Cohort.TeamMeans(forms);
            string[] counted = [.. means.SelectMany(m => m.People).Select(p => p.Person)];
            string[] withScore = [.. forms.Where(f => f.Score is not null).Select(f => f.Person).Distinct()];
            string[] withValue = [.. means.SelectMany(m => m.People).Where(p => p.HasScore).Select(p => p.Person)];
            return counted.Length == forms.Select(f => f.Person).Distinct().Count()
                && counted.Distinct().Count() == counted.Length
                && withValue.Order().SequenceEqual(withScore.Order())
                && means.Sum(m => m.Count) == withScore.Length
                && means.All(m => m.Positions.Length == m.Count && m.Positions.All(i => forms[i].Score == m.Values[m.Positions.IndexOf(i)]));
        }).Check(Config);
    }

    [Fact]
    public void Each_value_is_the_persons_latest_score_and_each_person_is_in_the_team_of_their_first_form()
    {
        Prop.ForAll(Forms.ToArbitrary(), forms =>
        {
            TeamAssignment teams = Cohort.Teams(forms);
            return Cohort.TeamMeans(forms).All(m => m.People.All(p =>
            {
                var own = forms.Select((f, i) => (f, i)).Where(x => x.f.Person == p.Person).ToList();
                var scored = own.Where(x => x.f.Score is not null).ToList();
                DateOnly firstDate = own.Min(x => x.f.Date);
                string firstTeam = own.First(x => x.f.Date == firstDate).f.Team!;
                bool latestOk = scored.Count == 0
                    ? p.Position is null
                    : p.Position == scored.Where(x => x.f.Date == scored.Max(y => y.f.Date)).Max(x => x.i);
                return latestOk && m.Team == firstTeam && teams.TeamOf(p.Person) == firstTeam;
            }));
        }).Check(Config);
    }

    [Fact]
    public void Shuffling_the_rows_changes_nothing_when_dates_differ()
    {
        Gen<(Administration[] Forms, int[] Order)> cases = DistinctDates.SelectMany(forms =>
            Gen.Shuffle(Enumerable.Range(0, forms.Length).ToArray()).Select(order => (forms, order)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Administration[] shuffled = [.. c.Order.Select(i => c.Forms[i])];
            var before = Cohort.TeamMeans(c.Forms).ToDictionary(m => m.Team, m => (m.Mean, m.Count, People: m.People.Select(p => (p.Person, p.Score)).OrderBy(p => p.Person).ToArray()));
            var after = Cohort.TeamMeans(shuffled).ToDictionary(m => m.Team, m => (m.Mean, m.Count, People: m.People.Select(p => (p.Person, p.Score)).OrderBy(p => p.Person).ToArray()));
            var pairsBefore = Episodes.Pair(c.Forms).OrderBy(e => e.Person).Select(e => (e.Person, e.Baseline, e.FollowUp, e.Status));
            var pairsAfter = Episodes.Pair(shuffled).OrderBy(e => e.Person).Select(e => (e.Person, e.Baseline, e.FollowUp, e.Status));
            return before.Count == after.Count
                && before.All(b => after.TryGetValue(b.Key, out var a) && a.Count == b.Value.Count && a.People.SequenceEqual(b.Value.People)
                    && (a.Mean is null ? b.Value.Mean is null : b.Value.Mean is { } m && Math.Abs(m - a.Mean.Value) < 1e-9))
                && pairsBefore.SequenceEqual(pairsAfter);
        }).Check(Config);
    }

    [Fact]
    public void First_and_last_computable_are_the_ends_of_the_computable_forms_in_cohort_order()
    {
        Prop.ForAll(Forms.ToArbitrary(), forms =>
        {
            var people = Cohort.ByPerson(forms).ToDictionary(p => p.Person);
            return Episodes.Pair(forms).All(e =>
            {
                PersonForms p = people[e.Person];
                bool ordered = p.Positions.Zip(p.Positions.Skip(1)).All(x => forms[x.First].Date < forms[x.Second].Date || (forms[x.First].Date == forms[x.Second].Date && x.First < x.Second));
                return ordered && e.BaselinePosition == p.FirstComputable
                    && e.FollowUpPosition == (p.ComputablePositions.Length > 1 ? p.LastComputable : null)
                    && e.Administrations == p.Positions.Length && e.ComputableScores == p.ComputablePositions.Length;
            });
        }).Check(Config);
    }
}
