namespace OutcomeScoring;

/// <summary>
/// One thing wrong with an instrument definition: where it is, as a JSON path into the definition's JSON form
/// (for example <c>$.scores[1].items[3]</c>, positions counting from 0), and what is wrong.
/// </summary>
/// <remarks>
/// The path uses the property names of the JSON form (docs/defining-instruments.md) whether the definition was
/// loaded from JSON or built in C#, so a problem can be found in either. Immutable; built only by the library.
/// </remarks>
public sealed class DefinitionProblem
{
    internal DefinitionProblem(string path, string message, bool isAbsence = false)
    {
        Path = path;
        Message = message;
        IsAbsence = isAbsence;
    }

    /// <summary>Gets where the problem is: a JSON path such as <c>$.items[2].topic</c>.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, naming the instrument and the value given.</summary>
    public string Message { get; }

    /// <summary>Gets whether the problem is that a part is missing altogether (so a problem inside it says more).</summary>
    internal bool IsAbsence { get; }

    /// <summary>Gets whether this problem is at <paramref name="path"/> or inside it.</summary>
    internal bool IsWithin(string path) =>
        Path.StartsWith(path, StringComparison.Ordinal) && (Path.Length == path.Length || Path[path.Length] is '.' or '[');

    /// <summary>Returns the path and the message.</summary>
    /// <returns>For example "$.items[2].topic: Instrument 'x': item 3 needs a topic tag."</returns>
    public override string ToString() => $"{Path}: {Message}";
}
