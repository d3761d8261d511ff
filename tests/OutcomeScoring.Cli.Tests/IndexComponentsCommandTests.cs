using System.Globalization;
using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli.Tests;

/// <summary>`index-components`: the CLI route from the other commands' outputs to components.csv gives the library helpers' numbers.</summary>
public sealed class IndexComponentsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Run(string name, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        return _cli.Write(name, output);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Outputs_of_change_score_dialog_and_fft_give_the_library_helpers_values()
    {
        string pairs = _cli.Write("pairs.csv", "team,pre,post\nnorth,20,10\nnorth,20,18\nnorth,25,\nsouth,30,12\n");
        string change = Run("change.csv", "change", pairs, "--instrument", "core-10", "--summary", "--by", "team");
        string dialogInput = _cli.Write("dialog.csv", "team,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10,item11\nnorth,4,5,6,4,5,6,4,5,4,4,4\nnorth,2,3,2,3,2,3,2,3,4,4,4\nsouth,7,7,6,6,5,5,4,4,4,4,4\nsouth,1,1,,,,,,,4,4,4\n");
        string dialog = Run("dialog-scored.csv", "score", "dialog", dialogInput);
        string fftInput = _cli.Write("fft.csv", "team,answer\nnorth,Very good\nnorth,Good\nnorth,Poor\nnorth,Don't know\nnorth,Very good\nsouth,Good\nsouth,Good\nsouth,Neither good nor poor\nsouth,Very poor\nsouth,Very good\nsouth,Good\n");
        string fft = Run("fft-summary.csv", "fft", "summarize", fftInput, "--unit", "team");

        var (exit, output, _) = CliRunner.Run("index-components", "--change", change, "--dialog", dialog, "--fft", fft);
        Assert.Equal(0, exit);
        string[][] rows = Csv.Parse(output);
        Assert.Equal(["unit", "component", "value", "n", "se"], rows[0]);

        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        ChangeSummary north = ChangeCohort.Summarise([("north", criteria.Classify(20, 10)), ("north", criteria.Classify(20, 18)), ("north", criteria.Classify(25, null))])[0];
        ComponentValue outcomes = IntegrationProfile.OutcomesValue("north", north);
        string[] row = rows.First(r => r[0] == "north" && r[1] == "outcomes");
        Assert.Equal(outcomes.Value!.Value, D(row[2]), 12);
        Assert.Equal(outcomes.Count!.Value, long.Parse(row[3], CultureInfo.InvariantCulture));
        Assert.Equal(outcomes.StandardError!.Value, D(row[4]), 12);

        // South's second DIALOG form has too few life-domain ratings: only the first counts, so there is no SE.
        Assert.Equal(["south", "quality_of_life", "5.5", "1", ""], rows.First(r => r[0] == "south" && r[1] == "quality_of_life"));
        ComponentValue qol = ComponentValue.ForMean("north", "quality_of_life", [39 / 8.0, 20 / 8.0]);
        Assert.Equal([qol.Value!.Value, qol.StandardError!.Value], rows.First(r => r[0] == "north" && r[1] == "quality_of_life")[2..5].Where((_, i) => i != 1).Select(D));

        ComponentValue experience = IntegrationProfile.ExperienceValue("south", new FftCounts(1, 3, 1, 0, 1, 0));
        string[] fftRow = rows.First(r => r[0] == "south" && r[1] == "experience");
        Assert.Equal(experience.Value!.Value, D(fftRow[2]), 12);
        Assert.Equal("6", fftRow[3]);
        Assert.Equal(experience.StandardError!.Value, D(fftRow[4]), 12);

        // And the components feed the index.
        var (indexExit, index, _) = CliRunner.Run("index", _cli.Write("components.csv", output), "--spec", "integration-1.0");
        Assert.Equal(0, indexExit);
        Assert.Equal(["north", "south"], Csv.Parse(index)[1..].Select(r => r[0]));
    }

    [Fact]
    public void Wrong_or_missing_inputs_are_named()
    {
        string noGroup = _cli.Write("change.csv", "category,n,percent,lower,upper\ncomputable,3,,,\n");
        var (exit, output, error) = CliRunner.Run("index-components", "--change", noGroup);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("error: change.csv lacks the column(s) group; give the output of change --summary --by <unit column>.", error, StringComparison.Ordinal);

        Assert.Contains("lacks the column(s) sqol_mean", CliRunner.Run("index-components", "--dialog", _cli.Write("d.csv", "team,x\na,1\n")).Error, StringComparison.Ordinal);
        Assert.Contains("error: input file not found", CliRunner.Run("index-components", "--pam", _cli.PathOf("none.csv")).Error, StringComparison.Ordinal);
        Assert.Contains("Give at least one of --change, --dialog, --pam, --fft, --p3ceq, --ascof-1d and --ascof-1a.", CliRunner.Run("index-components").Error, StringComparison.Ordinal);
        Assert.Contains("--unit names the unit column of the --dialog, --pam, --p3ceq, --ascof-1d and --ascof-1a files", CliRunner.Run("index-components", "--fft", noGroup, "--unit", "ward").Error, StringComparison.Ordinal);
        Assert.Contains("error: p.csv lacks the column(s) cc; give the output of score p3ceq with the unit column (--unit, default team) passed through.", CliRunner.Run("index-components", "--p3ceq", _cli.Write("p.csv", "id,team,pc\nP1,north,3\n")).Error, StringComparison.Ordinal);
        Assert.Contains("error: c.csv lacks the column(s) ward; give the output of score ascof-1d", CliRunner.Run("index-components", "--ascof-1d", _cli.Write("c.csv", "id,team,total\nC1,north,3\n"), "--unit", "ward").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_survey_score_outside_the_measures_range_makes_the_file_unusable_with_nothing_written()
    {
        // ASCOF 1D is 0-12: a 1A total (0-24) given as --ascof-1d is the wrong file.
        string wrong = _cli.Write("ascof.csv", "id,team,total\nS1,north,20\nS2,north,10\n");
        var (exit, output, error) = CliRunner.Run("index-components", "--ascof-1d", wrong);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("error: ascof.csv: Form 0 (S1) has ASCOF 1D", error, StringComparison.Ordinal);
        Assert.Contains("outside its range 0-12; is it the right column? Give the output of score ascof-1d.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Survey_outputs_give_profile_2_0s_components_one_value_per_person_as_the_library_computes_them()
    {
        // P3CEQ: P1 answered twice (the later form counts), P2's coordination has a don't know (left out, not 0), P3 is in south.
        string forms = _cli.Write("p3ceq.csv", "id,team,date,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10,item11\n"
            + "P1,north,2026-01-05,0,0,0,0,0,0,0,0,0,0,0\nP2,north,2026-01-06,3,3,3,3,3,NA,3,3,3,3,3\nP1,north,2026-02-05,2,2,2,2,2,2,2,2,2,2,2\nP3,south,2026-01-07,1,1,1,1,1,1,1,1,1,1,1\n");
        string p3ceq = Run("p3ceq-scored.csv", "score", "p3ceq", forms);
        string carers = Run("ascof-1d-scored.csv", "score", "ascof-1d", _cli.Write("ascof-1d.csv", "id,team,item1,item2,item3,item4,item5,item6\nK1,north,1,1,1,1,1,1\nK2,north,3,3,3,3,3,3\nK3,north,1,,1,1,1,1\n"));
        string social = Run("ascof-1a-scored.csv", "score", "ascof-1a", _cli.Write("ascof-1a.csv", "id,team,item1,item2,item3,item4,item5,item6,item7,item8\nS1,north,1,1,1,1,2,2,2,2\n"));

        var (exit, output, error) = CliRunner.Run("index-components", "--p3ceq", p3ceq, "--ascof-1d", carers, "--ascof-1a", social);
        Assert.True(exit == 0, error);
        string[][] rows = Csv.Parse(output);
        Dictionary<(string, string), string[]> by = rows[1..].ToDictionary(r => (r[0], r[1]));

        // Coordination (0-15): P1's latest 10 only (P2 has a don't know): 10 / 15. Person-centredness (0-24): P1 16 and P2 24, mean 20 / 24.
        Assert.Equal(10 / 15.0, D(by[("north", IntegrationProfileV2.CoordinationCode)][2]), 12);
        Assert.Equal("1", by[("north", IntegrationProfileV2.CoordinationCode)][3]);
        ComponentValue pc = ComponentValue.ForMean("north", IntegrationProfileV2.PersonCentrednessCode, [16, 24]);
        Assert.Equal(pc.Value!.Value / 24, D(by[("north", IntegrationProfileV2.PersonCentrednessCode)][2]), 12);
        Assert.Equal(pc.StandardError!.Value / 24, D(by[("north", IntegrationProfileV2.PersonCentrednessCode)][4]), 12);
        Assert.Equal(8 / 24.0, D(by[("south", IntegrationProfileV2.PersonCentrednessCode)][2]), 12);

        // ASCOF 1D: K1 12 and K2 0 (K3 incomplete, left out): mean 6 of 2 carers; ASCOF 1A: S1 = 4 x 3 + 4 x 2 = 20.
        Assert.Equal(["north", IntegrationProfileV2.CarerQualityOfLifeCode, "6", "2"], by[("north", IntegrationProfileV2.CarerQualityOfLifeCode)][..4]);
        Assert.Equal(["north", IntegrationProfileV2.SocialCareQualityOfLifeCode, "20", "1", ""], by[("north", IntegrationProfileV2.SocialCareQualityOfLifeCode)]);

        // Components in the profile's order, and they feed the default profile (2.0).
        Assert.Equal([IntegrationProfileV2.CoordinationCode, IntegrationProfileV2.PersonCentrednessCode, IntegrationProfileV2.CarerQualityOfLifeCode, IntegrationProfileV2.SocialCareQualityOfLifeCode],
            rows[1..].Select(r => r[1]).Distinct());
        Assert.Equal(0, CliRunner.Run("index", _cli.Write("components.csv", output), "--spec", "default").Exit);
    }

    [Fact]
    public void Dialog_and_pam_means_take_one_value_per_person_their_latest_score_in_the_team_of_their_first_form()
    {
        // D1 has three forms: the latest with a score (2025-03-01) gives 6; D1 started in north, so it counts there although it moved.
        // D2's two forms share a date: the later row (3) is the latest. D3 has no score and counts for nobody's mean.
        string scored = _cli.Write("dialog-scored.csv",
            "id,team,date,sqol_mean\nD1,north,2025-01-01,2\nD2,north,2025-02-02,5\nD1,south,2025-03-01,6\nD2,north,2025-02-02,3\nD1,south,2025-04-01,\nD3,south,2025-01-09,\nD4,south,2025-01-10,4\n");
        var (exit, output, error) = CliRunner.Run("index-components", "--dialog", scored);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        string[][] rows = Csv.Parse(output);
        ComponentValue north = ComponentValue.ForMean("north", "quality_of_life", [6, 3]);
        Assert.Equal(["north", "quality_of_life", north.Value!.Value.ToString("R", CultureInfo.InvariantCulture), "2", north.StandardError!.Value.ToString("R", CultureInfo.InvariantCulture)], rows[1]);
        Assert.Equal(["south", "quality_of_life", "4", "1", ""], rows[2]);
    }

    [Fact]
    public void Without_a_date_column_a_persons_later_row_is_their_latest_and_without_an_id_column_every_row_is_a_person()
    {
        string withId = _cli.Write("a.csv", "id,team,activation\nA1,north,40\nA1,north,60\nA2,north,50\n");
        Assert.Equal(["north", "activation", "55", "2"], Csv.Parse(CliRunner.Run("index-components", "--pam", withId).Output)[1][..4]);

        string withoutId = _cli.Write("b.csv", "team,activation\nnorth,40\nnorth,60\nnorth,50\n");
        Assert.Equal(["north", "activation", "50", "3"], Csv.Parse(CliRunner.Run("index-components", "--pam", withoutId).Output)[1][..4]);
    }

    [Fact]
    public void Rows_without_an_id_or_with_a_bad_date_or_score_are_reported_and_left_out()
    {
        string scored = _cli.Write("p.csv", "id,team,date,activation\n,north,2025-01-01,50\nA1,north,2025-13-01,50\nA2,north,2025-01-02,lots\nA3,north,2025-01-03,70\n");
        var (exit, output, error) = CliRunner.Run("index-components", "--pam", scored);
        Assert.Equal(0, exit);
        Assert.Equal(
            "p.csv row 1: no id; not used\n"
            + "p.csv row 2: date: '2025-13-01' is not a date yyyy-mm-dd; not used\n"
            + "p.csv row 3 (north): activation 'lots' is not a number; not used\n",
            error);
        Assert.Equal(["north", "activation", "70", "1", ""], Csv.Parse(output)[1]);
    }
}
