using System.Globalization;
using System.Text;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Activation;

/// <summary>
/// Made-up calibrations for tests. These numbers are invented: they are NOT Insignia Health's PAM-13
/// calibration (which is licensed and not part of this project) and give no real activation scores.
/// </summary>
internal static class MadeUpCalibrations
{
    /// <summary>Made-up partial credit thresholds: item i has d_i + (-1.2, 0, 1.2), d_i from -1.2 to 1.2.</summary>
    public static double[][] Thresholds =>
        [.. Enumerable.Range(0, 13).Select(i => new[] { -1.2, 0, 1.2 }.Select(t => Math.Round(-1.2 + (0.2 * i) + t, 2)).ToArray())];

    public static string ItemJson(
        string estimator = "wle",
        int minimumAnswered = 7,
        bool rejectUniformExtremes = true,
        double[][]? thresholds = null,
        string transform = """{"intercept":50,"slope":10,"min":0,"max":100}""")
    {
        var items = new StringBuilder();
        double[][] t = thresholds ?? Thresholds;
        for (int i = 0; i < t.Length; i++)
        {
            items.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"item":{{i + 1}},"thresholds":[{{string.Join(",", t[i].Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}}]}""");
        }

        return $$"""
            {"name":"made-up (not PAM)","model":"partial-credit","estimator":"{{estimator}}",
             "items":[{{items}}],
             "transform":{{transform}},
             "minimumAnswered":{{minimumAnswered}},"rejectUniformExtremes":{{(rejectUniformExtremes ? "true" : "false")}}}
            """;
    }

    public static ItemParameterCalibration Items(string estimator = "wle", int minimumAnswered = 7, bool rejectUniformExtremes = true) =>
        (ItemParameterCalibration)Calibration.FromJson(ItemJson(estimator, minimumAnswered, rejectUniformExtremes));

    /// <summary>A made-up table: row n has scores 10 + r * 80 / (3n) for r = 0..3n (strictly increasing).</summary>
    public static string TableJson(int minimumAnswered = 10, Func<int, int, double>? score = null, int maximumCategory = 3)
    {
        score ??= (n, r) => 10 + (r * 80.0 / (3 * n));
        IEnumerable<string> rows = Enumerable.Range(minimumAnswered, 13 - minimumAnswered + 1).Select(n =>
            $$"""{"answered":{{n}},"scores":[{{string.Join(",", Enumerable.Range(0, (maximumCategory * n) + 1).Select(r => score(n, r).ToString("R", CultureInfo.InvariantCulture)))}}]}""");
        return $$"""
            {"name":"made-up table (not PAM)","itemCount":13,"maximumCategory":{{maximumCategory}},
             "table":[{{string.Join(",", rows)}}],
             "minimumAnswered":{{minimumAnswered}},"rejectUniformExtremes":false}
            """;
    }

    public static Answer[] Answers(params int?[] values) => [.. values.Select(Answer.FromNullable)];
}
