using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Every C# block in README.md, docs/ and the packages' own READMEs (src/*/PACKAGE.md) compiles against the packages as they are now (issue 16), so no example can drift.
/// A block is compiled as a .NET 10 console program with the SDK's implicit usings (as `dotnet new console` has); its own
/// <c>using</c> lines come first. A block that continues from the prose or an earlier block says what it takes as given in an
/// HTML comment just above it, which readers do not see: <c>&lt;!-- given: Answer[] answers; ICalibration calibration; --&gt;</c>
/// (each declaration is compiled as a local whose value is never read at run time: the blocks are compiled, not run; a
/// <c>using</c> among them is a using directive).
/// </summary>
public sealed partial class DocumentationExampleTests
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Every C# block: the file (relative to the repository), its first line, and its number in the file.</summary>
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in DocumentFiles())
        {
            foreach (Block block in Extract(file))
            {
                data.Add(Relative(file), block.Line);
            }
        }

        return data;
    }

    [Fact]
    public void The_documents_have_csharp_blocks_to_compile() =>
        Assert.True(DocumentFiles().Sum(f => Extract(f).Count) >= 20, "README.md and docs/ should hold the library's C# examples.");

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Csharp_block_compiles(string file, int line)
    {
        Block block = Extract(Path.Combine(CliRunner.Root, file)).Single(b => b.Line == line);
        string[] errors = Compile(block);
        Assert.True(errors.Length == 0, $"{file}:{line}: the C# block does not compile:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void A_block_that_uses_what_it_does_not_declare_fails_to_compile()
    {
        var block = new Block(1, "using OutcomeScoring.Activation;\nPam13Result result = Pam13.Score(answers, calibration);\n", "");
        Assert.Contains(Compile(block), e => e.Contains("CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_comment_declares_what_the_block_continues_from()
    {
        var block = new Block(1, "using OutcomeScoring.Activation;\nPam13Result result = Pam13.Score(answers, calibration);\n", "using OutcomeScoring; Answer[] answers; ICalibration calibration;");
        Assert.Empty(Compile(block));
    }

    /// <summary>One fenced C# block: its first line (1-based, the fence), its code, and its given declarations.</summary>
    private sealed record Block(int Line, string Code, string Given);

    private static IEnumerable<string> DocumentFiles() =>
    [
        Path.Combine(CliRunner.Root, "README.md"),
        .. Directory.GetFiles(Path.Combine(CliRunner.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
        .. PackageReadmeTests.PackageReadmes(),
    ];

    private static string Relative(string file) => Path.GetRelativePath(CliRunner.Root, file).Replace('\\', '/');

    private static List<Block> Extract(string file)
    {
        string[] lines = File.ReadAllLines(file);
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int start = i;
            var code = new StringBuilder();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.AppendLine(lines[i]);
            }

            string given = start > 0 && GivenComment().Match(lines[start - 1]) is { Success: true } m ? m.Groups[1].Value : "";
            blocks.Add(new Block(start + 1, code.ToString(), given));
        }

        return blocks;
    }

    private static string[] Compile(Block block)
    {
        string[] lines = block.Code.Split('\n');
        int firstStatement = Array.FindIndex(lines, l => l.Trim().Length > 0 && !UsingDirective().IsMatch(l.Trim()) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        firstStatement = firstStatement < 0 ? lines.Length : firstStatement;
        string[] given = block.Given.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string givenUsings = string.Concat(given.Where(d => d.StartsWith("using ", StringComparison.Ordinal)).Select(d => $"{d};\n"));
        string givens = string.Concat(given.Where(d => !d.StartsWith("using ", StringComparison.Ordinal)).Select(d => $"{d} = default!; "));
        string source = givenUsings + string.Join('\n', lines[..firstStatement]) + "\n" + givens + "\n#line 1\n" + string.Join('\n', lines[firstStatement..]);
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(source, options),
            CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;", options),
        ];
        // A block of type declarations alone (no statements) is compiled as a library.
        bool statements = trees[0].GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Example",
            trees,
            References.Value,
            new CSharpCompilationOptions(statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    /// <summary>The framework's assemblies and every assembly beside the tests (the library, Charts, Fhir and what they use).</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string[] framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        HashSet<string> names = [.. framework.Select(f => Path.GetFileName(f))];
        IEnumerable<string> beside = Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(f => !names.Contains(Path.GetFileName(f)));
        return [.. framework.Concat(beside).Select(f => MetadataReference.CreateFromFile(f))];
    }

    [GeneratedRegex(@"^<!--\s*given:\s*(.*?)\s*-->$")]
    private static partial Regex GivenComment();

    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;$")]
    private static partial Regex UsingDirective();
}
