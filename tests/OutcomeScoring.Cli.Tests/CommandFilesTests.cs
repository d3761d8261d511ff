using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Issue 21, D1-D3, D5, D10-D12: how every command reads and writes files. Nothing is lost (an output that is an input is
/// refused), nothing crashes (every I/O failure is one <c>error:</c> line and exit code 1), and no run leaves a partial or
/// mixed file behind (a name of its own per run, deleted on failure and on SIGTERM).
/// </summary>
public sealed class CommandFilesTests : IDisposable
{
    private const string Core10 = "id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\na,1,2,3,4,0,1,2,3,4,0\n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Each command that writes CSV, with its input written to <c>in.csv</c> ({in} in the arguments).</summary>
    public static TheoryData<string, string[]> Commands() => new()
    {
        { Core10, ["score", "core-10", "{in}"] },
        { "id,pre,post\n1,20,10\n", ["change", "{in}", "--instrument", "core-10"] },
        { "id,pre,post\n1,20,10\n", ["change", "{in}", "--instrument", "core-10", "--summary"] },
        { "id,a,b\n1,1,2\n2,2,3\n3,3,3\n", ["reliability", "{in}"] },
        { "unit,positive,total\nA,9,10\nB,8,10\n", ["funnel", "{in}", "--numerator", "positive", "--denominator", "total"] },
        { "month,rate\n2025-01,1\n2025-02,2\n", ["spc", "{in}", "--value", "rate"] },
        { "ward,answer\nA,1\n", ["fft", "summarize", "{in}", "--unit", "ward"] },
        { "unit,component,value\nnorth,outcomes,0.5\nsouth,outcomes,0.6\n", ["index", "{in}", "--spec", "integration-1.0"] },
        { "group,category,n,percent,lower,upper\n,pairs,1,,,\n", ["index-components", "--change", "{in}"] },
    };

    private static string[] Arguments(string[] template, string input, params string[] extra) =>
        [.. template.Select(a => a == "{in}" ? input : a), .. extra];

    private string[] PartialFiles() => Directory.GetFiles(_cli.Folder, "*" + CommandFiles.PartialSuffix);

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_output_that_is_the_input_is_refused_and_the_input_kept(string csv, string[] command)
    {
        string input = _cli.Write("in.csv", csv);
        (int exit, string output, string error) = CliRunner.Run(Arguments(command, input, "-o", input));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: the output {input} is the input {input}; writing it would destroy the input. Give another --output.\n", error);
        Assert.Equal(csv, File.ReadAllText(input));
        Assert.Empty(PartialFiles());
    }

    [Fact]
    public void An_output_that_resolves_to_the_input_through_a_link_is_refused()
    {
        string input = _cli.Write("in.csv", Core10);
        string linkedFolder = _cli.PathOf("linked");
        Directory.CreateSymbolicLink(linkedFolder, _cli.Folder);
        string fileLink = _cli.PathOf("link.csv");
        File.CreateSymbolicLink(fileLink, input);
        foreach (string output in new[] { Path.Combine(linkedFolder, "in.csv"), fileLink, Path.Combine(_cli.Folder, ".", "linked", "..", "in.csv") })
        {
            (int exit, _, string error) = CliRunner.Run("score", "core-10", input, "-o", output);
            Assert.Equal(1, exit);
            Assert.Contains("writing it would destroy the input", error, StringComparison.Ordinal);
            Assert.Equal(Core10, File.ReadAllText(input));
        }
    }

    [Fact]
    public void A_loop_of_links_as_the_output_is_replaced_by_the_output_not_a_crash()
    {
        // Following the links fails (too many levels); the rename then replaces the link itself, as for any link.
        string input = _cli.Write("in.csv", Core10);
        File.CreateSymbolicLink(_cli.PathOf("loop-a"), _cli.PathOf("loop-b"));
        File.CreateSymbolicLink(_cli.PathOf("loop-b"), _cli.PathOf("loop-a"));
        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input, "-o", _cli.PathOf("loop-a"), "--quiet");
        Assert.Equal((0, "", ""), (exit, output, error));
        Assert.StartsWith("id,mean,clinical,", File.ReadAllText(_cli.PathOf("loop-a")), StringComparison.Ordinal);
        Assert.Equal(Core10, File.ReadAllText(input));
    }

    [Fact]
    public void The_other_files_a_command_reads_are_not_overwritten_either()
    {
        string components = _cli.Write("in.csv", "unit,component,value\nnorth,outcomes,0.5\nsouth,outcomes,0.6\n");
        string spec = Path.Combine(CliRunner.Root, "samples", "index", "spec.json");
        string copy = _cli.Write("spec.json", File.ReadAllText(spec));
        (int exit, _, string error) = CliRunner.Run("index", components, "--spec", copy, "-o", copy);
        Assert.Equal(1, exit);
        Assert.Contains("writing it would destroy the input", error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(spec), File.ReadAllText(copy));
    }

    [Fact]
    public void The_report_does_not_write_over_a_file_of_its_folder()
    {
        string folder = _cli.PathOf("service");
        Directory.CreateDirectory(folder);
        string core10 = Path.Combine(folder, "core10.csv");
        File.Copy(Path.Combine(CliRunner.Root, "samples", "service", "core10.csv"), core10);
        byte[] before = File.ReadAllBytes(core10);
        (int exit, string output, string error) = CliRunner.Run("report", folder, "-o", core10);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("writing it would destroy the input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(core10));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_output_in_a_missing_folder_or_that_is_a_folder_is_one_error_line(string csv, string[] command)
    {
        string input = _cli.Write("in.csv", csv);
        string missing = _cli.PathOf(Path.Combine("no-such-folder", "out.csv"));
        (int exit, string output, string error) = CliRunner.Run(Arguments(command, input, "-o", missing));
        Assert.Equal((1, "", $"error: the output folder {Path.GetDirectoryName(missing)} does not exist.\n"), (exit, output, error));

        (exit, output, error) = CliRunner.Run(Arguments(command, input, "-o", _cli.Folder));
        Assert.Equal((1, "", $"error: the output {_cli.Folder} is a folder; give a file name.\n"), (exit, output, error));
        Assert.Empty(PartialFiles());
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_one_error_line()
    {
        // /proc/self is a folder in which nobody, not even root, can create a file.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux only (/proc).");
        string input = _cli.Write("in.csv", Core10);
        (int exit, string output, string error) = CliRunner.Run("score", "core-10", input, "-o", "/proc/self/out.csv");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: cannot write to the folder /proc/self: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void An_input_that_cannot_be_read_is_one_error_line()
    {
        // Reading /proc/self/mem from offset 0 fails with EIO for every user; chmod 000 stops only those who are not root.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux only (/proc).");
        string output = _cli.PathOf("out.csv");
        (int exit, string stdout, string error) = CliRunner.Run("score", "core-10", "/proc/self/mem", "-o", output);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(output));
        Assert.Empty(PartialFiles());

        if (!IsRoot())
        {
            string locked = _cli.Write("locked.csv", Core10);
            File.SetUnixFileMode(locked, UnixFileMode.None);
            (exit, _, error) = CliRunner.Run("reliability", locked);
            Assert.Equal(1, exit);
            Assert.StartsWith($"error: cannot read the input file {locked}: ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_report_folder_that_cannot_be_read_is_an_error_not_an_empty_report()
    {
        string folder;
        if (!IsRoot())
        {
            folder = _cli.PathOf("locked");
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, UnixFileMode.None);
        }
        else
        {
            // As root, chmod stops nothing; /proc/1/map_files cannot be listed without CAP_SYS_ADMIN, which containers lack.
            folder = "/proc/1/map_files";
            Assert.SkipWhen(!OperatingSystem.IsLinux() || CanList(folder), "No folder here that root cannot list.");
        }

        try
        {
            (int exit, string output, string error) = CliRunner.Run("report", folder);
            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.StartsWith($"error: cannot read the folder {folder}: ", error, StringComparison.Ordinal);
        }
        finally
        {
            if (!IsRoot())
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    [Fact]
    public void Latin_1_input_stops_with_the_line_and_byte_offset_and_writes_nothing()
    {
        // "Café" and "Cafè" in Latin-1: decoded with replacement they would both become "Caf\uFFFD", one unit.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("ward,answer\nCaf"), 0xE9, .. Encoding.ASCII.GetBytes(",1\nCaf"), 0xE8, .. Encoding.ASCII.GetBytes(",2\n")];
        string input = _cli.PathOf("latin1.csv");
        File.WriteAllBytes(input, bytes);
        string output = _cli.PathOf("out.csv");
        (int exit, string stdout, string error) = CliRunner.Run("fft", "summarize", input, "--unit", "ward", "-o", output);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: latin1.csv is not UTF-8: byte 0xE9 at line 2, byte offset 15, cannot be read as UTF-8 text.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(PartialFiles());
    }

    [Theory]
    [InlineData("definition", "--check")]
    [InlineData("score", "--definition")]
    public void A_definition_file_that_is_not_UTF_8_is_one_error_line_not_a_stack_trace(string command, string option)
    {
        // Found by fuzzing (issue 21): the definition reader threw InvalidOperationException, an unhandled exception here.
        string definition = _cli.PathOf("latin1.json");
        File.WriteAllBytes(definition, [.. Encoding.ASCII.GetBytes("{\"id\":\"Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\",\"name\":\"x\"}")]);
        string[] args = command == "score" ? [command, option, definition, _cli.PathOf("answers.csv")] : [command, option, definition];
        File.WriteAllText(_cli.PathOf("answers.csv"), "id,item1\n1,2\n");
        (int exit, string stdout, string error) = CliRunner.Run(args);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.Contains("The definition is not valid UTF-8: byte 0xE9 at byte offset 10. Save the file as UTF-8.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_cut_off_at_the_end_of_the_file_is_not_UTF_8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("id,pre,post\n1,2,3\n\u00e9"[..^1]), 0xC3];
        string input = _cli.PathOf("cut.csv");
        File.WriteAllBytes(input, bytes);
        (int exit, _, string error) = CliRunner.Run("change", input, "--instrument", "core-10");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: cut.csv is not UTF-8: a character cut off at the end of the file at line 3, byte offset 18,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF_8_across_read_boundaries_and_a_byte_order_mark_are_read_unchanged()
    {
        // 70,000 two- and three-byte characters: many split between two 64 KiB reads.
        var text = new StringBuilder("\uFEFFward,answer\n");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append(i % 2 == 0 ? "Caf\u00e9 \u20ac\u00e9\u00e8\u00ea" : "Stra\u00dfe \u4e2d\u6587").Append(",1\n");
        }

        string input = _cli.Write("utf8.csv", text.ToString());
        (int exit, string output, string error) = CliRunner.Run("fft", "summarize", input, "--unit", "ward");
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("Caf\u00e9 \u20ac\u00e9\u00e8\u00ea,", output, StringComparison.Ordinal);
        Assert.Contains("Stra\u00dfe \u4e2d\u6587,", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_writing_the_same_output_each_write_a_whole_file()
    {
        // Run A stops half way (its input is a pipe this test writes); run B writes the same output meanwhile; then A ends.
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Needs mkfifo.");
        string pipe = MakeFifo("a.csv");
        string small = _cli.Write("b.csv", Core10);
        string output = _cli.PathOf("out.csv");
        Task<(int Exit, string Output, string Error)> a = Task.Run(() => CliRunner.Run("score", "core-10", pipe, "-o", output, "--quiet"), TestContext.Current.CancellationToken);
        using (var writer = new StreamWriter(pipe))
        {
            writer.Write("id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\n");
            writer.Flush();
            WaitFor(() => PartialFiles().Length == 1);

            (int exit, _, string error) = CliRunner.Run("score", "core-10", small, "-o", output, "--quiet");
            Assert.Equal((0, ""), (exit, error));
            string fromB = File.ReadAllText(output);
            Assert.StartsWith("id,mean,clinical,", fromB, StringComparison.Ordinal);
            Assert.Single(PartialFiles());
            writer.Write("z,2,2,2,2,2,2,2,2,2,2\n");
        }

        // A finishes last: its whole result is the output, and it says that it replaced what B wrote meanwhile.
        (int exitA, _, string errorA) = await a;
        Assert.Equal((0, $"note: {output} was written by something else while this run was working; this run's complete result has replaced it.\n"), (exitA, errorA));
        Assert.Equal("id,mean,clinical,answered,band,risk_flag,error\nz,2,20,10,moderate-severe,true,\n", File.ReadAllText(output));
        Assert.Empty(PartialFiles());
    }

    [Fact]
    public void SIGTERM_during_a_run_leaves_no_partial_file()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Needs mkfifo and kill.");
        string pipe = MakeFifo("in.csv");
        string output = _cli.PathOf("out.csv");
        string tool = typeof(CliApp).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("dotnet", [tool, "score", "core-10", pipe, "-o", output]) { RedirectStandardError = true })!;
        using (var writer = new StreamWriter(pipe))
        {
            writer.Write("id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\na,1,1,1,1,1,1,1,1,1,1\n");
            writer.Flush();
            WaitFor(() => PartialFiles().Length == 1);
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            kill.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the run did not end on SIGTERM");
        }

        Assert.NotEqual(0, process.ExitCode);
        Assert.Empty(PartialFiles());
        Assert.False(File.Exists(output));
    }

    private string MakeFifo(string name)
    {
        string path = _cli.PathOf(name);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "timed out");
            Thread.Sleep(20);
        }
    }

    private static bool IsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
