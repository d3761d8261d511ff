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
    public void Every_built_in_without_a_calibration_an_additive_value_set_or_a_value_map_can_be_expressed()
    {
        foreach (Instrument instrument in Instruments.All.Where(i => i.Id is not ("pam-13" or "eq-5d-5l" or "eq-5d-3l" or "icecap-o" or "p3ceq" or "ascof-1a" or "ascof-1d")))
        {
            Assert.True(SqlScoring.CanExpress(instrument, out string? reason), reason);
        }
    }

    [Theory]
    [InlineData("p3ceq", "P3CEQ (p3ceq) cannot be scored in SQL: its score 'pc' counts not-applicable answers apart from blanks")]
    [InlineData("ascof-1d", "(ascof-1d) cannot be scored in SQL: its item 1 scores its answers by a value map (points)")]
    public void A_definition_with_a_score_rule_sql_does_not_express_is_refused_naming_it(string id, string start)
    {
        Assert.False(SqlScoring.CanExpress(Instruments.Get(id), out string? reason));
        Assert.Contains(start, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prorated_sum_or_a_counted_not_applicable_score_is_refused()
    {
        Item[] items = [new Item(1, "a") { AllowsNotApplicable = true }, new Item(2, "b")];
        var prorated = new Instrument("p", "P", "made up", ResponseScale.ZeroToFour, items, [new ScoreDefinition("s", "S", [1, 2], 1, "made up") { Aggregate = ScoreAggregate.ProratedSum }]);
        var counted = new Instrument("c", "C", "made up", ResponseScale.ZeroToFour, items, [new ScoreDefinition("s", "S", [1, 2], 1, "made up") { CountsNotApplicable = true }]);
        Assert.False(SqlScoring.CanExpress(prorated, out string? reason));
        Assert.Contains("its score 's' is a prorated sum score", reason, StringComparison.Ordinal);
        Assert.False(SqlScoring.CanExpress(counted, out reason));
        Assert.Contains("its score 's' counts not-applicable answers apart from blanks", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_whose_items_score_by_a_value_map_is_refused_naming_the_item()
    {
        var instrument = new Instrument(
            "points-demo", "Points demo", "made up", new ResponseScale(1, 3),
            [new Item(1, "plain"), new Item(2, "mapped") { Points = [2, 1, 0] }],
            [new ScoreDefinition("mean", "Mean", [1, 2], 0, "made up")]);
        Assert.False(SqlScoring.CanExpress(instrument, out string? reason));
        Assert.Contains("its item 2 scores its answers by a value map (points)", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("icecap-o", "(icecap-o) cannot be scored in SQL: its definition declares the stage", "an additive value set")]
    [InlineData("pam-13", "(pam-13) cannot be scored in SQL: its definition declares the stage", "a calibration supplied at scoring time")]
    public void A_definition_with_a_stage_is_refused_naming_the_stage(string id, string start, string kind)
    {
        Instrument instrument = Instruments.Get(id);
        Assert.False(SqlScoring.CanExpress(instrument, out string? reason));
        Assert.Contains(start, reason, StringComparison.Ordinal);
        Assert.Contains(kind, reason, StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.Query(instrument, SqlDialect.SparkSql, "t")).Message);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.SelectList(instrument, SqlDialect.TSql)).Message);
        Assert.Equal(reason, Assert.Throws<NotSupportedException>(() => SqlScoring.OutputColumns(instrument)).Message);
    }
}
