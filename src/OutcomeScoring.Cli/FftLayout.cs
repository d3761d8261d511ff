namespace OutcomeScoring.Cli;

/// <summary>
/// How <c>fft summarize</c> reads its hierarchy: the columns of its levels, lowest first, either from <c>--level</c>
/// (any number of levels, as NHS England has ward, site, trust and ICB; a unit is known by its name and the names
/// above it) or the two-level <c>--unit</c>/<c>--parent</c> form (<see cref="Legacy"/>: a unit is known by its name
/// alone, with <c>unit</c> and <c>parent</c> output columns); the tie-break columns and the period column.
/// </summary>
/// <param name="Levels">The level columns, lowest first.</param>
/// <param name="Legacy">Whether this is the <c>--unit</c>/<c>--parent</c> form.</param>
/// <param name="TieBreak">The columns that order lowest-level units with equal totals, in order.</param>
/// <param name="Period">The period column, or <see langword="null"/>.</param>
/// <param name="Eligible">The column of each unit's eligible count (rows of counts only), or <see langword="null"/>.</param>
internal sealed record FftLayout(string[] Levels, bool Legacy, string[] TieBreak, string? Period, string? Eligible)
{
    /// <summary>The layout the options give, or <see langword="null"/> when they give neither form or both.</summary>
    public static FftLayout? Create(string? unit, string? parent, string[] levels, string[] tieBreak, string? period, string? eligible) =>
        (unit, levels.Length) switch
        {
            (null, 0) => null,
            (null, _) when parent is null => new FftLayout(levels, Legacy: false, tieBreak, period, eligible),
            ({ } u, 0) => new FftLayout(parent is null ? [u] : [u, parent], Legacy: true, tieBreak, period, eligible),
            _ => null,
        };
}
