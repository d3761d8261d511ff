using BenchmarkDotNet.Attributes;
using OutcomeScoring;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;

/// <summary>
/// Typed scoring of one response set for every built-in instrument: the success path must allocate nothing
/// (Allocated shows "-"). PAM-13 uses a made-up 13-item calibration loaded once (none is shipped).
/// </summary>
[MemoryDiagnoser]
public class EveryInstrumentBenchmarks
{
    private Answer[] _core10 = [], _coreOm = [], _ypCore = [], _gpCore = [], _sf = [], _dialog = [], _pam = [];
    private DialogResponse _dialogResponse = null!;
    private ICalibration _pamWle = null!, _pamMl = null!;
    private Instrument _pamEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _core10 = SampleForms.Complete(10, 1);
        _coreOm = SampleForms.Complete(34, 3);
        _ypCore = SampleForms.Complete(10, 4);
        _gpCore = SampleForms.Complete(14, 5);
        _sf = SampleForms.Complete(18, 6);
        _dialog = [4, 5, 3, 6, 2, 7, 5, 4, 6, Answer.NotApplicable, 5];
        _dialogResponse = DialogResponse.FromPositional(_dialog);
        _pam = [1, 2, 3, 4, 3, 2, 3, 4, 4, 3, Answer.NotApplicable, 2, 3];
        _pamWle = MadeUpPam.Calibration(RaschEstimator.WeightedLikelihood);
        _pamMl = MadeUpPam.Calibration(RaschEstimator.MaximumLikelihood);
        _pamEngine = Pam13.WithCalibration(_pamWle);
    }

    [Benchmark]
    public double? Core10_() => Core10.Instrument.Score(_core10).Primary.ClinicalScore;

    [Benchmark]
    public double? CoreOm_() => CoreOm.Instrument.Score(_coreOm).Primary.ClinicalScore;

    [Benchmark]
    public double? YpCore_() => YpCore.Instrument.Score(_ypCore).Primary.ClinicalScore;

    [Benchmark]
    public double? GpCore_() => GpCore.Instrument.Score(_gpCore).Primary.ClinicalScore;

    [Benchmark]
    public double? CoreSfA() => CoreShortForms.FormA.Score(_sf).Primary.ClinicalScore;

    [Benchmark]
    public double? Core6D_utility() => Core6D.FromCoreOm(_coreOm).Utility;

    [Benchmark]
    public double? Dialog_scores() => Dialog.Instrument.Score(_dialog).Primary.Mean;

    [Benchmark]
    public int? Dialog_with_unmet_needs() => Dialog.Score(_dialogResponse).UnmetNeeds;

    [Benchmark]
    public double? Pam13_wle() => Pam13.Score(_pam, _pamWle).Score;

    [Benchmark]
    public double? Pam13_ml() => Pam13.Score(_pam, _pamMl).Score;

    /// <summary>The definition path: the core-6d value-set stage of the scored form.</summary>
    [Benchmark]
    public double? Core6D_stage() => Core6D.Instrument.Score(_coreOm).Stage(Core6D.UtilityStage)["value"];

    /// <summary>The definition path: DIALOG's lowest-rated stage.</summary>
    [Benchmark]
    public double? Dialog_lowest_rated_stage() => Dialog.Instrument.Score(_dialog).Stage(Dialog.LowestRatedStage)["lowest"];

    /// <summary>The definition path: PAM-13 with the calibration bound, its activation stage.</summary>
    [Benchmark]
    public double? Pam13_wle_stage() => _pamEngine.Score(_pam).Stage(Pam13.ActivationStage)["measure"];
}
