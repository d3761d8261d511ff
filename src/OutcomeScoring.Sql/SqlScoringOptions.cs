using System.Collections.Immutable;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Sql;

/// <summary>
/// How the table to be scored is laid out, for <see cref="SqlScoring"/>: the names of its item columns (and optional age
/// and gender columns), the columns to carry through, the codes that mark an item with no value, and which cut-off
/// table to use. Every part has a default that matches what the command line's <c>score</c> reads from a CSV file.
/// </summary>
/// <remarks>Immutable; checked when SQL is generated (<see cref="SqlScoring.Query"/> throws <see cref="ArgumentException"/> naming the problem).</remarks>
public sealed record SqlScoringOptions
{
    /// <summary>Gets the options with every default: columns <c>item1</c> to <c>itemN</c>, no age or gender, nothing kept, no codes, the default cut-off table.</summary>
    public static SqlScoringOptions Default { get; } = new();

    /// <summary>
    /// Gets the item columns, item 1 first, one per item; empty (the default) means <c>item1</c> to <c>itemN</c>, as
    /// <c>score</c> names them. Each holds the raw answer as a whole number, NULL when not answered.
    /// </summary>
    public ImmutableArray<string> ItemColumns { get; init; } = [];

    /// <summary>
    /// Gets the column holding the respondent's age in whole years (a whole-number column; NULL when unknown; a negative
    /// age is reported as <c>score</c> reports an unreadable one), or <see langword="null"/> (the default) for none.
    /// </summary>
    public string? AgeColumn { get; init; }

    /// <summary>
    /// Gets the column holding the respondent's gender as <c>score</c> reads it (<c>M</c>, <c>F</c>, <c>male</c>, <c>female</c>,
    /// <c>1</c>, <c>2</c>, <c>9</c> or <c>X</c>, any case, text or whole number; blank or NULL when unknown), or
    /// <see langword="null"/> (the default) for none.
    /// </summary>
    public string? GenderColumn { get; init; }

    /// <summary>Gets the columns carried through unchanged before the result columns, in order (none by default).</summary>
    public ImmutableArray<string> KeepColumns { get; init; } = [];

    /// <summary>
    /// Gets the whole number that marks an item "not applicable" (as <c>NA</c> in a CSV file), or <see langword="null"/>
    /// (the default) for none. It must lie off the response scale. Like <c>NA</c>, it is left out of every mean.
    /// </summary>
    public int? NotApplicableCode { get; init; }

    /// <summary>
    /// Gets a whole number that also marks an item not answered (besides NULL), as national extracts code a blank, or
    /// <see langword="null"/> (the default) for none. It must lie off the response scale.
    /// </summary>
    public int? NotAnsweredCode { get; init; }

    /// <summary>
    /// Gets DIALOG's "more help wanted?" columns, one per item, item 1 first, as <c>score dialog</c> reads <c>help1</c> to
    /// <c>help11</c> (text: <c>yes</c>, <c>no</c>, <c>y</c>, <c>n</c> in any case, or blank or NULL); empty (the default) for a
    /// table without them, when <c>unmet_needs</c> is NULL as <c>score dialog</c> leaves it for a file without them. Only
    /// DIALOG has them.
    /// </summary>
    public ImmutableArray<string> HelpColumns { get; init; } = [];

    /// <summary>
    /// Gets the id of the cut-off table to compare with (as <c>score --reference</c>), or <see langword="null"/> (the
    /// default) for the definition's default table. When the definition has no cut-off columns, a
    /// <c>&lt;score&gt;_clinical_range</c> column is added for each score the table covers, as <c>score --reference</c> does.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets the calibration for the definition's calibration stage (PAM-13's activation: the licensee's, as
    /// <c>score pam-13 --calibration</c> reads it), or <see langword="null"/> (the default) for the one bound to the definition
    /// (<see cref="Instrument.WithCalibration(ICalibration)"/>), if any. SQL needs it when it is generated: a lookup table
    /// becomes a <c>CASE</c> over the number answered and the raw score, Rasch item parameters a fixed number of Newton steps
    /// (docs/sql.md, "PAM-13"). Either way the SQL then holds the calibration's numbers: treat it as the licensee's material.
    /// </summary>
    public ICalibration? Calibration { get; init; }
}
