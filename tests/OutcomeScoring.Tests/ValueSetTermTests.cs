namespace OutcomeScoring.Tests;

/// <summary>
/// The parts of <see cref="ValueSetTerm"/>: its count defaults to one dimension, and equality covers every part
/// (EQ-5D-3L UK TTO, Dolan 1997: "any-problem" at 1 and "n3" at 2, each for any one dimension; specs/integration-experience-utility.md, section 3).
/// </summary>
public class ValueSetTermTests
{
    [Fact]
    public void A_term_applies_to_any_one_dimension_unless_told_otherwise()
    {
        var n3 = new ValueSetTerm("n3", 2, -0.269);
        Assert.Equal(("n3", 2, -0.269, 1), (n3.Id, n3.AtLeast, n3.Value, n3.MinimumCount));
        Assert.Equal(3, (n3 with { MinimumCount = 3 }).MinimumCount);
    }

    [Fact]
    public void Terms_are_equal_when_every_part_is()
    {
        var term = new ValueSetTerm("n3", 2, -0.269);
        Assert.Equal(term, new ValueSetTerm("n3", 2, -0.269));
        Assert.NotEqual(term, term with { MinimumCount = 2 });
        Assert.NotEqual(term, term with { AtLeast = 1 });
        Assert.NotEqual(term, term with { Value = -0.081 });
        Assert.NotEqual(term, term with { Id = "any" });
    }
}
