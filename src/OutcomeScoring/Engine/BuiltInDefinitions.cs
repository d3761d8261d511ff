namespace OutcomeScoring.Engine;

/// <summary>
/// The built-in instruments are the JSON they are defined by: <c>src/OutcomeScoring/Definitions/&lt;id&gt;.json</c>,
/// embedded in the assembly and read with <see cref="Instrument.FromJson(Stream)"/> once, when the instrument's class is
/// first used. One source of truth: the C# classes (<c>CoreOm</c>, <c>Core10</c>, ...) only name parts of what was read.
/// </summary>
internal static class BuiltInDefinitions
{
    public static Instrument Load(string id)
    {
        using Stream stream = Open($"{id}.json");
        return Instrument.FromJson(stream);
    }

    /// <summary>Opens a file of src/OutcomeScoring/Definitions embedded in the assembly (a definition or the schema).</summary>
    public static Stream Open(string fileName) =>
        typeof(BuiltInDefinitions).Assembly.GetManifestResourceStream($"OutcomeScoring.Definitions.{fileName}")
            ?? throw new InvalidOperationException($"'{fileName}' of the built-in definitions is missing from the OutcomeScoring assembly.");
}
