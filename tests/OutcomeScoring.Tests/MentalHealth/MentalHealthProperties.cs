using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>
/// FsCheck properties of every mental health built-in, checked against the sheet's facts (<see cref="MentalHealthFacts"/>):
/// the total is the sheet's total, lies within its range, never moves against an item, is never pushed past its bounds by
/// missing items, and byte-batch scoring equals one-by-one.
/// </summary>
public sealed class MentalHealthProperties
{
    private static readonly Config Config = SuiteEffort.Properties(500);

    public static TheoryData<string> Ids => [.. MentalHealthFacts.All.Select(f => f.Id)];

    /// <summary>Forms on the instrument's scale with blanks, from mostly complete to mostly blank.</summary>
    private static Gen<Answer[]> Forms(MentalHealthFacts.Fact fact) =>
        Gen.Choose(0, 40).SelectMany(blankPercent =>
            Gen.Frequency(
                    (blankPercent, Gen.Constant(Answer.NotAnswered)),
                    (100 - blankPercent, Gen.Choose(fact.Minimum, fact.Maximum).Select(Answer.Of)))
                .ArrayOf(fact.ItemCount));

    private static void Check(string id, Func<Instrument, MentalHealthFacts.Fact, Answer[], bool> property)
    {
        MentalHealthFacts.Fact fact = MentalHealthFacts.For(id);
        Instrument instrument = Instruments.Get(id);
        Prop.ForAll(Forms(fact).ToArbitrary(), answers => property(instrument, fact, answers)).Check(Config);
    }

    private static double? Primary(Instrument instrument, Answer[] answers) => instrument.Score(answers).Primary.ClinicalScore;

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_primary_score_is_the_sheet_total_within_its_range(string id) =>
        Check(id, (instrument, fact, answers) =>
            Primary(instrument, answers) is not { } total
                ? fact.Total(answers) is null
                : total == fact.Total(answers) && total >= fact.Lowest && total <= fact.Highest);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Raising_one_answer_moves_the_total_only_the_way_its_keying_says(string id) =>
        Check(id, (instrument, fact, answers) =>
        {
            int item = Array.FindIndex(answers, a => a.IsAnswered && a.Value < fact.Maximum);
            if (item < 0 || Primary(instrument, answers) is not { } before)
            {
                return true;
            }

            Answer[] raised = [.. answers];
            raised[item] = answers[item].Value!.Value + 1;
            double after = Primary(instrument, raised)!.Value;
            return fact.Reversed.Contains(item + 1) ? after <= before : after >= before;
        });

    [Theory]
    [MemberData(nameof(Ids))]
    public void Blanking_answers_never_pushes_a_total_past_its_bounds(string id) =>
        Check(id, (instrument, fact, answers) =>
        {
            Answer[] fewer = [.. answers.Select((a, i) => i % 3 == 0 ? Answer.NotAnswered : a)];
            return Primary(instrument, fewer) is not { } total || (total >= fact.Lowest && total <= fact.Highest);
        });

    [Theory]
    [MemberData(nameof(Ids))]
    public void Byte_batch_scoring_equals_one_by_one(string id)
    {
        MentalHealthFacts.Fact fact = MentalHealthFacts.For(id);
        Instrument instrument = Instruments.Get(id);
        var codes = new AnswerCodes(255);
        Prop.ForAll(Forms(fact).ArrayOf().ToArbitrary(), sets =>
        {
            byte[] bytes = [.. sets.SelectMany(s => s.Select(a => a.Value is { } v ? (byte)v : (byte)255))];
            var outcomes = new ScoringOutcome[sets.Length];
            instrument.ScoreBatch(bytes, codes, outcomes);
            return sets.Select((s, i) => instrument.Score(s).ToString() == outcomes[i].Result.ToString()
                && instrument.Score(s).ToArray().SequenceEqual(outcomes[i].Result.ToArray())).All(ok => ok);
        }).Check(SuiteEffort.Properties(200));
    }
}
