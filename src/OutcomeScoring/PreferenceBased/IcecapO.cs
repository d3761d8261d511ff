using OutcomeScoring.Engine;

namespace OutcomeScoring.PreferenceBased;

/// <summary>
/// ICECAP-O, the capability measure for older people (University of Birmingham): five attributes (attachment, security,
/// role, enjoyment, control), each at level 1-4, 4 = full capability; the index is the Coast et al. 2008 tariff. The
/// built-in definition is <c>Definitions/icecap-o.json</c>.
/// </summary>
/// <remarks>
/// <para>An answer is the level number as the tariff labels it (4 = full capability, 1 = none), not the position of the
/// option on the form. The tariff is an additive value-set stage with no constant: the sum of the five attributes' level
/// values, rescaled so that 11111 = 0 and 44444 = 1 (Coast et al. Soc Sci Med 2008;67:874-82, best-worst scaling; values
/// as Flynn et al. Popul Health Metr 2008;6:6, Table 1). Level 1 of attachment and control is negative. It is not
/// anchored on dead/full health: not a QALY weight. No tariff when any attribute is missing (rule not found; the sheet's
/// default). Reliable change, bands and public codes: not found. Source of every fact: specs/integration-experience-utility.md,
/// section 4. Licence not found; no item or level text is shipped.</para>
/// </remarks>
public static class IcecapO
{
    /// <summary>The id of the tariff's value-set stage (Coast et al. 2008).</summary>
    public const string TariffStage = "icecap-o-coast2008";

    /// <summary>The ICECAP-O definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("icecap-o");
}
