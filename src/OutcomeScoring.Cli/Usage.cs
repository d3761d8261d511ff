using System.CommandLine;
using System.CommandLine.Parsing;

namespace OutcomeScoring.Cli;

/// <summary>
/// The usage rules the commands share (a number within its range, an option only with the instruments it belongs to) with their
/// messages, and the lists of allowed values their help texts show.
/// </summary>
internal static class Usage
{
    /// <summary>A whole number outside <paramref name="minimum"/> to <paramref name="maximum"/> is a usage error.</summary>
    public static void ValidateRange(OptionResult result, int minimum, int maximum)
    {
        if (result.GetValueOrDefault<int?>() is { } value && (value < minimum || value > maximum))
        {
            result.AddError($"{result.Option.Name} must be between {minimum} and {maximum}; got {value}.");
        }
    }

    /// <summary>An option that belongs to one instrument is a usage error with any other.</summary>
    public static void RequireInstrument(CommandResult result, Option option, string instrumentId, string? chosen) =>
        RequireInstrument(result, option, chosen, [instrumentId]);

    /// <summary>An option that belongs to some instruments is a usage error with any other.</summary>
    public static void RequireInstrument(CommandResult result, Option option, string? chosen, string[] instrumentIds)
    {
        if (result.GetResult(option) is { Implicit: false } && chosen is not null && !instrumentIds.Contains(chosen))
        {
            result.AddError($"{option.Name} applies only to {string.Join(" and ", instrumentIds)}, not {chosen}.");
        }
    }

    /// <summary>The parser's own message for a value that is not one of those allowed (as AcceptOnlyFromAmong words it).</summary>
    public static string NotRecognized(string value, IEnumerable<string> allowed) =>
        $"Argument '{value}' not recognized. Must be one of:{string.Concat(allowed.Select(a => $"\n\t'{a}'"))}";

    /// <summary>
    /// The line a command's description ends with in <c>--help</c>, naming what it cannot run without (required options and
    /// columns), so that they are seen before the option list rather than found by hitting the error.
    /// </summary>
    public static string Needs(string what) => $"{Environment.NewLine}Needs: {what}.";

    /// <summary>A list for a sentence: <c>a, b or c</c>.</summary>
    public static string OneOf(IReadOnlyList<string> values) =>
        values.Count < 2 ? string.Concat(values) : $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}";

    /// <summary>A list for a sentence with the default marked: <c>a (default), b or c</c>.</summary>
    public static string OneOf(IEnumerable<string> values, string defaultValue) =>
        OneOf([.. values.Select(v => v == defaultValue ? $"{v} (default)" : v)]);
}
