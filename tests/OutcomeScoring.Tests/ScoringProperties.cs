using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Tests;

/// <summary>FsCheck properties of the engine, for every built-in instrument, checked against the spec sheet.</summary>
public class ScoringProperties
{
    private const int Cases = 1000;

    private static readonly Config Config = SuiteEffort.Properties(Cases);

    public static TheoryData<string> InstrumentIds => ["core-om", "core-10", "yp-core"];

    /// <summary>Forms with answers 0-4 and blanks, from mostly complete to mostly blank.</summary>
    private static Gen<Answer[]> Forms(int items) =>
        Gen.Choose(0, 60).SelectMany(blankPercent =>
            Gen.Frequency(
                    (blankPercent, Gen.Constant(Answer.NotAnswered)),
                    (100 - blankPercent, Gen.Choose(0, 4).Select(Answer.Of)))
                .ArrayOf(items));

    private static void Check(string instrumentId, Func<Instrument, SpecFacts.InstrumentFact, Answer[], bool> property)
    {
        Instrument instrument = SpecFacts.Instrument(instrumentId);
        SpecFacts.InstrumentFact fact = SpecFacts.For(instrumentId);
        Prop.ForAll(Forms(fact.ItemCount).ToArbitrary(), answers => property(instrument, fact, answers)).Check(Config);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a));

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Every_computable_score_lies_in_0_to_4_and_clinical_is_ten_times_mean(string id) =>
        Check(id, (instrument, _, answers) => instrument.Score(answers).ToArray().All(s =>
            !s.IsComputable || (s.Mean >= 0 && s.Mean <= 4 && Close(s.ClinicalScore!.Value, 10 * s.Mean!.Value))));

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Prorating_gives_the_mean_of_keyed_answered_items_within_the_limit_and_nothing_beyond(string id) =>
        Check(id, (instrument, fact, answers) =>
        {
            InstrumentResult result = instrument.Score(answers);
            return fact.Scores.All(score =>
            {
                double? expected = SpecFacts.ExpectedMean(fact, score, answers);
                double? actual = result[score.Id].Mean;
                return expected is null ? actual is null : actual is { } a && Close(a, expected.Value);
            });
        });

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Reversing_every_raw_answer_maps_every_score_s_to_4_minus_s(string id) =>
        Check(id, (instrument, _, answers) =>
        {
            Answer[] reversed = [.. answers.Select(a => a.IsAnswered ? Answer.Of(4 - a.Value!.Value) : a)];
            Score[] before = instrument.Score(answers).ToArray();
            Score[] after = instrument.Score(reversed).ToArray();
            return before.Zip(after).All(p =>
                p.First.IsComputable == p.Second.IsComputable
                && (!p.First.IsComputable || Close(p.Second.Mean!.Value, 4 - p.First.Mean!.Value)));
        });

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Raising_one_answer_on_a_direct_item_never_lowers_a_score_that_includes_it(string id) =>
        CheckRaisingOneAnswer(id, reversedItems: false, (before, after) => after > before);

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Raising_one_answer_on_a_reversed_item_never_raises_a_score_that_includes_it(string id) =>
        CheckRaisingOneAnswer(id, reversedItems: true, (before, after) => after < before);

    /// <summary>
    /// Raises one answered item (below 4) by one, chosen among the direct or the reversed items of the sheet,
    /// and checks every computable score that includes it moved as <paramref name="moved"/> says.
    /// </summary>
    private static void CheckRaisingOneAnswer(string id, bool reversedItems, Func<double, double, bool> moved)
    {
        Instrument instrument = SpecFacts.Instrument(id);
        SpecFacts.InstrumentFact fact = SpecFacts.For(id);
        Gen<(Answer[] Answers, int Item)> cases = Forms(fact.ItemCount).SelectMany(
            answers => Gen.Elements(Enumerable.Range(1, fact.ItemCount)
                .Where(i => fact.Reversed.Contains(i) == reversedItems && answers[i - 1] is { IsAnswered: true, Value: < 4 })
                .DefaultIfEmpty(0)),
            (answers, item) => (answers, item));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            if (c.Item == 0)
            {
                return true;
            }

            Answer[] raised = [.. c.Answers];
            raised[c.Item - 1] = c.Answers[c.Item - 1].Value!.Value + 1;
            InstrumentResult before = instrument.Score(c.Answers), after = instrument.Score(raised);
            return fact.Scores.Where(s => s.Items.Contains(c.Item)).All(s =>
                before[s.Id].Mean is not { } b || (after[s.Id].Mean is { } a && moved(b, a)));
        }).Check(Config);
    }

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Risk_flag_is_raised_exactly_when_a_risk_item_is_above_zero(string id) =>
        Check(id, (instrument, fact, answers) =>
            instrument.Score(answers).RiskFlag == fact.Risk.Any(i => answers[i - 1].Value > 0));

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Batch_equals_one_by_one_in_any_order_and_on_any_thread(string id)
    {
        Instrument instrument = SpecFacts.Instrument(id);
        SpecFacts.InstrumentFact fact = SpecFacts.For(id);
        Gen<(Answer[][] Rows, int Seed)> cases = Gen.Zip(Forms(fact.ItemCount).ArrayOf(), Gen.Choose(0, int.MaxValue));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Score[][] oneByOne = [.. c.Rows.Select(r => instrument.Score(r).ToArray())];
            ScoringOutcome[] batch = instrument.ScoreBatch(c.Rows);

            int[] order = [.. Enumerable.Range(0, c.Rows.Length)];
            new Random(c.Seed).Shuffle(order);
            ScoringOutcome[] shuffled = instrument.ScoreBatch([.. order.Select(i => c.Rows[i])]);

            var threaded = new Score[c.Rows.Length][];
            Parallel.For(0, c.Rows.Length, i => threaded[i] = instrument.Score(c.Rows[i]).ToArray());

            return batch.Length == c.Rows.Length
                && Enumerable.Range(0, c.Rows.Length).All(i =>
                    batch[i].Position == i
                    && batch[i].Result.ToArray().SequenceEqual(oneByOne[i])
                    && shuffled[Array.IndexOf(order, i)].Result.ToArray().SequenceEqual(oneByOne[i])
                    && threaded[i].SequenceEqual(oneByOne[i]));
        }).Check(Config.WithMaxTest(200));
    }

    [Fact]
    public void Complete_CORE_10_forms_have_a_clinical_score_equal_to_the_keyed_item_sum() =>
        Check("core-10", (instrument, fact, answers) =>
        {
            Answer[] complete = [.. answers.Select(a => a.IsAnswered ? a : Answer.Of(0))];
            int sum = Enumerable.Range(1, 10).Sum(i => SpecFacts.Keyed(fact, i, complete[i - 1].Value!.Value));
            return instrument.Score(complete).Primary.ClinicalScore == sum;
        });
}
