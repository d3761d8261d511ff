using System.Collections.Immutable;

namespace OutcomeScoring.Fhir;

/// <summary>
/// An instrument's answers read back from the item Observations this package wrote (<see cref="ScoreObservations.FromAnswers"/>):
/// one answer per item and the answers to its companion questions.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ObservedAnswers
{
    internal ObservedAnswers(Instrument instrument, ImmutableArray<Answer> answers, ImmutableArray<bool?> companionAnswers)
    {
        Instrument = instrument;
        Answers = answers;
        CompanionAnswers = companionAnswers;
    }

    /// <summary>Gets the instrument the answers were read with.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets one answer per item, item 1 first (<see cref="Answer.NotApplicable"/> or <see cref="Answer.NotAnswered"/> when the Observation has no value).</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>
    /// Gets the companion answers (<see cref="Instrument.CompanionQuestions"/>, question by question, one per item it follows: yes,
    /// no, or <see langword="null"/> when the Observation has no such component), as
    /// <see cref="Instrument.TryScore(ReadOnlySpan{Answer}, ReadOnlySpan{bool?}, out InstrumentResult, out ScoringError)"/> takes them.
    /// </summary>
    public ImmutableArray<bool?> CompanionAnswers { get; }
}
