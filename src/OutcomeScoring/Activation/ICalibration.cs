namespace OutcomeScoring.Activation;

/// <summary>
/// A conversion from answered items to a reporting-scale score, as a licensee supplies it: either Rasch item
/// parameters with a linear transform (<see cref="ItemParameterCalibration"/>) or a raw-score lookup table
/// (<see cref="LookupTableCalibration"/>), with its rules (minimum answered items, whether an all-same extreme
/// pattern is rejected). Load one from JSON with <see cref="Calibration.FromJson"/>.
/// </summary>
/// <remarks>
/// For PAM-13 the conversion is the licensed property of Insignia Health: this library ships none, and the
/// licensee supplies the calibration it was given. Implementations are immutable and thread-safe.
/// </remarks>
public interface ICalibration
{
    /// <summary>Gets the calibration's name (as given by whoever supplied it).</summary>
    string Name { get; }

    /// <summary>Gets the number of items the calibration covers.</summary>
    int ItemCount { get; }

    /// <summary>Gets the fewest answered items for which a score is computed (1 to <see cref="ItemCount"/>).</summary>
    int MinimumAnswered { get; }

    /// <summary>Gets whether a response set whose answered items all have the lowest, or all the highest, category is not scored.</summary>
    bool RejectUniformExtremes { get; }

    /// <summary>Gets the highest category M_i of an item (answers are categories 0..M_i).</summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <returns>M_i.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such item.</exception>
    int MaximumCategory(int itemNumber);

    /// <summary>Scores one response set of categories (already recoded to 0..M_i).</summary>
    /// <param name="categories">One entry per item, item 1 first: the category, or <see langword="null"/> when not answered.</param>
    /// <returns>The score, or why it could not be computed.</returns>
    /// <exception cref="ArgumentException">The number of entries differs from <see cref="ItemCount"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category lies outside 0..M_i; the message names the item, the value and the range.</exception>
    CalibratedScore Score(ReadOnlySpan<int?> categories);
}
