using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Issue 14, item 7: no method of the command line (src/OutcomeScoring.Cli) is longer than 80 lines, from its declaration to its
/// closing brace (documentation comments not counted). Methods, constructors, local functions, accessors and operators are
/// measured with Roslyn's parser; a lambda counts towards the method it is written in.
/// </summary>
public sealed class MethodLengthTests
{
    private const int MostLines = 80;

    [Fact]
    public void No_method_of_the_command_line_is_longer_than_80_lines()
    {
        string[] tooLong = [.. Methods().Where(m => m.Lines > MostLines).Select(m => $"{m.Name} ({m.Lines} lines)")];
        Assert.True(tooLong.Length == 0, $"Longer than {MostLines} lines: {string.Join(", ", tooLong)}. Split them into named steps.");
    }

    [Fact]
    public void The_measure_counts_from_the_declaration_to_the_closing_brace()
    {
        const string source = """
            class C
            {
                /// <summary>Not counted.</summary>
                [System.Obsolete]
                int M(int a)
                {
                    int Local() => a;
                    return Local();
                }
            }
            """;
        Assert.Equal([("C.M", 6), ("C.Local", 1)], Measure(CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken)).Select(m => (m.Name, m.Lines)));
    }

    private static (string Name, int Lines)[] Methods()
    {
        string folder = Path.Combine(GoldenOutputTests.RepositoryRoot.Value, "src", "OutcomeScoring.Cli");
        return
        [
            .. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .SelectMany(f => Measure(CSharpSyntaxTree.ParseText(File.ReadAllText(f)))
                    .Select(m => ($"{Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')}:{m.Name}", m.Lines))),
        ];
    }

    /// <summary>Each method-like member of a file as <c>Type.Name</c> with its length in lines.</summary>
    private static IEnumerable<(string Name, int Lines)> Measure(SyntaxTree tree)
    {
        foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
        {
            string? name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
                LocalFunctionStatementSyntax local => local.Identifier.Text,
                AccessorDeclarationSyntax accessor => accessor.Keyword.Text,
                OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
                ConversionOperatorDeclarationSyntax conversion => "operator " + conversion.Type,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            string type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "";
            FileLinePositionSpan span = node.GetLocation().GetLineSpan();
            yield return ($"{type}.{name}", span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        }
    }
}
