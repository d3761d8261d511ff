using OutcomeScoring.Activation;

/// <summary>A made-up 13-item, 4-category partial credit calibration (NOT the licensed PAM-13 one; none is shipped).</summary>
internal static class MadeUpPam
{
    public static RaschModel Model { get; } = RaschModel.PartialCredit(
        Enumerable.Range(0, 13).Select(i => new[] { -2.0 + (0.1 * i), -0.3 + (0.05 * i), 1.5 - (0.08 * i) }));

    public static ICalibration Calibration(RaschEstimator estimator) => new ItemParameterCalibration(
        "made-up", Model, new PersonEstimationOptions { Estimator = estimator }, new LinearTransform(50, 10, 0, 100), minimumAnswered: 7, rejectUniformExtremes: false);
}
