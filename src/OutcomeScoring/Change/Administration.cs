namespace OutcomeScoring.Change;

/// <summary>One administration of a measure to a person: when, in which episode of care, and the score (if computable).</summary>
/// <param name="Person">The person's identifier.</param>
/// <param name="Episode">The episode of care, or <see langword="null"/> when the person has one episode.</param>
/// <param name="Date">The date of the administration.</param>
/// <param name="Score">The score, or <see langword="null"/> when it was not computable.</param>
public readonly record struct Administration(string Person, string? Episode, DateOnly Date, double? Score);
