using System.Xml.Linq;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// The command line and the report read forms with the library's one form reader (OutcomeScoring.Forms): the deliberate
/// changes that brought (CHANGELOG.md), and that `score`, `change` and `report` now read the same cells the same way.
/// </summary>
public sealed class FormReadingTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Header(int n, string before = "id") => before + "," + string.Join(",", Enumerable.Range(1, n).Select(i => $"item{i}"));

    [Fact]
    public void NA_in_a_CORE_form_is_not_answered_so_one_is_prorated_and_two_leave_the_total_not_computable()
    {
        string csv = Header(10) + "\n"
            + "one,NA,2,2,2,2,2,2,2,2,2\n"
            + "two,n/a,N/A,2,2,2,2,2,2,2,2\n"
            + "bad,x,2,2,2,2,2,2,2,2,2\n";
        var (exit, rows, _) = _cli.Score("core-10", csv);
        Assert.Equal(0, exit);
        Assert.Equal(["one", "2", "20", "9", "moderate-severe", "true", ""], rows[1]);
        Assert.Equal(["two", "", "", "8", "", "true", "Total not computable: 2 of its 10 items missing; at most 1 may be missing."], rows[2]);
        Assert.Equal("item1: 'x' is not a whole number on the response scale 0-4", Csv.Cell(rows, 3, "error"));
    }

    [Fact]
    public void NA_in_a_CORE_OM_file_read_for_CORE_6D_is_a_missing_item()
    {
        string csv = Header(34) + "\n" + "a,NA," + string.Join(",", Enumerable.Repeat(1, 33)) + "\n";
        var (_, rows, _) = _cli.Score("core-6d", csv);
        Assert.Equal("CORE-6D utility not computable: CORE-OM item 1 not answered; all six items (1, 8, 15, 16, 21, 33) are needed (no prorating).", Csv.Cell(rows, 1, "error"));
    }

    [Theory]
    [InlineData("1", "13.01", "true", "")]
    [InlineData("2", "15.62", "true", "")]
    [InlineData("Female", "15.62", "true", "")]
    [InlineData("9", "", "", "Blackshaw gives cut-offs by gender; no gender was given.")]
    [InlineData("X", "", "", "Blackshaw gives cut-offs by gender; no gender was given.")]
    [InlineData("x", "", "", "Blackshaw gives cut-offs by gender; no gender was given.")]
    [InlineData("U", "", "", "gender: 'U' is not M, F, male, female, 1, 2, 9 or X; no cut-off")]
    public void Yp_core_reads_the_NHS_gender_codes(string gender, string cutoff, string range, string error)
    {
        string csv = Header(10, "id,age,gender") + "\n" + $"a,14,{gender},0,1,2,1,1,0,2,1,3,0\n";
        var (_, rows, _) = _cli.Score("yp-core", csv);
        Assert.Equal(["a", "14", gender, "1.7", "17", "10", cutoff, range, error], rows[1]);
    }

    [Fact]
    public void Core_om_reference_reads_the_NHS_gender_codes_and_9_and_X_are_not_errors()
    {
        string row(string id, string gender) => $"{id},{gender}," + string.Join(",", Enumerable.Repeat(2, 34));
        string csv = Header(34, "id,gender") + "\n" + row("f", "2") + "\n" + row("i", "9") + "\n" + row("c", "connell") + "\n";
        var (_, rows, _) = _cli.Score("core-om", csv, "--reference", "connell2007");
        Assert.Equal("true", Csv.Cell(rows, 1, "all_clinical_range"));
        Assert.Equal(("true", ""), (Csv.Cell(rows, 2, "all_clinical_range"), Csv.Cell(rows, 2, "error")));
        Assert.Equal(("", "gender: 'connell' is not M, F, male, female, 1, 2, 9 or X; no cut-off"), (Csv.Cell(rows, 3, "all_clinical_range"), Csv.Cell(rows, 3, "error")));
    }

    private const string YpPairs = "id,age,gender,pre,post\n"
        + "a,14,F,20,10\n"
        + "b,14,2,20,10\n"
        + "c,14,other,20,10\n"
        + "d,14y,M,20,10\n"
        + "e,14,9,20,10\n";

    [Fact]
    public void Change_reports_a_gender_or_age_it_cannot_read_in_the_error_column()
    {
        var (exit, output, _) = CliRunner.Run("change", _cli.Write("pairs.csv", YpPairs), "--instrument", "yp-core", "--rci", "5");
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(["a", "14", "F", "-10", "improvement", "true", "false", "recovered", ""], rows[1]);
        Assert.Equal(["b", "14", "2", "-10", "improvement", "true", "false", "recovered", ""], rows[2]);
        Assert.Equal(["c", "14", "other", "-10", "improvement", "", "", "improved", "gender: 'other' is not M, F, male, female, 1, 2, 9 or X; no cut-off"], rows[3]);
        Assert.Equal("age: '14y' is not a whole number of years; no cut-off", Csv.Cell(rows, 4, "error"));
        Assert.Equal("no cut-off: Blackshaw gives cut-offs by gender; no gender was given.", Csv.Cell(rows, 5, "error"));
    }

    [Fact]
    public void Change_summary_reports_a_gender_or_age_it_cannot_read_by_row_and_still_counts_the_pair()
    {
        var (exit, output, error) = CliRunner.Run("change", _cli.Write("pairs.csv", YpPairs), "--instrument", "yp-core", "--rci", "5", "--summary");
        string[][] rows = Csv.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(
            "row 3: gender: 'other' is not M, F, male, female, 1, 2, 9 or X; no cut-off\nrow 4: age: '14y' is not a whole number of years; no cut-off\n",
            error);
        Assert.Equal("5", rows.Single(r => r[0] == "computable")[1]);
        Assert.Equal("2", rows.Single(r => r[0] == "eligible_to_recover")[1]);
    }

    /// <summary>Copies the sample service's yp-core.csv with its gender cells rewritten.</summary>
    private string YpCoreFolder(string name, Func<string, string> gender)
    {
        string[] lines = File.ReadAllLines(Path.Combine(ReportCommandTests.Service, "yp-core.csv"));
        int column = Array.IndexOf(lines[0].Split(','), "gender");
        string folder = _cli.PathOf(name);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "yp-core.csv"), lines.Take(1).Concat(lines.Skip(1).Select(line =>
        {
            string[] cells = line.Split(',');
            cells[column] = gender(cells[column]);
            return string.Join(',', cells);
        })));
        return folder;
    }

    private static XElement YpCoreSection(string folder)
    {
        (int exit, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);
        return ReportCommandTests.Section(html!, "yp-core");
    }

    [Fact]
    public void The_report_s_YP_CORE_section_reads_female_male_and_the_NHS_codes_as_the_score_command_does()
    {
        XElement letters = YpCoreSection(YpCoreFolder("letters", g => g));
        XElement words = YpCoreSection(YpCoreFolder("words", g => g switch { "F" => "female", "M" => "Male", _ => g }));
        XElement codes = YpCoreSection(YpCoreFolder("codes", g => g switch { "F" => "2", "M" => "1", "" => "X", _ => g }));
        Assert.Equal(letters.ToString(), words.ToString());
        Assert.Equal(letters.ToString(), codes.ToString());
    }

    [Fact]
    public void The_report_s_YP_CORE_section_says_which_genders_it_could_not_read()
    {
        XElement section = YpCoreSection(YpCoreFolder("bad", g => g == "" ? "unknown" : g));
        Assert.Contains(": gender: 'unknown' is not M, F, male, female, 1, 2, 9 or X; no cut-off", section.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_reads_answers_with_the_score_command_s_rules_and_messages()
    {
        string folder = _cli.PathOf("inputs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "core10.csv"), Header(10, "id,date,team") + "\n"
            + "a,2025-01-01,T,NA,2,2,2,2,2,2,2,2,2\n"
            + "a,2025-02-01,T,7,2,2,2,2,2,2,2,2,2\n"
            + "b,01/02/2025,T,1,2,2,2,2,2,2,2,2,2\n");
        File.WriteAllText(Path.Combine(folder, "dialog.csv"), Header(11, "id,date,team") + ",help1\n"
            + "d,2025-01-01,T,1,8,3,4,5,6,7,1,2,3,4,maybe\n");
        (_, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        string core = ReportCommandTests.Section(html!, "core-10").Value;
        Assert.Contains("core10.csv has 3 forms; 1 could be scored.", core, StringComparison.Ordinal);
        Assert.Contains("row 2: item1: answer 7 is outside the response scale 0-4", core, StringComparison.Ordinal);
        Assert.Contains("row 3: date: '01/02/2025' is not a date yyyy-mm-dd", core, StringComparison.Ordinal);
        Assert.Contains("row 1: item2 (physical-health): '8' is not a rating; ratings are 1-7, NA or blank", ReportCommandTests.Section(html!, "dialog").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_refuses_a_help_column_given_twice_as_the_score_command_does()
    {
        string folder = _cli.PathOf("inputs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "dialog.csv"), Header(11, "id,date,team") + ",help1,HELP01\nd,2025-01-01,T,1,2,3,4,5,6,7,1,2,3,4,yes,no\n");
        (_, XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Contains("dialog.csv: the header has the column help1 more than once.", ReportCommandTests.Section(html!, "dialog").Value, StringComparison.Ordinal);
        var (exit, _, error) = _cli.Score("dialog", File.ReadAllText(Path.Combine(folder, "dialog.csv")));
        Assert.Equal(1, exit);
        Assert.Equal("error: the header has the column help1 more than once.\n", error);
    }
}
