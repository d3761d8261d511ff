namespace OutcomeScoring;

/// <summary>One value a <see cref="DefinitionStage"/> gives.</summary>
/// <param name="Id">The output's id within its stage (for example "measure" or "level").</param>
/// <param name="IsWholeNumber">Whether the value is always a whole number (a level, a count), written without decimals.</param>
/// <param name="Description">What the value is, for people.</param>
public sealed record StageOutput(string Id, bool IsWholeNumber, string Description);
