using Quickenshtein;

namespace OutcomeScoring.Cli;

/// <summary>
/// Names people type for a fixed list of names (instrument ids): matched ignoring case and punctuation, so that
/// <c>CORE-10</c>, <c>core10</c> and <c>Core_10</c> all name <c>core-10</c>, and, for a name that matches none, the
/// nearest one suggested ("did you mean"). The names themselves stay the contract (docs/cli.md).
/// </summary>
internal static class NameMatch
{
    /// <summary>The name of <paramref name="known"/> that <paramref name="given"/> names: the same name, or the same letters and digits in any case.</summary>
    /// <param name="given">What was typed.</param>
    /// <param name="known">The names, in the order messages list them.</param>
    /// <returns>The known name, or <see langword="null"/> when none matches (or more than one does).</returns>
    public static string? Find(string given, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        if (known.Contains(given))
        {
            return given;
        }

        string key = Key(given);
        string[] matches = [.. known.Where(name => Key(name) == key)];
        return key.Length > 0 && matches.Length == 1 ? matches[0] : null;
    }

    /// <summary>
    /// The known name nearest to <paramref name="given"/> by edit distance over letters and digits (case and punctuation
    /// ignored), when it is near enough to be a slip: at most a third of the longer name's letters and digits, and at least two (one swap of neighbours).
    /// </summary>
    /// <returns>The nearest name, the first in <paramref name="known"/> on a tie, or <see langword="null"/>.</returns>
    public static string? Nearest(string given, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        string key = Key(given);
        string? nearest = null;
        int best = int.MaxValue;
        foreach (string name in known)
        {
            string candidate = Key(name);
            int distance = Levenshtein.GetDistance(key, candidate);
            if (distance < best && distance <= Math.Max(2, Math.Max(key.Length, candidate.Length) / 3))
            {
                (nearest, best) = (name, distance);
            }
        }

        return nearest;
    }

    /// <summary>
    /// The parser's message for a name that is not one of <paramref name="known"/> (as <see cref="Usage.NotRecognized"/>), followed
    /// by <c>Did you mean 'x'?</c> when one is near.
    /// </summary>
    public static string NotRecognized(string given, IReadOnlyList<string> known) =>
        Nearest(given, known) is { } nearest ? $"{Usage.NotRecognized(given, known)}\nDid you mean '{nearest}'?" : Usage.NotRecognized(given, known);

    /// <summary>The letters and digits of a name in lower case: <c>CORE-10</c> gives <c>core10</c>.</summary>
    private static string Key(string name) => string.Concat(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
