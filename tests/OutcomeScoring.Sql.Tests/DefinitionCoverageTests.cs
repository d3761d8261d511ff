using System.Reflection;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// A guard for definitions the generator cannot express. The SQL reads every part of a definition listed here; a part
/// added to a definition type later (for example a calibration, value set or derived-output stage) fails this test until
/// someone decides whether SQL expresses it, or makes <see cref="SqlScoring.CanExpress"/> refuse definitions that use it.
/// </summary>
public sealed class DefinitionCoverageTests
{
    /// <summary>The public properties of each definition type, as the generator knows them (expressed, or not needed by scoring).</summary>
    private static readonly Dictionary<Type, string[]> Known = new()
    {
        // Stages: any stage makes SqlScoring.CanExpress refuse the definition.
        [typeof(Instrument)] = ["Id", "Name", "Source", "Scale", "Items", "Scores", "ClinicalMultiplier", "Direction", "Interpretation", "ResultColumns", "PrimaryScoreIndex", "Stages"],
        [typeof(Item)] = ["Number", "Topic", "Keying", "IsRisk", "AllowsNotApplicable", "Codes"],
        // RoundsClinicalScore, a Sum aggregate, ExcludesNotApplicable and a scale's NotApplicableAnswer make CanExpress refuse.
        [typeof(ScoreDefinition)] = ["Id", "Name", "Items", "MaximumMissing", "Source", "Codes", "RoundsClinicalScore", "Aggregate", "ExcludesNotApplicable"],
        [typeof(ResponseScale)] = ["Minimum", "Maximum", "NotApplicableAnswer"],
        [typeof(Interpretation)] = ["PrimaryScoreId", "SeverityBands", "CutoffReferences", "DefaultCutoffs", "ReliableChange"],
        [typeof(SeverityBanding)] = ["Name", "ScoreId", "Bands", "Source", "Caveat"],
        [typeof(SeverityBand)] = ["Code", "Label", "LowerBound", "UpperBound"],
        [typeof(CutoffReference)] = ["Id", "Name", "Entries", "Source", "Withheld"],
        [typeof(WithheldCutoff)] = ["ScoreId", "Reason", "Gender", "MinimumAge", "MaximumAge"],
        [typeof(CutoffEntry)] = ["ScoreId", "MeanCutoff", "Gender", "MinimumAge", "MaximumAge", "ReliableChangeMean"],
        // Stage and Output name a stage output, which SQL refuses with the stage.
        [typeof(ResultColumn)] = ["Name", "Value", "ScoreId", "Stage", "Output"],
    };

    public static TheoryData<string> Types => [.. Known.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_part_of_a_definition_is_known_to_the_sql_generator(string typeName)
    {
        Type type = Known.Keys.Single(t => t.Name == typeName);
        string[] properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.Name).Where(n => n != "EqualityContract").Order()];
        Assert.True(
            properties.SequenceEqual(Known[type].Order()),
            $"{type.Name} now has {string.Join(", ", properties.Except(Known[type]))} (and lacks {string.Join(", ", Known[type].Except(properties))}): decide whether SQL can express it, refuse it in SqlScoring.CanExpress if not, then list it here.");
    }

    /// <summary>The result values: the first eight are written in SQL; a stage output, the not-applicable count and the maximum possible are refused (CanExpress).</summary>
    [Fact]
    public void Every_result_value_is_known_to_the_sql_generator() =>
        Assert.Equal(
            [ResultValue.Mean, ResultValue.ClinicalScore, ResultValue.ScoreItemsAnswered, ResultValue.ItemsAnswered, ResultValue.Band, ResultValue.RiskFlag, ResultValue.ClinicalCutoff, ResultValue.InClinicalRange, ResultValue.StageOutput, ResultValue.ScoreItemsNotApplicable, ResultValue.MaximumPossible],
            Enum.GetValues<ResultValue>());

    [Fact]
    public void Every_kind_of_stage_is_known_to_the_sql_generator() =>
        Assert.Equal(
            ["CalibrationStage", "LowestRatedStage", "ValueSetStage"],
            typeof(DefinitionStage).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DefinitionStage))).Select(t => t.Name).Order());
}
