namespace OutcomeScoring.Cli;

/// <summary>What the <c>score</c> command scores with.</summary>
/// <param name="Instrument">The instrument definition.</param>
/// <param name="CutoffReference">The cut-off table for the clinical range, or <see langword="null"/> for the instrument's default.</param>
internal sealed record ScoreOptions(Instrument Instrument, CutoffReference? CutoffReference = null);
