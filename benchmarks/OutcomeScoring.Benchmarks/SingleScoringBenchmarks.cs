using BenchmarkDotNet.Attributes;
using OutcomeScoring;
using OutcomeScoring.CoreFamily;

/// <summary>Scoring one response set. The success path must allocate nothing.</summary>
[MemoryDiagnoser]
public class SingleScoringBenchmarks
{
    private Answer[] _core10 = [];
    private Answer[] _core10Prorated = [];
    private Answer[] _coreOm = [];

    [GlobalSetup]
    public void Setup()
    {
        _core10 = SampleForms.Complete(10, 1);
        _core10Prorated = SampleForms.Complete(10, 2);
        _core10Prorated[4] = Answer.NotAnswered;
        _coreOm = SampleForms.Complete(34, 3);
    }

    [Benchmark(Baseline = true)]
    public double? Core10() => Core10Instrument.Score(_core10).Primary.ClinicalScore;

    [Benchmark]
    public double? Core10_prorated() => Core10Instrument.Score(_core10Prorated).Primary.ClinicalScore;

    [Benchmark]
    public double? CoreOm_all_six_scores() => CoreOmInstrument.Score(_coreOm)["all"].ClinicalScore;

    [Benchmark]
    public string? Core10_with_band_and_cutoff()
    {
        InstrumentResult result = Core10Instrument.Score(_core10);
        return result.CompareWithCutoff().IsInClinicalRange == true ? result.Band?.Code : null;
    }

    private static Instrument Core10Instrument => OutcomeScoring.CoreFamily.Core10.Instrument;

    private static Instrument CoreOmInstrument => CoreOm.Instrument;
}
