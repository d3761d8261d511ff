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

    /// <summary>The tariff of specs/core.md (CORE-6D), row by physical level 0-2, column by emotional sum 0-10.</summary>
    private static readonly double[][] Tariff =
    [
        [.95, .94, .87, .80, .72, .64, .55, .47, .38, .30, .24],
        [.92, .90, .84, .77, .69, .61, .52, .43, .35, .26, .20],
        [.81, .80, .73, .66, .58, .50, .41, .32, .24, .16, .10],
    ];

    [Fact]
    public void Utility_is_the_published_tariff_for_all_33_states_from_the_best_to_the_worst()
    {
        for (int physical = 0; physical <= 2; physical++)
        {
            for (int emotional = 0; emotional <= 10; emotional++)
            {
                Assert.Equal(Tariff[physical][emotional], Core6D.Utility(emotional, physical));
            }
        }
    }

    [Theory]
    [InlineData(-1, 0, "emotionalSum")]
    [InlineData(11, 0, "emotionalSum")]
    [InlineData(0, -1, "physicalLevel")]
    [InlineData(0, 3, "physicalLevel")]
    [InlineData(int.MinValue, 2, "emotionalSum")]
    [InlineData(10, int.MaxValue, "physicalLevel")]
    public void A_state_one_step_outside_its_range_is_refused_naming_the_level(int emotionalSum, int physicalLevel, string paramName) =>
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => Core6D.Utility(emotionalSum, physicalLevel)).ParamName);

    [Theory]
    [InlineData(1, 5, "CORE-OM item 1: answer 5 is outside the response scale")]
    [InlineData(8, -1, "CORE-OM item 8: answer -1 is outside the response scale")]
    [InlineData(21, -1, "CORE-OM item 21: answer -1 is outside the response scale")]   // reversed, -1 would key as 5
    [InlineData(33, 5, "CORE-OM item 33: answer 5 is outside the response scale")]
    public void Collapse_refuses_an_answer_outside_0_to_4_naming_the_item_and_answer(int item, int answer, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Core6D.Collapse(item, answer));
        Assert.Equal("rawAnswer", ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(34)]
    public void Collapse_refuses_an_item_that_is_not_one_of_the_six_and_lists_the_six(int item)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Core6D.Collapse(item, 1));
        Assert.Equal("coreOmItem", ex.ParamName);
        Assert.Contains("CORE-6D uses CORE-OM items 1, 8, 15, 16, 21 and 33.", ex.Message, StringComparison.Ordinal);
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
        }).Check(SuiteEffort.Properties(100));

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
        }).Check(SuiteEffort.Properties(100));

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

    [Fact]
    public void A_measurement_out_of_order_is_named_by_its_position_counting_from_0()
    {
        // Third measurement (position 2) dated before the second.
        var d0 = new DateOnly(2025, 1, 1);
        var ex = Assert.Throws<ArgumentException>(() => Qaly.AreaUnderCurve([(d0, 0.5), (d0.AddDays(10), 0.6), (d0.AddDays(5), 0.7)]));
        Assert.Equal("utilities", ex.ParamName);
        Assert.Contains("Measurement 2 is dated 2025-01-06, not after the one before it (2025-01-11)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, double.NaN, "Measurement 1 (2025-01-02) has the utility NaN, which is not a finite number.")]
    [InlineData(2, double.PositiveInfinity, "Measurement 2 (2025-01-03) has the utility Infinity, which is not a finite number.")]
    [InlineData(0, double.NegativeInfinity, "Measurement 0 (2025-01-01) has the utility -Infinity, which is not a finite number.")]
    public void A_utility_that_is_not_finite_is_refused_naming_the_measurement(int position, double utility, string message)
    {
        var d0 = new DateOnly(2025, 1, 1);
        (DateOnly, double)[] series = [(d0, 0.5), (d0.AddDays(1), 0.6), (d0.AddDays(2), 0.7)];
        series[position].Item2 = utility;
        var ex = Assert.Throws<ArgumentException>(() => Qaly.AreaUnderCurve(series));
        Assert.Equal("utilities", ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_series_at_all_is_refused() =>
        Assert.Equal("utilities", Assert.Throws<ArgumentNullException>(() => Qaly.AreaUnderCurve(null!)).ParamName);
}
