using OutcomeScoring.Engine;
using System.Diagnostics.Contracts;

namespace OutcomeScoring;

public sealed partial class Instrument
{
    private static readonly Lazy<string> Schema = new(() =>
    {
        using Stream stream = BuiltInDefinitions.Open("instrument-definition.schema.json");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the JSON form of a definition, as shipped in the package and in the
    /// repository (<c>src/OutcomeScoring/Definitions/instrument-definition.schema.json</c>); see docs/defining-instruments.md.
    /// </summary>
    public static string JsonSchema => Schema.Value;

    /// <summary>Reads a definition from its JSON form and validates it.</summary>
    /// <param name="json">The JSON text (comments and trailing commas are allowed).</param>
    /// <returns>The validated instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InstrumentDefinitionException">
    /// The text is not JSON, or does not describe a valid instrument: <see cref="InstrumentDefinitionException.Problems"/>
    /// lists every problem found, each with its JSON path (unknown, missing or mistyped properties first, then every
    /// rule of the definition that the readable parts break).
    /// </exception>
    public static Instrument FromJson(string json) => InstrumentJson.Read(json);

    /// <summary>Reads a definition from UTF-8 JSON and validates it.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <returns>The validated instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InstrumentDefinitionException">The JSON does not describe a valid instrument; every problem is listed with its path.</exception>
    public static Instrument FromJson(Stream utf8Json) => InstrumentJson.Read(utf8Json);

    /// <summary>Writes this definition as indented JSON, which <see cref="FromJson(string)"/> reads back to an identical definition.</summary>
    /// <returns>The JSON text. Defaults (direct keying, not a risk item, no "not applicable") are left out.</returns>
    [Pure]
    public string ToJson() => InstrumentJson.Write(this);

    /// <summary>Writes this definition as indented UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        InstrumentJson.Write(this, utf8Json);
    }
}
