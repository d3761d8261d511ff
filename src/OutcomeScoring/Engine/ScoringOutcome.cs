namespace OutcomeScoring;

/// <summary>
/// The outcome of scoring one response set in a batch: its position in the input and either the result or
/// the error. A batch returns one outcome per input, in input order.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct ScoringOutcome
{
    private readonly InstrumentResult _result;
    private readonly ScoringError _error;

    internal ScoringOutcome(int position, InstrumentResult result)
    {
        Position = position;
        _result = result;
        IsSuccess = true;
    }

    internal ScoringOutcome(int position, ScoringError error)
    {
        Position = position;
        _error = error;
    }

    /// <summary>Gets the zero-based position of the response set in the batch input.</summary>
    public int Position { get; }

    /// <summary>Gets whether the response set was scored.</summary>
    public bool IsSuccess { get; }

    /// <summary>Gets the error, or <see langword="null"/> when the response set was scored.</summary>
    public ScoringError? Error => IsSuccess ? null : _error;

    /// <summary>Gets the result.</summary>
    /// <exception cref="InvalidOperationException">The response set could not be scored; the message says why and where.</exception>
    public InstrumentResult Result => IsSuccess
        ? _result
        : throw new InvalidOperationException($"Response set at position {Position} could not be scored: {_error.Message}");

    /// <summary>Gets the result when the response set was scored.</summary>
    /// <param name="result">The result, or <c>default</c> when there is none.</param>
    /// <returns><see langword="true"/> when the response set was scored.</returns>
    public bool TryGetResult(out InstrumentResult result)
    {
        result = _result;
        return IsSuccess;
    }
}
