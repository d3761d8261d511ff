using System.CommandLine;

namespace OutcomeScoring.Cli;

/// <summary>
/// The values an option accepts: each a name on the command line for a value of the library, in the order help and messages
/// list them. The names are a contract with users (docs/cli.md); the values, and which one is the default, are the library's.
/// </summary>
/// <typeparam name="T">The library's type of the value.</typeparam>
internal sealed class OptionValues<T>(params (string Name, T Value)[] values)
    where T : notnull
{
    /// <summary>Gets the names, in order.</summary>
    public string[] Names { get; } = [.. values.Select(v => v.Name)];

    /// <summary>Gets the value of a name the parser has accepted.</summary>
    public T this[string name] => values.First(v => v.Name == name).Value;

    /// <summary>Gets the name of a value.</summary>
    public string NameOf(T value) => values.First(v => EqualityComparer<T>.Default.Equals(v.Value, value)).Name;

    /// <summary>Finds the value of a name, if it is one of them.</summary>
    public bool TryGet(string name, out T value)
    {
        foreach ((string n, T v) in values)
        {
            if (n == name)
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>An option that takes one of the names and is <paramref name="defaultValue"/>'s name when not given.</summary>
    public Option<string> Option(string name, string description, T defaultValue)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => NameOf(defaultValue) };
        option.AcceptOnlyFromAmong(Names);
        return option;
    }

    /// <summary>An option that takes one of the names, <see langword="null"/> when not given.</summary>
    public Option<string?> Option(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.AcceptOnlyFromAmong(Names);
        return option;
    }

    /// <summary>The names for a help text, the default's marked: <c>a (default), b or c</c>.</summary>
    public string Describe(T defaultValue) => Usage.OneOf(Names, NameOf(defaultValue));
}
