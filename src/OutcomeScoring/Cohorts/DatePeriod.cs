using System.Globalization;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// A period of whole days, both ends included (for example a financial year: 2025-04-01 to 2026-03-31). The cohort rules that take
/// one (<see cref="Cohort.Latest"/>, <see cref="Cohort.TeamMeans"/>) first keep the forms dated in it, then apply their rule to those.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is the single day 0001-01-01.</remarks>
public readonly record struct DatePeriod
{
    /// <summary>Initializes a period from its first to its last day, both included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, on or after <paramref name="from"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public DatePeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, string.Create(CultureInfo.InvariantCulture, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
        }

        From = from;
        To = to;
    }

    /// <summary>Gets the first day of the period.</summary>
    public DateOnly From { get; }

    /// <summary>Gets the last day of the period (included).</summary>
    public DateOnly To { get; }

    /// <summary>Whether a date is in the period (both ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> &lt;= <paramref name="date"/> &lt;= <see cref="To"/>.</returns>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Describes the period.</summary>
    /// <returns>For example "2025-04-01 to 2026-03-31".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
}
