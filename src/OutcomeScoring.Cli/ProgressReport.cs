using System.Diagnostics;
using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// Progress on standard error for a long run writing to a file: rows done and the rate, rewritten in place
/// about once a second, then a closing line. Only used when standard error is a terminal and --quiet is not given.
/// </summary>
internal sealed class ProgressReport(TextWriter error)
{
    private const int RowsBetweenClockChecks = 16_384;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastShown;

    /// <summary>Called after each row; looks at the clock only every few thousand rows.</summary>
    public void Row(long rows)
    {
        if (rows % RowsBetweenClockChecks != 0)
        {
            return;
        }

        TimeSpan now = _clock.Elapsed;
        if (now - _lastShown >= TimeSpan.FromSeconds(1))
        {
            _lastShown = now;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rscored {rows:N0} rows ({rows / now.TotalSeconds:N0} rows/s)"));
            error.Flush();
        }
    }

    /// <summary>Writes the closing line.</summary>
    public void Finish(long rows)
    {
        TimeSpan elapsed = _clock.Elapsed;
        double rate = elapsed > TimeSpan.Zero ? rows / elapsed.TotalSeconds : 0;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\rscored {rows:N0} rows in {elapsed.TotalSeconds:N1} s ({rate:N0} rows/s)"));
    }
}
