using OutcomeScoring.Activation;

namespace OutcomeScoring.Tests.Activation;

/// <summary>The made-up sample calibrations load, and the numbers in docs/instruments/pam-13.md are what the library gives.</summary>
public class DocumentedExamplesTests
{
    private static ICalibration Sample(string file)
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "samples", file));
        return Calibration.Load(stream);
    }

    [Fact]
    public void The_made_up_item_parameter_sample_gives_the_documented_result()
    {
        ICalibration calibration = Sample("pam-13-calibration.made-up.json");
        Pam13.CheckCalibration(calibration);
        Answer[] answers = [3, 3, 2, 3, 4, 3, 2, 3, 3, Answer.NotApplicable, 3, 2, 3];
        Pam13Result result = Pam13.Score(answers, calibration);
        Assert.Equal(59.293636408093306, result.Score!.Value, 10);
        Assert.Equal(59.3, result.ReportedScore);
        Assert.Equal(3.116265863508685, result.StandardError!.Value, 10);
        Assert.Equal(3, result.Level);
        Assert.Equal(12, result.ItemsAnswered);
        Assert.Equal("PAM-13 59.3 (SE 3.1), level 3, 12 of 13 items answered", result.ToString());

        ActivationChange change = Pam13.Change(before: 59.29, after: 62.0);
        Assert.Equal(2.7, change.Gain);
        Assert.False(change.IsMeaningfulImprovement);
    }

    [Fact]
    public void The_made_up_table_sample_loads_and_scores()
    {
        ICalibration table = Sample("pam-13-table.made-up.json");
        Pam13.CheckCalibration(table);
        Assert.Equal(12, table.MinimumAnswered);
        Answer[] answers = [3, 3, 2, 3, 4, 3, 2, 3, 3, Answer.NotApplicable, 3, 2, 3];
        Assert.Equal(60.0, Pam13.Score(answers, table).Score);
    }
}
