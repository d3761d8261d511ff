namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// What a component measures, on the NHS Long Term Plan's three aspects of integrated care (joined up, personalised, anticipatory)
/// plus outcomes and overall service experience (<see cref="IndexComponent.Measures"/>). A component may measure more than one.
/// </summary>
/// <remarks>
/// The tags for the library's measures come from the integration-experience-utility sheet, section 7: only the P3CEQ coordination
/// subscale measures joined-up care directly; no validated measure of anticipatory care was found, so no component of
/// <see cref="IntegrationProfileV2"/> carries <see cref="Anticipatory"/>. Sources: NHS Long Term Plan (2019); Lloyd et al. 2019;
/// Mercadal-Orfila et al. 2024.
/// </remarks>
[Flags]
public enum CareAspects
{
    /// <summary>Not tagged (for example every component of profile 1.0).</summary>
    None = 0,

    /// <summary>Care that is joined up (coordinated across services).</summary>
    JoinedUp = 1,

    /// <summary>Care that is personalised (what matters to the person, involvement in decisions, the whole person).</summary>
    Personalised = 2,

    /// <summary>Care that is anticipatory (planned ahead to prevent crises). No validated measure was found.</summary>
    Anticipatory = 4,

    /// <summary>An outcome (health, quality of life, activation), not an experience of care.</summary>
    Outcome = 8,

    /// <summary>
    /// Experience of a service overall (for example the Friends and Family Test), not specific to joined-up, personalised or
    /// anticipatory care.
    /// </summary>
    ServiceExperience = 16,
}
