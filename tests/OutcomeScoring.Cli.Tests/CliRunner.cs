using System.Text;
using OutcomeScoring.Cli;

namespace OutcomeScoring.Cli.Tests;

/// <summary>Runs the command line in process on files in a fresh temporary folder.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outcome-scoring-cli-").FullName;

    /// <summary>The temporary folder (deleted on dispose).</summary>
    public string Folder => _folder;

    /// <summary>Gets the repository's root folder (the one holding OutcomeScoring.sln).</summary>
    public static string Root { get; } = FindRoot();

    public string PathOf(string name) => Path.Combine(_folder, name);

    public string Write(string name, string content, bool byteOrderMark = false)
    {
        string path = PathOf(name);
        File.WriteAllText(path, content, new UTF8Encoding(byteOrderMark));
        return path;
    }

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs `score` on CSV text and returns the exit code, the output rows split into fields, and stderr.</summary>
    public (int Exit, string[][] Rows, string Error) Score(string instrument, string csv, params string[] extra)
    {
        string input = Write("input.csv", csv);
        (int exit, string output, string error) = Run(["score", instrument, input, .. extra]);
        return (exit, Csv.Parse(output), error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutcomeScoring.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (OutcomeScoring.sln) was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A small RFC 4180 reader for checking the tool's output independently of the tool's own parser.</summary>
internal static class Csv
{
    public static string[][] Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return [.. rows];
    }

    public static string Cell(string[][] rows, int row, string column) => rows[row][Array.IndexOf(rows[0], column)];
}
