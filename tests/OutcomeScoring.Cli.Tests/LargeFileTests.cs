using System.Globalization;
using System.Text;

namespace OutcomeScoring.Cli.Tests;

/// <summary>The score command streams: a large file keeps every row; progress appears only where it should.</summary>
public sealed class LargeFileTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_file_of_100000_rows_gives_exactly_100000_scored_rows_in_order()
    {
        const int rows = 100_000;
        string input = WriteCore10(rows, seed: 5);
        string scored = _cli.PathOf("scored.csv");

        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input, "--output", scored);

        Assert.Equal(0, exit);
        Assert.Equal("", output);
        System.Text.RegularExpressions.Match summary = System.Text.RegularExpressions.Regex.Match(error, @"^100000 rows read: (\d+) scored, (\d+) not computable, (\d+) with errors \(cells that could not be read\); the error column says why\.\n$");
        Assert.True(summary.Success, error);
        string[] lines = File.ReadAllLines(scored);
        long[] counts = [.. summary.Groups.Values.Skip(1).Select(g => long.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(rows, counts.Sum());
        Assert.Equal(lines.Skip(1).Count(l => l.EndsWith(',')), counts[0]);
        Assert.Equal(rows + 1, lines.Length);
        Assert.Equal("id,mean,clinical,answered,band,risk_flag,error", lines[0]);
        Assert.StartsWith("p1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("p100000,", lines[^1], StringComparison.Ordinal);
        Assert.Equal(rows, lines.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count());
    }

    [Fact]
    public void Progress_goes_to_a_terminal_when_writing_to_a_file()
    {
        string input = WriteCore10(50, seed: 1);

        (int exit, string error) = RunWithTerminal("score", "core-10", input, "--output", _cli.PathOf("out.csv"));

        Assert.Equal(0, exit);
        Assert.Matches(@"^\rscored 50 rows in [0-9.]+ s \([0-9,]+ rows/s\)\n50 rows read: ", error);
    }

    [Theory]
    [InlineData(true, true)]     // --quiet
    [InlineData(false, false)]   // standard output, not a file
    public void No_progress_with_quiet_or_when_writing_to_standard_output(bool toFile, bool quiet)
    {
        string input = WriteCore10(50, seed: 2);
        List<string> args = ["score", "core-10", input];
        if (toFile)
        {
            args.AddRange(["--output", _cli.PathOf("out.csv")]);
        }

        if (quiet)
        {
            args.Add("--quiet");
        }

        (int exit, string error) = RunWithTerminal([.. args]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }

    [Fact]
    public void No_progress_when_standard_error_is_not_a_terminal()
    {
        string input = WriteCore10(50, seed: 3);

        (int exit, _, string error) = CliRunner.Run("score", "core-10", input, "--output", _cli.PathOf("out.csv"));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("scored 50 rows", error, StringComparison.Ordinal);
        Assert.StartsWith("50 rows read: ", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) RunWithTerminal(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApp.Run(args, output, error, errorIsTerminal: true);
        return (exit, error.ToString());
    }

    private string WriteCore10(int rows, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\n");
        for (int row = 1; row <= rows; row++)
        {
            csv.Append('p').Append(row.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < 10; i++)
            {
                csv.Append(',');
                if (random.Next(100) >= 3)
                {
                    csv.Append(random.Next(0, 5).ToString(CultureInfo.InvariantCulture));
                }
            }

            csv.Append('\n');
        }

        return _cli.Write("input.csv", csv.ToString());
    }
}
