using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// A published set of severity bands for one score, with its source and any caveat about that source.
/// </summary>
/// <remarks>
/// The bands must be contiguous and ascending: each band starts where the previous one ends. Immutable and
/// thread-safe.
/// </remarks>
public sealed class SeverityBanding
{
    /// <summary>Creates a banding.</summary>
    /// <param name="name">A short name for this set of bands.</param>
    /// <param name="scoreId">The id of the score the bands apply to.</param>
    /// <param name="bands">The bands, lowest first.</param>
    /// <param name="source">Where the bands come from.</param>
    /// <param name="caveat">A caveat about the source, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">No bands were given, or they are not contiguous and ascending.</exception>
    public SeverityBanding(string name, string scoreId, IEnumerable<SeverityBand> bands, string source, string? caveat = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(scoreId);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Bands = [.. bands];
        if (Bands.IsEmpty)
        {
            throw new ArgumentException($"Severity banding '{name}' has no bands.", nameof(bands));
        }

        for (int i = 0; i < Bands.Length; i++)
        {
            SeverityBand band = Bands[i];
            if (!(band.LowerBound < band.UpperBound))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Severity banding '{name}': band '{band.Code}' runs from {band.LowerBound} to {band.UpperBound}; its lower bound must be below its upper bound."),
                    nameof(bands));
            }

            if (i > 0 && Bands[i - 1].UpperBound != band.LowerBound)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Severity banding '{name}': band '{band.Code}' starts at {band.LowerBound} but the band before it ends at {Bands[i - 1].UpperBound}; bands must be contiguous and ascending."),
                    nameof(bands));
            }
        }

        Name = name;
        ScoreId = scoreId;
        Source = source;
        Caveat = caveat;
    }

    /// <summary>Gets the short name of this set of bands.</summary>
    public string Name { get; }

    /// <summary>Gets the id of the score the bands apply to.</summary>
    public string ScoreId { get; }

    /// <summary>Gets the bands, lowest first.</summary>
    public ImmutableArray<SeverityBand> Bands { get; }

    /// <summary>Gets where the bands come from.</summary>
    public string Source { get; }

    /// <summary>Gets a caveat about the source (for example, that it is not confirmed by the instrument's owner), or <see langword="null"/>.</summary>
    public string? Caveat { get; }

    /// <summary>Finds the band a clinical score falls in.</summary>
    /// <param name="clinicalScore">The clinical score.</param>
    /// <returns>The band, or <see langword="null"/> when the score lies outside every band.</returns>
    public SeverityBand? Classify(double clinicalScore)
    {
        foreach (SeverityBand band in Bands)
        {
            if (band.Contains(clinicalScore))
            {
                return band;
            }
        }

        return null;
    }
}
