namespace OutcomeScoring.Tests;

/// <summary>A score's definition: its parts are kept as given, and two definitions are equal only when every part is.</summary>
public class ScoreDefinitionTests
{
    private static readonly ScoreDefinition Total = new("total", "Total", [1, 2, 3], 1, "made up");

    [Fact]
    public void Null_items_are_refused_with_the_parameter_named()
    {
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new ScoreDefinition("total", "Total", null!, 1, "made up")).ParamName);
    }

    [Fact]
    public void The_constructor_keeps_what_it_is_given()
    {
        Assert.Equal(("total", "Total", 1, "made up"), (Total.Id, Total.Name, Total.MaximumMissing, Total.Source));
        Assert.Equal([1, 2, 3], Total.Items);
        Assert.Empty(Total.Codes);
        Assert.False(Total.RoundsClinicalScore);
        Assert.False(Total.ExcludesNotApplicable);
        Assert.False(Total.CountsNotApplicable);
        Assert.Equal(default, Total.Aggregate);
    }

    [Fact]
    public void Definitions_are_equal_only_when_every_part_is()
    {
        var same = new ScoreDefinition("total", "Total", [1, 2, 3], 1, "made up");
        Assert.Equal(Total, same);
        Assert.Equal(Total.GetHashCode(), same.GetHashCode());
        Assert.False(Total.Equals(null));
        ScoreDefinition[] different =
        [
            Total with { Id = "other" },
            Total with { Name = "Other" },
            Total with { Items = [1, 2] },
            Total with { Items = [1, 3, 2] },
            Total with { MaximumMissing = 0 },
            Total with { Source = "elsewhere" },
            Total with { RoundsClinicalScore = true },
            Total with { Aggregate = ScoreAggregate.Sum },
            Total with { ExcludesNotApplicable = true },
            Total with { CountsNotApplicable = true },
            Total with { Codes = [new PublicCode(PublicCode.Loinc, "123-4", CodedValue.ClinicalScore, "made up")] },
        ];
        Assert.All(different, d => Assert.NotEqual(Total, d));
        Assert.All(different, d => Assert.False(Total.Equals(d)));
    }
}
