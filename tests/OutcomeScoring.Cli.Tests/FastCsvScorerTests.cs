using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// The fast path of <c>score</c> (plain files, engine instruments) writes exactly what the general path writes: the same
/// output bytes, row problems, summary and exit code, on generated files with every oddity the form reader handles.
/// </summary>
public sealed class FastCsvScorerTests : IDisposable
{
    /// <summary>Cells an item column may hold: answers, blanks, spaces, NA in its spellings, signs, off-scale and unreadable values.</summary>
    private static readonly string[] ItemCells =
        ["0", "1", "2", "3", "4", "2", "1", "", " 3 ", "\t2", "NA", "n/a", "N/A ", "9", "-1", "+2", "5", "x", "3.0", "1e0", "٣", "01", "-0", " ", "na", "N\\A"];

    /// <summary>Cells other columns may hold, including text a spreadsheet would run as a formula.</summary>
    private static readonly string[] OtherCells = ["p1", "north", "", " spaced ", "=SUM(A1)", "-5", "+cmd", "@x", "café", "tab\there", "F", "M", "23"];

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>The instruments the fast path is meant for are plain (otherwise the comparisons below would test nothing).</summary>
    [Theory]
    [InlineData("core-10")]
    [InlineData("core-om")]
    [InlineData("core-sf-a")]
    public void The_core_instruments_take_the_fast_path(string id) =>
        Assert.True(new CoreRowScorer(Instruments.Get(id), null).IsPlain);

    [Fact]
    public void The_fast_path_and_the_general_path_write_the_same_bytes_for_any_generated_file()
    {
        string[] ids = [.. Instruments.All.Select(i => i.Id).Where(id => new CoreRowScorer(Instruments.Get(id), null).IsPlain)];
        Assert.Contains("core-10", ids);
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            Instrument instrument = Instruments.Get(ids[random.Next(ids.Length)]);
            string path = _cli.Write($"input-{seed}.csv", Generate(instrument, random, rows: random.Next(0, 40)), byteOrderMark: random.Next(4) == 0);
            AssertSamePaths(instrument, path, excelSafe: random.Next(3) == 0, failOnRowErrors: random.Next(2) == 0, toFile: random.Next(2) == 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("core-10", 7)]
    [InlineData("core-om", 8)]
    public void A_large_file_with_oddities_gives_the_same_bytes_on_both_paths(string id, int seed)
    {
        var random = new Random(seed);
        Instrument instrument = Instruments.Get(id);
        string path = _cli.Write("large.csv", Generate(instrument, random, rows: 30_000, plain: true));

        Assert.True(PlainCsv.IsPlain(path));
        AssertSamePaths(instrument, path, excelSafe: false, failOnRowErrors: true, toFile: true);
    }

    [Theory]
    [InlineData("id,item1\n1,2\n", true)]
    [InlineData("id,item1\r\n1,2\r\n", true)]
    [InlineData("id,item1\r\n1,2\r", false)]
    [InlineData("id,item1\r1,2\n", false)]
    [InlineData("id,\"item1\"\n1,2\n", false)]
    [InlineData("id,name\n1,café ☕ 𝄞\n", true)]
    [InlineData("", true)]
    public void A_plain_file_is_utf8_without_quotes_or_lone_carriage_returns(string text, bool plain) =>
        Assert.Equal(plain, PlainCsv.IsPlain(new MemoryStream(Encoding.UTF8.GetBytes(text)), new byte[1 << 10]));

    [Fact]
    public void Plainness_does_not_depend_on_where_chunks_end()
    {
        string[] pieces = ["a", ",", "\n", "\r\n", "é", "☕", "𝄞", "\r", "\"", "1"];
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            for (int i = random.Next(1, 60); i > 0; i--)
            {
                text.Append(pieces[random.Next(random.Next(3) == 0 ? pieces.Length : pieces.Length - 2)]);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (random.Next(4) == 0)
            {
                bytes[random.Next(bytes.Length)] = 0xC3;   // Sometimes bytes that are not UTF-8.
            }

            string s = text.ToString();
            bool expected = System.Text.Unicode.Utf8.IsValid(bytes) && !s.Contains('"', StringComparison.Ordinal)
                && s.Replace("\r\n", "", StringComparison.Ordinal).IndexOf('\r', StringComparison.Ordinal) < 0;
            return PlainCsv.IsPlain(new MemoryStream(bytes), new byte[random.Next(5, 16)]) == expected;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    /// <summary>Scores the file on the fast and the general path and compares standard output, the file written, standard error and the exit code.</summary>
    private void AssertSamePaths(Instrument instrument, string path, bool excelSafe, bool failOnRowErrors, bool toFile)
    {
        (int Exit, string Output, string File, string Error) Run(bool fast)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var outputFile = toFile ? new FileInfo(_cli.PathOf(fast ? "fast.csv" : "general.csv")) : null;
            int exit = CsvScorer.ScoreFile(
                new FileInfo(path), outputFile, new CoreRowScorer(instrument, null), CommandFiles.Destination(output, excelSafe), error,
                showProgress: false, new RowTally(writeSummary: toFile, failOnRowErrors), fast);
            return (exit, output.ToString(), outputFile is { Exists: true } ? File.ReadAllText(outputFile.FullName) : "", error.ToString());
        }

        Assert.Equal(Run(fast: false), Run(fast: true));
    }

    /// <summary>
    /// A CSV file for <paramref name="instrument"/>: item columns in any order (some with leading zeros, spaces or other case),
    /// extra columns, rows with too few or too many fields, empty and blank lines, CRLF or LF, and (unless <paramref name="plain"/>)
    /// the odd quote or lone carriage return that sends the file down the general path.
    /// </summary>
    private static string Generate(Instrument instrument, Random random, int rows, bool plain = false)
    {
        int k = instrument.Items.Length;
        var header = new List<string>();
        for (int i = 1; i <= k; i++)
        {
            string number = i.ToString(CultureInfo.InvariantCulture);
            header.Add(random.Next(8) switch { 0 => "ITEM" + number, 1 => " item0" + number + " ", _ => "item" + number });
        }

        foreach (string extra in new[] { "id", "service", "gender", "age", "note" }.Where(_ => random.Next(2) == 0))
        {
            header.Insert(random.Next(header.Count + 1), extra);
        }

        if (random.Next(20) == 0)
        {
            header.RemoveAt(random.Next(header.Count));   // Sometimes an item column is missing: the header is refused.
        }

        string newline = random.Next(2) == 0 ? "\n" : "\r\n";
        var text = new StringBuilder(string.Join(',', header)).Append(newline);
        for (int row = 0; row < rows; row++)
        {
            int odd = random.Next(100);
            IEnumerable<string> cells = header.Select(name => name.Contains("item", StringComparison.OrdinalIgnoreCase)
                ? ItemCells[random.Next(random.Next(4) == 0 ? ItemCells.Length : 8)]
                : OtherCells[random.Next(OtherCells.Length)]);
            string line = odd switch
            {
                0 => "",
                1 => "   ",
                2 => string.Join(',', cells.Skip(1)),
                3 => string.Join(',', cells) + ",extra",
                4 when !plain => string.Join(',', cells) + ",\"quoted, text\"",
                5 when !plain => string.Join(',', cells) + "\r",
                _ => string.Join(',', cells),
            };
            text.Append(line).Append(newline);
        }

        return random.Next(4) == 0 ? text.ToString().TrimEnd('\n', '\r') : text.ToString();
    }
}
