namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Whose view a component or pillar gives (<see cref="IndexComponent.Perspective"/>, <see cref="IndexDomain.Perspective"/>): the
/// Long Term Plan asked for an index "from patients', carers' and the public's point of view".
/// </summary>
/// <remarks>Sources: NHS Long Term Plan (2019); integration-experience-utility sheet, section 7 ("whose view").</remarks>
public enum Perspective
{
    /// <summary>Patients (people using health services), reporting on their own care or health.</summary>
    Patient = 1,

    /// <summary>Unpaid carers (for example the Survey of Adult Carers in England behind ASCOF 1D).</summary>
    Carer = 2,

    /// <summary>People using adult social care (for example the Adult Social Care Survey behind ASCOF 1A).</summary>
    SocialCareUser = 3,

    /// <summary>The public's view of a service, from anyone who used it (for example the Friends and Family Test).</summary>
    Public = 4,
}
