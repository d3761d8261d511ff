using OutcomeScoring.Activation;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of PAM-13 scored with a licensee's calibration: item1..item13 (1-4, <c>NA</c>, or blank), read with
/// <see cref="Pam13.Layout"/>. Result columns (a contract, docs/cli.md): <c>activation,activation_se,level,answered,theta,theta_se</c>.
/// </summary>
internal sealed class PamRowScorer(ICalibration calibration, ActivationCutPoints cutPoints) : RowScorer
{
    /// <summary>The command-line id; PAM-13 is not an <see cref="Instrument"/>, so it is not in the catalogue.</summary>
    public const string Id = "pam-13";

    private readonly Answer[] _answers = new Answer[Pam13.ItemCount];
    private FormReader? _reader;

    public override string[] Columns { get; } = ["activation", "activation_se", "level", "answered", "theta", "theta_se"];

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        return TryBind(Pam13.Layout, header, out _reader, consumed, out problem);
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        ReadAnswers(_reader!, record, _answers, problems);
        if (problems.Count > 0)
        {
            return;
        }

        if (!Pam13.TryScore(_answers, calibration, cutPoints, out Pam13Result result, out ScoringError error))
        {
            problems.Add(error.Message);
            return;
        }

        cells[0] = Number(result.Score);
        cells[1] = Number(result.StandardError);
        cells[2] = Whole(result.Level);
        cells[3] = Whole(result.ItemsAnswered);
        cells[4] = Number(result.Calibrated.Measure?.Theta);
        cells[5] = Number(result.Calibrated.Measure?.StandardError);
        if (result.Explanation is { } why)
        {
            problems.Add(why);
        }
    }
}
