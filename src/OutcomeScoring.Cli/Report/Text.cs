using System.Globalization;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli.Report;

/// <summary>How the report writes numbers: invariant culture, rounded for display only.</summary>
internal static class Text
{
    public static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Num(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Num(double? value, string format = "0.0") => value is { } v ? Num(v, format) : "-";

    public static string Pct(double proportion) => (proportion * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Pct(ProportionInterval? rate) => rate is { } r ? Pct(r.Estimate) : "-";

    /// <summary>A share with its interval: "52.3% (45.1%-59.2%)", or "-" without one.</summary>
    public static string PctCi(ProportionInterval? rate) => rate is { } r ? $"{Pct(r.Estimate)} ({Pct(r.Lower)}-{Pct(r.Upper)})" : "-";

    /// <summary>"1 person" or "3 people"-style counts.</summary>
    public static string Count(long n, string one, string many) => $"{N(n)} {(n == 1 ? one : many)}";

    /// <summary>Lists words: "a", "a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
