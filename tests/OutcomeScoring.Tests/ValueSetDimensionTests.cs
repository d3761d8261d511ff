namespace OutcomeScoring.Tests;

/// <summary>The parts of <see cref="ValueSetDimension"/>: its highest value and equality by id, items and values.</summary>
public class ValueSetDimensionTests
{
    [Fact]
    public void Null_items_are_refused_with_the_parameter_named() =>
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new ValueSetDimension("d", null!)).ParamName);

    [Fact]
    public void Its_highest_value_is_the_sum_of_its_items_highest_levels()
    {
        // CORE-6D's emotional dimension: five items of levels 0-2 sum to 0-10 (specs/core.md).
        var dimension = new ValueSetDimension("d", [new ItemLevels(1, [0, 2, 1]), new ItemLevels(2, [0, 0, 1]), new ItemLevels(3, [3, 0, 0])]);
        Assert.Equal(6, dimension.Highest);
        Assert.Equal(2, new ValueSetDimension("d", [new ItemLevels(1, [0, 1, 2]), null!]).Highest);
        Assert.Equal(0, new ValueSetDimension("d", []).Highest);
        Assert.Equal(0, (new ValueSetDimension("d", [new ItemLevels(1, [0, 1])]) with { Items = default }).Highest);
    }

    [Fact]
    public void Its_values_are_empty_unless_given()
    {
        Assert.Empty(new ValueSetDimension("d", [new ItemLevels(1, [0, 1])]).Values);
        Assert.Equal([0, -0.5], (new ValueSetDimension("d", [new ItemLevels(1, [0, 1])]) { Values = [0, -0.5] }).Values);
    }

    [Fact]
    public void Dimensions_are_equal_when_id_items_and_values_are()
    {
        static ValueSetDimension Of() => new("d", [new ItemLevels(1, [0, 1, 2])]) { Values = [0, -0.1, -0.2] };
        ValueSetDimension dimension = Of();
        Assert.Equal(dimension, Of());
        Assert.Equal(dimension.GetHashCode(), Of().GetHashCode());
        Assert.NotEqual(dimension, dimension with { Id = "e" });
        Assert.NotEqual(dimension, dimension with { Items = [new ItemLevels(1, [0, 1, 1])] });
        Assert.NotEqual(dimension, dimension with { Items = [new ItemLevels(2, [0, 1, 2])] });
        Assert.NotEqual(dimension, dimension with { Values = [0, -0.1, -0.3] });
        Assert.False(dimension.Equals(null));
    }
}
