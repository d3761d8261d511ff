namespace OutcomeScoring.Tests;

/// <summary>The parts of <see cref="ItemLevels"/>: its highest level and equality by item and levels.</summary>
public class ItemLevelsTests
{
    [Fact]
    public void Null_levels_are_refused_with_the_parameter_named() =>
        Assert.Equal("levels", Assert.Throws<ArgumentNullException>(() => new ItemLevels(1, null!)).ParamName);

    [Fact]
    public void Its_highest_level_is_the_largest_wherever_it_is_and_0_for_none()
    {
        Assert.Equal(2, new ItemLevels(1, [0, 2, 1]).Highest);
        Assert.Equal(3, new ItemLevels(1, [3, 0, 0]).Highest);
        Assert.Equal(0, new ItemLevels(1, []).Highest);
        Assert.Equal(0, (new ItemLevels(1, [0, 1]) with { Levels = default }).Highest);
    }

    [Fact]
    public void Collapses_are_equal_when_item_and_levels_are()
    {
        var levels = new ItemLevels(21, [0, 1, 1, 2, 2]);
        Assert.Equal(levels, new ItemLevels(21, [0, 1, 1, 2, 2]));
        Assert.Equal(levels.GetHashCode(), new ItemLevels(21, [0, 1, 1, 2, 2]).GetHashCode());
        Assert.Equal([0, 1, 1, 2, 2], levels.Levels);
        Assert.Equal(21, levels.Item);
        Assert.NotEqual(levels, new ItemLevels(1, [0, 1, 1, 2, 2]));
        Assert.NotEqual(levels, new ItemLevels(21, [0, 1, 2, 2, 2]));
        Assert.NotEqual(levels, new ItemLevels(21, [0, 1, 1, 2]));
        Assert.False(levels.Equals(null));
    }
}
