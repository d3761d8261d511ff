using OutcomeScoring.Cohorts;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Profile 2.0 of the integration index: pillars by whose view (patients' outcomes, patients' experience of joined-up and
/// person-centred care, carers, social care users, the public's service experience), each component tagged with what it measures
/// (<see cref="CareAspects"/>) and whose view it gives (<see cref="Perspective"/>); pillar-level aggregation so that no view is swamped
/// by the number of components in another; a unit must have both patient pillars, and only units with every component are ranked.
/// </summary>
/// <remarks>
/// <para>
/// Why these pillars (integration-experience-utility sheet, section 7): only the P3CEQ coordination subscale measures joined-up care
/// directly; the P3CEQ person-centredness subscale measures personalised care; ASCOF 1A and 1D are outcome measures from social care
/// users and carers; the sheet asks to keep experience and outcome components in separate pillars (Rand et al. 2019's factor analysis
/// separated them), and the issue asks for pillars by whose view. So the patients' view is split into an outcomes pillar and an
/// experience pillar with half a view's weight each, and every view (patients, carers, social care users, the public) carries a quarter
/// of the index: pillar weights 0.5, 0.5, 1, 1, 1 (equal weights within each pillar).
/// </para>
/// <para>
/// <b>Anticipatory care is not measured.</b> No validated measure of anticipatory care was found (sheet, section 7: NOT FOUND). The
/// P3CEQ care-plan items are the closest proxy, but they sit inside the coordination subscale and were not validated as a measure of
/// anticipation, so no component is tagged <see cref="CareAspects.Anticipatory"/> and <see cref="IndexSpecification.AspectsMeasured"/>
/// says so; the index must not be read as covering it.
/// </para>
/// <para>
/// The components are defined by code; values are supplied per unit (components.csv or <see cref="ComponentValue"/>). The 1.0 components
/// keep their codes and goalposts, so the same values serve both profiles. Goalposts are each measure's theoretical range (sheet,
/// section 7), so a unit's index never depends on another unit's data. Immutable and thread-safe. Rationale: docs/integration-index.md.
/// </para>
/// </remarks>
public static class IntegrationProfileV2
{
    /// <summary>The profile's version, recorded in every result computed with it.</summary>
    public const string Version = "2.0";

    /// <summary>The code of the P3CEQ care-coordination component.</summary>
    public const string CoordinationCode = "p3ceq-coordination";

    /// <summary>The code of the P3CEQ person-centredness component.</summary>
    public const string PersonCentrednessCode = "p3ceq-person-centredness";

    /// <summary>The code of the carer-reported quality of life component (ASCOF 1D).</summary>
    public const string CarerQualityOfLifeCode = "ascof-1d";

    /// <summary>The code of the social-care-related quality of life component (ASCOF 1A).</summary>
    public const string SocialCareQualityOfLifeCode = "ascof-1a";

    /// <summary>The code of the patients' outcomes pillar.</summary>
    public const string PatientOutcomesPillar = "patient-outcomes";

    /// <summary>The code of the patients' experience-of-care pillar.</summary>
    public const string PatientExperiencePillar = "patient-experience";

    /// <summary>The code of the carers' pillar.</summary>
    public const string CarersPillar = "carers";

    /// <summary>The code of the social care users' pillar.</summary>
    public const string SocialCarePillar = "social-care";

    /// <summary>The code of the public's service-experience pillar (FFT).</summary>
    public const string ServiceExperiencePillar = "service-experience";

    /// <summary>
    /// Gets the P3CEQ care-coordination component: the mean over respondents of their coordination subscale sum as a share (0-1) of its
    /// largest possible sum; goalposts 0 and 1. Measures joined-up care, from patients' view.
    /// </summary>
    /// <remarks>
    /// A share of the maximum, not the raw sum, because the subscale's maximum depends on how item 8 (the coordination exception, NOT
    /// FOUND) and the care-plan sub-questions are scored; the share keeps the goalposts fixed whatever the option. Sources: Lloyd et al.
    /// 2019 (0-3 items, dichotomous items 0 or 3, subscale sums); Mercadal-Orfila et al. 2024 (subscale items).
    /// </remarks>
    public static IndexComponent Coordination { get; } = new(CoordinationCode, "Care felt joined up (P3CEQ coordination)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 1))
    {
        Domain = PatientExperiencePillar,
        Measures = CareAspects.JoinedUp,
        Perspective = Perspective.Patient,
        Description = "Mean over respondents of the P3CEQ care-coordination subscale sum (items 5-9; Lloyd et al. 2019, Mercadal-Orfila et al. 2024) as a share (0-1) of its largest possible sum, with SE = SD / sqrt(n). The care-plan items are the closest proxy for anticipatory care, but no validated measure of it exists, so the component is not tagged anticipatory.",
    };

    /// <summary>
    /// Gets the P3CEQ person-centredness component: the mean over respondents of their person-centredness subscale sum as a share (0-1)
    /// of its largest possible sum; goalposts 0 and 1. Measures personalised care, from patients' view.
    /// </summary>
    public static IndexComponent PersonCentredness { get; } = new(PersonCentrednessCode, "Care felt person-centred (P3CEQ person-centredness)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 1))
    {
        Domain = PatientExperiencePillar,
        Measures = CareAspects.Personalised,
        Perspective = Perspective.Patient,
        Description = "Mean over respondents of the P3CEQ person-centredness subscale sum (items 1-5 and 8-10: what matters, involvement in decisions, the whole person; Lloyd et al. 2019, Mercadal-Orfila et al. 2024) as a share (0-1) of its largest possible sum, with SE = SD / sqrt(n).",
    };

    /// <summary>
    /// Gets the carer-reported quality of life component (ASCOF 1D): the mean score (0-12) of carers who answered all six questions;
    /// goalposts 0 and 12. An outcome, from carers' view.
    /// </summary>
    public static IndexComponent CarerQualityOfLife { get; } = new(CarerQualityOfLifeCode, "Carer-reported quality of life (ASCOF 1D)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 12))
    {
        Domain = CarersPillar,
        Measures = CareAspects.Outcome | CareAspects.Personalised,
        Perspective = Perspective.Carer,
        Description = "ASCOF 1D: mean over carers answering all six Survey of Adult Carers questions of their score (2/1/0 per question by the option's position, 0-12; LG Inform 10671, QualityWatch), with SE = SD / sqrt(n). England: 7.5 in 2018-19. An outcome; its control and encouragement-and-support questions touch personalisation as outcomes, not experience.",
    };

    /// <summary>
    /// Gets the social-care-related quality of life component (ASCOF 1A): the mean score (0-24) of service users who answered all eight
    /// questions; goalposts 0 and 24. An outcome, from social care users' view.
    /// </summary>
    public static IndexComponent SocialCareQualityOfLife { get; } = new(SocialCareQualityOfLifeCode, "Social-care-related quality of life (ASCOF 1A)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 24))
    {
        Domain = SocialCarePillar,
        Measures = CareAspects.Outcome | CareAspects.Personalised,
        Perspective = Perspective.SocialCareUser,
        Description = "ASCOF 1A: mean over Adult Social Care Survey respondents answering all eight questions of their score (3/2/1/0 per question by the option's position, 0-24; LG Inform 1091), with SE = SD / sqrt(n). An outcome; its control and dignity questions touch personalisation as outcomes, not experience.",
    };

    /// <summary>
    /// One unit's value of a survey measure (<see cref="SurveyComponents.TeamMeans"/>: one score per person, the team of their first form)
    /// as profile 2.0's component: a P3CEQ subscale as the share (0-1) of its range that the unit's mean reaches, with its SE divided by
    /// the range (the components' goalposts are 0 and 1); ASCOF 1A and 1D as the mean score on their own 0-24 and 0-12 scales, with
    /// SE = SD / sqrt(n). Missing, with the reason, when nobody in the unit has a score.
    /// </summary>
    /// <param name="unit">The unit's value of P3CEQ person-centredness or coordination (<see cref="SurveyScale.P3ceqPersonCentredness"/>,
    /// <see cref="SurveyScale.P3ceqCoordination"/>, or the same score of <see cref="Experience.P3ceq.With"/>), ASCOF 1A or ASCOF 1D.</param>
    /// <returns>The component value, coded <see cref="PersonCentrednessCode"/>, <see cref="CoordinationCode"/>,
    /// <see cref="SocialCareQualityOfLifeCode"/> or <see cref="CarerQualityOfLifeCode"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The measure is not one of profile 2.0's survey components.</exception>
    /// <remarks>
    /// The command line's <c>index-components --p3ceq/--ascof-1a/--ascof-1d</c> and the report's integration index use this, so both give
    /// the same numbers. Sources: specs/integration-experience-utility.md, sections 1, 5, 6 and 7 (goalposts at the theoretical range;
    /// the council score is the mean of respondents' scores); composite sheet (SE of a mean).
    /// </remarks>
    public static ComponentValue SurveyValue(SurveyComponent unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        (string? code, bool share) = (unit.Measure.Instrument.Id, unit.Measure.Score.Id) switch
        {
            ("p3ceq", "pc") => (PersonCentrednessCode, true),
            ("p3ceq", "cc") => (CoordinationCode, true),
            ("ascof-1a", _) => (SocialCareQualityOfLifeCode, false),
            ("ascof-1d", _) => (CarerQualityOfLifeCode, false),
            _ => ((string?)null, false),
        };
        if (code is null)
        {
            throw new ArgumentException($"{unit.Measure} is not one of profile 2.0's survey components (P3CEQ person-centredness or coordination, ASCOF 1A, ASCOF 1D).", nameof(unit));
        }

        ComponentValue value = unit.ToComponentValue(code);
        double range = unit.Measure.Maximum - unit.Measure.Minimum;
        return share && value.Value is not null ? value with { Value = unit.ShareOfRange, StandardError = value.StandardError / range } : value;
    }

    /// <summary>Gets profile 2.0's specification (version <see cref="Version"/>).</summary>
    public static IndexSpecification Specification { get; } = new()
    {
        Name = "OutcomeScoring integration profile 2.0 (by whose view)",
        Version = Version,
        Description = "Pillars by whose view: patients' outcomes and patients' experience of joined-up and person-centred care (half a view each), carers, social care users and the public's service experience (a quarter of the index per view); goalposts at each measure's theoretical range; equal weights within pillars; weighted arithmetic mean at both levels; a unit needs both patient pillars, two components and a quarter of the weight; only units with every component are ranked. No validated measure of anticipatory care exists, so none is included. A documented starting point (docs/integration-index.md), not an NHS measure.",
        Components =
        [
            IntegrationProfile.Outcomes with { Domain = PatientOutcomesPillar, Measures = CareAspects.Outcome, Perspective = Perspective.Patient },
            IntegrationProfile.QualityOfLife with { Domain = PatientOutcomesPillar, Measures = CareAspects.Outcome, Perspective = Perspective.Patient },
            IntegrationProfile.Activation with { Domain = PatientOutcomesPillar, Measures = CareAspects.Outcome, Perspective = Perspective.Patient },
            Coordination,
            PersonCentredness,
            CarerQualityOfLife,
            SocialCareQualityOfLife,
            IntegrationProfile.Experience with { Domain = ServiceExperiencePillar, Measures = CareAspects.ServiceExperience, Perspective = Perspective.Public },
        ],
        Domains =
        [
            new IndexDomain(PatientOutcomesPillar, "Patients: outcomes and quality of life") { Weight = 0.5, Perspective = Perspective.Patient },
            new IndexDomain(PatientExperiencePillar, "Patients: experience of joined-up, person-centred care") { Weight = 0.5, Perspective = Perspective.Patient },
            new IndexDomain(CarersPillar, "Carers: carer-reported quality of life") { Weight = 1, Perspective = Perspective.Carer },
            new IndexDomain(SocialCarePillar, "Social care users: social-care-related quality of life") { Weight = 1, Perspective = Perspective.SocialCareUser },
            new IndexDomain(ServiceExperiencePillar, "The public: service experience (FFT)") { Weight = 1, Perspective = Perspective.Public },
        ],
        Aggregation = Aggregation.Arithmetic,
        Availability = new DataAvailability
        {
            MinimumWeightShare = 0.25,
            MinimumComponents = 2,
            RequiredDomains = [PatientOutcomesPillar, PatientExperiencePillar],
            IncompleteUnits = IncompleteRanking.NotRanked,
        },
    };
}
