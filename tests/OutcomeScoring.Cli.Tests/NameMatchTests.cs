using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Cli;

namespace OutcomeScoring.Cli.Tests;

/// <summary>Instrument ids as people type them (issue 16): any case and punctuation, and "did you mean" for a slip.</summary>
public sealed class NameMatchTests : IDisposable
{
    private static readonly string[] Ids = [.. Instruments.All.Select(i => i.Id)];

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("CORE-10", "core-10")]
    [InlineData("core10", "core-10")]
    [InlineData("Core_10", "core-10")]
    [InlineData("YP CORE", "yp-core")]
    [InlineData("PAM13", "pam-13")]
    [InlineData("coresfa", "core-sf-a")]
    public void A_typed_id_in_any_case_and_punctuation_names_the_instrument(string typed, string id) =>
        Assert.Equal(id, NameMatch.Find(typed, Ids));

    [Theory]
    [InlineData("madrs")]
    [InlineData("")]
    [InlineData("--")]
    public void A_name_of_no_instrument_is_not_found(string typed) => Assert.Null(NameMatch.Find(typed, Ids));

    [Theory]
    [InlineData("core-1O", "core-10")]
    [InlineData("cor-om", "core-om")]
    [InlineData("dialgo", "dialog")]
    [InlineData("pam-31", "pam-13")]
    public void A_slip_suggests_the_nearest_id(string typed, string nearest) => Assert.Equal(nearest, NameMatch.Nearest(typed, Ids));

    [Theory]
    [InlineData("madrs")]
    [InlineData("qwerty")]
    public void A_different_name_suggests_nothing(string typed) => Assert.Null(NameMatch.Nearest(typed, Ids));

    [FsCheck.Xunit.Property]
    public Property Every_id_is_found_from_its_letters_and_digits_in_any_case() =>
        Prop.ForAll(Gen.Elements(Ids).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (id, upper) =>
        {
            string typed = string.Concat(id.Where(char.IsLetterOrDigit));
            return NameMatch.Find(upper ? typed.ToUpperInvariant() : typed, Ids) == id;
        });

    [Theory]
    [InlineData("CORE-10")]
    [InlineData("core10")]
    public void Score_takes_the_id_as_typed_and_scores_as_the_id(string typed)
    {
        string input = _cli.Write("core10.csv", "id,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10\na,1,0,0,1,1,1,1,1,1,1\n");
        (int exit, string output, string error) = CliRunner.Run("score", typed, input);
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(CliRunner.Run("score", "core-10", input).Output, output);
    }

    [Fact]
    public void Score_with_a_slip_says_did_you_mean_and_writes_nothing()
    {
        string input = _cli.Write("core10.csv", "id,item1\na,1\n");
        (int exit, string output, string error) = CliRunner.Run("score", "core-1O", input);
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains("Argument 'core-1O' not recognized.", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'core-10'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_takes_the_id_as_typed_too()
    {
        Assert.Equal(CliRunner.Run("definition", "core-10").Output, CliRunner.Run("definition", "CORE10").Output);
        (int exit, string output, string error) = CliRunner.Run("definition", "core-1O");
        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains("Did you mean 'core-10'?", error, StringComparison.Ordinal);
    }
}
