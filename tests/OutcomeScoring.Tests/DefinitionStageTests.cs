namespace OutcomeScoring.Tests;

/// <summary>
/// The parts every <see cref="DefinitionStage"/> has: finding an output by id, and equality by id, name, source, note,
/// form and codes (a record equality written by hand that forgets a part is a real bug).
/// </summary>
public class DefinitionStageTests
{
    [Fact]
    public void An_output_is_found_by_its_exact_id_or_not_at_all()
    {
        var stage = new CalibrationStage("activation", "Activation", [1], "made up");
        Assert.Equal([0, 1, 2, 3, 4, 5], stage.Outputs.Select(o => stage.IndexOfOutput(o.Id)));
        Assert.Equal(-1, stage.IndexOfOutput("Measure"));
        Assert.Equal(-1, stage.IndexOfOutput("value"));
        Assert.Equal(-1, stage.IndexOfOutput(""));
    }

    [Fact]
    public void The_common_parts_are_read_back_as_given()
    {
        var code = new PublicCode(PublicCode.Loinc, "1-8", CodedValue.StageValue, "made up");
        LowestRatedStage stage = new LowestRatedStage("low", "Lowest", [1, 2], "made up") with { Note = "a note", Form = "Long form", Codes = [code] };
        Assert.Equal(("low", "Lowest", "made up", "a note", "Long form"), (stage.Id, stage.Name, stage.Source, stage.Note, stage.Form));
        Assert.Equal([code], stage.Codes);
        Assert.Empty(new LowestRatedStage("low", "Lowest", [1, 2], "made up").Codes);
        Assert.Null(new LowestRatedStage("low", "Lowest", [1, 2], "made up").Note);
        Assert.Null(new LowestRatedStage("low", "Lowest", [1, 2], "made up").Form);
    }

    [Fact]
    public void Stages_differ_when_any_common_part_differs()
    {
        var code = new PublicCode(PublicCode.Loinc, "1-8", CodedValue.StageValue, "made up");
        LowestRatedStage stage = new LowestRatedStage("low", "Lowest", [1, 2], "made up") with { Note = "a note", Form = "Long form", Codes = [code] };
        LowestRatedStage same = new LowestRatedStage("low", "Lowest", [1, 2], "made up") with { Note = "a note", Form = "Long form", Codes = [code] };
        Assert.Equal(stage, same);
        Assert.Equal(stage.GetHashCode(), same.GetHashCode());
        Assert.True(((DefinitionStage)stage).Equals(same));
        Assert.NotEqual(stage, stage with { Id = "other" });
        Assert.NotEqual(stage, stage with { Name = "Other" });
        Assert.NotEqual(stage, stage with { Source = "elsewhere" });
        Assert.NotEqual(stage, stage with { Note = null });
        Assert.NotEqual(stage, stage with { Form = null });
        Assert.NotEqual(stage, stage with { Codes = [] });
        Assert.NotEqual(stage, stage with { Codes = [code with { Code = "2-6" }] });
        Assert.False(((DefinitionStage)stage).Equals(null));
    }

    [Fact]
    public void Stages_of_different_kinds_are_never_equal()
    {
        DefinitionStage lowest = new LowestRatedStage("stage", "Stage", [1, 2], "made up");
        DefinitionStage calibration = new CalibrationStage("stage", "Stage", [1, 2], "made up");
        Assert.NotEqual(lowest, calibration);
        Assert.False(lowest.Equals(calibration));
        Assert.False(calibration.Equals(lowest));
    }
}
