using OutcomeScoring.Internal;
using OutcomeScoring.PreferenceBased;

namespace OutcomeScoring.Tests.PreferenceBased;

/// <summary>EQ-5D-3L and EQ-5D-5L against specs/integration-experience-utility.md, section 3: every published check, and every state from the sheet's coefficients.</summary>
public sealed class Eq5DTests
{
    // The sheet's decrement tables, copied independently of the definitions: [level - 2][dimension MO, SC, UA, PD, AD].
    private static readonly double[][] Dolan1997 = [[0.069, 0.104, 0.036, 0.123, 0.071], [0.314, 0.214, 0.094, 0.386, 0.236]];
    private static readonly double[][] MvhVas1995 = [[0.071, 0.093, 0.031, 0.084, 0.063], [0.182, 0.145, 0.081, 0.171, 0.124]];
    private static readonly double[][] Devlin2018 = [[0.058, 0.050, 0.050, 0.063, 0.078], [0.076, 0.080, 0.063, 0.084, 0.104], [0.207, 0.164, 0.162, 0.276, 0.285], [0.274, 0.203, 0.184, 0.335, 0.289]];
    private static readonly double[][] Rowen2026 = [[0.032, 0.038, 0.049, 0.056, 0.041], [0.058, 0.060, 0.086, 0.066, 0.126], [0.179, 0.162, 0.184, 0.371, 0.313], [0.279, 0.206, 0.212, 0.479, 0.391]];

    private static int[] Digits(string state) => [.. state.Select(c => c - '0')];

    private static double? Utility(Instrument instrument, string valueSet, string state) =>
        instrument.Score([.. Digits(state).Select(Answer.Of)]).Stage(valueSet)["value"];

    /// <summary>The sheet's formula: 1 less the decrements, less the constant when any dimension is above 1 and the N3 term when any is at 3 (3L only).</summary>
    private static double Formula(double[][] decrements, int[] levels, double anyProblem = 0, double anyLevel3 = 0)
    {
        double value = 1 - levels.Select((level, d) => level == 1 ? 0 : decrements[level - 2][d]).Sum();
        value -= levels.Any(l => l > 1) ? anyProblem : 0;
        value -= levels.Any(l => l == 3) ? anyLevel3 : 0;
        return value;
    }

    private static IEnumerable<int[]> States(int levels) =>
        from mo in Enumerable.Range(1, levels)
        from sc in Enumerable.Range(1, levels)
        from ua in Enumerable.Range(1, levels)
        from pd in Enumerable.Range(1, levels)
        from ad in Enumerable.Range(1, levels)
        select new[] { mo, sc, ua, pd, ad };

    [Theory]
    [InlineData("11111", 1.0)]
    [InlineData("11221", 0.760)]
    [InlineData("11112", 0.848)]
    [InlineData("33221", -0.037)]
    [InlineData("12321", 0.329)]
    [InlineData("33333", -0.594)]
    [InlineData("22222", 0.516)]
    public void EQ_5D_3L_UK_TTO_gives_every_published_check(string state, double value) =>
        Assert.Equal(value, Utility(Eq5D3L.Instrument, Eq5D3L.Dolan1997, state));

    [Theory]
    [InlineData("11111", 1.0)]
    [InlineData("11112", 0.922)]
    [InlineData("33333", 0.593)]
    [InlineData("22222", 0.701)]
    [InlineData("23245", 0.247)]
    [InlineData("44444", -0.094)]
    [InlineData("55555", -0.285)]
    public void EQ_5D_5L_England_Devlin_2018_gives_every_published_check(string state, double value) =>
        Assert.Equal(value, Utility(Eq5D5L.Instrument, Eq5D5L.Devlin2018, state));

    [Theory]
    [InlineData("11111", 1.0)]
    [InlineData("11112", 0.959)]
    [InlineData("33333", 0.604)]
    [InlineData("22222", 0.784)]
    [InlineData("23245", 0.097)]
    [InlineData("44444", -0.209)]
    [InlineData("55555", -0.567)]
    public void EQ_5D_5L_UK_Rowen_2026_gives_every_published_check(string state, double value) =>
        Assert.Equal(value, Utility(Eq5D5L.Instrument, Eq5D5L.Rowen2026, state));

    [Fact]
    public void Every_3L_state_is_the_sheet_formula_and_the_range_is_the_published_one()
    {
        int[][] states = [.. States(3)];
        Assert.Equal(243, states.Length);
        foreach (int[] levels in states)
        {
            InstrumentResult result = Eq5D3L.Instrument.Score([.. levels.Select(Answer.Of)]);
            Assert.Equal(Formula(Dolan1997, levels, 0.081, 0.269), result.Stage(Eq5D3L.Dolan1997)["value"]!.Value, 12);
            Assert.Equal(Formula(MvhVas1995, levels, 0.155, 0.215), result.Stage(Eq5D3L.MvhVas1995)["value"]!.Value, 12);
        }

        double[] dolan = [.. states.Select(s => Utility(Eq5D3L.Instrument, Eq5D3L.Dolan1997, string.Concat(s))!.Value)];
        Assert.Equal(-0.594, dolan.Min());
        Assert.Equal(1.0, dolan.Max());
    }

    [Fact]
    public void Every_5L_state_is_the_sheet_formula_and_the_ranges_are_the_published_ones()
    {
        int[][] states = [.. States(5)];
        Assert.Equal(3125, states.Length);
        var devlin = new List<double>();
        var rowen = new List<double>();
        foreach (int[] levels in states)
        {
            InstrumentResult result = Eq5D5L.Instrument.Score([.. levels.Select(Answer.Of)]);
            devlin.Add(result.Stage(Eq5D5L.Devlin2018)["value"]!.Value);
            rowen.Add(result.Stage(Eq5D5L.Rowen2026)["value"]!.Value);
            Assert.Equal(Formula(Devlin2018, levels), devlin[^1], 12);
            Assert.Equal(Formula(Rowen2026, levels), rowen[^1], 12);
        }

        Assert.Equal((-0.285, 1.0), (devlin.Min(), devlin.Max()));
        Assert.Equal((-0.567, 1.0), (rowen.Min(), rowen.Max()));
    }

    [Theory]
    [InlineData("eq-5d-3l", 3)]
    [InlineData("eq-5d-5l", 5)]
    public void A_worse_level_on_any_dimension_never_raises_the_index(string id, int levels)
    {
        Instrument instrument = Instruments.Get(id);
        foreach (int[] state in States(levels))
        {
            InstrumentResult result = instrument.Score([.. state.Select(Answer.Of)]);
            for (int d = 0; d < 5 && state[d] < levels; d++)
            {
                int[] worse = [.. state];
                worse[d]++;
                InstrumentResult worseResult = instrument.Score([.. worse.Select(Answer.Of)]);
                foreach (ValueSetStage valueSet in instrument.Stages.OfType<ValueSetStage>())
                {
                    Assert.True(worseResult.Stage(valueSet.Id)["value"] <= result.Stage(valueSet.Id)["value"], $"{valueSet.Id}: {string.Concat(worse)} above {string.Concat(state)}");
                }
            }
        }
    }

    [Theory]
    [InlineData("eq-5d-3l")]
    [InlineData("eq-5d-5l")]
    public void Any_dimension_missing_gives_no_index_and_names_it(string id)
    {
        Instrument instrument = Instruments.Get(id);
        for (int missing = 0; missing < 5; missing++)
        {
            Answer[] answers = [.. Enumerable.Repeat(Answer.Of(2), 5)];
            answers[missing] = Answer.NotAnswered;
            foreach (ValueSetStage valueSet in instrument.Stages.OfType<ValueSetStage>())
            {
                StageResult stage = instrument.Score(answers).Stage(valueSet.Id);
                Assert.Equal(StageNotComputableReason.ItemsMissing, stage.Reason);
                Assert.Null(stage["value"]);
                Assert.Contains($"item {missing + 1} not answered; all five items (1, 2, 3, 4, 5) are needed (no prorating).", stage.Explanation, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("eq-5d-3l", 4, "EQ-5D-3L item 1: answer 4 is outside the response scale 1-3.")]
    [InlineData("eq-5d-3l", 0, "EQ-5D-3L item 1: answer 0 is outside the response scale 1-3.")]
    [InlineData("eq-5d-5l", 6, "EQ-5D-5L item 1: answer 6 is outside the response scale 1-5.")]
    public void A_level_outside_the_range_is_refused_not_scored(string id, int level, string message)
    {
        Instrument instrument = Instruments.Get(id);
        Assert.False(instrument.TryScore([level, 1, 1, 1, 1], out _, out ScoringError error));
        Assert.Equal(ScoringErrorKind.AnswerOutOfRange, error.Kind);
        Assert.Equal(message, error.Message);
        Assert.Throws<ArgumentException>(() => instrument.Score([1, 1, 1, 1]));
    }

    [Fact]
    public void The_value_sets_are_named_by_country_and_study_and_the_columns_show_the_sheet_defaults()
    {
        Assert.Equal(Eq5D5L.ValueSets, Eq5D5L.Instrument.Stages.Select(s => s.Id));
        Assert.Equal(Eq5D3L.ValueSets, Eq5D3L.Instrument.Stages.Select(s => s.Id));
        Assert.Equal(["eq5d5l-uk-rowen2026", "eq5d5l-england-devlin2018"], Eq5D5L.ValueSets);
        Assert.Equal("eq5d3l-uk-dolan1997", Eq5D3L.ValueSets[0]);
        foreach (Instrument instrument in (Instrument[])[Eq5D5L.Instrument, Eq5D3L.Instrument])
        {
            Assert.Equal(["state", "utility", "value_set", "answered"], instrument.ResultColumns.Select(c => c.Name));
            Assert.All(instrument.ResultColumns.Where(c => c.Stage is not null), c => Assert.Equal(instrument.Stages[0].Id, c.Stage));
            Assert.All(instrument.Stages, s => Assert.True(((ValueSetStage)s).IsAdditive));
            Assert.All(instrument.Stages, s => Assert.Matches("^eq5d[35]l-(uk|england)-[a-z0-9-]*[a-z][0-9]{4}$", s.Id));
        }
    }

    [Theory]
    [InlineData(Eq5D5L.IndexSnomedCt)]
    [InlineData(Eq5D3L.IndexSnomedCt)]
    public void The_index_codes_pass_the_Verhoeff_check_and_are_core_concepts(string code)
    {
        Assert.True(Verhoeff.IsValid(code));
        Assert.Equal("00", code[^3..^1]);
    }
}
