using System.Collections.Immutable;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// Turns scored survey forms (P3CEQ, ASCOF 1A, ASCOF 1D, or any <see cref="SurveyScale"/>) into one value per unit for an
/// integration index, through the cohort rules (<see cref="Cohort.TeamMeans"/>, docs/cohorts.md): each person counts once, in the
/// team of their first form, with the score of their latest form that has one; a form without a usable score (an incomplete ASCOF
/// form, a P3CEQ subscale with a don't know) is left out, never counted as 0. Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// The unit's value is the mean (ASCOF: the council score is the mean of respondents' scores; LG Inform Plus's "respondents
/// divided by the sum" is inverted; specs/integration-experience-utility.md, sections 5 and 6), with SE = SD / sqrt(n) (composite
/// sheet). A survey with one form per respondent and no dates gives every form the same date: each respondent is then one person.
/// National ASCOF 1D results are weighted by population / usable responses per question within each council (LG Inform); this
/// unweighted mean of local forms is not that figure.
/// </remarks>
public static class SurveyComponents
{
    /// <summary>Each unit's mean of one score per person, for one survey measure.</summary>
    /// <param name="forms">
    /// The forms: person, date, <see cref="Administration.Team"/> (the unit) and the measure's score (<see cref="SurveyScale.ValueOf"/>,
    /// or the score column of <c>score p3ceq|ascof-1a|ascof-1d</c>), <see langword="null"/> when not computable.
    /// </param>
    /// <param name="measure">The measure the scores are of (for its range and labels).</param>
    /// <param name="period">The period whose forms count, or <see langword="null"/> for all.</param>
    /// <returns>One value per unit any form in the period names, in order of first appearance (a unit without scores has no mean).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A form has no person or no team, or a score that is not finite or lies outside the measure's range (the message names the form).
    /// </exception>
    public static ImmutableArray<SurveyComponent> TeamMeans(IEnumerable<Administration> forms, SurveyScale measure, DatePeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(measure);
        Administration[] checkedForms = Cohort.Checked(forms, needTeam: true);
        for (int i = 0; i < checkedForms.Length; i++)
        {
            if (checkedForms[i].Score is { } score && measure.Problem(score, i, checkedForms[i].Person) is { } problem)
            {
                throw new ArgumentException(problem, nameof(forms));
            }
        }

        return [.. Cohort.TeamMeans(checkedForms, period).Select(team => new SurveyComponent(measure, team))];
    }

    /// <summary>Each unit's value of several measures, as integration index component values, one per unit and measure.</summary>
    /// <param name="sources">For each component code, the measure and its forms.</param>
    /// <param name="period">The period whose forms count, or <see langword="null"/> for all.</param>
    /// <returns>The component values, component by component in the order given, units in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A component code is blank or given twice, or a form is bad (as <see cref="TeamMeans"/>).</exception>
    public static ImmutableArray<IntegrationIndex.ComponentValue> ComponentValues(
        IEnumerable<(string Component, SurveyScale Measure, IEnumerable<Administration> Forms)> sources, DatePeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = ImmutableArray.CreateBuilder<IntegrationIndex.ComponentValue>();
        foreach ((string component, SurveyScale measure, IEnumerable<Administration> forms) in sources)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(component, nameof(sources));
            if (!seen.Add(component))
            {
                throw new ArgumentException($"Component '{component}' is given twice.", nameof(sources));
            }

            values.AddRange(TeamMeans(forms, measure, period).Select(unit => unit.ToComponentValue(component)));
        }

        return values.ToImmutable();
    }
}
