using System.Collections.Immutable;

namespace OutcomeScoring.Fhir;

/// <summary>
/// The answers read from a <c>QuestionnaireResponse</c> through a <see cref="QuestionnaireMapping"/>, in item order,
/// ready for the library's scoring: one <see cref="Answer"/> per item (a raw value, not answered, or not applicable)
/// and, where the mapping has them, the per-item "more help wanted?" answers.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResponseAnswers
{
    internal ResponseAnswers(QuestionnaireMapping mapping, ImmutableArray<Answer> answers, ImmutableArray<bool?> helpWanted)
    {
        Mapping = mapping;
        Answers = answers;
        HelpWanted = helpWanted;
    }

    /// <summary>Gets the mapping the answers were read with.</summary>
    public QuestionnaireMapping Mapping { get; }

    /// <summary>Gets one answer per item, item 1 first; an item absent from the response, or without an answer, is <see cref="Answer.NotAnswered"/>.</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>Gets one "more help wanted?" answer per item, item 1 first: yes, no, or <see langword="null"/> when not asked or not answered (all <see langword="null"/> when the mapping has no help questions).</summary>
    public ImmutableArray<bool?> HelpWanted { get; }

    /// <summary>
    /// Gets the answers to the instrument's companion questions (<see cref="Instrument.CompanionQuestions"/>), as
    /// <see cref="Instrument.TryScore(ReadOnlySpan{Answer}, ReadOnlySpan{bool?}, out InstrumentResult, out ScoringError)"/>
    /// takes them: the per-item "more help wanted?" answers (<see cref="HelpWanted"/>) are the answers to the first companion
    /// question after the items it follows. Empty when the mapping has no instrument, the instrument no companion question,
    /// or no help question was answered.
    /// </summary>
    /// <returns>The companion answers, or an empty array.</returns>
    internal bool?[] CompanionAnswers()
    {
        if (Mapping.Instrument is not { CompanionQuestions: [{ } question, ..] } instrument || HelpWanted.All(h => h is null))
        {
            return [];
        }

        var companions = new bool?[instrument.CompanionAnswerCount];
        for (int j = 0; j < question.Items.Length; j++)
        {
            companions[j] = question.Items[j] <= HelpWanted.Length ? HelpWanted[question.Items[j] - 1] : null;
        }

        return companions;
    }

    /// <summary>Gets how many items were answered with a value.</summary>
    public int ItemsAnswered => Answers.Count(a => a.IsAnswered);

    /// <summary>Returns the instrument and the answers.</summary>
    /// <returns>For example "CORE-10: 2, 1, not answered, ...".</returns>
    public override string ToString() => $"{Mapping.InstrumentName}: {string.Join(", ", Answers)}";
}
