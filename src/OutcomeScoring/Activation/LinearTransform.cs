using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// The linear transform from logits to a reporting scale, with bounds: score = clamp(intercept + slope x theta,
/// minimum, maximum). For PAM-13 the licensee's calibration supplies it (the library ships none).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LinearTransform
{
    /// <summary>Creates and validates a transform.</summary>
    /// <param name="intercept">The reporting-scale value at theta = 0.</param>
    /// <param name="slope">Reporting-scale points per logit (positive, so that higher theta is a higher score).</param>
    /// <param name="minimum">The lowest reported value (scores below are clamped to it).</param>
    /// <param name="maximum">The highest reported value (scores above are clamped to it).</param>
    /// <exception cref="CalibrationException">A value is not finite, the slope is not positive, or minimum is not below maximum.</exception>
    public LinearTransform(double intercept, double slope, double minimum, double maximum)
    {
        if (!double.IsFinite(intercept) || !double.IsFinite(slope) || !double.IsFinite(minimum) || !double.IsFinite(maximum))
        {
            throw new CalibrationException(string.Create(CultureInfo.InvariantCulture, $"Transform: intercept {intercept}, slope {slope}, min {minimum} and max {maximum} must all be finite numbers."));
        }

        if (!(slope > 0))
        {
            throw new CalibrationException(string.Create(CultureInfo.InvariantCulture, $"Transform: slope is {slope}; it must be positive (a higher measure is a higher score)."));
        }

        if (!(minimum < maximum))
        {
            throw new CalibrationException(string.Create(CultureInfo.InvariantCulture, $"Transform: min {minimum} must be below max {maximum}."));
        }

        Intercept = intercept;
        Slope = slope;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the reporting-scale value at theta = 0.</summary>
    public double Intercept { get; }

    /// <summary>Gets the reporting-scale points per logit.</summary>
    public double Slope { get; }

    /// <summary>Gets the lowest reported value.</summary>
    public double Minimum { get; }

    /// <summary>Gets the highest reported value.</summary>
    public double Maximum { get; }

    /// <summary>Maps a measure to the reporting scale.</summary>
    /// <param name="theta">The person measure, in logits.</param>
    /// <returns><c>clamp(Intercept + Slope * theta, Minimum, Maximum)</c>.</returns>
    public double Apply(double theta) => Math.Clamp(Intercept + (Slope * theta), Minimum, Maximum);
}
