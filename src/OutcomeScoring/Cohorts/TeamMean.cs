using System.Collections.Immutable;
using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// A team's mean of one value per person (<see cref="Cohort.TeamMeans"/>): each person counted in the team (the team of their first
/// form) gives the score of their latest form with a computable score, so a person with many forms counts once.
/// </summary>
/// <remarks>Built only by <see cref="Cohort"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class TeamMean
{
    internal TeamMean(string team, ImmutableArray<LatestForm> people)
    {
        Team = team;
        People = people;
        Positions = [.. people.Select(p => p.Position).OfType<int>()];
        Values = [.. people.Select(p => p.Score).OfType<double>()];
        Mean = Values.IsEmpty ? null : MathNet.Numerics.Statistics.Statistics.Mean(Values);
    }

    /// <summary>Gets the team.</summary>
    public string Team { get; }

    /// <summary>Gets the people counted in the team, each with their latest form with a score (or none), in order of first appearance.</summary>
    public ImmutableArray<LatestForm> People { get; }

    /// <summary>Gets the positions (in the sequence given) of the forms whose scores are <see cref="Values"/>, one per person with a score.</summary>
    public ImmutableArray<int> Positions { get; }

    /// <summary>Gets the values the mean is of: one per person with a score, in the order of <see cref="People"/>.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets how many people give a value (n of the mean).</summary>
    public int Count => Values.Length;

    /// <summary>Gets the mean of <see cref="Values"/>, or <see langword="null"/> when no person in the team has a score.</summary>
    public double? Mean { get; }

    /// <summary>Describes the mean.</summary>
    /// <returns>For example "north: mean 4.25 of 12 people (14 in the team)".</returns>
    public override string ToString() =>
        $"{Team}: {(Mean is { } m ? "mean " + Display.Number(m) : "no mean")} of {Display.Whole(Count)} {(Count == 1 ? "person" : "people")} ({Display.Whole(People.Length)} in the team)";
}
