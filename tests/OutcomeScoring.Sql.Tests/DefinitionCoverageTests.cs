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
        // Stages: a value set is written in SQL (ValueSetSql), a calibration stage with its calibration given (CalibrationSql);
        // any other kind makes SqlScoring.CanExpress refuse the definition.
        // Companion questions: DIALOG's help question is read from its help columns (HelpFacts); any other makes CanExpress refuse.
        // Column orders are not needed by scoring: they are a reading option chosen by the caller; SQL reads the default order
        // (column itemN holds item N; DIALOG's MHSDS order), as the generated SQL always has.
        [typeof(Instrument)] = ["Id", "Name", "Source", "Scale", "Items", "Scores", "ClinicalMultiplier", "Direction", "Interpretation", "ResultColumns", "PrimaryScoreIndex", "Stages", "CompanionQuestions", "CompanionAnswerCount", "ColumnOrders"],
        // Points (an item's value map) are written in SQL (ItemFacts: a CASE over the answers; MaximumPossible reads the highest).
        [typeof(Item)] = ["Number", "Topic", "Keying", "IsRisk", "AllowsNotApplicable", "Codes", "Points"],
        // RoundsClinicalScore, every Aggregate (Mean, Sum, ProratedSum), ExcludesNotApplicable and CountsNotApplicable are
        // written in SQL (ScoringSqlBuilder, ItemFacts).
        [typeof(ScoreDefinition)] = ["Id", "Name", "Items", "MaximumMissing", "Source", "Codes", "RoundsClinicalScore", "Aggregate", "ExcludesNotApplicable", "CountsNotApplicable"],
        [typeof(ResponseScale)] = ["Minimum", "Maximum", "NotApplicableAnswer"],
        [typeof(Interpretation)] = ["PrimaryScoreId", "SeverityBands", "CutoffReferences", "DefaultCutoffs", "ReliableChange"],
        [typeof(SeverityBanding)] = ["Name", "ScoreId", "Bands", "Source", "Caveat"],
        [typeof(SeverityBand)] = ["Code", "Label", "LowerBound", "UpperBound"],
        [typeof(CutoffReference)] = ["Id", "Name", "Entries", "Source", "Withheld"],
        [typeof(WithheldCutoff)] = ["ScoreId", "Reason", "Gender", "MinimumAge", "MaximumAge"],
        [typeof(CutoffEntry)] = ["ScoreId", "MeanCutoff", "Gender", "MinimumAge", "MaximumAge", "ReliableChangeMean"],
        // Stage and Output name a stage output: a value set's is written in SQL; another stage is refused.
        // A value set: ValueSetSql reads every part that scoring uses; Note (written once after a run by score) and Codes
        // (public codes for FHIR) are not part of score's output.
        // An additive value set (Constant, Terms, a dimension's Values; IsAdditive) is summed in DECIMAL (ValueSetSql); one
        // whose sums pass 2^53 units of their last decimal place makes CanExpress refuse.
        [typeof(ValueSetStage)] = ["Id", "Name", "Source", "Note", "Form", "Codes", "Items", "Outputs", "Dimensions", "Values", "Constant", "IsAdditive", "Terms"],
        [typeof(ValueSetDimension)] = ["Id", "Items", "Highest", "Values"],
        // A calibration stage: CalibrationSql reads Items (in the stage's order), Levels (the cut points), Outputs, Name and Id;
        // the calibration itself is the instrument's bound one (or SqlScoringOptions.Calibration). Note and Codes are not score's output.
        [typeof(CalibrationStage)] = ["Id", "Name", "Source", "Note", "Form", "Codes", "Items", "Outputs", "Levels"],
        [typeof(ItemLevels)] = ["Item", "Levels"],
        [typeof(ResultColumn)] = ["Name", "Value", "ScoreId", "Stage", "Output"],
        [typeof(ValueSetTerm)] = ["Id", "AtLeast", "Value", "MinimumCount"],
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

    /// <summary>The result values: all are written in SQL (a stage output or a stage's id when its stage is a value set; CanExpress refuses other stages).</summary>
    [Fact]
    public void Every_result_value_is_known_to_the_sql_generator() =>
        Assert.Equal(
            [ResultValue.Mean, ResultValue.ClinicalScore, ResultValue.ScoreItemsAnswered, ResultValue.ItemsAnswered, ResultValue.Band, ResultValue.RiskFlag, ResultValue.ClinicalCutoff, ResultValue.InClinicalRange, ResultValue.StageOutput, ResultValue.ScoreItemsNotApplicable, ResultValue.MaximumPossible, ResultValue.AnswerProfile, ResultValue.StageId],
            Enum.GetValues<ResultValue>());

    /// <summary>
    /// A value set is written in SQL (ValueSetSql reads Dimensions, Values, Items, Outputs, Name and Form); a calibration stage
    /// with its calibration given (CalibrationSql: a lookup table, or Rasch item parameters as proved Newton steps); a
    /// lowest-rated output is refused; a companion count is written for DIALOG's unmet needs (HelpFacts) and refused elsewhere.
    /// </summary>
    [Fact]
    public void Every_kind_of_stage_is_known_to_the_sql_generator() =>
        Assert.Equal(
            ["CalibrationStage", "CompanionCountStage", "LowestRatedStage", "ValueSetStage"],
            typeof(DefinitionStage).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DefinitionStage))).Select(t => t.Name).Order());

    [Fact]
    public void A_companion_question_is_expressed_for_DIALOG_only_and_refused_elsewhere_with_the_reason()
    {
        Instrument c = CoreFamily.Core10.Instrument;
        var worried = new Instrument(
            c.Id, c.Name, c.Source, c.Scale, c.Items, c.Scores, c.ClinicalMultiplier, c.Direction, c.Interpretation, c.ResultColumns, c.Stages,
            [new CompanionQuestion("worry", "a worry", [1, 2], "made up")]);
        Assert.False(SqlScoring.CanExpress(worried, out string? reason));
        Assert.Equal("CORE-10 (core-10) cannot be scored in SQL: its definition declares the companion question 'worry', whose answers SQL generation does not read. Score it with the library or the command line.", reason);
        Assert.True(SqlScoring.CanExpress(DialogScale.Dialog.Instrument, out _));
        Assert.True(SqlScoring.CanExpress(DialogScale.Dialog.WithMinimumAnswered(6, 1), out _));
    }
}
