using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// The whole-number response scale shared by every item of an instrument, from <see cref="Minimum"/> to
/// <see cref="Maximum"/> inclusive (CORE: 0 "Not at all" to 4 "Most or all of the time").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ResponseScale
{
    /// <summary>Creates a response scale.</summary>
    /// <param name="minimum">The lowest raw answer allowed.</param>
    /// <param name="maximum">The highest raw answer allowed; must be greater than <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is not greater than <paramref name="minimum"/>.</exception>
    public ResponseScale(int minimum, int maximum)
    {
        if (maximum <= minimum)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A response scale needs maximum > minimum; got minimum {minimum}, maximum {maximum}."),
                nameof(maximum));
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The CORE family scale: 0 to 4 (CORE System Trust).</summary>
    public static ResponseScale ZeroToFour { get; } = new(0, 4);

    /// <summary>Gets the lowest raw answer allowed.</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest raw answer allowed.</summary>
    public int Maximum { get; }

    /// <summary>
    /// Gets the number a form records for "not applicable" or "not known" on an item that offers it, outside the scale
    /// (HoNOS: 9 = not known / not applicable, CamCOPS <c>honos.py</c>; specs/mental-health-proms.md, section 10), or
    /// <see langword="null"/> when the form has none. Form readers (<see cref="Forms.FormLayout"/>, the command line) read
    /// it as <see cref="Answer.NotApplicable"/> for an item that offers it; scoring from C# takes
    /// <see cref="Answer.NotApplicable"/> itself, and byte-coded scoring the code given in <see cref="AnswerCodes"/>.
    /// </summary>
    /// <value>A whole number outside <see cref="Minimum"/> to <see cref="Maximum"/> (checked when an instrument is built), or <see langword="null"/>.</value>
    public int? NotApplicableAnswer { get; init; }

    /// <summary>Gets whether a raw answer lies on this scale.</summary>
    /// <param name="value">The raw answer.</param>
    /// <returns><see langword="true"/> when <c>Minimum &lt;= value &lt;= Maximum</c>.</returns>
    public bool Contains(int value) => value >= Minimum && value <= Maximum;

    /// <summary>Reverses a raw answer: <c>Minimum + Maximum - value</c> (for CORE, <c>4 - value</c>).</summary>
    /// <param name="value">The raw answer.</param>
    /// <returns>The reverse-scored value.</returns>
    public int Reverse(int value) => Minimum + Maximum - value;

    /// <summary>Returns the scale as "min-max".</summary>
    /// <returns>For example "0-4".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Maximum}");
}
