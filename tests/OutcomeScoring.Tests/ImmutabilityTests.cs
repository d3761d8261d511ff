using System.Reflection;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Cohorts;
using OutcomeScoring.Comparison;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests;

/// <summary>
/// A cheap guard (after NodaTime's MutabilityTest): every public type is sealed, static, an enum, or a
/// readonly struct, and no public type exposes a settable property except records' init-only ones. Every
/// public type is either a computed result, which only the library builds (no public constructor, no public
/// init or set accessor, so a caller cannot build an inconsistent one), or a definition, option or input,
/// which callers build; a new public type fails <see cref="Every_public_type_is_a_computed_result_or_a_definition_option_or_input"/>
/// until it is put in one of the two lists.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Instrument).Assembly.GetExportedTypes()];

    /// <summary>Results the library computes; callers read them and never build them.</summary>
    public static readonly Type[] ComputedResults =
    [
        // Engine and interpretation
        typeof(Score), typeof(InstrumentResult), typeof(ScoringOutcome), typeof(ColumnarScores), typeof(ScoringError), typeof(DefinitionProblem), typeof(StageResult), typeof(StageNotComputableReason),
        typeof(OutcomeScoring.Forms.FormReader), typeof(OutcomeScoring.Forms.FormProblem), typeof(OutcomeScoring.Forms.FormRow),
        typeof(CutoffLookup), typeof(CutoffComparison), typeof(OutcomeScoring.MentalHealth.CodedScore),

        // Activation (PAM-13, Rasch)
        typeof(CalibratedScore), typeof(PersonMeasure), typeof(Pam13Result), typeof(ActivationChange),

        // CORE-6D, DIALOG
        typeof(Core6DState), typeof(DialogResult), typeof(DialogItemChange),

        // Change and reliability
        typeof(ChangePair), typeof(CategoryRate), typeof(ChangeSummary), typeof(TalkingTherapiesPair), typeof(TalkingTherapiesSummary), typeof(EpisodePair), typeof(ClinicalCutoffs),
        typeof(CutoffInterval), typeof(CronbachAlphaResult), typeof(ItemReliability),

        // Cohort rules
        typeof(PersonForms), typeof(LatestForm), typeof(TeamAssignment), typeof(TeamMean), typeof(SurveyComponent),

        // Comparison: proportions, funnels, SPC
        typeof(ProportionInterval), typeof(FunnelChart), typeof(FunnelUnitResult), typeof(FunnelLimit),
        typeof(XmrChart), typeof(XmrPoint), typeof(XmrSegment),

        // Friends and Family Test
        typeof(FftFigures), typeof(FftUnitSummary), typeof(FftPeriodReport), typeof(FftPublishedFigures),

        // Integration index
        typeof(IndexResult), typeof(IndexUnitResult), typeof(ComponentResult), typeof(DomainResult),
        typeof(SamplingUncertainty), typeof(UnitSamplingInterval), typeof(MethodUncertainty), typeof(MethodRun),
        typeof(UnitRankStability), typeof(LeaveOneOut), typeof(ComponentInfluence), typeof(IndexCoverage),
        typeof(SensitivityAnalysis), typeof(UnitSensitivity), typeof(ChoiceSensitivity), typeof(MultivariateCheck), typeof(PillarCorrelations),
    ];

    /// <summary>Definitions, options and inputs: callers build them (records may have init-only setters and <c>with</c>).</summary>
    public static readonly Type[] DefinitionsOptionsAndInputs =
    [
        // Instrument definitions and answers
        typeof(Instrument), typeof(Item), typeof(ResponseScale), typeof(ScoreDefinition), typeof(Answer), typeof(AnswerCodes),
        typeof(DefinitionStage), typeof(CalibrationStage), typeof(ValueSetStage), typeof(ValueSetDimension), typeof(ValueSetTerm), typeof(ItemLevels), typeof(LowestRatedStage), typeof(CompanionCountStage), typeof(CompanionQuestion), typeof(ColumnOrder), typeof(StageOutput),
        typeof(ResultColumn), typeof(PublicCode), typeof(OutcomeScoring.Forms.FormLayout),
        typeof(Interpretation), typeof(SeverityBand), typeof(SeverityBanding), typeof(ReliableChangeThreshold),
        typeof(CutoffReference), typeof(CutoffEntry), typeof(WithheldCutoff), typeof(DialogItem), typeof(DialogResponse),

        // Activation calibrations
        typeof(ActivationCutPoints), typeof(ItemParameterCalibration), typeof(LookupTableCalibration), typeof(LookupTableRow),
        typeof(LinearTransform), typeof(PersonEstimationOptions), typeof(RaschModel),

        // Change
        typeof(ChangeCriteria), typeof(ReliableChangeCriterion), typeof(Administration), typeof(TalkingTherapiesRules), typeof(OutcomeScoring.MentalHealth.CodedAssessment),

        // Cohort inputs
        typeof(DatePeriod), typeof(SurveyScale),

        // Social care surveys
        typeof(OutcomeScoring.SocialCare.NationalBenchmark),

        // Comparison inputs and options
        typeof(ProportionUnit), typeof(MeanUnit), typeof(RatioUnit), typeof(UnitSpread), typeof(FunnelOptions),
        typeof(SpcObservation), typeof(XmrOptions),

        // Friends and Family Test inputs
        typeof(FftCoding), typeof(FftCounts), typeof(FftUnitCounts), typeof(FftPeriodCounts),

        // Integration index specification, options and inputs
        typeof(IndexSpecification), typeof(IndexComponent), typeof(IndexDomain), typeof(Normalisation), typeof(Aggregation),
        typeof(DataAvailability), typeof(ComponentValue), typeof(SamplingOptions), typeof(MethodUncertaintyOptions),
        typeof(SensitivityOptions), typeof(Winsorising),
    ];

    /// <summary>Name endings that mark a computed result: a type so named must be in <see cref="ComputedResults"/>.</summary>
    private static readonly string[] ResultNameEndings =
    [
        "Result", "Results", "Chart", "Point", "Segment", "Figures", "Comparison", "Lookup", "State", "Measure", "Change",
        "Summary", "Report", "Rate", "Interval", "Pair", "Run", "Stability", "Influence", "Uncertainty", "Score", "Outcome", "Error",
    ];

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        // An abstract base with an internal abstract member (DefinitionStage) cannot be derived from outside the library.
        Type[] open = [.. PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !IsClosedHierarchy(t))];
        Assert.Empty(open);
    }

    private static bool IsClosedHierarchy(Type type) =>
        type.IsAbstract && type.GetMethods(BindingFlags.Instance | BindingFlags.NonPublic).Any(m => m.IsAbstract && m.IsAssembly);

    [Fact]
    public void Public_structs_are_readonly_except_enumerators()
    {
        Type[] mutable = [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.Name != "Enumerator"
            && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))];
        Assert.Empty(mutable);
    }

    [Fact]
    public void No_public_setters_other_than_init()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();
        Assert.Empty(setters);
    }

    [Fact]
    public void Every_public_type_is_a_computed_result_or_a_definition_option_or_input()
    {
        string[] unclassified = [.. PublicTypes
            .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t) && t.Name != "Enumerator")
            .Where(t => ComputedResults.Contains(t) == DefinitionsOptionsAndInputs.Contains(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];
        Assert.Empty(unclassified);
    }

    [Fact]
    public void A_type_named_like_a_result_is_a_computed_result()
    {
        string[] misfiled = [.. DefinitionsOptionsAndInputs
            .Where(t => ResultNameEndings.Any(ending => t.Name.EndsWith(ending, StringComparison.Ordinal)))
            .Select(t => t.FullName!)];
        Assert.Empty(misfiled);
    }

    [Fact]
    public void Computed_results_have_no_public_constructor()
    {
        string[] constructors = [.. ComputedResults
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
            .Select(c => $"{c.DeclaringType!.Name}({string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name))})")];
        Assert.Empty(constructors);
    }

    [Fact]
    public void Computed_results_have_no_public_init_or_set_accessor()
    {
        string[] accessors = [.. ComputedResults
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")];
        Assert.Empty(accessors);
    }
}
