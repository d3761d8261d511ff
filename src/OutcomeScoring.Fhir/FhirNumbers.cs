using System.Globalization;

namespace OutcomeScoring.Fhir;

/// <summary>
/// Exact conversion between the library's doubles and FHIR decimals. A cast from double to decimal keeps only
/// 15 significant digits; going through the shortest round-trip text keeps every double exactly, so a score read
/// back from an Observation equals the score written.
/// </summary>
internal static class FhirNumbers
{
    public static decimal ToDecimal(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double ToDouble(decimal value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
