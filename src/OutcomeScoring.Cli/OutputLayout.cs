using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// The result columns the <c>score</c> command writes for each instrument. These names are a contract with
/// users (docs/cli.md): change them only deliberately.
/// </summary>
internal sealed class OutputLayout
{
    private readonly Func<RowScores, string>[] _values;

    private OutputLayout(string[] columns, Func<RowScores, string>[] values)
    {
        Columns = columns;
        _values = values;
    }

    /// <summary>Gets the result column names, in output order (the last is always <c>error</c>).</summary>
    public string[] Columns { get; }

    /// <summary>Gets whether the layout reports a cut-off by age and gender (yp-core).</summary>
    public bool UsesAgeAndGender { get; private init; }

    /// <summary>Gets the layout for an instrument id.</summary>
    public static OutputLayout For(string instrumentId) => instrumentId switch
    {
        "core-om" => new OutputLayout(
            ["all_mean", "all_clinical", "nonrisk_mean", "nonrisk_clinical", "wellbeing_mean", "problems_mean", "functioning_mean", "risk_mean", "answered", "band", "risk_flag"],
            [
                r => Number(r.Result["all"].Mean),
                r => Number(r.Result["all"].ClinicalScore),
                r => Number(r.Result["nonrisk"].Mean),
                r => Number(r.Result["nonrisk"].ClinicalScore),
                r => Number(r.Result["wellbeing"].Mean),
                r => Number(r.Result["problems"].Mean),
                r => Number(r.Result["functioning"].Mean),
                r => Number(r.Result["risk"].Mean),
                r => Answered(r),
                r => r.Result.Band?.Code ?? "",
                r => Bool(r.Result.RiskFlag),
            ]),
        "core-10" => new OutputLayout(
            ["mean", "clinical", "answered", "band", "risk_flag"],
            [
                r => Number(r.Result.Primary.Mean),
                r => Number(r.Result.Primary.ClinicalScore),
                r => Answered(r),
                r => r.Result.Band?.Code ?? "",
                r => Bool(r.Result.RiskFlag),
            ]),
        "yp-core" => new OutputLayout(
            ["mean", "clinical", "answered", "cutoff_clinical", "clinical_range"],
            [
                r => Number(r.Result.Primary.Mean),
                r => Number(r.Result.Primary.ClinicalScore),
                r => Answered(r),
                r => Number(r.Cutoff?.ClinicalCutoff),
                r => r.Cutoff?.IsInClinicalRange is { } inRange ? Bool(inRange) : "",
            ])
        {
            UsesAgeAndGender = true,
        },
        _ => throw new ArgumentException($"The score command has no output layout for instrument '{instrumentId}'.", nameof(instrumentId)),
    };

    /// <summary>Writes the result cells (without the error cell) for a scored row.</summary>
    public void Fill(RowScores scores, Span<string> cells)
    {
        for (int i = 0; i < _values.Length; i++)
        {
            cells[i] = _values[i](scores);
        }
    }

    /// <summary>Formats a number in invariant culture at full (round-trip) precision, or empty.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Answered(RowScores r) => r.Result.ItemsAnswered.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}

/// <summary>One scored row: the result and, where asked for, the cut-off comparison.</summary>
/// <param name="Result">The scores.</param>
/// <param name="Cutoff">The cut-off comparison, or <see langword="null"/> when none was made.</param>
internal readonly record struct RowScores(InstrumentResult Result, CutoffComparison? Cutoff);
