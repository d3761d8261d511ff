using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Cli;

namespace OutcomeScoring.Sql.Tests;

/// <summary>The property both engines are held to: for generated answer tables, the SQL's outputs are <c>score</c>'s.</summary>
internal static class EngineEquivalence
{
    /// <summary>The built-ins SQL can express as they are: every one but PAM-13, whose calibration is given when the SQL is generated (held to score with the made-up calibrations apart: <see cref="Calibrated"/>).</summary>
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

    /// <summary>The made-up PAM-13 calibrations in samples/: Rasch item parameters and a lookup table (neither is a real one).</summary>
    public static TheoryData<string> Calibrations => ["pam-13-calibration.made-up.json", "pam-13-table.made-up.json"];

    /// <summary>A made-up calibration's path.</summary>
    public static string CalibrationPath(string file) => Path.Combine(PostgresServer.Root, "samples", file);

    /// <summary>Whether a calibration is a lookup table (its values are literals, so equal bit for bit) rather than item parameters (a Newton estimate, equal to 1e-12).</summary>
    private static bool IsTable(string file) => OutcomeScoring.Activation.Calibration.FromJson(File.ReadAllText(CalibrationPath(file))) is OutcomeScoring.Activation.LookupTableCalibration;

    /// <summary>PAM-13 with a made-up calibration (and level cut points), held to <c>score pam-13 --calibration</c> (<c>--levels</c>) on generated tables.</summary>
    public static void Calibrated(SqlEngine engine, string file, int tables, int maxRows, string? levels = null)
    {
        OutcomeScoring.Activation.ICalibration calibration = OutcomeScoring.Activation.Calibration.FromJson(File.ReadAllText(CalibrationPath(file)));
        Instrument instrument = OutcomeScoring.Activation.Pam13.WithCalibration(calibration, levels is null ? null : OutcomeScoring.Activation.ActivationCutPoints.Get(levels));
        string[] options = ["--calibration", CalibrationPath(file), .. levels is null ? Array.Empty<string>() : ["--levels", levels]];
        Prop.ForAll(Generators.Tables(instrument, maxRows).ToArbitrary(), table =>
        {
            Equivalence.AssertSame(instrument, table, ScoreCommandOracle.Score(instrument, table, asBuiltIn: true, options: options), engine.Score(instrument, table), engine.Dialect.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tables));
        Report(engine, exact: IsTable(file));
    }

    /// <summary>
    /// Every answer pattern PAM-13 can have under a made-up calibration: each set of answered items (blank or N/A for the
    /// rest) with each raw score over them, so every count of answered items and every raw sum, and every set; each scored
    /// by <c>score pam-13 --calibration</c> and by the SQL.
    /// </summary>
    public static void EveryPattern(SqlEngine engine, string file, int least)
    {
        OutcomeScoring.Activation.ICalibration calibration = OutcomeScoring.Activation.Calibration.FromJson(File.ReadAllText(CalibrationPath(file)));
        Instrument instrument = OutcomeScoring.Activation.Pam13.WithCalibration(calibration);
        List<AnswerRow> rows = [];
        for (int mask = 0; mask < 1 << 13; mask++)
        {
            int answered = System.Numerics.BitOperations.PopCount((uint)mask);
            if (answered < least)
            {
                continue;
            }

            for (int raw = 0; raw <= 3 * answered; raw++)
            {
                int left = raw;
                Cell[] cells = [.. Enumerable.Range(0, 13).Select(j =>
                {
                    if ((mask & (1 << j)) == 0)
                    {
                        return j % 2 == 0 ? Cell.Blank : Cell.Na;
                    }

                    int category = Math.Min(3, left);
                    left -= category;
                    return new Cell(category + 1);
                })];
                rows.Add(new AnswerRow(rows.Count + 1, cells, false, null, null, []));
            }
        }

        var table = new AnswerTable([.. rows], false, false, 99, null, null);
        List<Dictionary<string, string>> expected = ScoreCommandOracle.Score(instrument, table, asBuiltIn: true, options: ["--calibration", CalibrationPath(file)]);
        Equivalence.AssertSame(instrument, table, expected, engine.Score(instrument, table), engine.Dialect.ToString());
        Assert.Contains(expected, row => row["activation"].Length > 0);
        Report(engine, exact: IsTable(file));
    }

    /// <summary>
    /// A user-written JSON definition with a calibration stage (six items answered 0-2, one reversed, one offering N/A,
    /// the stage reading them in another order, with level cut points), and a made-up rating-scale calibration estimated by
    /// maximum likelihood (its extreme-score adjustment) that scores every pattern (minimum 3, no uniform-extreme rule):
    /// the SQL, given the calibration in its options, scores generated tables as <c>score</c>'s row scorer does with it bound.
    /// </summary>
    public static void CalibratedDefinition(SqlEngine engine, int tables, int maxRows)
    {
        Instrument instrument = Instrument.FromJson(CalibratedDefinitionJson);
        OutcomeScoring.Activation.ICalibration calibration = OutcomeScoring.Activation.Calibration.FromJson(CalibratedDefinitionCalibration);
        Instrument bound = instrument.WithCalibration(calibration);
        Prop.ForAll(Generators.Tables(instrument, maxRows).ToArbitrary(), table =>
        {
            List<Dictionary<string, object?>> actual = engine.Score(instrument, table, calibration: calibration);
            Equivalence.AssertSame(bound, table, ScoreCommandOracle.ScoreCalibrated(bound, table), actual, engine.Dialect.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tables));
        Report(engine, exact: false);
    }

    private const string CalibratedDefinitionJson = """
        {
          "id": "made-up-calibrated", "name": "Made-up calibrated", "source": "made up for the tests",
          "scale": { "minimum": 0, "maximum": 2 }, "clinicalMultiplier": 1, "direction": "higher-is-better",
          "items": [
            { "number": 1, "topic": "a" }, { "number": 2, "topic": "b" }, { "number": 3, "topic": "c", "keying": "reversed" },
            { "number": 4, "topic": "d" }, { "number": 5, "topic": "e", "allowsNotApplicable": true }, { "number": 6, "topic": "f" }
          ],
          "scores": [ { "id": "raw", "name": "Raw mean", "items": [1, 2, 3, 4, 5, 6], "maximumMissing": 5, "source": "made up" } ],
          "interpretation": { "primaryScore": "raw" },
          "resultColumns": [
            { "name": "mean", "value": "mean", "score": "raw" },
            { "name": "measure", "value": "stage", "stage": "scale", "output": "measure" },
            { "name": "measure_se", "value": "stage", "stage": "scale", "output": "measure-se" },
            { "name": "level", "value": "stage", "stage": "scale", "output": "level" },
            { "name": "stage_answered", "value": "stage", "stage": "scale", "output": "answered" },
            { "name": "theta", "value": "stage", "stage": "scale", "output": "theta" },
            { "name": "theta_se", "value": "stage", "stage": "scale", "output": "theta-se" },
            { "name": "scored_by", "value": "stage-id", "stage": "scale" }
          ],
          "stages": [
            {
              "id": "scale", "kind": "calibration", "name": "Made-up scale", "items": [6, 1, 2, 3, 4, 5],
              "levels": { "id": "made-up", "name": "Made up", "level1Maximum": 40, "level2Maximum": 50.05, "level3Maximum": 60, "source": "made up" },
              "source": "made up"
            }
          ]
        }
        """;

    private const string CalibratedDefinitionCalibration = """
        {
          "name": "MADE-UP rating scale", "model": "rating-scale", "estimator": "ml", "extremeAdjustment": 0.5,
          "taus": [-0.8, 0.8],
          "items": [ {"item": 1, "difficulty": -1.0}, {"item": 2, "difficulty": -0.6}, {"item": 3, "difficulty": -0.2},
                     {"item": 4, "difficulty": 0.2}, {"item": 5, "difficulty": 0.6}, {"item": 6, "difficulty": 1.0} ],
          "transform": {"intercept": 50, "slope": 10, "min": 0, "max": 100},
          "minimumAnswered": 3, "rejectUniformExtremes": false
        }
        """;

    /// <summary>
    /// Writes to the test's output how many rows and numbers were compared, and holds every number to bit-for-bit equality
    /// (<paramref name="exact"/>) or, for a Rasch estimate, to 1e-12 (each number is held to that in <see cref="Equivalence"/>).
    /// </summary>
    private static void Report(SqlEngine engine, bool exact = true)
    {
        (long rows, long numbers, long equal, double largest) = Equivalence.TakeCounts();
        string counts = $"{engine.Dialect}: {rows} rows compared with score; {numbers} numbers, {equal} of them bit for bit equal; the largest difference {largest:R}.";
        TestContext.Current.TestOutputHelper?.WriteLine(counts);

        // Each number is held to 1e-12 above; docs/sql.md says more, that DuckDB and PostgreSQL give the engine's doubles.
        Assert.True(!exact || numbers == equal, counts);
    }
}
