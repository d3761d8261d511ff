using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// CSV (formula) injection: values pass through unchanged by default, and <c>--excel-safe</c> writes cells a spreadsheet
/// would run as formulas as text, on every command that writes CSV (issue 21; OWASP, "CSV Injection").
/// </summary>
public sealed class CsvOutputTests : IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Each command that writes CSV, with a formula (<see cref="Formula"/>) in a cell it writes back.</summary>
    public static TheoryData<string, string[]> Commands() => new()
    {
        { $"id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\n\"{F}\",1,2,3,4,0,1,2,3,4,0\n", ["score", "core-10", "{in}"] },
        { $"id,pre,post\n\"{F}\",20,10\n", ["change", "{in}", "--instrument", "core-10"] },
        { $"team,pre,post\n\"{F}\",20,10\n", ["change", "{in}", "--instrument", "core-10", "--summary", "--by", "team"] },
        { $"id,\"{F}\",b\n1,1,2\n2,2,3\n3,3,3\n", ["reliability", "{in}"] },
        { $"unit,positive,total\n\"{F}\",9,10\nB,8,10\n", ["funnel", "{in}", "--numerator", "positive", "--denominator", "total"] },
        { $"month,rate\n\"{F}\",1\n2025-02,2\n", ["spc", "{in}", "--value", "rate", "--date", "month"] },
        { $"ward,answer\n\"{F}\",1\n", ["fft", "summarize", "{in}", "--unit", "ward"] },
        { $"unit,component,value\n\"{F}\",outcomes,0.5\nsouth,outcomes,0.6\n", ["index", "{in}", "--spec", "integration-1.0"] },
    };

    private static string F => Formula.Replace("\"", "\"\"", StringComparison.Ordinal);

    private static string[] Arguments(string[] template, string input, params string[] extra) =>
        [.. template.Select(a => a == "{in}" ? input : a), .. extra];

    [Theory]
    [MemberData(nameof(Commands))]
    public void By_default_a_formula_passes_through_unchanged(string csv, string[] command)
    {
        (int exit, string output, _) = CliRunner.Run(Arguments(command, _cli.Write("in.csv", csv)));
        Assert.Equal(0, exit);
        Assert.Contains(Formula, Csv.Parse(output).SelectMany(r => r));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void With_excel_safe_a_formula_is_written_as_text_to_standard_output_and_to_a_file(string csv, string[] command)
    {
        string input = _cli.Write("in.csv", csv);
        (int exit, string output, _) = CliRunner.Run(Arguments(command, input, "--excel-safe"));
        Assert.Equal(0, exit);
        string[] cells = [.. Csv.Parse(output).SelectMany(r => r)];
        Assert.Contains("'" + Formula, cells);
        Assert.DoesNotContain(Formula, cells);

        string file = _cli.PathOf("out.csv");
        Assert.Equal(0, CliRunner.Run(Arguments(command, input, "--excel-safe", "-o", file)).Exit);
        Assert.Equal(output, File.ReadAllText(file));
    }

    [Fact]
    public void Excel_safe_keeps_numbers_numbers_and_quotes_every_formula_it_escapes()
    {
        string csv = "id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\n"
            + "+cmd|' /C calc'!A0,1,1,1,1,1,1,1,1,1,1\n@SUM(A1),1,1,1,1,1,1,1,1,1,1\n-2+3,1,1,1,1,1,1,1,1,1,1\n\"\tx\",1,1,1,1,1,1,1,1,1,1\n"
            + "-5,1,1,1,1,1,1,1,1,1,1\n+2,1,1,1,1,1,1,1,1,1,1\n1e0,1,1,1,1,1,1,1,1,1,1\n-Infinity,1,1,1,1,1,1,1,1,1,1\nplain,1,1,1,1,1,1,1,1,1,1\n";
        (int exit, string output, _) = CliRunner.Run("score", "core-10", _cli.Write("in.csv", csv), "--excel-safe");
        Assert.Equal(0, exit);
        string[] ids = [.. Csv.Parse(output).Skip(1).Select(row => row[0])];
        Assert.Equal(["'+cmd|' /C calc'!A0", "'@SUM(A1)", "'-2+3", "'\tx", "-5", "+2", "1e0", "'-Infinity", "plain"], ids);
        Assert.Contains("\n\"'@SUM(A1)\",", output, StringComparison.Ordinal);
        Assert.Contains("\n-5,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_is_a_formula_when_it_starts_with_a_formula_character_and_is_not_a_finite_number() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<NormalFloat>(),
            Gen.Elements('=', '+', '-', '@', '\t', '\r').ToArbitrary(),
            ArbMap.Default.ArbFor<NonNull<string>>(),
            (number, first, rest) =>
                !CsvOutput.IsFormula(number.Get.ToString("R", CultureInfo.InvariantCulture))
                && CsvOutput.IsFormula(first + "x" + rest.Get)
                && !CsvOutput.IsFormula("x" + first + rest.Get)).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Theory]
    [InlineData("")]
    [InlineData("=")]
    [InlineData("-")]
    [InlineData("+")]
    public void Empty_cells_are_not_formulas_and_a_lone_sign_is(string cell) => Assert.Equal(cell.Length > 0, CsvOutput.IsFormula(cell));
}
