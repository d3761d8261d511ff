namespace OutcomeScoring.Change;

/// <summary>
/// One administration of a measure to a person (one form): when, in which episode of care and team, and the score (if
/// computable). The input of every cohort rule: <see cref="Episodes.Pair"/> and <see cref="Cohorts.Cohort"/> (docs/cohorts.md).
/// </summary>
/// <param name="Person">The person's identifier.</param>
/// <param name="Episode">The episode of care, or <see langword="null"/> when the person has one episode.</param>
/// <param name="Date">The date of the administration. Forms without dates can all be given the same date: the cohort rules then
/// order them as they order forms of one date, by their position in the input.</param>
/// <param name="Score">The score, or <see langword="null"/> when it was not computable.</param>
public readonly record struct Administration(string Person, string? Episode, DateOnly Date, double? Score)
{
    /// <summary>
    /// Gets the team (or any unit) the form was given in, or <see langword="null"/> when not known; needed only by the team rules
    /// (<see cref="Cohorts.Cohort.Teams"/>, <see cref="Cohorts.Cohort.TeamMeans"/>).
    /// </summary>
    public string? Team { get; init; }
}
