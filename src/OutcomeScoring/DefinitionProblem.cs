namespace OutcomeScoring;

/// <summary>
/// One thing wrong with a definition read from or written as JSON (an instrument definition, a PAM-13 calibration, an
/// integration index specification): where it is, as a JSON path into the JSON form (for example
/// <c>$.scores[1].items[3]</c>, positions counting from 0), and what is wrong.
/// </summary>
/// <remarks>
/// The path uses the property names of the JSON form (docs/defining-instruments.md, docs/instruments/pam-13.md,
/// docs/integration-index.md) whether the definition was loaded from JSON or built in C#, so a problem can be found in
/// either. <see cref="InstrumentDefinitionException"/>, <see cref="Activation.CalibrationException"/> and
/// <see cref="IntegrationIndex.IndexSpecificationException"/> list them. Immutable; built only by the library.
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

    /// <summary>
    /// The message of an exception listing problems: the one problem, or "<paramref name="subject"/> has N problems:" and one
    /// line per problem; with <paramref name="withPaths"/> (a definition read from JSON) each line starts with its path.
    /// </summary>
    internal static string Describe(IReadOnlyList<DefinitionProblem> problems, bool withPaths, string subject)
    {
        if (problems.Count == 1)
        {
            return withPaths ? problems[0].ToString() : problems[0].Message;
        }

        string lines = string.Join("\n", problems.Select(p => "- " + (withPaths ? p.ToString() : p.Message)));
        return $"{subject} has {problems.Count} problems:\n{lines}";
    }

    /// <summary>Returns the path and the message.</summary>
    /// <returns>For example "$.items[2].topic: Instrument 'x': item 3 needs a topic tag."</returns>
    public override string ToString() => $"{Path}: {Message}";
}
