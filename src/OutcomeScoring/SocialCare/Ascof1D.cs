using System.Collections.Immutable;
using OutcomeScoring.Engine;

namespace OutcomeScoring.SocialCare;

/// <summary>
/// ASCOF 1D, carer-reported quality of life from the Survey of Adult Carers in England: six questions, each read as the
/// position of the option ticked (1 = first option) and scored 2, 1, 0; a respondent's score is the sum, 0-12, from
/// complete forms only; a council's score is the mean. Higher is better. The built-in definition is <c>Definitions/ascof-1d.json</c>.
/// </summary>
/// <remarks>
/// <para>First option (no unmet needs) = 2; second (some needs met) = 1; last (no needs met) = 0 (LG Inform Plus metric
/// 10671; QualityWatch). Equal weight. Only respondents who answered all six count. The maximum is 12: LG Inform's text says
/// "out of 14" while its title says 12, and QualityWatch says 12. LG Inform's "respondents divided by the sum" is inverted;
/// the mean is used (<see cref="Cohorts.SurveyComponents"/>).</para>
/// <para>National benchmarks (<see cref="NationalBenchmarks"/>, England, QualityWatch): 8.1 (2012-13), 7.9 (2014-15), 7.7
/// (2016-17), 7.5 (2018-19); men score about 0.3 higher than women. Since 2014-15 national, regional and council-type results
/// weight each question within each council by population / usable responses, and since 2016-17 the eligible population
/// includes carers not assessed or reviewed in the year, so results are not comparable across that break
/// (<see cref="ComparabilityBreak"/>). Case-mix adjustment coefficients (PSSRU MAX toolkit) were not found. Checks
/// (computed): all first 12, all last 0, options 1,1,2,2,3,3 give 6. Source of every fact:
/// specs/integration-experience-utility.md, section 6.</para>
/// </remarks>
public static class Ascof1D
{
    private const string QualityWatch = "QualityWatch (Nuffield Trust), Carer-reported quality of life, 2019 and 2022 pages (specs/integration-experience-utility.md, section 6)";

    /// <summary>The ASCOF 1D definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("ascof-1d");

    /// <summary>The respondent's score: the sum of the six answers' points, 0-12, complete forms only.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The highest respondent score: 12.</summary>
    public const int Maximum = 12;

    /// <summary>The first survey year whose population includes carers not assessed or reviewed that year: results before it are not comparable.</summary>
    public const string ComparabilityBreak = "2016-17";

    /// <summary>England's published mean carer-reported quality of life by survey year (weighted national figures).</summary>
    public static ImmutableArray<NationalBenchmark> NationalBenchmarks { get; } =
    [
        new("2012-13", 8.1, QualityWatch),
        new("2014-15", 7.9, QualityWatch),
        new("2016-17", 7.7, QualityWatch),
        new("2018-19", 7.5, QualityWatch),
    ];
}
