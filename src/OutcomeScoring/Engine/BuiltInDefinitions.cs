namespace OutcomeScoring;

/// <summary>
/// The built-in instruments are the JSON they are defined by: <c>src/OutcomeScoring/Definitions/&lt;id&gt;.json</c>,
/// embedded in the assembly and read with <see cref="Instrument.FromJson(Stream)"/> once, when the instrument's class is
/// first used. One source of truth: the C# classes (<c>CoreOm</c>, <c>Core10</c>, ...) only name parts of what was read.
/// </summary>
internal static class BuiltInDefinitions
{
    public static Instrument Load(string id)
    {
        using Stream stream = typeof(BuiltInDefinitions).Assembly.GetManifestResourceStream($"OutcomeScoring.Definitions.{id}.json")
            ?? throw new InvalidOperationException($"The built-in definition '{id}' is missing from the OutcomeScoring assembly.");
        return Instrument.FromJson(stream);
    }
}
