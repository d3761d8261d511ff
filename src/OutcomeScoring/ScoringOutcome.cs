using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OutcomeScoring;

/// <summary>
/// The outcome of scoring one response set in a batch: its position in the input and either the result or
/// the error. A batch returns one outcome per input, in input order.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Compact (72 bytes on 64-bit), so that a buffer of outcomes for a large batch
/// stays small: a failed outcome keeps its error in the space the scores would take.
/// </remarks>
public readonly struct ScoringOutcome
{
    private readonly InstrumentResult _result;
    private readonly int _position;
    private readonly bool _isSuccess;

    internal ScoringOutcome(int position, in InstrumentResult result)
    {
        _position = position;
        _result = result;
        _isSuccess = true;
    }

    internal ScoringOutcome(int position, Instrument instrument, ScoringError error)
    {
        _position = position;
        ResultLanes lanes = default;
        lanes[ResultLanes.ErrorKind] = (ushort)error.Kind;
        lanes[ResultLanes.ErrorItem] = (ushort)(error.ItemNumber ?? 0);
        lanes[ResultLanes.FirstScore] = (ushort)error.Value;
        lanes[ResultLanes.FirstScore + 1] = (ushort)(error.Value >>> 16);
        _result = new InstrumentResult(instrument, lanes);
    }

    /// <summary>
    /// Writes a scored outcome in place from the byte engine's accumulator (the first sixteen lanes), without
    /// building and copying temporaries: the batch engine's hot path.
    /// </summary>
    internal static void WriteScored(ref ScoringOutcome slot, int position, Instrument instrument, Vector256<ushort> head)
    {
        InstrumentResult.WriteInPlace(ref Unsafe.AsRef(in slot._result), instrument, head);
        Unsafe.AsRef(in slot._position) = position;
        Unsafe.AsRef(in slot._isSuccess) = true;
    }

    /// <summary>Whether the byte engine counted answers off the scale (lane 2 of a "scored" outcome); never true once a batch returns.</summary>
    internal bool HasOffScaleAnswers => _isSuccess && _result.ErrorLane != 0;

    /// <summary>Gets the zero-based position of the response set in the batch input.</summary>
    public int Position => _position;

    /// <summary>Gets whether the response set was scored.</summary>
    public bool IsSuccess => _isSuccess;

    /// <summary>Gets the error, or <see langword="null"/> when the response set was scored.</summary>
    public ScoringError? Error => _isSuccess ? null : RebuildError();

    /// <summary>Gets the result.</summary>
    /// <exception cref="InvalidOperationException">The response set could not be scored; the message says why and where.</exception>
    public InstrumentResult Result => _isSuccess
        ? _result
        : throw new InvalidOperationException($"Response set at position {Position} could not be scored: {RebuildError().Message}");

    /// <summary>Gets the result when the response set was scored.</summary>
    /// <param name="result">The result, or <c>default</c> when there is none.</param>
    /// <returns><see langword="true"/> when the response set was scored.</returns>
    public bool TryGetResult(out InstrumentResult result)
    {
        result = _isSuccess ? _result : default;
        return _isSuccess;
    }

    private ScoringError RebuildError()
    {
        Instrument instrument = _result.InstrumentOrNull
            ?? throw new InvalidOperationException("default(ScoringOutcome) is not the outcome of any batch.");
        ResultLanes lanes = _result.Lanes;
        var kind = (ScoringErrorKind)lanes[ResultLanes.ErrorKind];
        int value = lanes[ResultLanes.FirstScore] | (lanes[ResultLanes.FirstScore + 1] << 16);
        int items = instrument.Items.Length;
        return kind == ScoringErrorKind.AnswerOutOfRange
            ? new ScoringError(kind, instrument.Name, lanes[ResultLanes.ErrorItem], value, instrument.Scale.Minimum, instrument.Scale.Maximum)
            : new ScoringError(kind, instrument.Name, null, value, items, items);
    }
}
