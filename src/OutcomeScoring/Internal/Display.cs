using System.Globalization;

namespace OutcomeScoring.Internal;

/// <summary>
/// How result types write numbers in <c>ToString()</c> and the debugger: invariant culture, rounded for display
/// only (the values themselves keep full precision).
/// </summary>
internal static class Display
{
    /// <summary>A score or value: at most four decimals, trailing zeros dropped (25.5556, 7, 0.9333).</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A score or value, or "none".</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "none";

    /// <summary>A proportion as a percentage with one decimal (0.93333 as 93.3%).</summary>
    public static string Percent(double proportion) => (proportion * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count in words up to twelve ("six"), in digits above.</summary>
    public static string Count(int value) => value is >= 0 and <= 12
        ? ((string[])["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])[value]
        : Whole(value);

    /// <summary>A count of a noun that takes an "s" in the plural: "no stages", "one score", "two scores".</summary>
    public static string Count(int value, string noun) => $"{Count(value)} {Plural(noun, value)}";

    /// <summary>A noun that takes an "s" in the plural, for a count: "item" for 1, "items" otherwise.</summary>
    public static string Plural(string noun, long count) => count == 1 ? noun : noun + "s";

    /// <summary>A whole number.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A signed change (+2, -11.5, 0).</summary>
    public static string Signed(double value) => value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    /// <summary>An enum value in words, lower case ("ReliableImprovement" as "reliable improvement").</summary>
    public static string Words<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
