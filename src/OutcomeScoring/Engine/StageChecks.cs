namespace OutcomeScoring.Engine;

/// <summary>What a stage reports its problems to while a definition is validated: the JSON path of the stage and the instrument's id.</summary>
internal sealed class StageChecks(string? instrumentId, string at, Action<bool, string, string> check)
{
    /// <summary>Gets the instrument's id, for messages.</summary>
    public string? InstrumentId { get; } = instrumentId;

    /// <summary>Adds a problem at a field of the stage (a path relative to it, such as "levels" or "dimensions[0]") unless the condition holds.</summary>
    public void Check(bool condition, string field, string message) => check(condition, field.Length == 0 ? at : $"{at}.{field}", message);
}
