namespace OutcomeScoring.Tests;

/// <summary>
/// The facts of ../shared/specs/core.md written out independently of the library's definitions, so that the
/// tests check the engine against the sheet rather than against itself.
/// </summary>
internal static class SpecFacts
{
    public sealed record ScoreFact(string Id, int[] Items, int MaxMissing);

    public sealed record InstrumentFact(string Id, int ItemCount, int[] Reversed, int[] Risk, ScoreFact[] Scores);

    public static readonly InstrumentFact CoreOm = new(
        "core-om",
        34,
        Reversed: [3, 4, 7, 12, 19, 21, 31, 32],
        Risk: [6, 9, 16, 22, 24, 34],
        Scores:
        [
            new("all", [.. Enumerable.Range(1, 34)], 3),
            new("nonrisk", [4, 14, 17, 31, 2, 5, 8, 11, 13, 15, 18, 20, 23, 27, 28, 30, 1, 3, 7, 10, 12, 19, 21, 25, 26, 29, 32, 33], 3),
            new("wellbeing", [4, 14, 17, 31], 0),
            new("problems", [2, 5, 8, 11, 13, 15, 18, 20, 23, 27, 28, 30], 1),
            new("functioning", [1, 3, 7, 10, 12, 19, 21, 25, 26, 29, 32, 33], 1),
            new("risk", [6, 9, 16, 22, 24, 34], 0),
        ]);

    public static readonly InstrumentFact Core10 = new(
        "core-10", 10, Reversed: [2, 3], Risk: [6], Scores: [new("total", [.. Enumerable.Range(1, 10)], 1)]);

    public static readonly InstrumentFact YpCore = new(
        "yp-core", 10, Reversed: [3, 5, 10], Risk: [], Scores: [new("total", [.. Enumerable.Range(1, 10)], 1)]);

    public static readonly InstrumentFact[] All = [CoreOm, Core10, YpCore];

    public static InstrumentFact For(string id) => All.Single(f => f.Id == id);

    public static Instrument Instrument(string id) => Instruments.Get(id);

    /// <summary>The scored value of a raw answer under the sheet's keying (reverse = 4 - answer).</summary>
    public static int Keyed(InstrumentFact fact, int item, int raw) => fact.Reversed.Contains(item) ? 4 - raw : raw;

    /// <summary>The sheet's rule: mean of keyed answered items when missing &lt;= limit, else not computable.</summary>
    public static double? ExpectedMean(InstrumentFact fact, ScoreFact score, Answer[] answers)
    {
        var answered = score.Items.Where(i => answers[i - 1].IsAnswered).ToArray();
        if (score.Items.Length - answered.Length > score.MaxMissing)
        {
            return null;
        }

        return answered.Sum(i => (double)Keyed(fact, i, answers[i - 1].Value!.Value)) / answered.Length;
    }

    public static Answer[] Uniform(int count, int value) => [.. Enumerable.Repeat(Answer.Of(value), count)];

    public static Answer[] Blank(int count) => new Answer[count];
}
