using OutcomeScoring.Engine;

namespace OutcomeScoring.PreferenceBased;

/// <summary>
/// EQ-5D-5L (EuroQol): five dimensions (mobility, self-care, usual activities, pain/discomfort, anxiety/depression), each
/// answered 1-5, 1 = no problems; the health state is the five answers as digits (11111 best, 55555 worst) and the index
/// (utility) comes from a named value set. The built-in definition is <c>Definitions/eq-5d-5l.json</c>.
/// </summary>
/// <remarks>
/// <para>Both value sets are additive value-set stages: 1 less one decrement per dimension level, no constant, kept at
/// full precision. <see cref="Rowen2026"/> (UK, Rowen et al. 2026; range −0.567 to 1) is the default, the current UK set
/// NICE proposes; <see cref="Devlin2018"/> (England, Devlin et al. 2018; range −0.285 to 1) is an option. Ids name the
/// country and study, never a bare "UK" (eq5dR calls Rowen 2026 "UK" and Devlin 2018 "England"; other packages call Devlin
/// 2018 "UK(England)"). No index when any dimension is missing; nothing is imputed. EQ VAS (0-100) is separate and never
/// combined with the index. The 5L-to-3L mappings (NICE DSU, Hernández Alava et al. 2023; van Hout 2012) are lookup tables
/// the fact sheet does not give, so they are not shipped. SNOMED CT for the index value: <see cref="IndexSnomedCt"/> (found
/// in German and Danish FHIR guides; its presence in the UK edition not verified). Source of every fact:
/// specs/integration-experience-utility.md, section 3. (c) EuroQol Group; EQ-5D is a trade mark of the EuroQol Group:
/// register with EuroQol to administer it. No item text is shipped.</para>
/// </remarks>
public static class Eq5D5L
{
    /// <summary>The id of the default value-set stage: the UK EQ-5D-5L value set (Rowen et al. 2026).</summary>
    public const string Rowen2026 = "eq5d5l-uk-rowen2026";

    /// <summary>The id of the England EQ-5D-5L value-set stage (Devlin et al. 2018).</summary>
    public const string Devlin2018 = "eq5d5l-england-devlin2018";

    /// <summary>The SNOMED CT concept for an EQ-5D-5L index value (partition 00, core; Verhoeff check passes).</summary>
    public const string IndexSnomedCt = "736534008";

    /// <summary>The EQ-5D-5L definition; its <c>utility</c> column is the <see cref="Rowen2026"/> index.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("eq-5d-5l");

    /// <summary>Gets the ids of its value sets, the default first.</summary>
    public static IReadOnlyList<string> ValueSets { get; } = [Rowen2026, Devlin2018];
}
