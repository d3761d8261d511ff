using System.Globalization;
using System.Text.Json;

using static OutcomeScoring.Internal.JsonFields;

namespace OutcomeScoring.Internal;

/// <summary>
/// Reads fields from a JSON document and collects every problem found, each with its JSON path (<c>$.items[0].thresholds</c>)
/// and a message that names the part in words (<c>{where}: "{field}" must be ...</c>), instead of stopping at the first:
/// shared by the calibration and index specification readers (issue 14: loading reports every problem at once, each naming
/// the JSON path). A read that fails records its problem and returns <see langword="null"/>, so the reader goes on to the
/// next field. Values are quoted as <see cref="JsonFields.Shown"/> quotes them.
/// </summary>
internal sealed class JsonProblems
{
    private readonly List<DefinitionProblem> _problems = [];

    /// <summary>Gets the problems found so far, in the order found.</summary>
    public IReadOnlyList<DefinitionProblem> All => _problems;

    /// <summary>Gets the number of problems found so far (compare before and after reading a part to see whether it read cleanly).</summary>
    public int Count => _problems.Count;

    /// <summary>
    /// The path of a member: <c>$.items</c> from <c>$</c> and <c>items</c>; a name that is not a plain identifier is quoted
    /// (<c>$['a b']</c>) and, if long, shortened as <see cref="JsonFields.Shown"/> shortens values.
    /// </summary>
    public static string Path(string at, string field) =>
        field.Length > 0 && (char.IsAsciiLetter(field[0]) || field[0] is '_' or '$') && field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$')
            ? (field.Length <= MaximumShown ? $"{at}.{field}" : $"{at}['{Shown(field)}']")
            : $"{at}['{Shown(field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal))}']";

    /// <summary>The path of an array element: <c>$.items[2]</c>.</summary>
    public static string Path(string at, int index) => string.Create(CultureInfo.InvariantCulture, $"{at}[{index}]");

    /// <summary>The first sentence of an argument exception's message, without the "(Parameter ...)" and "Actual value was ..." .NET appends.</summary>
    public static string FirstSentences(ArgumentException exception) => exception.Message.Split(" (Parameter", 2)[0].Split('\n')[0].Trim();

    /// <summary>Records a problem.</summary>
    public void Add(string path, string message) => _problems.Add(new DefinitionProblem(path, message));

    /// <summary>Records a problem when a condition fails.</summary>
    /// <returns>The condition.</returns>
    public bool Check(bool condition, string path, string message)
    {
        if (!condition)
        {
            Add(path, message);
        }

        return condition;
    }

    /// <summary>
    /// Adds rule problems found on what could be read, leaving out those about a part already reported (at, inside or around a
    /// problem's path), since a part that could not be read is missing there and its rule problems would only repeat it.
    /// </summary>
    public void AddRules(IEnumerable<DefinitionProblem> rules)
    {
        DefinitionProblem[] read = [.. _problems];
        _problems.AddRange(rules.Where(p => !read.Any(q => p.IsWithin(q.Path) || q.IsWithin(p.Path))));
    }

    /// <summary>Records every property not in <paramref name="allowed"/>, each at its own path.</summary>
    public void Fields(JsonElement element, string[] allowed, string at, string where)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            Check(allowed.Contains(property.Name, StringComparer.Ordinal), Path(at, property.Name), $"{where}: unknown property \"{Shown(property.Name)}\"; allowed: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>Gets a property that is present and not null, or records that it is missing (when required).</summary>
    public JsonElement? Property(JsonElement element, string field, string at, string where, bool required = true)
    {
        if (Present(element, field))
        {
            return element.GetProperty(field);
        }

        if (required)
        {
            Add(Path(at, field), $"{where}: \"{field}\" is missing.");
        }

        return null;
    }

    /// <summary>Reads a non-empty string.</summary>
    public string? Text(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value
        && Check(value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()), Path(at, field), $"{where}: \"{field}\" must be a non-empty string; got {Raw(value)}.")
            ? value.GetString()
            : null;

    /// <summary>Reads a finite number.</summary>
    public double? Number(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value ? NumberValue(value, Path(at, field), $"{where}: \"{field}\"") : null;

    /// <summary>Reads a finite number that is an array element or a member; <paramref name="what"/> names it.</summary>
    public double? NumberValue(JsonElement value, string at, string what) =>
        Check(value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number), at, $"{what} must be a finite number; got {Raw(value)}.")
            ? value.GetDouble()
            : null;

    /// <summary>Reads every element of an array of finite numbers; <see langword="null"/> if any is not one (each is recorded).</summary>
    public double[]? Numbers(JsonElement array, string at, Func<int, string> what)
    {
        int before = Count;
        double[] values = [.. array.EnumerateArray().Select((v, j) => NumberValue(v, Path(at, j), what(j)) ?? double.NaN)];
        return Count == before ? values : null;
    }

    /// <summary>Reads a whole number that fits in 32 bits.</summary>
    public int? Integer(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value
        && Check(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), Path(at, field), $"{where}: \"{field}\" must be a whole number; got {Raw(value)}.")
            ? value.GetInt32()
            : null;

    /// <summary>Reads a whole number that fits in 64 bits.</summary>
    public long? Long(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value
        && Check(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _), Path(at, field), $"{where}: \"{field}\" must be a whole number; got {Raw(value)}.")
            ? value.GetInt64()
            : null;

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public bool? Boolean(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value
        && Check(value.ValueKind is JsonValueKind.True or JsonValueKind.False, Path(at, field), $"{where}: \"{field}\" must be true or false; got {Raw(value)}.")
            ? value.GetBoolean()
            : null;

    /// <summary>Reads an array.</summary>
    public JsonElement? Array(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value
        && Check(value.ValueKind == JsonValueKind.Array, Path(at, field), $"{where}: \"{field}\" must be an array.")
            ? value
            : null;

    /// <summary>Reads an object.</summary>
    public JsonElement? Object(JsonElement element, string field, string at, string where, bool required = true) =>
        Property(element, field, at, where, required) is { } value
        && Check(value.ValueKind == JsonValueKind.Object, Path(at, field), $"{where}: \"{field}\" must be an object.")
            ? value
            : null;

    /// <summary>Reads one of a set of names; an unknown name is recorded with the names allowed.</summary>
    public T? Choice<T>(JsonElement element, string field, string at, string where, (string Name, T Value)[] choices, bool required = true)
        where T : struct
    {
        string? name = Text(element, field, at, where, required);
        if (name is null)
        {
            return null;
        }

        if (Match(name, choices) is { } value)
        {
            return value;
        }

        Add(Path(at, field), $"{where}: {field} is \"{Shown(name)}\"; it must be {OneOf(choices)}.");
        return null;
    }

    /// <summary>The value of a name among <paramref name="choices"/> (compared exactly), or <see langword="null"/>.</summary>
    public static T? Match<T>(string? name, (string Name, T Value)[] choices)
        where T : struct
    {
        foreach ((string choice, T value) in choices)
        {
            if (choice == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The names allowed, for a message: <c>"a", "b" or "c"</c>.</summary>
    public static string OneOf<T>((string Name, T Value)[] choices) =>
        string.Join(", ", choices[..^1].Select(c => $"\"{c.Name}\"")) + $" or \"{choices[^1].Name}\"";

    /// <summary>
    /// Parses a document and reads it with <paramref name="read"/>, collecting every problem: text that is not JSON
    /// (<paramref name="malformed"/>, with the parser's message), bytes that are not UTF-8 (<paramref name="single"/>, with the
    /// byte offset), or the problems the reading found (<paramref name="all"/>, each with its path), each the loader's own
    /// exception. Shared by the calibration and index specification loaders.
    /// </summary>
    public static T Load<T>(
        Func<JsonDocument> parse,
        Func<JsonProblems, JsonElement, T?> read,
        Func<JsonException, Exception> malformed,
        Func<string, Exception> single,
        Func<IReadOnlyList<DefinitionProblem>, Exception> all)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException ex)
        {
            throw malformed(ex);
        }
        catch (JsonFieldException ex)
        {
            throw single(ex.Message);
        }

        using (document)
        {
            var problems = new JsonProblems();
            T? value = read(problems, document.RootElement);
            return problems.Count == 0 && value is not null ? value : throw all(problems.All);
        }
    }

    /// <summary>Builds a part whose constructor checks its own rules; a rule it breaks is recorded at <paramref name="at"/>.</summary>
    public T? Build<T>(string at, string where, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            Add(at, $"{where}: {FirstSentences(e)}");
            return null;
        }
    }
}
