using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.CoreFamily;

/// <summary>CORE-6D and QALYs (specs/core.md, CORE-6D).</summary>
public class Core6DTests
{
    [Fact]
    public void Every_CORE_OM_answer_0_gives_the_state_computed_by_hand()
    {
        // Items 1, 15, 16, 33 answered 0 -> level 0 each; item 21 answered 0 is reversed to 4 -> level 2;
        // emotional sum 2. Physical item 8 answered 0 -> level 0. Tariff (physical 0, sum 2) = .87.
        Core6DState state = Core6D.FromCoreOm(SpecFacts.Uniform(34, 0));
        Assert.Equal(2, state.EmotionalSum);
        Assert.Equal(0, state.PhysicalLevel);
        Assert.Equal(.87, state.Utility);
    }

    [Fact]
    public void Every_answer_4_gives_the_worst_emotional_levels_but_item_21_best()
    {
        // 1, 15, 16, 33 -> 2 each (8); item 21 answered 4 -> reversed 0 -> level 0; sum 8. Item 8 -> 2. Tariff (2, 8) = .24.
        Core6DState state = Core6D.FromCoreOm(SpecFacts.Uniform(34, 4));
        Assert.Equal((8, 2, .24), (state.EmotionalSum!.Value, state.PhysicalLevel!.Value, state.Utility!.Value));
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(15, 3, 2)]
    [InlineData(8, 4, 2)]
    [InlineData(21, 4, 0)]
    [InlineData(21, 3, 0)]
    [InlineData(21, 2, 1)]
    [InlineData(21, 1, 1)]
    [InlineData(21, 0, 2)]
    public void Collapse_rules(int item, int answer, int level) => Assert.Equal(level, Core6D.Collapse(item, answer));

    [Fact]
    public void Any_of_the_six_items_missing_gives_no_utility_and_names_them()
    {
        Answer[] answers = SpecFacts.Uniform(34, 1);
        answers[20] = Answer.NotAnswered;
        answers[7] = Answer.NotApplicable;
        answers[1] = Answer.NotAnswered; // item 2 is not one of the six
        Core6DState state = Core6D.FromCoreOm(answers);
        Assert.False(state.IsComputable);
        Assert.Equal([8, 21], state.MissingItems);
        Assert.Contains("single secondary source", Core6DState.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_named()
    {
        Assert.Throws<ArgumentException>(() => Core6D.FromCoreOm(new Answer[10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Core6D.Collapse(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Core6D.Utility(11, 0));
    }

    private static readonly int[] Six = [1, 8, 15, 16, 21, 33];

    [Fact]
    public void Utility_never_rises_when_one_of_the_six_scored_items_gets_worse() =>
        Prop.ForAll(Gen.Zip(Gen.Choose(0, 4).ArrayOf(34), Gen.Elements(Six)).ToArbitrary(), c =>
        {
            int[] raw = c.Item1;
            int item = c.Item2;
            // "Worse" on the scored scale: raw up for a direct item, raw down for reversed item 21.
            int worse = item == 21 ? raw[item - 1] - 1 : raw[item - 1] + 1;
            if (worse is < 0 or > 4)
            {
                return true;
            }

            Answer[] before = [.. raw.Select(Answer.Of)];
            Answer[] after = [.. before];
            after[item - 1] = worse;
            return Core6D.FromCoreOm(after).Utility <= Core6D.FromCoreOm(before).Utility;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void QALY_of_a_constant_utility_u_over_t_years_is_u_times_t() =>
        // At least 2 days, so that the middle measurement falls strictly between the first and the last (dates must increase).
        Prop.ForAll(Gen.Zip(Gen.Choose(0, 100), Gen.Choose(2, 3000)).ToArbitrary(), c =>
        {
            double u = c.Item1 / 100.0;
            var start = new DateOnly(2025, 1, 1);
            DateOnly end = start.AddDays(c.Item2);
            double years = c.Item2 / Qaly.DaysPerYear;
            return Math.Abs(Qaly.AreaUnderCurve([(start, u), (start.AddDays(c.Item2 / 2), u), (end, u)]) - (u * years)) < 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void QALY_uses_trapezoids_between_measurements_only()
    {
        var d0 = new DateOnly(2025, 1, 1);
        double area = Qaly.AreaUnderCurve([(d0, 0.5), (d0.AddDays(365), 0.7)]);
        Assert.Equal(365 / Qaly.DaysPerYear * 0.6, area, 12);
        Assert.Equal(0, Qaly.AreaUnderCurve([(d0, 0.5)]));
    }

    [Fact]
    public void Unordered_or_duplicate_dates_are_refused()
    {
        var d0 = new DateOnly(2025, 1, 1);
        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => Qaly.AreaUnderCurve([(d0, 0.5), (d0, 0.6)])).Message, StringComparison.Ordinal);
        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => Qaly.AreaUnderCurve([(d0, 0.5), (d0.AddDays(-1), 0.6)])).Message, StringComparison.Ordinal);
        Assert.Contains("no measurements", Assert.Throws<ArgumentException>(() => Qaly.AreaUnderCurve([])).Message, StringComparison.Ordinal);
    }
}
