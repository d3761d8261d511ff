using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// How a typed Parquet or Arrow value is written as the CSV cell the commands read: integers and decimals as digits,
/// floating point as the shortest text that reads back to the same value, booleans as <c>true</c>/<c>false</c>, dates as
/// <c>yyyy-MM-dd</c> and timestamps as <c>yyyy-MM-dd HH:mm:ss</c> (with fractional seconds when there are any), all
/// culture-invariant; text unchanged.
/// </summary>
internal static class ColumnarCells
{
    public static string Format<T>(T value) => value switch
    {
        bool b => b ? "true" : "false",
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        DateTimeOffset offset => Format(offset.UtcDateTime),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
