using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// The cohort rules every command, the report and the scripts use to turn forms (one <see cref="Administration"/> per form) into
/// people: the order of a person's forms, a person's latest form with a score in a period, a person's team, and a team's mean of one
/// value per person. The first and last computable score per person and episode is <see cref="Episodes.Pair"/>, built on
/// <see cref="ByEpisode"/>. Pure: no I/O, no clock; the same input gives the same result. Rules and their sources: docs/cohorts.md.
/// </summary>
/// <remarks>
/// <para>
/// Order (every rule): a person's forms are taken by date; forms of the same date keep their order in the input, so the earlier row
/// is first and the later row is last (latest). This is the order specs/change.md's first-and-last rule needs; for same-date forms no
/// source says, and keeping the input order is the project's documented choice (a later row is taken to be entered later).
/// </para>
/// <para>
/// Team: a person seen in several teams is counted once, in the team of their first form (the project's documented choice, as the
/// report has always done: a person's outcomes belong to the team where their care started; docs/cohorts.md).
/// </para>
/// </remarks>
public static class Cohort
{
    /// <summary>Each person's forms in cohort order, ignoring episodes; people in order of first appearance.</summary>
    /// <param name="administrations">The forms.</param>
    /// <returns>One entry per person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="administrations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form has no person, or a score that is not a finite number (the message names it).</exception>
    public static ImmutableArray<PersonForms> ByPerson(IEnumerable<Administration> administrations) =>
        Group(Checked(administrations, needTeam: false), byEpisode: false, period: null);

    /// <summary>
    /// Each person's forms per episode in cohort order; episodes in order of first appearance. A <see langword="null"/> episode is one
    /// episode of its own (a person without episodes has one).
    /// </summary>
    /// <param name="administrations">The forms.</param>
    /// <returns>One entry per person and episode.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="administrations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form has no person, or a score that is not a finite number (the message names it).</exception>
    public static ImmutableArray<PersonForms> ByEpisode(IEnumerable<Administration> administrations) =>
        Group(Checked(administrations, needTeam: false), byEpisode: true, period: null);

    /// <summary>
    /// Each person's latest form with a computable score among their forms in the period (all forms without one): the last in cohort
    /// order, so of two forms on the latest date the later row. Every person with a form in the period is returned, in order of first
    /// appearance, with no score when none of those forms has one. Episodes are ignored: this is one value per person.
    /// </summary>
    /// <param name="administrations">The forms.</param>
    /// <param name="period">The period whose forms count, or <see langword="null"/> for all.</param>
    /// <returns>One entry per person with a form in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="administrations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form has no person, or a score that is not a finite number (the message names it).</exception>
    public static ImmutableArray<LatestForm> Latest(IEnumerable<Administration> administrations, DatePeriod? period = null)
    {
        Administration[] forms = Checked(administrations, needTeam: false);
        return [.. Group(forms, byEpisode: false, period).Select(p => LatestOf(forms, p))];
    }

    /// <summary>
    /// Each person's team: the team of their first form in cohort order (of two forms on the first date, the earlier row's). Every team
    /// any form names is listed, in order of first appearance.
    /// </summary>
    /// <param name="administrations">The forms, each with its <see cref="Administration.Team"/>.</param>
    /// <param name="period">The period whose forms count, or <see langword="null"/> for all.</param>
    /// <returns>The assignment of people to teams.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="administrations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form has no person or no team, or a score that is not a finite number (the message names it).</exception>
    public static TeamAssignment Teams(IEnumerable<Administration> administrations, DatePeriod? period = null) =>
        Assign(Checked(administrations, needTeam: true), period);

    /// <summary>
    /// Each team's mean of one value per person over the forms in the period: each person is counted in their team
    /// (<see cref="Teams"/>) and gives the score of their latest form with a score (<see cref="Latest"/>). Every team any form in the
    /// period names is returned, in order of first appearance, also one with no person or no score (its mean is then
    /// <see langword="null"/>).
    /// </summary>
    /// <param name="administrations">The forms, each with its <see cref="Administration.Team"/>.</param>
    /// <param name="period">The period whose forms count, or <see langword="null"/> for all; the team rule too sees only these forms.</param>
    /// <returns>One mean per team.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="administrations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A form has no person or no team, or a score that is not a finite number (the message names it).</exception>
    public static ImmutableArray<TeamMean> TeamMeans(IEnumerable<Administration> administrations, DatePeriod? period = null)
    {
        Administration[] forms = Checked(administrations, needTeam: true);
        TeamAssignment teams = Assign(forms, period);
        Dictionary<string, LatestForm> latest = Group(forms, byEpisode: false, period).ToDictionary(p => p.Person, p => LatestOf(forms, p), StringComparer.Ordinal);
        return [.. teams.Teams.Select(t => new TeamMean(t, [.. teams.PeopleIn(t).Select(p => latest[p])]))];
    }

    private static LatestForm LatestOf(Administration[] forms, PersonForms person) => person.LastComputable is int at
        ? new LatestForm(person.Person, at, forms[at].Date, forms[at].Score, person.Positions.Length)
        : new LatestForm(person.Person, null, null, null, person.Positions.Length);

    private static TeamAssignment Assign(Administration[] forms, DatePeriod? period)
    {
        ImmutableArray<PersonForms> people = Group(forms, byEpisode: false, period);
        var teamOf = people.ToImmutableDictionary(p => p.Person, p => forms[p.First].Team!, StringComparer.Ordinal);
        string[] teams = [.. Enumerable.Range(0, forms.Length).Where(i => period is not { } d || d.Contains(forms[i].Date)).Select(i => forms[i].Team!).Distinct(StringComparer.Ordinal)];
        string[] several = [.. people.Where(p => p.Positions.Select(i => forms[i].Team).Distinct(StringComparer.Ordinal).Skip(1).Any()).Select(p => p.Person)];
        return new TeamAssignment([.. teams], [.. people.Select(p => p.Person)], teamOf, [.. several]);
    }

    /// <summary>Groups forms per person (and episode), each group in cohort order (date, then input position); groups in order of first appearance.</summary>
    private static ImmutableArray<PersonForms> Group(Administration[] forms, bool byEpisode, DatePeriod? period)
    {
        var groups = new Dictionary<(string Person, string? Episode), List<int>>();
        var order = new List<(string Person, string? Episode)>();
        for (int i = 0; i < forms.Length; i++)
        {
            if (period is { } p && !p.Contains(forms[i].Date))
            {
                continue;
            }

            (string, string?) key = (forms[i].Person, byEpisode ? forms[i].Episode : null);
            if (!groups.TryGetValue(key, out List<int>? list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(i);
        }

        return [.. order.Select(key =>
        {
            ImmutableArray<int> positions = [.. groups[key].OrderBy(i => forms[i].Date).ThenBy(i => i)];
            return new PersonForms(key.Person, key.Episode, positions, [.. positions.Where(i => forms[i].Score is not null)]);
        })];
    }

    /// <summary>The forms as an array, each checked: a person, a finite score or none, and (for the team rules) a team.</summary>
    internal static Administration[] Checked(IEnumerable<Administration> administrations, bool needTeam)
    {
        ArgumentNullException.ThrowIfNull(administrations);
        Administration[] forms = [.. administrations];
        for (int i = 0; i < forms.Length; i++)
        {
            Administration a = forms[i];
            if (string.IsNullOrWhiteSpace(a.Person))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Administration {i} has no person identifier."), nameof(administrations));
            }

            if (a.Score is { } s && !double.IsFinite(s))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Administration {i} ({a.Person}, {a.Date:yyyy-MM-dd}) has the score {s}, which is not a finite number."), nameof(administrations));
            }

            if (needTeam && string.IsNullOrWhiteSpace(a.Team))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Administration {i} ({a.Person}, {a.Date:yyyy-MM-dd}) has no team; the team rules need every form's team."), nameof(administrations));
            }
        }

        return forms;
    }
}
