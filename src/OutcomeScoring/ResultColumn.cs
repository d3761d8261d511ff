namespace OutcomeScoring;

/// <summary>
/// One column of an instrument's result table, as the command line's <c>score</c> writes it and as a definition
/// declares it: its name, what it holds, and for score values which score.
/// </summary>
/// <param name="Name">The column name, for example "all_mean" (unique within the table).</param>
/// <param name="Value">What the column holds.</param>
/// <param name="ScoreId">
/// The score it is about: required for <see cref="ResultValue.Mean"/>, <see cref="ResultValue.ClinicalScore"/> and
/// <see cref="ResultValue.ScoreItemsAnswered"/>; optional for the cut-off values (the primary score by default);
/// not used otherwise.
/// </param>
/// <param name="Stage">The id of the stage a <see cref="ResultValue.StageOutput"/> or <see cref="ResultValue.StageId"/> column is about; not used otherwise.</param>
/// <param name="Output">The id of the stage output a <see cref="ResultValue.StageOutput"/> column holds; not used otherwise.</param>
/// <remarks>Immutable. Validated when an <see cref="Instrument"/> is built with it.</remarks>
public sealed record ResultColumn(string Name, ResultValue Value, string? ScoreId = null, string? Stage = null, string? Output = null);
