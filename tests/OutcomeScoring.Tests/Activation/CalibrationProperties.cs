using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Activation;

/// <summary>FsCheck properties of calibrations.</summary>
public class CalibrationProperties
{
    private static readonly Config Config = SuiteEffort.Properties(200);

    [Fact]
    public void A_lookup_table_and_the_item_parameter_calibration_it_was_built_from_agree_on_complete_answers()
    {
        // Random made-up PAM-shaped calibrations (13 items x 3 thresholds in [-3, 3]), either estimator,
        // a transform wide enough not to clamp, and random complete answers 1-4.
        Gen<double> threshold = Gen.Choose(-300, 300).Select(x => x / 100.0);
        Gen<(double[][] Thresholds, bool Ml, int[] Answers)> cases =
            from thresholds in threshold.ArrayOf(3).ArrayOf(13)
            from ml in Gen.Elements(true, false)
            from answers in Gen.Choose(1, 4).ArrayOf(13)
            select (thresholds, ml, answers);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var items = new ItemParameterCalibration(
                "made-up",
                RaschModel.PartialCredit(c.Thresholds),
                new PersonEstimationOptions { Estimator = c.Ml ? RaschEstimator.MaximumLikelihood : RaschEstimator.WeightedLikelihood },
                new LinearTransform(50, 10, -1000, 1000),
                13,
                false);
            LookupTableCalibration table = items.ToLookupTable();
            Answer[] answers = [.. c.Answers.Select(Answer.Of)];
            Pam13Result a = Pam13.Score(answers, items), b = Pam13.Score(answers, table);
            return a.IsComputable && b.IsComputable
                && Math.Abs(a.Score!.Value - b.Score!.Value) < 1e-8
                && Math.Abs(a.StandardError!.Value - b.StandardError!.Value) < 1e-8
                && a.Level == b.Level;
        }).Check(Config);
    }
}
