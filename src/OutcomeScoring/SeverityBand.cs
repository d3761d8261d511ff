namespace OutcomeScoring;

/// <summary>
/// One severity band on the clinical scale, the half-open interval [<see cref="LowerBound"/>,
/// <see cref="UpperBound"/>), so that a prorated (non-whole) score never falls between two bands.
/// </summary>
/// <param name="Code">A stable lower-case code (for example "moderate-severe"), as the command-line tool prints it.</param>
/// <param name="Label">The label a clinician would recognise (for example "Moderate to severe").</param>
/// <param name="LowerBound">The lowest clinical score in the band (inclusive).</param>
/// <param name="UpperBound">The clinical score where the next band starts (exclusive); <see cref="double.PositiveInfinity"/> for the top band.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SeverityBand(string Code, string Label, double LowerBound, double UpperBound)
{
    /// <summary>Gets whether a clinical score lies in this band.</summary>
    /// <param name="clinicalScore">The clinical score.</param>
    /// <returns><see langword="true"/> when <c>LowerBound &lt;= clinicalScore &lt; UpperBound</c>.</returns>
    public bool Contains(double clinicalScore) => clinicalScore >= LowerBound && clinicalScore < UpperBound;
}
