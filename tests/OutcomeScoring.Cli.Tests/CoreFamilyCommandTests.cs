using System.Globalization;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Cli.Tests;

/// <summary>`score gp-core`, `score core-sf-a`, `score core-sf-b`, `score core-6d` and `score core-om --reference` (issue 10).</summary>
public sealed class CoreFamilyCommandTests : IDisposable
{
    private const string SixScoreColumns = "all_mean,all_clinical,nonrisk_mean,nonrisk_clinical,wellbeing_mean,problems_mean,functioning_mean,risk_mean,answered";
    private const string CoreOmColumns = SixScoreColumns + ",band,risk_flag";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Header(int n, string before = "id") => before + "," + string.Join(",", Enumerable.Range(1, n).Select(i => $"item{i}"));

    private static string Row(string id, params object[] answers) => id + "," + string.Join(",", answers);

    private static object[] Same(int n, object value) => [.. Enumerable.Repeat(value, n)];

    private static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Samples(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    /// <summary>The CORE-OM answers of samples/core-om.csv, by id (blank = not answered).</summary>
    private static Dictionary<string, Answer[]> CoreOmSample()
    {
        string[][] rows = Csv.Parse(File.ReadAllText(Samples("core-om.csv")));
        int first = Array.IndexOf(rows[0], "item1");
        return rows.Skip(1).ToDictionary(
            r => r[0],
            r => r.Skip(first).Take(34).Select(c => c.Length == 0 ? Answer.NotAnswered : Answer.Of(int.Parse(c, CultureInfo.InvariantCulture))).ToArray());
    }

    [Theory]
    [InlineData("gp-core", 14, "id,mean,clinical,answered,error")]
    [InlineData("core-sf-a", 18, "id," + SixScoreColumns + ",risk_flag,error")]
    [InlineData("core-sf-b", 18, "id," + SixScoreColumns + ",risk_flag,error")]
    [InlineData("core-6d", 34, "id,utility,emotional_sum,physical_level,error")]
    public void Output_columns_are_the_documented_contract(string instrument, int items, string expectedHeader)
    {
        var (exit, rows, _) = _cli.Score(instrument, Header(items) + "\n" + Row("a", Same(items, 2)) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(expectedHeader, string.Join(",", rows[0]));
        Assert.Equal(2, rows.Length);
    }

    [Fact]
    public void Gp_core_all_zero_gives_the_eight_reversed_items_over_fourteen()
    {
        var (_, rows, _) = _cli.Score("gp-core", Header(14) + "\n" + Row("z", Same(14, 0)) + "\n");
        Assert.Equal(["z", Text(32 / 14.0), Text(320 / 14.0), "14", ""], rows[1]);
    }

    [Theory]
    [InlineData("core-sf-a")]
    [InlineData("core-sf-b")]
    public void Short_form_all_zero_gives_the_hand_computed_scores(string instrument)
    {
        // Five reversed items in each form (scored 4): all 20/18, non-risk 20/16; wellbeing holds items 4 and 31
        // (reversed): 8/4; functioning three reversed of six: 12/6; problems and risk 0.
        var (_, rows, _) = _cli.Score(instrument, Header(18) + "\n" + Row("z", Same(18, 0)) + "\n");
        Assert.Equal(["z", Text(20 / 18.0), Text(200 / 18.0), Text(20 / 16.0), Text(200 / 16.0), "2", "0", "2", "0", "18", "false", ""], rows[1]);
    }

    [Theory]
    [InlineData("gp-core", "gp-core.csv")]
    [InlineData("core-sf-a", "core-sf-a.csv")]
    [InlineData("core-sf-b", "core-sf-b.csv")]
    public void Sample_forms_hold_the_core_om_samples_items_and_score_as_the_library_scores_those_items(string instrument, string sample)
    {
        IReadOnlyList<int> omItems = instrument switch
        {
            "gp-core" => GpCore.CoreOmItems,
            "core-sf-a" => CoreShortForms.FormACoreOmItems,
            _ => CoreShortForms.FormBCoreOmItems,
        };
        Dictionary<string, Answer[]> om = CoreOmSample();
        var (exit, output, error) = CliRunner.Run("score", instrument, Samples(sample));
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(om.Count + 1, rows.Length);
        Instrument form = Instruments.Get(instrument);
        for (int r = 1; r < rows.Length; r++)
        {
            InstrumentResult expected = form.Score([.. omItems.Select(i => om[rows[r][0]][i - 1])]);
            Assert.Equal(Text(expected.Primary.Mean), Csv.Cell(rows, r, instrument == "gp-core" ? "mean" : "all_mean"));
            Assert.Equal(Text(expected.Primary.ClinicalScore), Csv.Cell(rows, r, instrument == "gp-core" ? "clinical" : "all_clinical"));
            Assert.Equal(expected.ItemsAnswered.ToString(CultureInfo.InvariantCulture), Csv.Cell(rows, r, "answered"));
            if (instrument != "gp-core")
            {
                foreach (string score in new[] { "nonrisk", "wellbeing", "problems", "functioning", "risk" })
                {
                    Assert.Equal(Text(expected[score].Mean), Csv.Cell(rows, r, score + "_mean"));
                }

                Assert.Equal(Text(expected["nonrisk"].ClinicalScore), Csv.Cell(rows, r, "nonrisk_clinical"));
                Assert.Equal(expected.RiskFlag ? "true" : "false", Csv.Cell(rows, r, "risk_flag"));
            }
        }
    }

    [Fact]
    public void Gp_core_prorates_one_missing_item_and_explains_two()
    {
        object[] one = Same(14, 1);
        one[4] = "";
        object[] two = Same(14, 1);
        two[4] = "";
        two[9] = "";
        var (_, rows, _) = _cli.Score("gp-core", Header(14) + "\n" + Row("one", one) + "\n" + Row("two", two) + "\n");

        // Item 5 of GP-CORE is CORE-OM 8 (direct); items 2, 3, 4, 6, 8, 9, 13, 14 are reversed (1 -> 3).
        Assert.Equal(["one", Text((8 * 3 + 5 * 1) / 13.0), Text((8 * 3 + 5 * 1) * 10 / 13.0), "13", ""], rows[1]);
        Assert.Equal(["two", "", "", "12", "Total not computable: 2 of its 14 items missing; at most 1 may be missing."], rows[2]);
    }

    [Fact]
    public void Short_form_domains_allow_no_missing_item_but_the_total_allows_one()
    {
        // SF/A item 2 is CORE-OM 4 (wellbeing, reversed).
        object[] answers = Same(18, 2);
        answers[1] = "";
        var (_, rows, _) = _cli.Score("core-sf-a", Header(18) + "\n" + Row("w", answers) + "\n");
        Assert.Equal("2", Csv.Cell(rows, 1, "all_mean"));
        Assert.Equal("", Csv.Cell(rows, 1, "nonrisk_mean"));
        Assert.Equal("", Csv.Cell(rows, 1, "wellbeing_mean"));
        Assert.Equal("2", Csv.Cell(rows, 1, "problems_mean"));
        Assert.Equal("17", Csv.Cell(rows, 1, "answered"));
        Assert.Equal("true", Csv.Cell(rows, 1, "risk_flag"));
        Assert.Equal(
            "Non-risk items not computable: 1 of its 16 items missing; at most 0 may be missing.; Wellbeing not computable: 1 of its 4 items missing; at most 0 may be missing.",
            Csv.Cell(rows, 1, "error"));
    }

    [Theory]
    [InlineData("gp-core", 14)]
    [InlineData("core-sf-a", 18)]
    [InlineData("core-sf-b", 18)]
    [InlineData("core-6d", 34)]
    public void A_bad_value_is_a_row_error_and_every_row_is_kept(string instrument, int items)
    {
        object[] bad = Same(items, 1);
        bad[1] = 5;
        bad[items - 1] = "x";
        var (exit, rows, _) = _cli.Score(instrument, Header(items) + "\n" + Row("ok1", Same(items, 1)) + "\n" + Row("bad", bad) + "\n" + Row("ok2", Same(items, 0)) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(4, rows.Length);
        Assert.Equal(["ok1", "bad", "ok2"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal($"item2: answer 5 is outside the response scale 0-4; item{items}: 'x' is not a whole number on the response scale 0-4", Csv.Cell(rows, 2, "error"));
        Assert.All(rows[2].Skip(1).SkipLast(1), cell => Assert.Equal("", cell));
        Assert.Equal("", Csv.Cell(rows, 1, "error"));
        Assert.Equal("", Csv.Cell(rows, 3, "error"));
    }

    [Fact]
    public void Core_6d_all_zero_gives_the_hand_computed_state()
    {
        // Items 1, 15, 16, 33 at 0 -> level 0; item 21 at 0 is reversed to 4 -> level 2: emotional sum 2.
        // Item 8 at 0 -> physical level 0. Tariff (physical 0, sum 2) = .87.
        var (exit, rows, error) = _cli.Score("core-6d", Header(34, "id,site") + "\n" + Row("z,Leeds", Same(34, 0)) + "\n");
        Assert.Equal(0, exit);
        Assert.Equal(["id", "site", "utility", "emotional_sum", "physical_level", "error"], rows[0]);
        Assert.Equal(["z", "Leeds", "0.87", "2", "0", ""], rows[1]);
        Assert.Equal("note: CORE-6D tariff: " + Core6D.TariffProvenance + "\n", error);
        Assert.Contains("single secondary source", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_6d_matches_the_library_on_the_core_om_sample()
    {
        Dictionary<string, Answer[]> om = CoreOmSample();
        var (exit, output, _) = CliRunner.Run("score", "core-6d", Samples("core-om.csv"));
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(["id", "gender", "utility", "emotional_sum", "physical_level", "error"], rows[0]);
        Assert.Equal(om.Count + 1, rows.Length);
        Assert.Contains(rows.Skip(1), r => r[2].Length == 0);
        Assert.Contains(rows.Skip(1), r => r[2].Length > 0);
        for (int r = 1; r < rows.Length; r++)
        {
            Core6DState state = Core6D.FromCoreOm(om[rows[r][0]]);
            Assert.Equal(Text(state.Utility), Csv.Cell(rows, r, "utility"));
            Assert.Equal(state.EmotionalSum?.ToString(CultureInfo.InvariantCulture) ?? "", Csv.Cell(rows, r, "emotional_sum"));
            Assert.Equal(state.PhysicalLevel?.ToString(CultureInfo.InvariantCulture) ?? "", Csv.Cell(rows, r, "physical_level"));
            Assert.Equal(state.IsComputable, Csv.Cell(rows, r, "error").Length == 0);
        }
    }

    [Fact]
    public void Core_6d_gives_no_utility_when_one_of_the_six_items_is_missing_and_says_which()
    {
        object[] twoMissing = Same(34, 1);
        twoMissing[7] = "";
        twoMissing[20] = "";
        object[] oneMissing = Same(34, 1);
        oneMissing[32] = " ";
        object[] otherMissing = Same(34, 1);
        otherMissing[1] = "";
        var (_, rows, _) = _cli.Score("core-6d", Header(34) + "\n" + Row("two", twoMissing) + "\n" + Row("one", oneMissing) + "\n" + Row("other", otherMissing) + "\n");
        Assert.Equal(["two", "", "", "", "CORE-6D utility not computable: CORE-OM items 8, 21 not answered; all six items (1, 8, 15, 16, 21, 33) are needed (no prorating)."], rows[1]);
        Assert.Equal(["one", "", "", "", "CORE-6D utility not computable: CORE-OM item 33 not answered; all six items (1, 8, 15, 16, 21, 33) are needed (no prorating)."], rows[2]);

        // Item 2 is not one of the six. Levels: 1, 15, 16, 33 at 1 -> 1 each; 21 at 1 -> reversed 3 -> 1: sum 5; item 8 at 1 -> 1.
        Assert.Equal(["other", Text(Core6D.Utility(5, 1)), "5", "1", ""], rows[3]);
        Assert.Equal("0.61", rows[3][1]);
    }

    [Fact]
    public void Core_6d_needs_every_core_om_item_column()
    {
        var (exit, rows, error) = _cli.Score("core-6d", Header(33) + "\n" + Row("a", Same(33, 1)) + "\n");
        Assert.Equal(1, exit);
        Assert.Empty(rows);
        Assert.Contains("lacks the item column(s) item34; CORE-6D (read from a CORE-OM file) needs item1 to item34", error, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_om_without_reference_keeps_its_columns_and_passes_gender_through()
    {
        var (_, rows, _) = _cli.Score("core-om", Header(34, "id,gender") + "\n" + Row("a,X", Same(34, 2)) + "\n");
        Assert.Equal("id,gender," + CoreOmColumns + ",error", string.Join(",", rows[0]));
        Assert.Equal("", Csv.Cell(rows, 1, "error"));
        Assert.Equal("X", Csv.Cell(rows, 1, "gender"));
    }

    [Theory]
    [InlineData("connell2007", "all_clinical_range")]
    [InlineData("evans2002", "all_clinical_range,nonrisk_clinical_range,wellbeing_clinical_range,problems_clinical_range,functioning_clinical_range,risk_clinical_range")]
    [InlineData("palmieri2009", "all_clinical_range,nonrisk_clinical_range,wellbeing_clinical_range,problems_clinical_range,functioning_clinical_range,risk_clinical_range")]
    [InlineData("feixas2016", "all_clinical_range,nonrisk_clinical_range,wellbeing_clinical_range,problems_clinical_range,functioning_clinical_range,risk_clinical_range")]
    public void Core_om_reference_adds_a_clinical_range_column_per_score_with_a_cutoff(string reference, string added)
    {
        var (exit, rows, _) = _cli.Score("core-om", Header(34, "id,gender") + "\n" + Row("a,F", Same(34, 2)) + "\n", "--reference", reference);
        Assert.Equal(0, exit);
        Assert.Equal("id,gender," + CoreOmColumns + "," + added + ",error", string.Join(",", rows[0]));
        // Trujillo 2016 withholds the women's non-risk cut-off (specs/core.md, checked 2026-12-06): blank, with the reason.
        Assert.All(added.Split(','), c => Assert.Equal(reference == "feixas2016" && c == "nonrisk_clinical_range" ? "" : "true", Csv.Cell(rows, 1, c)));
    }

    [Fact]
    public void Core_om_connell_cutoff_counts_a_score_of_exactly_ten_and_needs_no_gender()
    {
        // Reversed items (3, 4, 7, 12, 19, 21, 31, 32) answered 3 score 1, like every other item answered 1: mean 1.0, clinical 10.
        int[] reversed = [3, 4, 7, 12, 19, 21, 31, 32];
        object[] atCutoff = [.. Enumerable.Range(1, 34).Select(i => (object)(reversed.Contains(i) ? 3 : 1))];
        object[] below = [.. atCutoff];
        below[0] = 0;
        var (_, rows, _) = _cli.Score("core-om", Header(34) + "\n" + Row("at", atCutoff) + "\n" + Row("below", below) + "\n", "--reference", "connell2007");
        Assert.Equal("10", Csv.Cell(rows, 1, "all_clinical"));
        Assert.Equal("true", Csv.Cell(rows, 1, "all_clinical_range"));
        Assert.Equal("", Csv.Cell(rows, 1, "error"));
        Assert.Equal("false", Csv.Cell(rows, 2, "all_clinical_range"));
    }

    [Fact]
    public void Core_om_evans_2002_reads_gender_in_any_of_its_spellings_and_matches_the_library()
    {
        string[] genders = ["M", "f", "male", "FEMALE", " Female "];
        Dictionary<string, Answer[]> om = CoreOmSample();
        string[] ids = [.. om.Keys];
        string csv = Header(34, "id,gender") + "\n" + string.Join("\n", genders.Select((g, i) => Row(ids[i] + "," + g, om[ids[i]].Select(a => (object)(a.Value?.ToString(CultureInfo.InvariantCulture) ?? "")).ToArray()))) + "\n";
        var (exit, rows, _) = _cli.Score("core-om", csv, "--reference", "evans2002");
        Assert.Equal(0, exit);
        Assert.Equal(genders.Length + 1, rows.Length);
        for (int r = 1; r < rows.Length; r++)
        {
            Gender gender = genders[r - 1].Trim().StartsWith('m') || genders[r - 1].Trim().StartsWith('M') ? Gender.Male : Gender.Female;
            InstrumentResult result = CoreOm.Instrument.Score(om[ids[r - 1]]);
            foreach (ScoreDefinition score in CoreOm.Instrument.Scores)
            {
                bool? expected = result.CompareWithCutoff(gender, null, CoreOm.Evans2002, score.Id).IsInClinicalRange;
                Assert.Equal(expected switch { true => "true", false => "false", null => "" }, Csv.Cell(rows, r, score.Id + "_clinical_range"));
            }

            Assert.Equal(genders[r - 1], Csv.Cell(rows, r, "gender"));
        }

        // The first sample row (F in the sample, M here): problems 1.0 is below the men's 1.44, wellbeing 2.75 above 1.37.
        Assert.Equal("false", Csv.Cell(rows, 1, "problems_clinical_range"));
        Assert.Equal("true", Csv.Cell(rows, 1, "wellbeing_clinical_range"));
    }

    [Fact]
    public void Core_om_gender_table_cutoffs_differ_by_gender()
    {
        // Wellbeing items 4 and 31 (reversed) answered 3 score 1; 14 and 17 answered 2: mean 1.5, at or above the
        // men's cut-off of 1.37 and below the women's 1.77 (Evans 2002).
        object[] answers = Same(34, 2);
        answers[3] = answers[30] = 3;
        string csv = Header(34, "id,gender") + "\n" + Row("m,M", answers) + "\n" + Row("f,F", answers) + "\n";
        var (_, rows, _) = _cli.Score("core-om", csv, "--reference", "evans2002");
        Assert.Equal("1.5", Csv.Cell(rows, 1, "wellbeing_mean"));
        Assert.Equal("true", Csv.Cell(rows, 1, "wellbeing_clinical_range"));
        Assert.Equal("false", Csv.Cell(rows, 2, "wellbeing_clinical_range"));
    }

    [Fact]
    public void Core_om_reference_rows_without_a_usable_gender_keep_their_scores_and_say_why()
    {
        object[] missingWellbeing = Same(34, 2);
        missingWellbeing[3] = "";
        string csv = Header(34, "id,gender") + "\n"
            + Row("blank,", Same(34, 2)) + "\n"
            + Row("other,U", Same(34, 2)) + "\n"
            + Row("w,F", missingWellbeing) + "\n"
            + Row("bad,F", Same(34, 7)) + "\n";
        var (exit, rows, _) = _cli.Score("core-om", csv, "--reference", "evans2002");
        Assert.Equal(0, exit);
        Assert.Equal(5, rows.Length);
        string[] ranges = [.. rows[0].Where(c => c.EndsWith("_clinical_range", StringComparison.Ordinal))];
        Assert.Equal(6, ranges.Length);

        Assert.Equal("20", Csv.Cell(rows, 1, "all_clinical"));
        Assert.All(ranges, c => Assert.Equal("", Csv.Cell(rows, 1, c)));
        Assert.Equal("Evans et al. 2002 gives cut-offs by gender; no gender was given.", Csv.Cell(rows, 1, "error"));

        Assert.Equal("20", Csv.Cell(rows, 2, "all_clinical"));
        Assert.All(ranges, c => Assert.Equal("", Csv.Cell(rows, 2, c)));
        Assert.Equal("gender: 'U' is not M, F, male, female, 1, 2, 9 or X; no cut-off", Csv.Cell(rows, 2, "error"));

        Assert.Equal("", Csv.Cell(rows, 3, "wellbeing_clinical_range"));
        Assert.Equal("true", Csv.Cell(rows, 3, "all_clinical_range"));
        Assert.Equal("Wellbeing not computable: 1 of its 4 items missing; at most 0 may be missing.", Csv.Cell(rows, 3, "error"));

        Assert.All(ranges, c => Assert.Equal("", Csv.Cell(rows, 4, c)));
        Assert.StartsWith("item1: answer 7 is outside the response scale 0-4", Csv.Cell(rows, 4, "error"), StringComparison.Ordinal);
    }

    [Fact]
    public void Core_om_gender_table_without_a_gender_column_scores_every_row_and_says_why()
    {
        var (exit, rows, _) = _cli.Score("core-om", Header(34) + "\n" + Row("a", Same(34, 1)) + "\n", "--reference", "feixas2016");
        Assert.Equal(0, exit);
        Assert.Equal(Text(50 / 34.0), Csv.Cell(rows, 1, "all_mean"));
        Assert.Equal("", Csv.Cell(rows, 1, "all_clinical_range"));
        Assert.Equal("Trujillo et al. 2016 (Spain) gives cut-offs by gender; no gender was given.", Csv.Cell(rows, 1, "error"));
    }

    [Fact]
    public void Core_om_reference_works_with_the_pre_2023_non_risk_rule()
    {
        object[] answers = Same(34, 2);
        answers[0] = answers[1] = answers[4] = "";
        var (_, rows, _) = _cli.Score("core-om", Header(34, "id,gender") + "\n" + Row("a,M", answers) + "\n", "--reference", "evans2002", "--nonrisk-rule", "pre-2023");
        Assert.Equal("", Csv.Cell(rows, 1, "nonrisk_clinical_range"));
        Assert.Equal("true", Csv.Cell(rows, 1, "all_clinical_range"));
    }

    [Fact]
    public void Yp_core_reads_the_same_gender_spellings()
    {
        string csv = "id,age,gender," + string.Join(",", Enumerable.Range(1, 10).Select(i => $"item{i}")) + "\na,11,female,2,2,2,2,2,2,2,2,2,2\nb,11,Male,1,1,3,1,3,1,1,1,1,3\n";
        var (_, rows, _) = _cli.Score("yp-core", csv);
        Assert.Equal("14.32", Csv.Cell(rows, 1, "cutoff_clinical"));
        Assert.Equal("12.52", Csv.Cell(rows, 2, "cutoff_clinical"));
        Assert.Equal("", Csv.Cell(rows, 2, "error"));
    }

    [Fact]
    public void Core_6d_sample_keeps_every_row_and_notes_the_tariff()
    {
        string path = Samples("core-om.csv");
        var (exit, output, error) = CliRunner.Run("score", "core-6d", path);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllLines(path).Length, Csv.Parse(output).Length);
        Assert.StartsWith("note: CORE-6D tariff: ", error, StringComparison.Ordinal);
    }
}
