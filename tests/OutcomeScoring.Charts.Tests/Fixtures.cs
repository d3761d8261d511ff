using OutcomeScoring.Change;
using OutcomeScoring.Comparison;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Charts.Tests;

/// <summary>Fixed inputs for the charts: small, hand-made, each outcome or signal present.</summary>
internal static class Fixtures
{
    /// <summary>CORE-10 pairs (clinical scores; lower is better; 6 points reliable; cut-off 11).</summary>
    public static readonly (double? Pre, double? Post)[] Core10Scores =
    [
        (25, 8),    // recovered
        (20, 10),   // recovered
        (30, 20),   // improved (still clinical)
        (8, 2),     // improved (non-clinical at both)
        (18, 16),   // no reliable change
        (14, 17),   // no reliable change
        (12, 22),   // deteriorated
        (20, null), // not computable
    ];

    public static JacobsonPlot Jacobson()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        return JacobsonPlot.For(Core10.Instrument, Core10Scores.Select(s => criteria.Classify(s.Pre, s.Post)));
    }

    /// <summary>Units with one far below, one far above and the rest inside, plus one without responses.</summary>
    public static readonly ProportionUnit[] Units =
    [
        new("North", 880, 950),
        new("South", 380, 480),
        new("East", 150, 160),
        new("West", 108, 120),
        new("Rehab", 212, 230),
        new("Memory", 0, 0),
    ];

    public static FunnelChart Funnel(OverdispersionAdjustment adjustment = OverdispersionAdjustment.None) =>
        FunnelChart.ForProportions(Units, new FunnelOptions { Overdispersion = adjustment });

    /// <summary>A monthly series with a run of low points at the end (a concern when higher is better).</summary>
    public static readonly double[] Monthly =
    [
        0.92, 0.93, 0.91, 0.92, 0.94, 0.92, 0.93, 0.91, 0.92, 0.93, 0.92, 0.94,
        0.89, 0.88, 0.89, 0.88, 0.89, 0.88, 0.89, 0.88,
    ];

    public static XmrChart Xmr(ImprovementDirection direction = ImprovementDirection.Increase, double? target = 0.9, int points = 20) =>
        XmrChart.Compute(
            Monthly.Take(points).Select((v, i) => new SpcObservation(v, $"{2025 + ((i + 3) / 12)}-{((i + 3) % 12) + 1:00}")),
            new XmrOptions { Direction = direction, Target = target });

    /// <summary>Two people's first and latest DIALOG: ratings 1-7 in MHSDS order (0 = not applicable).</summary>
    public static readonly int[][] DialogFirst = [[2, 3, 4, 3, 2, 3, 4, 3, 5, 4, 4], [4, 3, 2, 3, 4, 0, 4, 5, 5, 4, 6]];
    public static readonly int[][] DialogLatest = [[4, 4, 4, 5, 3, 4, 4, 5, 6, 5, 5], [5, 3, 3, 4, 5, 0, 5, 6, 6, 5, 6]];

    public static DialogResponse Dialog(int[] ratings) =>
        DialogResponse.FromPositional(ratings.Select(r => r == 0 ? Answer.NotApplicable : Answer.Of(r)).ToArray());

    public static DialogProfile Profile() => new(DialogFirst.Select(Dialog), DialogLatest.Select(Dialog));

    /// <summary>
    /// Default-profile component values of five teams (as samples/index/components.csv, rounded): West has no activation, so its
    /// index is of three components; Central has experience only, so no index.
    /// </summary>
    public static readonly ComponentValue[] IndexValues =
    [
        new("North", IntegrationProfile.OutcomesCode, 0.625, 0.142, 8),
        new("South", IntegrationProfile.OutcomesCode, 0.5, 0.134, 10),
        new("East", IntegrationProfile.OutcomesCode, 0.556, 0.139, 9),
        new("West", IntegrationProfile.OutcomesCode, 0.5, 0.134, 10),
        new("North", IntegrationProfile.QualityOfLifeCode, 4.59, 0.245, 12),
        new("South", IntegrationProfile.QualityOfLifeCode, 4.04, 0.216, 12),
        new("East", IntegrationProfile.QualityOfLifeCode, 4.88, 0.163, 10),
        new("West", IntegrationProfile.QualityOfLifeCode, 4.13, 0.427, 7),
        new("North", IntegrationProfile.ActivationCode, 66.2, 2.17, 12),
        new("South", IntegrationProfile.ActivationCode, 59.4, 1.98, 10),
        new("East", IntegrationProfile.ActivationCode, 62.3, 2.04, 9),
        new("North", IntegrationProfile.ExperienceCode, 0.975, 0.032, 40),
        new("South", IntegrationProfile.ExperienceCode, 0.914, 0.050, 35),
        new("East", IntegrationProfile.ExperienceCode, 0.967, 0.041, 30),
        new("West", IntegrationProfile.ExperienceCode, 0.714, 0.081, 28),
        new("Central", IntegrationProfile.ExperienceCode, 0.824, 0.089, 17),
    ];

    /// <summary>The default profile with the geometric mean: contributions do not sum to the index.</summary>
    public static IndexSpecification GeometricProfile => IntegrationProfile.Specification with { Version = "1.0-geometric", Aggregation = Aggregation.Geometric };

    public static IndexResult Index(IndexSpecification? spec = null, IEnumerable<ComponentValue>? values = null) =>
        CompositeIndex.Compute(spec ?? IntegrationProfile.Specification, values ?? IndexValues);

    public static SamplingUncertainty IndexSampling(IndexSpecification? spec = null, IEnumerable<ComponentValue>? values = null) =>
        CompositeIndex.SamplingUncertainty(spec ?? IntegrationProfile.Specification, values ?? IndexValues, new SamplingOptions { Seed = 7, Draws = 200 });

    public static MethodUncertainty IndexMethod(IndexSpecification? spec = null, IEnumerable<ComponentValue>? values = null, double coverage = 0.9) =>
        CompositeIndex.MethodUncertainty(spec ?? IntegrationProfile.Specification, values ?? IndexValues, new MethodUncertaintyOptions
        {
            Seed = 7,
            Runs = 200,
            Aggregations = [Aggregation.Arithmetic, Aggregation.Geometric],
            Coverage = coverage,
        });

    public static IndexBreakdownChart Breakdown() => new(Index(), IndexSampling());

    public static IndexRankChart Ranks() => new(Index(), IndexSampling(), IndexMethod());

    /// <summary>One of each chart, for the checks every chart must pass.</summary>
    public static TheoryData<string> ChartNames => ["jacobson", "funnel", "spc", "dialog", "index", "index-ranks"];

    public static Chart Make(string name) => name switch
    {
        "jacobson" => Jacobson(),
        "funnel" => new FunnelPlot(Funnel()),
        "spc" => new SpcChart(Xmr()),
        "dialog" => Profile(),
        "index" => Breakdown(),
        "index-ranks" => Ranks(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such fixture."),
    };
}
