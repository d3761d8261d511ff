namespace OutcomeScoring.Activation;

/// <summary>Source citations for the Rasch machinery and the patient activation measure.</summary>
internal static class RaschSources
{
    public const string Estimation = "Linacre, Rasch Measurement Transactions 10:2 and 12:2 (estimation); Warm 1989, Psychometrika 54:427-450 (weighted likelihood)";

    public const string Pam = "Hibbard et al. 2004, Health Serv Res 39(4):1005-1026; Hibbard et al. 2005, Health Serv Res 40(6):1918-1930";

    public const string Hibbard2010 = "Hibbard et al. 2010, JAGS (PAM level cut points)";

    public const string ShirleyRyan = "Shirley Ryan AbilityLab, Patient Activation Measure instrument page (second set of cut points)";

    public const string Nqf2483 = "NQF #2483 (gain in patient activation: 3 points or more is meaningful improvement)";
}
