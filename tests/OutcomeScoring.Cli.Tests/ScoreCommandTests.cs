namespace OutcomeScoring.Cli.Tests;

/// <summary>The `score` command contract of the foundation issue, held to the letter.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private static string Header(int n, string before = "id") => before + "," + string.Join(",", Enumerable.Range(1, n).Select(i => $"item{i}"));

    private static string Row(string id, params object[] answers) => id + "," + string.Join(",", answers);

    private static object[] Same(int n, object value) => [.. Enumerable.Repeat(value, n)];

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("core-om", 34, "id,all_mean,all_clinical,nonrisk_mean,nonrisk_clinical,wellbeing_mean,problems_mean,functioning_mean,risk_mean,answered,band,risk_flag,error")]
    [InlineData("core-10", 10, "id,mean,clinical,answered,band,risk_flag,error")]
    [InlineData("yp-core", 10, "id,mean,clinical,answered,cutoff_clinical,clinical_range,error")]
    public void Output_columns_are_the_documented_contract(string instrument, int items, string expectedHeader)
    {
        var (exit, rows, _) = _cli.Score(instrument, Header(items) + "\n" + Row("a", Same(items, 2)) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(expectedHeader, string.Join(",", rows[0]));
    }

    [Fact]
    public void Core_om_uniform_answers_match_the_published_checks()
    {
        var (_, rows, _) = _cli.Score("core-om", Header(34) + "\n" + Row("zero", Same(34, 0)) + "\n" + Row("two", Same(34, 2)) + "\n");
        Assert.Equal(["zero", "0.9411764705882353", "9.411764705882353", "1.1428571428571428", "11.428571428571429", "2", "0", "2", "0", "34", "low", "false", ""], rows[1]);
        Assert.Equal(["two", "2", "20", "2", "20", "2", "2", "2", "2", "34", "moderate-severe", "true", ""], rows[2]);
    }

    [Fact]
    public void Core_10_scores_bands_and_flags_risk()
    {
        // Keyed: 1 + (4-0) + (4-0) + 1*7 = 16; item6 (risk) = 1 raises the flag.
        var (exit, rows, _) = _cli.Score("core-10", Header(10) + "\n" + Row("p1", 1, 0, 0, 1, 1, 1, 1, 1, 1, 1) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(["p1", "1.6", "16", "10", "moderate", "true", ""], rows[1]);
    }

    [Fact]
    public void Blank_cells_are_not_answered_and_prorate_within_the_limit()
    {
        var (_, rows, _) = _cli.Score("core-10", Header(10) + "\n" + Row("one", "", 4, 4, 1, 1, 0, 1, 1, 1, 2) + "\n" + Row("two", "", "", 4, 1, 1, 0, 1, 1, 1, 2) + "\n");
        // Keyed: item1 blank, items 2 and 3 reversed (4 -> 0), then 1+1+0+1+1+1+2 = 7 over 9 answered items.
        Assert.Equal(["one", (7 / 9.0).ToString("R"), (70 / 9.0).ToString("R"), "9", "low", "false", ""], rows[1]);
        Assert.Equal(["two", "", "", "8", "", "false", "Total not computable: 2 of its 10 items missing; at most 1 may be missing."], rows[2]);
    }

    [Theory]
    [InlineData("7", "item3: answer 7 is outside the response scale 0-4")]
    [InlineData("-1", "item3: answer -1 is outside the response scale 0-4")]
    [InlineData("x", "item3: 'x' is not a whole number on the response scale 0-4")]
    [InlineData("2.5", "item3: '2.5' is not a whole number on the response scale 0-4")]
    public void A_bad_value_gets_a_message_and_the_other_rows_are_still_scored(string bad, string message)
    {
        var (exit, rows, _) = _cli.Score("core-10", Header(10) + "\n" + Row("ok1", Same(10, 2)) + "\n" + Row("bad", 2, 2, bad, 2, 2, 2, 2, 2, 2, 2) + "\n" + Row("ok2", Same(10, 1)) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(4, rows.Length);
        Assert.Equal(["bad", "", "", "", "", "", message], rows[2]);
        Assert.Equal("20", Csv.Cell(rows, 1, "clinical"));
        Assert.Equal("ok2", rows[3][0]);
        Assert.Equal("14", Csv.Cell(rows, 3, "clinical"));
    }

    [Fact]
    public void Each_row_gets_the_sentence_for_its_own_blanks_and_dont_knows()
    {
        // P3CEQ counts "don't know" apart from blanks: two rows with one blank each, the second also with a don't know,
        // must not share the first row's sentence (the sentences are made once per score and count).
        var (_, rows, _) = _cli.Score("p3ceq", Header(11) + "\n" + Row("one", "", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) + "\n" + Row("two", "", "NA", 1, 1, 1, 1, 1, 1, 1, 1, 1) + "\n");

        Assert.StartsWith("Person-centredness not computable: 1 of its 8 items missing;", rows[1][^1], StringComparison.Ordinal);
        Assert.StartsWith("Person-centredness not computable: 2 of its 8 items not answered (1 blank, 1 not applicable or don't know);", rows[2][^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_cell_in_a_row_is_reported()
    {
        var (_, rows, _) = _cli.Score("core-10", Header(10) + "\n" + Row("bad", 9, 2, "y", 2, 2, 2, 2, 2, 2, 2) + "\n");
        Assert.Equal("item1: answer 9 is outside the response scale 0-4; item3: 'y' is not a whole number on the response scale 0-4", Csv.Cell(rows, 1, "error"));
    }

    [Theory]
    [InlineData("r,1,1,1,1,1,1,1,1,1", "row has 10 fields but the header has 11")]
    [InlineData("r,1,1,1,1,1,1,1,1,1,1,1", "row has 12 fields but the header has 11")]
    public void A_row_with_the_wrong_number_of_fields_gets_a_message(string line, string message)
    {
        var (exit, rows, _) = _cli.Score("core-10", Header(10) + "\n" + line + "\n" + Row("ok", Same(10, 1)) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(3, rows.Length);
        Assert.Equal("r", rows[1][0]);
        Assert.Equal(message, Csv.Cell(rows, 1, "error"));
        Assert.Equal("14", Csv.Cell(rows, 2, "clinical"));
    }

    [Fact]
    public void Item_columns_are_case_insensitive_in_any_order_and_other_columns_pass_through_unchanged()
    {
        string header = "ITEM10,Site,Item2,item3,item4,item5,item6,item7,item8,item9,iTeM1,Notes";
        string row = "1,\"Leeds, North\",0,0,1,1,1,1,1,1,1,\"said \"\"fine\"\"\"";
        var (exit, rows, _) = _cli.Score("core-10", header + "\n" + row + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(["Site", "Notes", "mean", "clinical", "answered", "band", "risk_flag", "error"], rows[0]);
        Assert.Equal(["Leeds, North", "said \"fine\"", "1.6", "16", "10", "moderate", "true", ""], rows[1]);
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_are_handled()
    {
        string path = _cli.Write("bom.csv", Header(10) + "\r\n" + Row("a", Same(10, 2)) + "\r\n", byteOrderMark: true);
        var (exit, output, _) = CliRunner.Run("score", "core-10", path);
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal("id", rows[0][0]);
        Assert.Equal(["a", "2", "20", "10", "moderate-severe", "true", ""], rows[1]);
    }

    [Fact]
    public void Malformed_quoting_is_reported_on_its_row()
    {
        var (exit, rows, _) = _cli.Score("core-10", Header(10) + "\n" + "a\"b,1,1,1,1,1,1,1,1,1,1\n" + Row("ok", Same(10, 1)) + "\n");
        Assert.Equal(0, exit);
        Assert.StartsWith("malformed CSV", Csv.Cell(rows, 1, "error"), StringComparison.Ordinal);
        Assert.Equal("", Csv.Cell(rows, 1, "clinical"));
        Assert.Equal("14", Csv.Cell(rows, 2, "clinical"));
    }

    [Fact]
    public void Yp_core_cutoff_by_age_and_gender_and_no_cutoff_outside_the_table()
    {
        string csv = "id,age,gender," + string.Join(",", Enumerable.Range(1, 10).Select(i => $"item{i}")) + "\n"
            + "a,11,F,2,2,2,2,2,2,2,2,2,2\n"
            + "b,19,M,2,2,2,2,2,2,2,2,2,2\n"
            + "c,,,0,0,4,0,4,0,0,0,0,4\n"
            + "d,14,U,2,2,2,2,2,2,2,2,2,2\n"
            + "e,1x,M,2,2,2,2,2,2,2,2,2,2\n";
        var (exit, rows, _) = _cli.Score("yp-core", csv);
        Assert.Equal(0, exit);
        Assert.Equal(["a", "11", "F", "2", "20", "10", "14.32", "true", ""], rows[1]);
        Assert.Equal(["b", "19", "M", "2", "20", "10", "", "", "Blackshaw gives no cut-off for age 19; it covers ages 11-18."], rows[2]);
        Assert.Equal(["c", "", "", "0", "0", "10", "", "", ""], rows[3]);
        Assert.Equal("gender: 'U' is not M, F, male, female, 1, 2, 9 or X; no cut-off", Csv.Cell(rows, 4, "error"));
        Assert.Equal("20", Csv.Cell(rows, 4, "clinical"));
        Assert.Equal("age: '1x' is not a whole number of years; no cut-off", Csv.Cell(rows, 5, "error"));
    }

    [Fact]
    public void Yp_core_reference_can_be_chosen()
    {
        string csv = "id,age,gender," + string.Join(",", Enumerable.Range(1, 10).Select(i => $"item{i}")) + "\nm,12,M,1,1,3,1,3,1,1,1,1,3\n";
        var (_, rows, _) = _cli.Score("yp-core", csv, "--reference", "twigg2016");
        Assert.Equal("10.3", Csv.Cell(rows, 1, "cutoff_clinical"));
        Assert.Equal("false", Csv.Cell(rows, 1, "clinical_range"));
    }

    [Fact]
    public void Core_om_pre_2023_non_risk_rule_is_an_option()
    {
        object[] answers = Same(34, 1);
        answers[0] = "";
        answers[1] = "";
        answers[4] = "";
        string csv = Header(34) + "\n" + Row("a", answers) + "\n";
        Assert.NotEqual("", Csv.Cell(_cli.Score("core-om", csv).Rows, 1, "nonrisk_mean"));
        Assert.Equal("", Csv.Cell(_cli.Score("core-om", csv, "--nonrisk-rule", "pre-2023").Rows, 1, "nonrisk_mean"));
    }

    [Fact]
    public void Core_10_alternative_bands_are_an_option()
    {
        string csv = Header(10) + "\n" + Row("a", 2, 4, 4, 2, 2, 2, 2, 2, 3, 0) + "\n"; // clinical 15
        Assert.Equal("15", Csv.Cell(_cli.Score("core-10", csv).Rows, 1, "clinical"));
        Assert.Equal("moderate", Csv.Cell(_cli.Score("core-10", csv).Rows, 1, "band"));
        Assert.Equal("mild", Csv.Cell(_cli.Score("core-10", csv, "--bands", "alternative").Rows, 1, "band"));
    }

    [Fact]
    public void Output_option_writes_the_file()
    {
        string input = _cli.Write("in.csv", Header(10) + "\n" + Row("a", Same(10, 2)) + "\n");
        string output = _cli.PathOf("out.csv");
        var (exit, stdout, _) = CliRunner.Run("score", "core-10", input, "--output", output);
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Equal("id,mean,clinical,answered,band,risk_flag,error\na,2,20,10,moderate-severe,true,\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*" + CommandFiles.PartialSuffix));
    }

    [Fact]
    public void Missing_file_is_unusable_input()
    {
        var (exit, output, error) = CliRunner.Run("score", "core-10", _cli.PathOf("nope.csv"));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("input file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_has_no_header_and_is_unusable()
    {
        var (exit, _, error) = _cli.Score("core-10", "");
        Assert.Equal(1, exit);
        Assert.Contains("a header row naming the columns is needed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_item_columns_are_unusable_input_and_named()
    {
        var (exit, rows, error) = _cli.Score("core-10", "id,item1,item2,item3\na,1,2,3\n");
        Assert.Equal(1, exit);
        Assert.Empty(rows);
        Assert.Contains("lacks the item column(s) item4, item5, item6, item7, item8, item9, item10", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicated_item_column_is_unusable_input()
    {
        var (exit, _, error) = _cli.Score("core-10", Header(10) + ",ITEM3\n");
        Assert.Equal(1, exit);
        Assert.Contains("item3 more than once", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_run_leaves_no_output_file()
    {
        string input = _cli.Write("in.csv", "id,item1\n");
        string output = _cli.PathOf("out.csv");
        Assert.Equal(1, CliRunner.Run("score", "core-10", input, "--output", output).Exit);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*" + CommandFiles.PartialSuffix));
    }

    [Fact]
    public void Unknown_instrument_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("score", "core-5", _cli.Write("in.csv", "id\n"));
        Assert.NotEqual(0, exit);
        Assert.Contains("core-5", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("core-10", "core10.csv")]
    [InlineData("core-om", "core-om.csv")]
    [InlineData("yp-core", "yp-core.csv")]
    [InlineData("gp-core", "gp-core.csv")]
    [InlineData("core-sf-a", "core-sf-a.csv")]
    [InlineData("core-sf-b", "core-sf-b.csv")]
    [InlineData("core-om", "core-om.csv", "--reference", "evans2002")]
    [InlineData("dialog", "dialog.csv")]
    [InlineData("pam-13", "pam-13.csv", "--calibration", "pam-13-calibration.made-up.json")]
    [InlineData("pam-13", "pam-13.csv", "--calibration", "pam-13-table.made-up.json")]
    public void Bundled_samples_score_with_one_output_row_per_input_row(string instrument, string sample, params string[] options)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "samples", sample);
        string[] resolved = [.. options.Select(o => o.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(AppContext.BaseDirectory, "samples", o) : o)];
        var (exit, output, error) = CliRunner.Run(["score", instrument, path, .. resolved]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        string[] inputLines = File.ReadAllLines(path);
        string[][] rows = Csv.Parse(output);
        Assert.Equal(inputLines.Length, rows.Length);
        Assert.Equal(inputLines.Skip(1).Select(l => l.Split(',')[0]), rows.Skip(1).Select(r => r[0]));
    }
}

/// <summary>Options that belong to one instrument are usage errors with another.</summary>
public sealed class ScoreOptionTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("core-om", "--reference", "twigg2016", "--reference twigg2016 is not a core-om table; core-om takes connell2007, evans2002, palmieri2009 or feixas2016.")]
    [InlineData("yp-core", "--reference", "evans2002", "--reference evans2002 is not a yp-core table; yp-core takes blackshaw, twigg2016, dibiase2021 or blackshaw-2020-app.")]
    [InlineData("core-10", "--reference", "blackshaw", "--reference applies only to core-om and yp-core, not core-10.")]
    [InlineData("gp-core", "--reference", "connell2007", "--reference applies only to core-om and yp-core, not gp-core.")]
    [InlineData("core-sf-a", "--reference", "evans2002", "--reference applies only to core-om and yp-core, not core-sf-a.")]
    [InlineData("core-6d", "--nonrisk-rule", "pre-2023", "--nonrisk-rule applies only to core-om, not core-6d.")]
    [InlineData("core-sf-b", "--bands", "alternative", "--bands applies only to core-10, not core-sf-b.")]
    [InlineData("core-10", "--nonrisk-rule", "pre-2023", "--nonrisk-rule applies only to core-om, not core-10.")]
    [InlineData("yp-core", "--bands", "alternative", "--bands applies only to core-10, not yp-core.")]
    [InlineData("core-10", "--value-set", "eq5d5l-uk-rowen2026", "--value-set applies only to eq-5d-5l and eq-5d-3l, not core-10.")]
    [InlineData("icecap-o", "--value-set", "eq5d3l-uk-dolan1997", "--value-set applies only to eq-5d-5l and eq-5d-3l, not icecap-o.")]
    [InlineData("eq-5d-5l", "--value-set", "eq5d3l-uk-dolan1997", "--value-set eq5d3l-uk-dolan1997 is not a value set of eq-5d-5l; eq-5d-5l takes eq5d5l-uk-rowen2026 or eq5d5l-england-devlin2018.")]
    [InlineData("eq-5d-5l", "--value-set", "uk", "Argument 'uk' not recognized. Must be one of:")]
    public void An_option_for_another_instrument_is_a_usage_error(string instrument, string option, string value, string message)
    {
        string input = _cli.Write("in.csv", "id\n");
        var (exit, output, error) = CliRunner.Run("score", instrument, input, option, value);
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void EQ_5D_writes_the_state_the_utility_of_the_chosen_value_set_and_its_id()
    {
        const string Csv = "id,item1,item2,item3,item4,item5\np,2,3,2,4,5\nq,1,1,,1,1\n";
        var (exit, rows, _) = _cli.Score("eq-5d-5l", Csv);
        Assert.Equal(0, exit);
        Assert.Equal(["id", "state", "utility", "value_set", "answered", "error"], rows[0]);
        Assert.Equal(["p", "23245", "0.097", "eq5d5l-uk-rowen2026", "5", ""], rows[1]);
        Assert.Equal(["q", "", "", "", "4", "EQ-5D-5L index (UK, Rowen et al. 2026) not computable: item 3 not answered; all five items (1, 2, 3, 4, 5) are needed (no prorating)."], rows[2]);
        (_, rows, _) = _cli.Score("eq-5d-5l", Csv, "--value-set", "eq5d5l-england-devlin2018");
        Assert.Equal(["p", "23245", "0.247", "eq5d5l-england-devlin2018", "5", ""], rows[1]);
    }

    [Fact]
    public void A_malformed_header_is_unusable_input()
    {
        var (exit, _, error) = _cli.Score("core-10", "id,\"item1\"x,item2\n");
        Assert.Equal(1, exit);
        Assert.Contains("the header row is malformed CSV: text after the closing quote", error, StringComparison.Ordinal);
    }
}
