using System.Diagnostics;
using System.Text;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Issue 21, item 3: the bad-input matrix as tests. Every command that reads a CSV, on every kind of awkward input (empty,
/// header only, byte order mark, CRLF, other delimiters, ragged rows, quoting, odd numbers, a 50 MB field, 100,000
/// columns): exit code 0 or 1, never an exception or a stack trace; on exit code 1 one <c>error:</c> line and no
/// output; per-row commands give one output row per input row; nothing hangs.
/// </summary>
public sealed class BadInputMatrixTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>A command with a valid header and row for it; <see cref="PerRow"/> commands write one row per input row.</summary>
    private sealed record Target(string Name, string[] Command, string[] Header, string[] Row, bool PerRow);

    private static readonly Target[] Targets =
    [
        new("score", ["score", "core-10", "{in}"], ["id", .. Enumerable.Range(1, 10).Select(i => $"item{i}")], ["a", "1", "2", "3", "4", "0", "1", "2", "3", "4", "0"], PerRow: true),
        new("change", ["change", "{in}", "--instrument", "core-10"], ["id", "pre", "post"], ["a", "20", "10"], PerRow: true),
        new("change-summary", ["change", "{in}", "--instrument", "core-10", "--summary"], ["id", "pre", "post"], ["a", "20", "10"], PerRow: false),
        new("reliability", ["reliability", "{in}"], ["id", "a", "b"], ["p", "1", "2"], PerRow: false),
        new("funnel", ["funnel", "{in}", "--numerator", "positive", "--denominator", "total"], ["unit", "positive", "total"], ["A", "9", "10"], PerRow: false),
        new("spc", ["spc", "{in}", "--value", "rate"], ["month", "rate"], ["2025-01", "1"], PerRow: false),
        new("fft", ["fft", "summarize", "{in}", "--unit", "ward"], ["ward", "answer"], ["A", "1"], PerRow: false),
        new("index", ["index", "{in}", "--spec", "integration-1.0"], ["unit", "component", "value"], ["north", "outcomes", "0.5"], PerRow: false),
        new("index-components", ["index-components", "--change", "{in}"], ["group", "category", "n", "percent", "lower", "upper"], ["north", "pairs", "1", "", "", ""], PerRow: false),
    ];

    /// <summary>The kinds of awkward input, each made from a target's valid header and row.</summary>
    private static readonly (string Name, Func<Target, string> Make)[] Cases =
    [
        ("empty file", _ => ""),
        ("header only", t => Line(t.Header)),
        ("byte order mark", t => "\uFEFF" + Line(t.Header) + Line(t.Row) + Line(t.Row)),
        ("CRLF", t => (Line(t.Header) + Line(t.Row) + Line(t.Row)).Replace("\n", "\r\n", StringComparison.Ordinal)),
        ("no final line end", t => Line(t.Header) + string.Join(',', t.Row)),
        ("semicolons", t => (Line(t.Header) + Line(t.Row)).Replace(',', ';')),
        ("tabs", t => (Line(t.Header) + Line(t.Row)).Replace(',', '\t')),
        ("ragged rows", t => Line(t.Header) + Line(t.Row[..^1]) + Line([.. t.Row, "extra"]) + Line(t.Row)),
        ("quoted comma, quote and line break", t => Line(t.Header) + Line(["\"x, \"\"y\"\"\nz\"", .. t.Row[1..]]) + Line(t.Row)),
        ("unterminated quote", t => Line(t.Header) + Line(t.Row) + Line(["\"never closed", .. t.Row[1..]]) + Line(t.Row)),
        ("stray quote", t => Line(t.Header) + Line(["a\"b", .. t.Row[1..]])),
        ("decimal comma", t => Line(t.Header) + Line(Numbers(t, "\"3,5\""))),
        ("plus sign and exponent", t => Line(t.Header) + Line(Numbers(t, "+2")) + Line(Numbers(t, "1e0"))),
        ("non-ASCII digits", t => Line(t.Header) + Line(Numbers(t, "\u0663")) + Line(Numbers(t, "\uFF13"))),
        ("overflow", t => Line(t.Header) + Line(Numbers(t, "1e400")) + Line(Numbers(t, "99999999999999999999999999999"))),
        ("NaN and infinity", t => Line(t.Header) + Line(Numbers(t, "NaN")) + Line(Numbers(t, "-Infinity"))),
        ("control characters", t => Line(t.Header) + Line([.. t.Row.Select(c => c + "\u0001")])),
        ("blank line between rows", t => Line(t.Header) + Line(t.Row) + "\n" + Line(t.Row)),
    ];

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (Target target in Targets)
        {
            foreach ((string name, _) in Cases)
            {
                data.Add(target.Name, name);
            }
        }

        return data;
    }

    public static TheoryData<string> AllTargets() => [.. Targets.Select(t => t.Name)];

    private static Target Find(string name) => Targets.Single(t => t.Name == name);

    private static string Line(string[] cells) => string.Join(',', cells) + "\n";

    /// <summary>The row with every cell that holds a number replaced by <paramref name="number"/>.</summary>
    private static string[] Numbers(Target target, string number) =>
        [.. target.Row.Select((c, i) => i > 0 && double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _) ? number : c)];

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Awkward_input_gives_an_exit_code_and_a_message_never_a_crash(string command, string kind)
    {
        Target target = Find(command);
        string input = _cli.Write("in.csv", Cases.Single(c => c.Name == kind).Make(target));
        RunAndCheck(target, input);
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public void A_50_MB_field_is_read_without_a_crash_or_a_hang(string command)
    {
        Target target = Find(command);
        string input = _cli.PathOf("big.csv");
        using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            writer.Write(Line(target.Header));
            writer.Write('"');
            writer.Write(new string('x', 50 * 1024 * 1024));
            writer.Write('"');
            writer.Write(Line(["", .. target.Row[1..]]));
            writer.Write(Line(target.Row));
        }

        RunAndCheck(target, input, TimeSpan.FromSeconds(60));
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public void One_hundred_thousand_columns_are_read_without_a_crash_or_a_hang(string command)
    {
        Target target = Find(command);
        string[] extra = [.. Enumerable.Range(0, 100_000).Select(i => $"x{i}")];
        string input = _cli.Write("wide.csv", Line([.. target.Header, .. extra]) + Line([.. target.Row, .. extra.Select(_ => "1")]));
        RunAndCheck(target, input, TimeSpan.FromSeconds(60));
    }

    private static void RunAndCheck(Target target, string input, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        (int exit, string output, string error) = CliRunner.Run([.. target.Command.Select(a => a == "{in}" ? input : a)]);
        clock.Stop();
        Assert.True(clock.Elapsed < (limit ?? TimeSpan.FromSeconds(20)), $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(exit is 0 or 1, $"exit code {exit}: {error}");
        Assert.DoesNotContain("Unhandled", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        if (exit == 1)
        {
            // Row problems may be listed first (funnel, spc, index); then one error line says why nothing was written.
            Assert.Single(error.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal));
            Assert.Equal("", output);
        }
        else if (target.PerRow)
        {
            // One output row per input record (the test's own reader counts them; blank lines are not records).
            int records = Csv.Parse(File.ReadAllText(input)).Count(r => !(r.Length == 1 && r[0].Length == 0));
            Assert.Equal(records, Csv.Parse(output).Length);
        }
    }
}
