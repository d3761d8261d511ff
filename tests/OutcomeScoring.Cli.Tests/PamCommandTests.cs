using System.Globalization;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Cli.Tests;

/// <summary>`score pam-13 --calibration`: the output contract of issue 3, with made-up calibrations only.</summary>
public sealed class PamCommandTests : IDisposable
{
    private static readonly string Header = "id," + string.Join(",", Enumerable.Range(1, 13).Select(i => $"item{i}"));

    // Made up for the test: rating scale-like thresholds, transform 50 + 10 * theta, ML estimation.
    private const string Calibration = """
        {"name":"test calibration (made up)","model":"partial-credit","estimator":"ml",
         "items":[
           {"item":1,"thresholds":[-1,0,1]},{"item":2,"thresholds":[-1,0,1]},{"item":3,"thresholds":[-1,0,1]},
           {"item":4,"thresholds":[-1,0,1]},{"item":5,"thresholds":[-1,0,1]},{"item":6,"thresholds":[-1,0,1]},
           {"item":7,"thresholds":[-1,0,1]},{"item":8,"thresholds":[-1,0,1]},{"item":9,"thresholds":[-1,0,1]},
           {"item":10,"thresholds":[-1,0,1]},{"item":11,"thresholds":[-1,0,1]},{"item":12,"thresholds":[-1,0,1]},
           {"item":13,"thresholds":[-1,0,1]}],
         "transform":{"intercept":50,"slope":10,"min":0,"max":100},
         "minimumAnswered":10,"rejectUniformExtremes":true}
        """;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string[][] Rows, string Error) Score(string csv, params string[] extra) =>
        _cli.Score("pam-13", csv, ["--calibration", _cli.Write("calibration.json", Calibration), .. extra]);

    [Fact]
    public void Output_columns_are_the_documented_contract_and_the_centre_maps_to_the_intercept()
    {
        // Answers 2 and 3 (categories 1 and 2) give raw 20 of 39; with symmetric thresholds raw 19.5 is theta 0,
        // so the measure lies just above the centre and the score just above the intercept.
        var (exit, rows, _) = Score(Header + "\nc,2,3,2,3,2,3,2,3,2,3,2,3,3\n");
        Assert.Equal(0, exit);
        Assert.Equal(["id", "activation", "activation_se", "level", "answered", "theta", "theta_se", "error"], rows[0]);

        ICalibration calibration = OutcomeScoring.Activation.Calibration.FromJson(Calibration);
        Pam13Result expected = Pam13.Score([2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 3], calibration);
        Assert.Equal(expected.Score!.Value.ToString("R", CultureInfo.InvariantCulture), Csv.Cell(rows, 1, "activation"));
        Assert.Equal(expected.StandardError!.Value.ToString("R", CultureInfo.InvariantCulture), Csv.Cell(rows, 1, "activation_se"));
        Assert.Equal(expected.Level!.Value.ToString(CultureInfo.InvariantCulture), Csv.Cell(rows, 1, "level"));
        double theta = double.Parse(Csv.Cell(rows, 1, "theta"), CultureInfo.InvariantCulture);
        Assert.True(theta > 0 && theta < 0.2, $"theta {theta}");
        Assert.Equal(50 + (10 * theta), double.Parse(Csv.Cell(rows, 1, "activation"), CultureInfo.InvariantCulture), 9);
    }

    [Fact]
    public void NA_and_blank_are_not_answered_and_too_few_answers_say_why()
    {
        var (_, rows, _) = Score(Header + "\na,NA,n/a,,,3,3,3,3,3,3,3,3,3\nb,NA,3,3,3,3,3,3,3,3,3,3,3,2\n");
        Assert.Equal(["a", "", "", "", "9", "", "", "Not computable: 9 of 13 items answered; calibration 'test calibration (made up)' needs at least 10."], rows[1]);
        Assert.Equal("12", Csv.Cell(rows, 2, "answered"));
        Assert.NotEqual("", Csv.Cell(rows, 2, "activation"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("x")]
    public void Answers_other_than_1_to_4_NA_or_blank_are_row_errors(string bad)
    {
        var (exit, rows, _) = Score(Header + $"\nbad,3,3,3,{bad},3,3,3,3,3,3,3,3,3\nok,3,3,3,3,3,3,3,3,3,3,3,3,2\n");
        Assert.Equal(0, exit);
        Assert.Equal($"item4: '{bad}' is not an answer; answers are 1-4, NA or blank", Csv.Cell(rows, 1, "error"));
        Assert.NotEqual("", Csv.Cell(rows, 2, "activation"));
    }

    [Fact]
    public void A_uniform_extreme_pattern_is_refused_when_the_calibration_says_so()
    {
        var (_, rows, _) = Score(Header + "\nall4,4,4,4,4,4,4,4,4,4,4,4,4,4\n");
        Assert.Equal("", Csv.Cell(rows, 1, "activation"));
        Assert.Contains("rejects a uniform extreme pattern", Csv.Cell(rows, 1, "error"), StringComparison.Ordinal);
    }

    [Fact]
    public void Level_cut_points_are_an_option()
    {
        // Find a row whose reported score lies between 67.1 and 72.4: level 4 under Hibbard 2010, 3 under Shirley Ryan.
        string row = "r,4,4,4,4,4,4,4,4,3,3,3,3,3";
        ICalibration calibration = OutcomeScoring.Activation.Calibration.FromJson(Calibration);
        double? score = Pam13.Score([4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3], calibration).ReportedScore;
        Assert.InRange(score!.Value, 67.1, 72.4);
        Assert.Equal("4", Csv.Cell(Score(Header + "\n" + row + "\n").Rows, 1, "level"));
        Assert.Equal("3", Csv.Cell(Score(Header + "\n" + row + "\n", "--levels", "shirley-ryan").Rows, 1, "level"));
    }

    [Fact]
    public void Without_a_calibration_the_command_says_none_is_shipped()
    {
        var (exit, output, error) = CliRunner.Run("score", "pam-13", _cli.Write("in.csv", Header + "\n"));
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains("needs --calibration", error, StringComparison.Ordinal);
        Assert.Contains("not shipped", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",", "malformed")]
    [InlineData("{\"name\":\"x\",\"model\":\"partial-credit\",\"estimator\":\"ml\",\"items\":[{\"item\":1,\"thresholds\":[-1,0,1]}],\"transform\":{\"intercept\":50,\"slope\":10,\"min\":0,\"max\":100},\"minimumAnswered\":1,\"rejectUniformExtremes\":false}", "PAM-13 needs 13")]
    public void A_bad_calibration_is_unusable_input_with_its_reason(string json, string fragment)
    {
        var (exit, output, error) = CliRunner.Run("score", "pam-13", _cli.Write("in.csv", Header + "\n"), "--calibration", _cli.Write("bad.json", json));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_calibration_file_is_unusable_input()
    {
        var (exit, _, error) = CliRunner.Run("score", "pam-13", _cli.Write("in.csv", Header + "\n"), "--calibration", _cli.PathOf("none.json"));
        Assert.Equal(1, exit);
        Assert.Contains("calibration file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibration_with_another_instrument_is_a_usage_error()
    {
        var (exit, _, error) = _cli.Score("core-10", "id\n", "--calibration", "x.json");
        Assert.NotEqual(0, exit);
        Assert.Contains("--calibration applies only to pam-13, not core-10.", error, StringComparison.Ordinal);
    }
}
