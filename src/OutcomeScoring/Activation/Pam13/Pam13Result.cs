using System.Diagnostics;
using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// The PAM-13 result for one response set: the activation score (full precision) and as reported (one decimal),
/// its standard error on the reporting scale, the level 1-4, the items answered, and whether it could be computed
/// and why not.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default(Pam13Result)</c> is not a result.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct Pam13Result
{
    internal Pam13Result(CalibratedScore calibrated, ActivationCutPoints cutPoints)
    {
        Calibrated = calibrated;
        CutPoints = cutPoints;
    }

    /// <summary>Gets the score on the calibration's scale, with the raw score and the Rasch measure where there is one.</summary>
    public CalibratedScore Calibrated { get; }

    /// <summary>Gets the cut points the level was read with.</summary>
    public ActivationCutPoints? CutPoints { get; }

    /// <summary>Gets whether the activation score was computed.</summary>
    public bool IsComputable => Calibrated.IsComputable;

    /// <summary>Gets the activation score (0-100 with a licensed calibration) at full precision, or <see langword="null"/>.</summary>
    public double? Score => Calibrated.Score;

    /// <summary>Gets the activation score as reported, rounded to one decimal (half away from zero), or <see langword="null"/>.</summary>
    public double? ReportedScore => Calibrated.Score is { } s ? Pam13.Reported(s) : null;

    /// <summary>
    /// Gets the standard error on the reporting scale (item parameters: slope x theta SE; lookup table: only when
    /// the table gives standard errors), or <see langword="null"/>.
    /// </summary>
    public double? StandardError => Calibrated.StandardError;

    /// <summary>Gets the activation level 1-4 read from <see cref="ReportedScore"/>, or <see langword="null"/> when not computable.</summary>
    public int? Level => Calibrated.Score is { } s && CutPoints is not null ? CutPoints.Level(s) : null;

    /// <summary>Gets how many of the 13 items were answered (N/A counts as not answered).</summary>
    public int ItemsAnswered => Calibrated.ItemsAnswered;

    /// <summary>Gets why the score could not be computed, or <see cref="ActivationNotComputableReason.None"/>.</summary>
    public ActivationNotComputableReason Reason => Calibrated.Reason;

    /// <summary>Gets a sentence saying why the score could not be computed, or <see langword="null"/>.</summary>
    public string? Explanation => Calibrated.Explanation;

    /// <summary>
    /// Gets the result as the engine's activation stage gives it (<see cref="Pam13.ActivationStage"/>, with these cut
    /// points): outputs measure, measure-se, level, answered, theta and theta-se, or the coded reason it is not computable.
    /// This is the shape every stage result has, so one writer (FHIR, columns) serves PAM-13 and every other instrument.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Pam13Result)</c>.</exception>
    public StageResult Stage
    {
        get
        {
            if (CutPoints is null)
            {
                throw new InvalidOperationException("default(Pam13Result) is not a result.");
            }

            var stage = (CalibrationStage)Pam13.Instrument.Stages[Pam13.Instrument.IndexOfStage(Pam13.ActivationStage)];
            return (stage.Levels == CutPoints ? stage : stage with { Levels = CutPoints }).ResultOf(Calibrated, ItemsAnswered);
        }
    }

    /// <summary>Returns the score, standard error and level, or why it is not computable.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => IsComputable
        ? string.Create(CultureInfo.InvariantCulture, $"PAM-13 {ReportedScore:0.0}{(StandardError is { } se ? $" (SE {se:0.0})" : "")}, level {Level}, {ItemsAnswered} of 13 items answered")
        : $"PAM-13: {Explanation}";
}
