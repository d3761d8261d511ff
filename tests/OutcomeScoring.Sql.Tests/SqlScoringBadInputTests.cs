using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Sql.Tests;

/// <summary>Every bad input to <see cref="SqlScoring"/> is refused with a message that says what is wrong; nothing is generated.</summary>
public sealed class SqlScoringBadInputTests
{
    private static readonly Instrument Core10Instrument = Core10.Instrument;

    private static string Refused(SqlScoringOptions options, Instrument? instrument = null) =>
        Assert.Throws<ArgumentException>(() => SqlScoring.Query(instrument ?? Core10Instrument, SqlDialect.DuckDb, "t", options)).Message;

    [Fact]
    public void A_null_instrument_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => SqlScoring.Query(null!, SqlDialect.DuckDb, "t"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_table_is_refused(string table) =>
        Assert.Throws<ArgumentException>(() => SqlScoring.Query(Core10Instrument, SqlDialect.DuckDb, table));

    [Fact]
    public void An_unknown_dialect_is_refused_naming_the_dialects() =>
        Assert.Contains("DuckDb, PostgreSql, TSql or SparkSql", Assert.Throws<ArgumentOutOfRangeException>(() => SqlScoring.SelectList(Core10Instrument, (SqlDialect)9)).Message, StringComparison.Ordinal);

    [Fact]
    public void Item_columns_must_be_one_per_item() =>
        Assert.StartsWith("CORE-10 has 10 items but 2 item columns were named; name one column per item, item 1 first.", Refused(new() { ItemColumns = ["a", "b"] }), StringComparison.Ordinal);

    [Fact]
    public void An_item_column_named_twice_is_refused() =>
        Assert.StartsWith("The item column 'Q' is named twice.", Refused(new() { ItemColumns = ["q", "Q", "c", "d", "e", "f", "g", "h", "i", "j"] }), StringComparison.Ordinal);

    [Fact]
    public void A_blank_item_column_is_refused() =>
        Assert.StartsWith("A item column name is blank.", Refused(new() { ItemColumns = ["a", " ", "c", "d", "e", "f", "g", "h", "i", "j"] }), StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_not_applicable_code_on_the_scale_is_refused(int code) =>
        Assert.StartsWith($"The not-applicable code {code} is an answer on the CORE-10 scale 0-4; choose a code off the scale.", Refused(new() { NotApplicableCode = code }), StringComparison.Ordinal);

    [Fact]
    public void A_not_answered_code_on_the_scale_is_refused() =>
        Assert.StartsWith("The not-answered code 2 is an answer on the CORE-10 scale 0-4;", Refused(new() { NotAnsweredCode = 2 }), StringComparison.Ordinal);

    [Fact]
    public void The_two_codes_must_differ() =>
        Assert.StartsWith("The codes for not answered and not applicable must differ; both are 9.", Refused(new() { NotAnsweredCode = 9, NotApplicableCode = 9 }), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_reference_names_the_tables_there_are() =>
        Assert.StartsWith("YP-CORE has no cut-off table 'nope'; it has blackshaw, twigg2016, dibiase2021, blackshaw-2020-app.", Refused(new() { Reference = "nope" }, YpCore.Instrument), StringComparison.Ordinal);

    [Fact]
    public void A_reference_for_an_instrument_without_tables_is_refused() =>
        Assert.StartsWith("GP-CORE has no cut-off table, so there is no table 'x'.", Refused(new() { Reference = "x" }, GpCore.Instrument), StringComparison.Ordinal);

    [Theory]
    [InlineData("mean")]
    [InlineData("ERROR")]
    public void A_kept_column_with_an_output_name_is_refused(string kept) =>
        Assert.StartsWith($"The kept column '{kept}' has the name of an output column;", Refused(new() { KeepColumns = [kept] }), StringComparison.Ordinal);

    [Fact]
    public void A_kept_column_with_the_generator_prefix_is_refused() =>
        Assert.StartsWith("The kept column '__os_x' starts with '__os_'", Refused(new() { KeepColumns = ["__os_x"] }), StringComparison.Ordinal);

    [Fact]
    public void A_kept_column_named_twice_is_refused() =>
        Assert.StartsWith("The kept column 'ID' is named twice.", Refused(new() { KeepColumns = ["id", "ID"] }), StringComparison.Ordinal);

    [Fact]
    public void A_blank_age_column_is_refused() =>
        Assert.StartsWith("An age or gender column name is blank;", Refused(new() { KeepColumns = ["id"], AgeColumn = "" }, YpCore.Instrument), StringComparison.Ordinal);

    [Fact]
    public void The_output_columns_are_the_kept_ones_then_score_s_columns() =>
        Assert.Equal(["id", "team", "mean", "clinical", "answered", "band", "risk_flag", "error"], SqlScoring.OutputColumns(Core10Instrument, new() { KeepColumns = ["id", "team"] }));

    [Fact]
    public void A_reference_adds_a_clinical_range_column_per_score_it_covers_as_score_does()
    {
        string reference = CoreOm.Instrument.Interpretation.CutoffReferences[0].Id;
        string[] covered = [.. CoreOm.Instrument.Scores.Select(s => s.Id).Where(id => CoreOm.Instrument.Interpretation.CutoffReferences[0].Entries.Any(e => e.ScoreId == id))];
        Assert.Equal(
            [.. CoreOm.Instrument.ResultColumns.Select(c => c.Name), .. covered.Select(id => id + "_clinical_range"), "error"],
            SqlScoring.OutputColumns(CoreOm.Instrument, new() { Reference = reference }));
    }

    [Fact]
    public void Every_built_in_but_pam_13_can_be_expressed()
    {
        foreach (Instrument instrument in Instruments.All.Where(i => i.Id != "pam-13"))
        {
            Assert.True(SqlScoring.CanExpress(instrument, out string? reason), reason);
        }
    }

    [Fact]
    public void An_additive_value_set_whose_sums_pass_2_to_the_53_units_of_its_last_place_is_refused_naming_it()
    {
        // 15 decimal places and sums up to 10: 10^16 units, beyond 2^53, where the engine's decimal-to-double conversion
        // rounds twice; one coefficient fewer in its last place and it is expressible.
        Instrument Made(double value) => new(
            "fine", "Fine", "made up", new ResponseScale(1, 2), [new Item(1, "a")], [new ScoreDefinition("s", "S", [1], 0, "made up")],
            stages: [new ValueSetStage("tariff", "Tariff", [new ValueSetDimension("a", [new ItemLevels(1, [0, 1])]) { Values = [0, value] }], 9, [], "made up")],
            resultColumns: [new ResultColumn("utility", ResultValue.StageOutput, null, "tariff", "value")]);
        Instrument tooFine = Made(0.123456789012345);
        Assert.False(SqlScoring.CanExpress(tooFine, out string? reason));
        Assert.Contains("Fine (fine) cannot be scored in SQL: its additive value set 'tariff' has coefficients with 15 decimal places and sums up to 9.123456789012345", reason, StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.Query(tooFine, SqlDialect.DuckDb, "t")).Message);
        Assert.True(SqlScoring.CanExpress(Made(0.12345678901234), out reason), reason);
    }

    [Fact]
    public void Pam_13_without_a_calibration_is_refused_saying_it_must_be_given_when_the_sql_is_generated()
    {
        Instrument instrument = Instruments.Get("pam-13");
        Assert.False(SqlScoring.CanExpress(instrument, out string? reason));
        Assert.Equal("PAM-13 (pam-13) cannot be scored in SQL: its stage 'activation' (PAM-13 activation) reads a calibration supplied at scoring time, and none was given; the SQL holds the calibration's numbers, so give it when the SQL is generated (SqlScoringOptions.Calibration; sql --calibration). Score it with the library or the command line.", reason);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.Query(instrument, SqlDialect.SparkSql, "t")).Message);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.SelectList(instrument, SqlDialect.TSql)).Message);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.OutputColumns(instrument)).Message);
    }

    [Fact]
    public void A_calibration_given_or_bound_makes_pam_13_expressible_with_score_s_columns()
    {
        OutcomeScoring.Activation.ICalibration calibration = MadeUp("pam-13-table.made-up.json");
        Assert.True(SqlScoring.CanExpress(OutcomeScoring.Activation.Pam13.WithCalibration(calibration), out string? reason), reason);
        Assert.Equal(
            ["id", "activation", "activation_se", "level", "answered", "theta", "theta_se", "error"],
            SqlScoring.OutputColumns(Instruments.Get("pam-13"), new() { KeepColumns = ["id"], Calibration = calibration }));
    }

    [Fact]
    public void A_calibration_for_an_instrument_without_a_calibration_stage_is_refused() =>
        Assert.StartsWith("CORE-10 has no calibration stage, so a calibration cannot be given.", Refused(new() { Calibration = MadeUp("pam-13-table.made-up.json") }), StringComparison.Ordinal);

    [Fact]
    public void A_calibration_that_does_not_fit_pam_13_is_refused_naming_the_misfit()
    {
        var twelve = new OutcomeScoring.Activation.LookupTableCalibration("twelve", 12, 3, [new OutcomeScoring.Activation.LookupTableRow(12, Enumerable.Range(0, 37).Select(r => (double)r))], 12, false);
        Assert.StartsWith("Calibration 'twelve' has 12 items; PAM-13 needs 13.", Refused(new() { Calibration = twelve }, Instruments.Get("pam-13")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_select_list_alone_cannot_hold_a_rasch_estimate_and_says_to_ask_for_the_whole_query()
    {
        var options = new SqlScoringOptions { Calibration = MadeUp("pam-13-calibration.made-up.json") };
        Assert.Equal(
            "PAM-13 (pam-13): the select list alone cannot hold a Rasch estimate, which takes steps of a whole query; generate the whole query (SqlScoring.Query; sql --table).",
            Assert.Throws<NotSupportedException>(() => SqlScoring.SelectList(Instruments.Get("pam-13"), SqlDialect.DuckDb, options)).Message);
        Assert.Contains("CASE WHEN", SqlScoring.SelectList(Instruments.Get("pam-13"), SqlDialect.DuckDb, options with { Calibration = MadeUp("pam-13-table.made-up.json") }), StringComparison.Ordinal);
    }

    [Fact]
    public void Rasch_steps_that_do_not_reach_the_engine_s_estimate_are_refused_naming_the_pattern()
    {
        // One item, thresholds 40 logits apart: from the engine's starting value, steps of at most 0.001 logits cannot reach it in 40 steps.
        var model = OutcomeScoring.Activation.RaschModel.PartialCredit([[-20.0, 20.0]]);
        var slow = new OutcomeScoring.Activation.ItemParameterCalibration("slow", model, new OutcomeScoring.Activation.PersonEstimationOptions { MaximumStep = 0.001, MaximumIterations = 100000 }, new OutcomeScoring.Activation.LinearTransform(50, 1, 0, 100), 1, false);
        Instrument one = new("one", "One", "made up", new ResponseScale(1, 3), [new Item(1, "a")], [new ScoreDefinition("s", "S", [1], 0, "made up")],
            stages: [new CalibrationStage("c", "Made-up calibration", [1], "made up")],
            resultColumns: [new ResultColumn("measure", ResultValue.StageOutput, null, "c", "measure")]);
        string message = Assert.Throws<NotSupportedException>(() => SqlScoring.Query(one, SqlDialect.DuckDb, "t", new() { Calibration = slow })).Message;
        Assert.StartsWith("One (one) cannot be scored in SQL: its calibration 'slow': 40 Newton steps from the engine's starting value do not reach the engine's estimate", message, StringComparison.Ordinal);
    }

    private static OutcomeScoring.Activation.ICalibration MadeUp(string file) =>
        OutcomeScoring.Activation.Calibration.FromJson(File.ReadAllText(EngineEquivalence.CalibrationPath(file)));
}
