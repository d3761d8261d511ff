using FsCheck;
using FsCheck.Fluent;

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
