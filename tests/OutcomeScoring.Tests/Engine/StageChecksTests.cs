using OutcomeScoring.Engine;

namespace OutcomeScoring.Tests.Engine;

/// <summary><see cref="StageChecks"/>: a problem's path is the stage's path, and the field's when one is named.</summary>
public class StageChecksTests
{
    [Fact]
    public void A_problem_is_reported_at_the_stage_or_at_its_field_with_the_condition_and_message_as_given()
    {
        var reported = new List<(bool Condition, string Path, string Message)>();
        var checks = new StageChecks("made-up", "$.stages[2]", (condition, path, message) => reported.Add((condition, path, message)));
        checks.Check(false, "", "at the stage");
        checks.Check(true, "dimensions[0].id", "at a field");
        Assert.Equal([(false, "$.stages[2]", "at the stage"), (true, "$.stages[2].dimensions[0].id", "at a field")], reported);
        Assert.Equal("made-up", checks.InstrumentId);
        Assert.Null(new StageChecks(null, "$", (_, _, _) => { }).InstrumentId);
    }
}
