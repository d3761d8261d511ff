namespace OutcomeScoring.Change;

/// <summary>
/// How NHS Talking Therapies paired outcomes classify a mixed case, where one measure reliably improves and the other
/// reliably deteriorates. The Talking Therapies rule for it was not found (specs/mental-health-proms.md, section 4).
/// </summary>
public enum MixedReliableChange
{
    /// <summary>Reliable deterioration: deterioration on any measure counts, even if the other improved (NHS England's CYP rule; CORC). The default.</summary>
    Deterioration = 1,

    /// <summary>No reliable change: the two movements cancel.</summary>
    NoReliableChange = 2,
}
