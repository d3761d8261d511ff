using System.Globalization;

namespace OutcomeScoring.Change;

/// <summary>
/// The difference between two scores as their decimal values differ (issue 15): scores are written in decimal
/// (3.1, 4.1), and binary floating point would make 4.1 - 3.1 = 0.9999999999999996 while 2.7 - 1.7 =
/// 1.0000000000000002, so a change equal to a threshold in decimal terms would count or not by rounding noise.
/// Each score is taken at its decimal value (the shortest decimal that reads back as the same double, as it was
/// written), subtracted exactly in <see cref="decimal"/>, and the result returned as the nearest double.
/// </summary>
internal static class ScoreDifference
{
    /// <summary>Scores beyond these sizes (far outside any questionnaire's range) are subtracted in binary.</summary>
    private const double Largest = 1e15, Smallest = 1e-10;

    /// <summary>Gets <paramref name="to"/> minus <paramref name="from"/>, exact in decimal terms.</summary>
    public static double Between(double from, double to) =>
        TryDecimal(from, out decimal a) && TryDecimal(to, out decimal b) ? (double)(b - a) : to - from;

    private static bool TryDecimal(double value, out decimal result)
    {
        result = 0;
        double size = Math.Abs(value);
        return (value == 0 || (size >= Smallest && size < Largest))
            && decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
