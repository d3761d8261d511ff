using System.Globalization;

namespace OutcomeScoring.Internal;

/// <summary>
/// Reads a whole number exactly as written: .NET's parser ignores trailing NUL characters ("3\0" reads as 3), so a cell
/// holding one is refused here rather than read as a number it does not show.
/// </summary>
internal static class WholeNumber
{
    /// <summary>Reads <paramref name="text"/> as an invariant-culture whole number in the given style; any NUL character refuses it.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, NumberStyles style, out int value)
    {
        if (text.Contains('\0'))
        {
            value = 0;
            return false;
        }

        return int.TryParse(text, style, CultureInfo.InvariantCulture, out value);
    }
}
