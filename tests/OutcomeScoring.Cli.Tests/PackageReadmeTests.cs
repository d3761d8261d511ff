using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Each package's README (src/&lt;project&gt;/PACKAGE.md, packed as README.md) is written for nuget.org (issue 16): every link
/// absolute and, where it points into this repository, at a file that exists; no contributor instructions; and every
/// packable project packs it with the icon and the licence files.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private const string RepositoryBlob = "https://github.com/outcome-scoring/OutcomeScoring/blob/main/";

    private static readonly string[] Packages = ["OutcomeScoring", "OutcomeScoring.Charts", "OutcomeScoring.Fhir", "OutcomeScoring.Cli"];

    /// <summary>The package READMEs, one per packable project.</summary>
    internal static IEnumerable<string> PackageReadmes() => Packages.Select(p => Path.Combine(CliRunner.Root, "src", p, "PACKAGE.md"));

    public static TheoryData<string> Names() => [.. Packages];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_link_is_absolute_and_every_repository_link_names_a_file_that_exists(string package)
    {
        string readme = File.ReadAllText(Path.Combine(CliRunner.Root, "src", package, "PACKAGE.md"));
        string[] links = [.. MarkdownLink().Matches(readme).Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
        foreach (string link in links.Where(l => l.StartsWith(RepositoryBlob, StringComparison.Ordinal)))
        {
            string path = link[RepositoryBlob.Length..].Split('#')[0];
            Assert.True(File.Exists(Path.Combine(CliRunner.Root, path)), $"{package}: {link} names no file in the repository.");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_contributor_instructions(string package)
    {
        string readme = File.ReadAllText(Path.Combine(CliRunner.Root, "src", package, "PACKAGE.md"));
        Assert.All(new[] { "dotnet test", ".ci/run", "git clone", "dotnet run --project", "samples/" }, s => Assert.DoesNotContain(s, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_link_is_found_by_the_check() =>
        Assert.Equal(["docs/cli.md"], MarkdownLink().Matches("See [the command](docs/cli.md).").Select(m => m.Groups[1].Value));

    [Fact]
    public void Every_package_packs_its_readme_icon_and_licence()
    {
        string props = File.ReadAllText(Path.Combine(CliRunner.Root, "src", "Directory.Build.props"));
        Assert.Contains("PACKAGE.md\" Pack=\"true\" PackagePath=\"README.md\"", props, StringComparison.Ordinal);
        Assert.Contains("icon.png\" Pack=\"true\"", props, StringComparison.Ordinal);
        Assert.Contains("LICENSE\" Pack=\"true\"", props, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(CliRunner.Root, "eng", "package", "icon.png")));
    }

    [Theory]
    [InlineData("OutcomeScoring.Charts")]
    [InlineData("OutcomeScoring.Cli")]
    public void Packages_with_the_fonts_ship_their_licence_and_the_notices(string package)
    {
        XDocument project = XDocument.Load(Path.Combine(CliRunner.Root, "src", package, package + ".csproj"));
        string[] packed = [.. project.Descendants("None").Where(n => (string?)n.Attribute("Pack") == "true").Select(n => Path.GetFileName((string)n.Attribute("Include")!))];
        Assert.Contains("LICENSE-DejaVu.txt", packed);
        Assert.Contains("THIRD-PARTY-NOTICES.txt", packed);
        Assert.Equal("MIT AND Bitstream-Vera", project.Descendants("PackageLicenseExpression").Single().Value);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
