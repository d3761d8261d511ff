using System.Globalization;

namespace OutcomeScoring.CoreFamily;

/// <summary>Quality-adjusted life years from a series of dated utilities.</summary>
public static class Qaly
{
    /// <summary>Days per year used to turn dates into years (the Julian year).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>
    /// The area under the utility curve, in QALYs, by trapezoids between consecutive measurements. Convention: the
    /// area runs from the first date to the last only; nothing is extrapolated before the first or after the last
    /// measurement. A single measurement gives 0.
    /// </summary>
    /// <param name="utilities">The measurements, in strictly increasing date order.</param>
    /// <returns>The QALYs over the period measured.</returns>
    /// <exception cref="ArgumentException">There are no measurements, the dates are not in strictly increasing order (a duplicate or an earlier date), or a utility is not finite.</exception>
    public static double AreaUnderCurve(IEnumerable<(DateOnly Date, double Utility)> utilities)
    {
        ArgumentNullException.ThrowIfNull(utilities);
        (DateOnly Date, double Utility)? previous = null;
        double area = 0;
        int index = 0;
        foreach ((DateOnly date, double utility) in utilities)
        {
            if (!double.IsFinite(utility))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Measurement {index} ({date:yyyy-MM-dd}) has the utility {utility}, which is not a finite number."), nameof(utilities));
            }

            if (previous is { } p)
            {
                if (date <= p.Date)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Measurement {index} is dated {date:yyyy-MM-dd}, not after the one before it ({p.Date:yyyy-MM-dd}); dates must be strictly increasing with no duplicates."), nameof(utilities));
                }

                double years = (date.DayNumber - p.Date.DayNumber) / DaysPerYear;
                area += years * (p.Utility + utility) / 2;
            }

            previous = (date, utility);
            index++;
        }

        return previous is null
            ? throw new ArgumentException("There are no measurements.", nameof(utilities))
            : area;
    }
}
