using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Cli;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The property both engines are held to: for generated answer tables, the SQL's outputs are <c>score</c>'s.</summary>
internal static class EngineEquivalence
{
    /// <summary>The built-ins SQL can express: every one but those with a calibration supplied at scoring time (PAM-13) or a derived item-level output (DIALOG).</summary>
    public static IEnumerable<Instrument> Expressible => Instruments.All.Where(i => SqlScoring.CanExpress(i, out _));

    /// <summary>The built-ins whose tables <c>score &lt;id&gt; --reference</c> takes (CORE-OM and YP-CORE; others have none, or <c>score</c> refuses it).</summary>
    private static bool TakesReference(Instrument instrument) => instrument.Id is "core-om" or "yp-core";

    public static void BuiltIn(SqlEngine engine, string id, int tables, int maxRows, bool selectList = false)
    {
        Instrument instrument = Instruments.Get(id);
        Prop.ForAll(Generators.Tables(instrument, maxRows, TakesReference(instrument)).ToArbitrary(), table =>
        {
            Equivalence.AssertSame(instrument, table, ScoreCommandOracle.Score(instrument, table, asBuiltIn: true), engine.Score(instrument, table, selectList: selectList), engine.Dialect.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tables));
        Report(engine);
    }

    /// <summary>The built-ins with additive value sets (EQ-5D, ICECAP-O), each value set they offer (<c>score --value-set</c>'s choices, or their one).</summary>
    public static IEnumerable<(string Id, string ValueSet)> ValueSets =>
        Instruments.All.SelectMany(i => i.Stages.OfType<ValueSetStage>().Where(v => v.IsAdditive).Select(v => (i.Id, v.Id)));

    /// <summary>
    /// Every health state of a built-in's value set (3,125 for EQ-5D-5L), and rows with a blank, a not-applicable code and an
    /// answer off the scale, scored by <c>score --value-set</c> and by the SQL for that value set: every utility is the engine's.
    /// </summary>
    public static void EveryState(SqlEngine engine, string id, string valueSet)
    {
        Instrument builtIn = Instruments.Get(id);
        Instrument instrument = ValueSetChoice.Choose(builtIn, valueSet);
        ResponseScale scale = instrument.Scale;
        int answers = scale.Maximum - scale.Minimum + 1, states = (int)Math.Pow(answers, instrument.Items.Length);
        List<Cell[]> forms = [.. Enumerable.Range(0, states).Select(s => instrument.Items.Select((_, i) => new Cell(scale.Minimum + (s / (int)Math.Pow(answers, instrument.Items.Length - 1 - i) % answers))).ToArray())];
        forms.Add([Cell.Blank, .. forms[^1].Skip(1)]);
        forms.Add([.. forms[^2].SkipLast(1), Cell.Na]);
        forms.Add([new Cell(scale.Maximum + 1), .. forms[0].Skip(1)]);
        var table = new AnswerTable([.. forms.Select((cells, r) => new AnswerRow(r + 1, cells, false, null, null, []))], false, false, scale.Maximum + 100, null, null);
        List<Dictionary<string, string>> expected = ScoreCommandOracle.Score(builtIn, table, asBuiltIn: true, ValueSetChoice.Offers(builtIn) ? valueSet : null);
        Equivalence.AssertSame(instrument, table, expected, engine.Score(instrument, table), engine.Dialect.ToString());
        Assert.Equal(states, expected.Count(row => row["error"].Length == 0));
        Report(engine);
    }

    /// <summary>A definition written by a user as JSON, read from its file, held to <c>score --definition</c> with that file.</summary>
    public static void UserDefinition(SqlEngine engine, string path, int tables, int maxRows)
    {
        Instrument instrument = Instrument.FromJson(File.ReadAllText(path));
        Prop.ForAll(Generators.Tables(instrument, maxRows).ToArbitrary(), table =>
        {
            Equivalence.AssertSame(instrument, table, ScoreCommandOracle.Score(instrument, table, asBuiltIn: false), engine.Score(instrument, table), engine.Dialect.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tables));
        Report(engine);
    }

    /// <summary>The samples' user-written definition (docs/defining-instruments.md).</summary>
    public static string MadeUpDefinition => Path.Combine(PostgresServer.Root, "samples", "definitions", "made-up-wellbeing.json");

    /// <summary>Doubles of every kind (whole, decimal, tiny, huge, negative, one ulp apart), for the literal round trip.</summary>
    public static Gen<double> Doubles() => Gen.OneOf(
        Gen.Choose(-100000, 100000).Select(i => i / 1000.0),
        Gen.Choose(-400, 400).Select(i => i / 10.0),
        ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite),
        ArbMap.Default.GeneratorFor<long>().Select(BitConverter.Int64BitsToDouble).Where(double.IsFinite),
        Gen.Elements(0.1, 0.2, 0.30000000000000004, 1.19 * 10, 9007199254740993.0, 1e-300, 5e-324, 1.7976931348623157e308, -0.0));

    public static void Generated(SqlEngine engine, int definitions, int maxRows)
    {
        Gen<(Instrument, AnswerTable)> cases = Generators.Definitions().SelectMany(i => Generators.Tables(i, maxRows).Select(t => (i, t)));
        Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            (Instrument instrument, AnswerTable table) = pair;
            Equivalence.AssertSame(instrument, table, ScoreCommandOracle.Score(instrument, table, asBuiltIn: false), engine.Score(instrument, table), engine.Dialect.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(definitions));
        Report(engine);
    }

    /// <summary>Writes to the test's output how many rows and numbers were compared, and holds every number to bit-for-bit equality.</summary>
    private static void Report(SqlEngine engine)
    {
        (long rows, long numbers, long exact) = Equivalence.TakeCounts();
        string counts = $"{engine.Dialect}: {rows} rows compared with score; {numbers} numbers, {exact} of them bit for bit equal.";
        TestContext.Current.TestOutputHelper?.WriteLine(counts);

        // Each number is held to 1e-12 above; docs/sql.md says more, that DuckDB and PostgreSQL give the engine's doubles.
        Assert.True(numbers == exact, counts);
    }
}
