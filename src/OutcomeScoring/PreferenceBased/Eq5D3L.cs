using OutcomeScoring.Engine;

namespace OutcomeScoring.PreferenceBased;

/// <summary>
/// EQ-5D-3L (EuroQol): five dimensions (mobility, self-care, usual activities, pain/discomfort, anxiety/depression), each
/// answered 1-3, 1 = no problems; the health state is the five answers as digits (11111 best, 33333 worst) and the index
/// (utility) comes from a named value set. The built-in definition is <c>Definitions/eq-5d-3l.json</c>.
/// </summary>
/// <remarks>
/// <para><see cref="Dolan1997"/>, the default, is the UK time trade-off value set (Dolan 1997): 1 less the five level
/// decrements, less 0.081 when any dimension is above level 1 and another 0.269 (N3) when any is at level 3; range −0.594
/// to 1. <see cref="MvhVas1995"/> is the UK visual analogue scale value set (MVH Group 1995), shipped only as a named option
/// and not for utilities, as the fact sheet says. Both are additive value-set stages kept at full precision. No index when
/// any dimension is missing; nothing is imputed. EQ VAS (0-100) is separate and never combined with the index. SNOMED CT
/// for the index value: <see cref="IndexSnomedCt"/> (found in a Danish FHIR guide; its presence in the UK edition not
/// verified). Source of every fact: specs/integration-experience-utility.md, section 3. (c) 1990 EuroQol Group; EQ-5D is a
/// trade mark of the EuroQol Group: register with EuroQol to administer it. No item text is shipped.</para>
/// </remarks>
public static class Eq5D3L
{
    /// <summary>The id of the default value-set stage: the UK time trade-off value set (Dolan 1997).</summary>
    public const string Dolan1997 = "eq5d3l-uk-dolan1997";

    /// <summary>The id of the UK visual analogue scale value-set stage (MVH Group 1995); not for utilities.</summary>
    public const string MvhVas1995 = "eq5d3l-uk-vas-mvh1995";

    /// <summary>The SNOMED CT concept for an EQ-5D-3L index value (partition 00, core; Verhoeff check passes).</summary>
    public const string IndexSnomedCt = "1144655003";

    /// <summary>The EQ-5D-3L definition; its <c>utility</c> column is the <see cref="Dolan1997"/> index.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("eq-5d-3l");

    /// <summary>Gets the ids of its value sets, the default first.</summary>
    public static IReadOnlyList<string> ValueSets { get; } = [Dolan1997, MvhVas1995];
}
