namespace OutcomeScoring.Cli.Tests;

/// <summary>`definition` and `score --definition`: any instrument written down as JSON is scored like a built-in.</summary>
public sealed class DefinitionCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public static TheoryData<string, string> EngineSamples => new()
    {
        { "core-om", "core-om.csv" },
        { "core-10", "core10.csv" },
        { "yp-core", "yp-core.csv" },
        { "gp-core", "gp-core.csv" },
        { "core-sf-a", "core-sf-a.csv" },
        { "core-sf-b", "core-sf-b.csv" },
    };

    public static TheoryData<string> BuiltInIds => [.. Instruments.All.Select(i => i.Id)];

    private const string MadeUp = """
        {
          "id": "made-up-wellbeing",
          "name": "Made-up wellbeing scale",
          "source": "A made-up instrument for the documentation",
          "scale": { "minimum": 1, "maximum": 5 },
          "direction": "higher-is-better",
          "items": [
            { "number": 1, "topic": "mood" },
            { "number": 2, "topic": "worry", "keying": "reversed" },
            { "number": 3, "topic": "sleep" },
            { "number": 4, "topic": "friends" },
            { "number": 5, "topic": "activities" },
            { "number": 6, "topic": "help-available" }
          ],
          "scores": [
            { "id": "feelings", "name": "Feelings", "items": [1, 2, 3], "maximumMissing": 1, "source": "made up" },
            { "id": "life", "name": "Everyday life", "items": [4, 5, 6], "maximumMissing": 1, "source": "made up" }
          ],
          "interpretation": {
            "primaryScore": "feelings",
            "severityBands": {
              "name": "Made-up bands", "score": "feelings", "source": "made up",
              "bands": [
                { "code": "low", "label": "Low", "upper": 2.5 },
                { "code": "middle", "label": "Middle", "lower": 2.5, "upper": 4 },
                { "code": "high", "label": "High", "lower": 4 }
              ]
            },
            "cutoffReferences": [{ "id": "local", "name": "Local", "source": "made up", "entries": [{ "score": "feelings", "meanCutoff": 3 }, { "score": "life", "meanCutoff": 2.5 }] }]
          }
        }
        """;

    public void Dispose() => _cli.Dispose();

    private static string Sample(string file) => Path.Combine(CliRunner.Root, "samples", file);

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void A_built_in_definition_prints_as_the_json_the_library_reads(string id)
    {
        (int exit, string output, string error) = CliRunner.Run("definition", id);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(Instruments.Get(id).ToJson() + "\n", output);
        Assert.Equal(output, Instrument.FromJson(output).ToJson() + "\n");
    }

    [Theory]
    [MemberData(nameof(EngineSamples))]
    public void Scoring_with_a_built_in_s_printed_definition_gives_the_built_in_s_output_byte_for_byte(string id, string sample)
    {
        string definition = _cli.Write(id + ".json", CliRunner.Run("definition", id).Output);
        (int builtInExit, string builtIn, _) = CliRunner.Run("score", id, Sample(sample));
        (int exit, string fromDefinition, string error) = CliRunner.Run("score", "--definition", definition, Sample(sample));
        Assert.Equal(0, builtInExit);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(builtIn, fromDefinition);
    }

    [Fact]
    public void CORE_6D_scored_from_its_printed_definition_gives_the_built_in_s_output_and_tariff_note()
    {
        // The value-set stage, its form and its note are all in the definition.
        string definition = _cli.Write("core-6d.json", CliRunner.Run("definition", "core-6d").Output);
        (int builtInExit, string builtIn, string builtInError) = CliRunner.Run("score", "core-6d", Sample("core-om.csv"));
        (int exit, string fromDefinition, string error) = CliRunner.Run("score", "--definition", definition, Sample("core-om.csv"));
        Assert.Equal(0, builtInExit);
        Assert.Equal(0, exit);
        Assert.StartsWith("note: CORE-6D tariff: ", error, StringComparison.Ordinal);
        Assert.Equal(builtInError, error);
        Assert.Equal(builtIn, fromDefinition);
    }

    [Theory]
    [InlineData("pam-13-calibration.made-up.json")]
    [InlineData("pam-13-table.made-up.json")]
    public void PAM_13_from_its_printed_definition_with_calibration_gives_the_built_in_s_output(string calibration)
    {
        // The calibration stage and its levels are in the definition; --calibration binds the licensee's numbers to it.
        string definition = _cli.Write("pam-13.json", CliRunner.Run("definition", "pam-13").Output);
        (int builtInExit, string builtIn, string builtInError) = CliRunner.Run("score", "pam-13", Sample("pam-13.csv"), "--calibration", Sample(calibration));
        (int exit, string fromDefinition, string error) = CliRunner.Run("score", "--definition", definition, Sample("pam-13.csv"), "--calibration", Sample(calibration));
        Assert.Equal(0, builtInExit);
        Assert.Equal(0, exit);
        Assert.Equal(builtInError, error);
        Assert.Equal(builtIn, fromDefinition);
        Assert.Contains(builtIn.Split('\n')[1..], row => row.Split(',').Any(cell => cell.Contains('.', StringComparison.Ordinal)));
    }

    [Fact]
    public void Calibration_with_a_definition_that_has_no_calibration_stage_is_refused_before_anything_is_written()
    {
        string definition = _cli.Write("made-up.json", MadeUp);
        string input = _cli.Write("forms.csv", "item1,item2,item3,item4,item5,item6\n1,2,3,4,5,1\n");
        string output = _cli.PathOf("scores.csv");
        (int exit, string written, string error) = CliRunner.Run("score", "--definition", definition, input, "--calibration", Sample("pam-13-calibration.made-up.json"), "-o", output);
        Assert.Equal(1, exit);
        Assert.Equal("", written);
        Assert.Equal("error: --calibration: Made-up wellbeing scale declares no calibration stage; --calibration binds the calibration of a definition with one.\n", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_calibration_that_cannot_be_read_or_does_not_fit_the_definition_s_stage_is_one_error_line()
    {
        string definition = _cli.Write("pam-13.json", CliRunner.Run("definition", "pam-13").Output);
        string broken = _cli.Write("broken.json", "{ \"name\": ");
        (int exit, string written, string error) = CliRunner.Run("score", "--definition", definition, Sample("pam-13.csv"), "--calibration", broken);
        Assert.Equal(1, exit);
        Assert.Equal("", written);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("broken.json", error, StringComparison.Ordinal);

        // A calibration of four items does not fit PAM-13's thirteen.
        string fourItems = _cli.Write("four.json", """
            { "name": "FOUR", "model": "rating-scale", "estimator": "ml", "extremeAdjustment": 0.5, "taus": [-0.8, 0.8],
              "items": [ {"item": 1, "difficulty": -1.0}, {"item": 2, "difficulty": 0.0}, {"item": 3, "difficulty": 0.5}, {"item": 4, "difficulty": 1.0} ],
              "transform": {"intercept": 50, "slope": 10, "min": 0, "max": 100}, "minimumAnswered": 3, "rejectUniformExtremes": false }
            """);
        (exit, written, error) = CliRunner.Run("score", "--definition", definition, Sample("pam-13.csv"), "--calibration", fourItems);
        Assert.Equal(1, exit);
        Assert.Equal("", written);
        Assert.StartsWith("error: --calibration four.json: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mhsds")]
    [InlineData("dialog-plus")]
    public void DIALOG_from_its_printed_definition_reads_either_declared_column_order_as_the_built_in_does(string order)
    {
        // The orders are data in the definition, so --order works for any definition that declares them.
        string definition = _cli.Write("dialog.json", CliRunner.Run("definition", "dialog").Output);
        (int builtInExit, string builtIn, _) = CliRunner.Run("score", "dialog", Sample("dialog.csv"), "--order", order);
        (int exit, string fromDefinition, string error) = CliRunner.Run("score", "--definition", definition, Sample("dialog.csv"), "--order", order);
        Assert.Equal(0, builtInExit);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(Scores(builtIn), Scores(fromDefinition));
        // Every column but the error column, whose wording of a bad cell is the built-in's own ("rating", the item's topic).
        static string[][] Scores(string csv) => [.. Csv.Parse(csv).Select(row => row[..^1])];
    }

    [Fact]
    public void A_column_order_of_a_made_up_definition_names_the_item_each_column_holds()
    {
        string definition = _cli.Write("made-up.json", MadeUp.Replace("\"scores\": [", "\"columnOrders\": [{ \"name\": \"backwards\", \"items\": [6, 5, 4, 3, 2, 1], \"source\": \"made up\" }],\n  \"scores\": [", StringComparison.Ordinal));
        string forwards = _cli.Write("forwards.csv", "item1,item2,item3,item4,item5,item6\n5,1,4,2,3,1\n2,,,1,1,1\n");
        string backwards = _cli.Write("backwards.csv", "item1,item2,item3,item4,item5,item6\n1,3,2,4,1,5\n1,1,1,,,2\n");
        (int exit, string output, string error) = CliRunner.Run("score", "--definition", definition, backwards, "--order", "BACKWARDS");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(CliRunner.Run("score", "--definition", definition, forwards).Output, output);

        (int unknownExit, string unknownOutput, string unknown) = CliRunner.Run("score", "--definition", definition, backwards, "--order", "dialog-plus");
        Assert.Equal(1, unknownExit);
        Assert.Equal("", unknownOutput);
        Assert.Equal("error: --order dialog-plus is not a column order of Made-up wellbeing scale; it declares backwards.\n", unknown.ReplaceLineEndings("\n"));
        Assert.Equal(
            "error: --order backwards: Made-up wellbeing scale declares no column order (columnOrders).\n",
            CliRunner.Run("score", "--definition", _cli.Write("plain.json", MadeUp), backwards, "--order", "backwards").Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_built_in_takes_only_dialog_s_orders_with_the_parser_s_message()
    {
        (int exit, _, string error) = CliRunner.Run("score", "dialog", Sample("dialog.csv"), "--order", "backwards");
        Assert.Equal(1, exit);
        Assert.StartsWith("Argument 'backwards' not recognized. Must be one of:\n\t'mhsds'\n\t'dialog-plus'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PAM_13_from_its_printed_definition_without_a_calibration_says_the_activation_needs_one()
    {
        string definition = _cli.Write("pam-13.json", CliRunner.Run("definition", "pam-13").Output);
        (int exit, string output, _) = CliRunner.Run("score", "--definition", definition, Sample("pam-13.csv"));
        Assert.Equal(0, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("activation,activation_se,level,answered,theta,theta_se,error", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines.Skip(1), line => line.EndsWith(",PAM-13 activation needs a calibration supplied at scoring time; none was given (Instrument.WithCalibration).", StringComparison.Ordinal));
    }

    [Fact]
    public void Change_does_not_take_the_stage_instruments_whose_change_rules_are_not_in_their_definitions()
    {
        (int exit, _, string error) = CliRunner.Run("change", Sample("core10.csv"), "--instrument", "pam-13");
        Assert.NotEqual(0, exit);
        Assert.Contains("'pam-13' not recognized", error, StringComparison.Ordinal);
        Assert.DoesNotContain("'core-6d'", error, StringComparison.Ordinal);
        (int unknownExit, _, string unknown) = CliRunner.Run("change", Sample("core10.csv"), "--instrument", "nope");
        Assert.NotEqual(0, unknownExit);
        Assert.StartsWith("Argument 'nope' not recognized.", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_made_up_instrument_with_two_subscales_a_reversed_item_and_bands_is_scored_with_the_default_columns()
    {
        string definition = _cli.Write("made-up.json", MadeUp);
        string input = _cli.Write("answers.csv", "person,item1,item2,item3,item4,item5,item6\np1,5,1,4,2,3,\np2,2,,,1,1,1\np3,x,1,1,1,1,9\n");
        (int exit, string output, string error) = CliRunner.Run("score", "--definition", definition, input);
        Assert.Equal(0, exit);
        Assert.Equal("", error);

        // p1: feelings = (5 + (6 - 1) + 4) / 3 = 14/3, band high (>= 4); life = (2 + 3) / 2 with item 6 blank.
        // p2: feelings has one of three answered (at most 1 may be missing): not computable, so no band.
        // p3: 'x' is not a whole number and 9 is off the 1-5 scale: both named, nothing scored.
        Assert.Equal(
            "person,feelings_mean,life_mean,answered,band,error\n"
            + $"p1,{14 / 3.0:R},2.5,5,high,\n"
            + "p2,,1,4,,Feelings not computable: 2 of its 3 items missing; at most 1 may be missing.\n"
            + "p3,,,,,item1: 'x' is not a whole number on the response scale 1-5; item6: answer 9 is outside the response scale 1-5\n",
            output);
    }

    [Fact]
    public void A_cut_off_table_of_the_definition_is_chosen_with_reference_and_adds_a_clinical_range_column_per_score()
    {
        string definition = _cli.Write("made-up.json", MadeUp);
        string input = _cli.Write("answers.csv", "item1,item2,item3,item4,item5,item6\n3,3,3,2,2,4\n");
        (int exit, string output, _) = CliRunner.Run("score", "--definition", definition, input, "--reference", "local");
        Assert.Equal(0, exit);
        Assert.Equal("feelings_mean,life_mean,answered,band,feelings_clinical_range,life_clinical_range,error\n3,2.6666666666666665,6,middle,true,true,\n", output);
    }

    private const string TwoValueSets = """
        {
          "id": "two-sets", "name": "Two sets", "source": "made up for a test",
          "scale": { "minimum": 1, "maximum": 2 },
          "items": [ { "number": 1, "topic": "a" }, { "number": 2, "topic": "b" } ],
          "scores": [ { "id": "total", "name": "Total", "items": [1, 2], "maximumMissing": 0, "source": "made up" } ],
          "resultColumns": [ { "name": "profile", "value": "answer-profile" }, { "name": "value", "value": "stage", "stage": "first", "output": "value" }, { "name": "set", "value": "stage-id", "stage": "first" } ],
          "stages": [
            { "id": "first", "kind": "value-set", "name": "First", "source": "made up", "constant": 1,
              "dimensions": [ { "id": "a", "items": [ { "item": 1, "levels": [0, 1] } ], "values": [0, -0.5] }, { "id": "b", "items": [ { "item": 2, "levels": [0, 1] } ], "values": [0, -0.25] } ] },
            { "id": "second", "kind": "value-set", "name": "Second", "source": "made up", "values": [10, 11, 12, 13],
              "dimensions": [ { "id": "a", "items": [ { "item": 1, "levels": [0, 1] } ] }, { "id": "b", "items": [ { "item": 2, "levels": [0, 1] } ] } ] }
          ]
        }
        """;

    [Theory]
    [InlineData(new string[0], "profile,value,set,error\n21,0.5,first,\n,,,\"First not computable: item 2 not answered; all two items (1, 2) are needed (no prorating).\"\n")]
    [InlineData(new[] { "--value-set", "second" }, "profile,value,set,error\n21,12,second,\n,,,\"Second not computable: item 2 not answered; all two items (1, 2) are needed (no prorating).\"\n")]
    public void A_value_set_of_the_definition_is_chosen_with_value_set_and_recorded_in_each_row(string[] extra, string expected)
    {
        string definition = _cli.Write("two-sets.json", TwoValueSets);
        string input = _cli.Write("answers.csv", "item1,item2\n2,1\n1,\n");
        (int exit, string output, _) = CliRunner.Run(["score", "--definition", definition, input, .. extra]);
        Assert.Equal(0, exit);
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("third", "error: --value-set third is not a value set of Two sets; it has first, second.\n")]
    public void A_value_set_the_definition_does_not_have_is_an_unusable_input(string valueSet, string message)
    {
        string definition = _cli.Write("two-sets.json", TwoValueSets);
        (int exit, string output, string error) = CliRunner.Run("score", "--definition", definition, Sample("core10.csv"), "--value-set", valueSet);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_definition_with_no_value_set_refuses_value_set()
    {
        string definition = _cli.Write("made-up.json", MadeUp);
        (int exit, _, string error) = CliRunner.Run("score", "--definition", definition, Sample("core10.csv"), "--value-set", "any");
        Assert.Equal(1, exit);
        Assert.Equal("error: --value-set any: Made-up wellbeing scale has no value set.\n", error);
    }

    [Fact]
    public void An_invalid_definition_lists_every_problem_with_its_path_and_writes_no_output()
    {
        string definition = _cli.Write("bad.json", """{ "id": "bad", "name": "Bad", "source": "s", "scale": { "minimum": 0, "maximum": 4 }, "items": [{ "number": 1, "topic": "a" }], "scores": [{ "id": "t", "name": "T", "items": [1, 2], "maximumMissing": 3, "source": "s" }], "colour": "red" }""");
        string output = _cli.PathOf("out.csv");
        (int exit, string stdout, string error) = CliRunner.Run("score", "--definition", definition, Sample("core10.csv"), "--output", output);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(output));
        Assert.Equal(
            "error: bad.json is not a usable instrument definition; 3 problems:\n"
            + "  $.colour: unknown property \"colour\"; allowed here: $schema, id, name, source, scale, clinicalMultiplier, direction, items, companionQuestions, columnOrders, scores, interpretation, resultColumns, stages.\n"
            + "  $.scores[0].items[1]: Instrument 'bad': score 't' refers to item 2, but the instrument has items 1 to 1.\n"
            + "  $.scores[0].maximumMissing: Instrument 'bad': score 't' allows 3 missing items, but it has 2; the limit must be between 0 and 1 so that at least one answered item is needed.\n",
            error);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[]")]
    public void A_file_that_is_not_a_definition_is_an_unusable_input(string text)
    {
        string definition = _cli.Write("bad.json", text);
        (int exit, string stdout, string error) = CliRunner.Run("score", "--definition", definition, Sample("core10.csv"));
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: bad.json is not a usable instrument definition; 1 problem:\n  $: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_definition_file_is_named()
    {
        (int exit, _, string error) = CliRunner.Run("score", "--definition", _cli.PathOf("none.json"), Sample("core10.csv"));
        Assert.Equal(1, exit);
        Assert.Equal($"error: definition file not found: {_cli.PathOf("none.json")}\n", error);
    }

    [Theory]
    [InlineData(new[] { "core-10" }, "score --definition takes the input file alone; the definition names the instrument, so leave out 'core-10'.")]
    [InlineData(new[] { "--bands", "alternative" }, "--bands applies to a built-in instrument, not to --definition.")]
    public void Options_and_arguments_of_built_in_instruments_are_usage_errors_with_a_definition(string[] extra, string message)
    {
        string definition = _cli.Write("gp.json", CliRunner.Run("definition", "gp-core").Output);
        string[] args = extra[0].StartsWith('-') ? ["score", "--definition", definition, Sample("gp-core.csv"), .. extra] : ["score", "--definition", definition, .. extra, Sample("gp-core.csv")];
        (int exit, string stdout, string error) = CliRunner.Run(args);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_the_definition_does_not_have_is_named_with_those_it_has()
    {
        string definition = _cli.Write("made-up.json", MadeUp);
        (int exit, _, string error) = CliRunner.Run("score", "--definition", definition, Sample("core10.csv"), "--reference", "connell2007");
        Assert.Equal(1, exit);
        Assert.Equal("error: --reference connell2007 is not a table of Made-up wellbeing scale; it has local.\n", error);
    }

    [Fact]
    public void Without_a_definition_the_instrument_and_input_are_still_required_with_the_same_messages()
    {
        Assert.Equal("Required argument 'instrument' missing for command: 'score'.\nRequired argument 'input.csv' missing for command: 'score'.\n\n", CliRunner.Run("score").Error);
        Assert.Equal("Required argument 'input.csv' missing for command: 'score'.\n\n", CliRunner.Run("score", "core-10").Error);
        Assert.StartsWith("Argument 'madrs' not recognized. Must be one of:\n\t'core-om'\n\t'core-10'\n", CliRunner.Run("score", "madrs", "x.csv").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_a_valid_definition_as_understood_and_lists_the_problems_of_an_invalid_one()
    {
        (int exit, string output, _) = CliRunner.Run("definition", "--check", _cli.Write("made-up.json", MadeUp));
        Assert.Equal(0, exit);
        Assert.Equal(Instrument.FromJson(MadeUp).ToJson() + "\n", output);

        (exit, output, string error) = CliRunner.Run("definition", "--check", _cli.Write("bad.json", """{ "id": "x" }"""));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("error: bad.json is not a usable instrument definition; 5 problems:\n  $.name: \"name\" is missing.\n  $.source: \"source\" is missing.\n  $.scale: \"scale\" is missing.\n  $.items: \"items\" is missing.\n  $.scores: \"scores\" is missing.\n", error);
    }

    [Fact]
    public void Schema_prints_the_library_s_json_schema() =>
        Assert.Equal(Instrument.JsonSchema, CliRunner.Run("definition", "--schema").Output);

    [Theory]
    [InlineData("")]
    [InlineData("core-10 --schema")]
    public void Definition_takes_exactly_one_of_an_id_check_or_schema(string extra)
    {
        (int exit, string output, string error) = CliRunner.Run(["definition", .. extra.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("definition takes one of: a built-in instrument id, --check <file.json>, or --schema.", error, StringComparison.Ordinal);
    }
}
