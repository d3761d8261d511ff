namespace OutcomeScoring.Cli.Tests;

/// <summary>The CSV conventions every command shares (docs/cli.md, "Input").</summary>
public sealed class CsvInputTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Each command that reads a CSV, with a header that names a column it reads twice (issue 21, D7).</summary>
    public static TheoryData<string, string[], string> RepeatedColumns() => new()
    {
        // change computed from the first pre and passed the second through.
        { "id,pre,post,PRE\n1,20,10,5\n", ["change", "{in}", "--instrument", "core-10"], "'PRE' more than once (columns 2 and 4)" },
        { "id,pre,post, pre \n1,20,10,5\n", ["change", "{in}", "--instrument", "core-10", "--summary"], "'pre' more than once (columns 2 and 4)" },
        // reliability counted the item twice.
        { "id,a,b,a\n1,1,2,1\n2,2,3,2\n", ["reliability", "{in}"], "'a' more than once (columns 2 and 4)" },
        { "unit,positive,total,total\nA,9,10,12\n", ["funnel", "{in}", "--numerator", "positive", "--denominator", "total"], "'total' more than once (columns 3 and 4)" },
        { "month,rate,Rate\n2025-01,1,2\n", ["spc", "{in}", "--value", "rate"], "'Rate' more than once (columns 2 and 3)" },
        { "ward,answer,ward\nA,1,B\n", ["fft", "summarize", "{in}", "--unit", "ward"], "'ward' more than once (columns 1 and 3)" },
        { "unit,component,value,value\nnorth,outcomes,0.5,0.9\n", ["index", "{in}", "--spec", "integration-1.0"], "'value' more than once (columns 3 and 4)" },
        { "group,category,n,percent,lower,upper,n\n,pairs,1,,,,2\n", ["index-components", "--change", "{in}"], "'n' more than once (columns 3 and 7)" },
    };

    [Theory]
    [MemberData(nameof(RepeatedColumns))]
    public void A_column_named_twice_is_refused(string csv, string[] command, string problem)
    {
        string input = _cli.Write("in.csv", csv);
        (int exit, string output, string error) = CliRunner.Run([.. command.Select(a => a == "{in}" ? input : a)]);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: the header has the column {problem}; rename or remove one.\n", error);
    }

    [Fact]
    public void Blank_column_names_are_not_compared()
    {
        string input = _cli.Write("in.csv", "id,pre,post,,\n1,20,10,,\n");
        (int exit, _, string error) = CliRunner.Run("change", input, "--instrument", "core-10");
        Assert.Equal((0, ""), (exit, error));
    }

    [Fact]
    public void A_report_input_with_a_column_named_twice_makes_only_its_section_unusable()
    {
        using var runner = new CliRunner();
        string folder = ReportCommandTests.Copy(runner, "dialog.csv");
        runner.Write("inputs/funnel-units.csv", "unit,positive,total,unit\nA,9,10,B\n");
        (int exit, System.Xml.Linq.XDocument? html, _, _) = ReportCommandTests.Report(folder);
        Assert.Equal(0, exit);
        Assert.Contains("funnel-units.csv: the header has the column 'unit' more than once (columns 1 and 4); rename or remove one.", ReportCommandTests.Section(html!, "funnel").Value, StringComparison.Ordinal);
        Assert.False(ReportCommandTests.IsMissing(ReportCommandTests.Section(html!, "dialog")));
    }
}
