using System.Diagnostics;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// The PostgreSQL server the tests run the generated SQL on. <c>.ci/run</c> starts one (eng/postgres.sh) and names it in
/// <see cref="Variable"/>; without that variable the fixture starts its own private server with the same script (which
/// installs PostgreSQL from Debian's packages when it is missing) and stops it at the end. If neither works, every
/// PostgreSQL test fails with the reason: they are never skipped.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>The environment variable holding an Npgsql connection string to a server the tests may create tables on.</summary>
    public const string Variable = "OUTCOME_SCORING_POSTGRES";

    private readonly string? _folder;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), $"outcome-scoring-pg-{Environment.ProcessId}");
        (int exit, string output) = Script("start", _folder);
        if (exit != 0)
        {
            Problem = $"{Variable} is not set and eng/postgres.sh could not start a PostgreSQL server (exit {exit}): {output.Trim()}";
            _folder = null;
            return;
        }

        ConnectionString = output.Trim().Split('\n')[^1];
    }

    /// <summary>Gets the connection string, or <see langword="null"/> when no server could be had.</summary>
    public string? ConnectionString { get; }

    /// <summary>Gets why there is no server, or <see langword="null"/>.</summary>
    public string? Problem { get; }

    /// <summary>Connects, or fails the test with the reason there is no server.</summary>
    internal PostgresEngine Connect()
    {
        Assert.True(ConnectionString is not null, Problem);
        return new PostgresEngine(ConnectionString!);
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            Script("stop", _folder);
        }
    }

    private static (int Exit, string Output) Script(string command, string folder)
    {
        string script = Path.Combine(Root, "eng", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script, command, folder]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? output : output + error.Result);
    }

    /// <summary>Gets the repository's root folder (the one holding OutcomeScoring.sln).</summary>
    internal static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutcomeScoring.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (OutcomeScoring.sln) was not found above the test folder.");
    }
}
