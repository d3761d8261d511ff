using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;

namespace OutcomeScoring.Tests.Cohorts;

/// <summary>The cohort rules (docs/cohorts.md): order of a person's forms, first and last computable, latest in a period, team, team mean.</summary>
public class CohortTests
{
    private static DateOnly D(int day) => new(2026, 1, day);

    private static Administration F(string person, int day, double? score, string? team = null, string? episode = null) =>
        new(person, episode, D(day), score) { Team = team };

    [Fact]
    public void A_persons_forms_are_in_date_order_and_same_date_forms_in_input_order()
    {
        var people = Cohort.ByPerson([F("p", 20, 1), F("q", 1, 5), F("p", 5, null), F("p", 5, 2), F("p", 10, 3)]);
        Assert.Equal(["p", "q"], people.Select(p => p.Person));
        Assert.Equal([2, 3, 4, 0], people[0].Positions);
        Assert.Equal([3, 4, 0], people[0].ComputablePositions);
        Assert.Equal((2, 0, 3, 0), (people[0].First, people[0].Last, people[0].FirstComputable!.Value, people[0].LastComputable!.Value));
        Assert.Equal("p: 4 forms, 3 with a score", people[0].ToString());
    }

    [Fact]
    public void By_episode_keeps_each_episode_apart_and_by_person_joins_them()
    {
        Administration[] forms = [F("p", 1, 10, episode: "e1"), F("p", 2, 12, episode: "e2"), F("p", 3, 8, episode: "e1"), F("p", 4, 9)];
        var episodes = Cohort.ByEpisode(forms);
        Assert.Equal(["e1", "e2", null], episodes.Select(e => e.Episode));
        Assert.Equal([0, 2], episodes[0].Positions);
        Assert.Equal([0, 1, 2, 3], Assert.Single(Cohort.ByPerson(forms)).Positions);
        Assert.Null(Cohort.ByPerson(forms)[0].Episode);
    }

    [Fact]
    public void First_and_last_computable_per_episode_give_their_positions()
    {
        var pairs = Episodes.Pair([F("p", 9, 20, episode: "a"), F("p", 3, null, episode: "a"), F("p", 5, 25, episode: "a"), F("p", 1, 14, episode: "b"), F("q", 2, null)]);
        Assert.Equal(3, pairs.Length);
        Assert.Equal((2, 0), (pairs[0].BaselinePosition!.Value, pairs[0].FollowUpPosition!.Value));
        Assert.Equal((25.0, 20.0), (pairs[0].Baseline!.Value, pairs[0].FollowUp!.Value));
        Assert.Equal((EpisodeStatus.SingleScore, 3, (int?)null), (pairs[1].Status, pairs[1].BaselinePosition!.Value, pairs[1].FollowUpPosition));
        Assert.Equal((EpisodeStatus.NoScores, (int?)null, (int?)null), (pairs[2].Status, pairs[2].BaselinePosition, pairs[2].FollowUpPosition));
    }

    [Fact]
    public void The_latest_form_is_the_last_with_a_score_and_of_two_on_one_date_the_later_row()
    {
        var latest = Cohort.Latest([F("p", 3, 4), F("p", 7, 5), F("p", 7, 6), F("p", 9, null), F("q", 1, null)]);
        Assert.Equal(2, latest.Length);
        Assert.Equal((2, D(7), 6.0, 4), (latest[0].Position!.Value, latest[0].Date!.Value, latest[0].Score!.Value, latest[0].Forms));
        Assert.True(latest[0].HasScore);
        Assert.Equal("p: 6 on 2026-01-07 (latest of 4 forms)", latest[0].ToString());
        Assert.False(latest[1].HasScore);
        Assert.Equal((null, null, null, 1), (latest[1].Position, latest[1].Date, latest[1].Score, latest[1].Forms));
        Assert.Equal("q: no score in 1 form", latest[1].ToString());
    }

    [Fact]
    public void Forms_without_dates_given_one_date_are_taken_in_file_order()
    {
        var latest = Cohort.Latest([new("p", null, default, 1), new("p", null, default, 2), new("p", null, default, null)]);
        Assert.Equal(1, Assert.Single(latest).Position);
    }

    [Fact]
    public void A_period_keeps_only_its_forms_both_ends_included()
    {
        Administration[] forms = [F("p", 1, 1), F("p", 5, 2), F("p", 10, 3), F("p", 11, 4), F("q", 20, 9)];
        LatestForm latest = Assert.Single(Cohort.Latest(forms, new DatePeriod(D(5), D(10))));
        Assert.Equal((2, 3.0, 2), (latest.Position!.Value, latest.Score!.Value, latest.Forms));
        Assert.Empty(Cohort.Latest(forms, new DatePeriod(D(12), D(19))));
        Assert.Equal("2026-01-05 to 2026-01-10", new DatePeriod(D(5), D(10)).ToString());
        Assert.True(new DatePeriod(D(5), D(5)).Contains(D(5)));
    }

    [Fact]
    public void A_person_seen_in_several_teams_is_counted_in_the_team_of_their_first_form()
    {
        TeamAssignment teams = Cohort.Teams([F("p", 9, 1, "B"), F("q", 2, 1, "C"), F("p", 3, 1, "A"), F("p", 3, 1, "B")]);
        Assert.Equal("A", teams.TeamOf("p"));
        Assert.Equal(["B", "C", "A"], teams.Teams);
        Assert.Equal(["p", "q"], teams.People);
        Assert.Equal(["p"], teams.SeenInSeveralTeams);
        Assert.Empty(teams.PeopleIn("B"));
        Assert.Equal(["p"], teams.PeopleIn("A"));
        Assert.Equal("2 people in 3 teams (1 seen in several teams)", teams.ToString());
    }

    [Fact]
    public void Of_two_first_forms_on_one_date_the_earlier_row_gives_the_team()
    {
        Assert.Equal("B", Cohort.Teams([F("p", 4, null, "B"), F("p", 4, null, "A")]).TeamOf("p"));
        Assert.Equal("A", Cohort.Teams([F("p", 4, null, "A"), F("p", 4, null, "B")]).TeamOf("p"));
    }

    [Fact]
    public void A_team_mean_takes_one_value_per_person_their_latest_score()
    {
        var means = Cohort.TeamMeans(
        [
            F("p", 1, 2, "north"), F("p", 5, 4, "north"), F("p", 9, null, "north"),   // p gives 4 (latest with a score)
            F("q", 2, 6, "north"),                                                    // q gives 6
            F("r", 3, null, "south"),                                                  // r has no score
            F("s", 1, 3, "south"), F("s", 8, 5, "north"),                              // s is in south (first form) and gives 5
        ]);
        Assert.Equal(["north", "south"], means.Select(m => m.Team));
        Assert.Equal([4.0, 6.0], means[0].Values);
        Assert.Equal([1, 3], means[0].Positions);
        Assert.Equal(5.0, means[0].Mean);
        Assert.Equal(["r", "s"], means[1].People.Select(p => p.Person));
        Assert.Equal([5.0], means[1].Values);
        Assert.Equal(1, means[1].Count);
        Assert.Equal("north: mean 5 of 2 people (2 in the team)", means[0].ToString());
    }

    [Fact]
    public void A_team_without_a_score_or_without_people_has_no_mean_but_is_listed()
    {
        var means = Cohort.TeamMeans([F("p", 1, null, "A"), F("q", 1, 3, "B"), F("q", 2, 4, "C")]);
        Assert.Equal(["A", "B", "C"], means.Select(m => m.Team));
        Assert.Null(means[0].Mean);
        Assert.Single(means[0].People);
        Assert.Empty(means[2].People);
        Assert.Null(means[2].Mean);
        Assert.Equal("C: no mean of 0 people (0 in the team)", means[2].ToString());
    }

    [Fact]
    public void With_a_period_the_team_and_the_value_come_from_the_forms_in_it()
    {
        Administration[] forms = [F("p", 1, 1, "A"), F("p", 10, 7, "B"), F("p", 20, 3, "B")];
        TeamMean mean = Assert.Single(Cohort.TeamMeans(forms, new DatePeriod(D(5), D(15))));
        Assert.Equal(("B", 7.0), (mean.Team, mean.Mean!.Value));
        Assert.Equal("B", Cohort.Teams(forms, new DatePeriod(D(5), D(15))).TeamOf("p"));
    }

    [Fact]
    public void No_forms_give_no_people()
    {
        Assert.Empty(Cohort.ByPerson([]));
        Assert.Empty(Cohort.Latest([]));
        Assert.Empty(Cohort.TeamMeans([]));
        Assert.Empty(Cohort.Teams([]).Teams);
        Assert.Empty(Episodes.Pair([]));
    }

    [Fact]
    public void Bad_input_is_named()
    {
        Assert.Throws<ArgumentNullException>(() => Cohort.ByPerson(null!));
        Assert.Throws<ArgumentNullException>(() => Cohort.ByEpisode(null!));
        Assert.Throws<ArgumentNullException>(() => Cohort.Latest(null!));
        Assert.Throws<ArgumentNullException>(() => Cohort.Teams(null!));
        Assert.Throws<ArgumentNullException>(() => Cohort.TeamMeans(null!));
        Assert.Equal("Administration 1 has no person identifier. (Parameter 'administrations')",
            Assert.Throws<ArgumentException>(() => Cohort.ByPerson([F("p", 1, 1), F(" ", 1, 1)])).Message);
        Assert.StartsWith("Administration 0 (p, 2026-01-01) has the score Infinity, which is not a finite number.",
            Assert.Throws<ArgumentException>(() => Cohort.Latest([F("p", 1, double.PositiveInfinity)])).Message, StringComparison.Ordinal);
        Assert.StartsWith("Administration 1 (q, 2026-01-02) has no team; the team rules need every form's team.",
            Assert.Throws<ArgumentException>(() => Cohort.TeamMeans([F("p", 1, 1, "A"), F("q", 2, 1)])).Message, StringComparison.Ordinal);
        Assert.StartsWith("Administration 0 (p, 2026-01-01) has no team",
            Assert.Throws<ArgumentException>(() => Cohort.Teams([F("p", 1, 1, "")])).Message, StringComparison.Ordinal);
        Assert.StartsWith("'x' has no form in the input", Assert.Throws<ArgumentException>(() => Cohort.Teams([F("p", 1, 1, "A")]).TeamOf("x")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Cohort.Teams([F("p", 1, 1, "A")]).TeamOf(null!));
        Assert.Throws<ArgumentNullException>(() => Cohort.Teams([F("p", 1, 1, "A")]).PeopleIn(null!));
        Assert.StartsWith("The period ends (2026-01-01) before it starts (2026-01-02).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new DatePeriod(D(2), D(1))).Message, StringComparison.Ordinal);
    }
}
