namespace OutcomeScoring;

/// <summary>Why a stage of a result gives no value (a code for programs; <see cref="StageResult.Explanation"/> is for people).</summary>
public enum StageNotComputableReason
{
    /// <summary>The stage was computed.</summary>
    None = 0,

    /// <summary>An item the stage needs was not answered (a value set reads every one of its items: no prorating).</summary>
    ItemsMissing = 1,

    /// <summary>Too few of the stage's items were answered (a calibration's minimum).</summary>
    TooFewItemsAnswered = 2,

    /// <summary>Every answered item is at the same extreme and the calibration rejects that pattern.</summary>
    UniformExtremePattern = 3,

    /// <summary>The estimate did not converge.</summary>
    EstimationFailed = 4,

    /// <summary>The stage needs a calibration supplied at scoring time and none was bound (<see cref="Instrument.WithCalibration(Activation.ICalibration)"/>).</summary>
    CalibrationNotSupplied = 5,

    /// <summary>
    /// None of the companion questions the stage counts was answered (<see cref="CompanionCountStage"/>): they were not
    /// asked, which is not a problem of the form, so a report need not list it.
    /// </summary>
    NotAsked = 6,
}
