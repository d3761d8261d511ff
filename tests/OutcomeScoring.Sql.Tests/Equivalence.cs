using System.Globalization;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// Compares what an engine returned with what <c>score</c> wrote, row by row and column by column: the same columns in
/// the same order, NULL where <c>score</c> writes a blank, numbers equal to within 1e-12 (and counted when bit for bit
/// equal), true/false, whole numbers and text (bands, messages) equal exactly.
/// </summary>
internal static class Equivalence
{
    [ThreadStatic]
    private static long _numbers, _exact, _rows;

    [ThreadStatic]
    private static double _largest;

    /// <summary>Gets how many rows and numbers this thread has compared, how many numbers were equal bit for bit, and the largest difference; then starts again.</summary>
    public static (long Rows, long Numbers, long Exact, double Largest) TakeCounts()
    {
        (long, long, long, double) counts = (_rows, _numbers, _exact, _largest);
        _rows = _numbers = _exact = 0;
        _largest = 0;
        return counts;
    }

    public static void AssertSame(Instrument instrument, AnswerTable table, List<Dictionary<string, string>> expected, List<Dictionary<string, object?>> actual, string engine)
    {
        string[] columns = [.. SqlScoring.OutputColumns(instrument, table.Options()).Skip(1)];
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(["id", .. columns], actual.Count == 0 ? ["id", .. columns] : [.. actual[0].Keys]);
        _rows += expected.Count;
        for (int r = 0; r < expected.Count; r++)
        {
            foreach (string column in columns)
            {
                Assert.True(expected[r].ContainsKey(column), $"score wrote no column {column}");
                string want = expected[r][column];
                object? got = actual[r][column];
                Assert.True(Same(want, got), $"{engine}, {instrument.Id}, row {r + 1} ({table}), column {column}: score wrote '{want}', SQL gave '{Show(got)}'. Row: {string.Join(", ", table.Rows[r].Items.Select(c => c.Csv))}; age {table.Rows[r].Age}; gender '{table.Rows[r].Gender}'.");
            }
        }
    }

    private static bool Same(string want, object? got)
    {
        switch (got)
        {
            case null:
                return want.Length == 0;
            case double d:
                if (want.Length == 0)
                {
                    return false;
                }

                double w = double.Parse(want, CultureInfo.InvariantCulture);
                _numbers++;
                if (w.Equals(d))
                {
                    _exact++;
                }

                _largest = Math.Max(_largest, Math.Abs(w - d));
                return Math.Abs(w - d) <= 1e-12;
            case bool b:
                return want == (b ? "true" : "false");
            default:
                return want == Show(got);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
