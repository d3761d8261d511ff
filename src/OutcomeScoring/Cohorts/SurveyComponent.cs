using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.IntegrationIndex;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// One unit's value of a survey measure (<see cref="SurveyComponents.TeamMeans"/>): the mean of one score per person, with its
/// standard error, the people counted and those without a usable score, and the share of the theoretical range.
/// </summary>
/// <remarks>Built only by <see cref="SurveyComponents"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SurveyComponent
{
    internal SurveyComponent(SurveyScale measure, TeamMean team)
    {
        Measure = measure;
        Unit = team.Team;
        Values = team.Values;
        People = team.People.Length;
        Mean = team.Mean;
        StandardError = Values.Length < 2 ? null : MathNet.Numerics.Statistics.Statistics.StandardDeviation(Values) / Math.Sqrt(Values.Length);
        ShareOfRange = Mean is { } m ? (m - measure.Minimum) / (measure.Maximum - measure.Minimum) : null;
    }

    /// <summary>Gets the unit (team, council, practice).</summary>
    public string Unit { get; }

    /// <summary>Gets the measure.</summary>
    public SurveyScale Measure { get; }

    /// <summary>Gets the values the mean is of: one per person with a score (their latest form with one), in order of first appearance.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets how many people give a value (n).</summary>
    public int Count => Values.Length;

    /// <summary>Gets how many people the unit has, with or without a score.</summary>
    public int People { get; }

    /// <summary>Gets how many of the unit's people have no usable score (an incomplete form, don't know answers): excluded, never counted as 0.</summary>
    public int WithoutScore => People - Count;

    /// <summary>
    /// Gets the mean score (ASCOF's council score: the mean of respondents' scores, not LG Inform's inverted wording), or
    /// <see langword="null"/> when nobody in the unit has a score.
    /// </summary>
    public double? Mean { get; }

    /// <summary>Gets the standard error of the mean, SD / sqrt(n) with the SD over n - 1; <see langword="null"/> with fewer than two values.</summary>
    public double? StandardError { get; }

    /// <summary>Gets the mean's position in the theoretical range, (mean - minimum) / (maximum - minimum), 0-1 (goalposts); <see langword="null"/> without a mean.</summary>
    public double? ShareOfRange { get; }

    /// <summary>
    /// The value as an integration index component on the measure's own scale (normalise it with the goalposts
    /// <see cref="SurveyScale.Minimum"/> and <see cref="SurveyScale.Maximum"/>), with SE and n; missing, with the reason, when
    /// nobody has a score.
    /// </summary>
    /// <param name="component">The component's code in the index specification.</param>
    /// <returns>The component value.</returns>
    /// <exception cref="ArgumentException"><paramref name="component"/> is blank.</exception>
    public ComponentValue ToComponentValue(string component)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        return Mean is { } mean
            ? new ComponentValue(Unit, component, mean, StandardError, Count)
            : new ComponentValue(Unit, component, null, null, 0)
            {
                MissingReason = People == 0 ? $"no {Measure.Instrument.Name} forms" : $"no usable {Measure.Instrument.Name} score ({Display.Whole(People)} {(People == 1 ? "person" : "people")}, none with a complete score)",
            };
    }

    /// <summary>Describes the value.</summary>
    /// <returns>For example "north: ASCOF 1D mean 7.5 of 40 people (3 without a score)".</returns>
    public override string ToString() =>
        $"{Unit}: {Measure.Instrument.Name} {Measure.Score.Id} {(Mean is { } m ? "mean " + Display.Number(m) : "no mean")} of {Display.Whole(Count)} {(Count == 1 ? "person" : "people")} ({Display.Whole(WithoutScore)} without a score)";
}
