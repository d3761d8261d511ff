using System.Globalization;
using System.Text.Json;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.Charts.Reports;
using OutcomeScoring.Cohorts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;
using OutcomeScoring.IntegrationIndex;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli.Report;

/// <summary>
/// The integration index by team (docs/integration-index.md): the default profile, 2.0 (or index-spec.json), computed from the folder's
/// own CORE-10 / YP-CORE change, DIALOG, PAM-13, FFT, P3CEQ, ASCOF 1A and ASCOF 1D files with the library's helpers and cohort rules, or
/// from index-components.csv when the folder has one; the index table with sampling and method intervals, the library's ranks and
/// coverage, the per-component breakdown, the two index charts, and what leaving each component out does to the ranks.
/// </summary>
internal sealed class IndexSection : IReportSectionBuilder
{
    /// <summary>Component values given directly (unit,component,value,n,se, as the index command reads); used instead of the responses.</summary>
    public const string ComponentsFile = "index-components.csv";

    /// <summary>An index specification (the JSON of docs/integration-index.md); the default profile without it.</summary>
    public const string SpecFile = "index-spec.json";

    public string Id => "index";

    public string Title => "Integration index";

    /// <summary>The P3CEQ survey file (one form per row: id, team, date, item1-item11).</summary>
    public const string P3ceqFile = "p3ceq.csv";

    /// <summary>The Adult Social Care Survey's ASCOF 1A questions (id, team, date, item1-item8: the position of the option ticked).</summary>
    public const string Ascof1AFile = "ascof-1a.csv";

    /// <summary>The Survey of Adult Carers' ASCOF 1D questions (id, team, date, item1-item6: the position of the option ticked).</summary>
    public const string Ascof1DFile = "ascof-1d.csv";

    public IReadOnlyList<string> Files => [ComponentsFile, SpecFile, Core10Section.File, YpCoreSection.File, DialogSection.File, Pam13Section.File, Pam13Section.CalibrationFile, FftSection.File, P3ceqFile, Ascof1DFile, Ascof1AFile];

    /// <summary>How a component that could not be computed is described.</summary>
    private const string NotComputed = "not computed: ";

    /// <summary>What each profile component is computed from, for messages.</summary>
    private static readonly (string Code, string Files)[] Inputs =
    [
        (IntegrationProfile.OutcomesCode, $"{Core10Section.File} or {YpCoreSection.File}"),
        (IntegrationProfile.QualityOfLifeCode, DialogSection.File),
        (IntegrationProfile.ActivationCode, $"{Pam13Section.File} with {Pam13Section.CalibrationFile}"),
        (IntegrationProfile.ExperienceCode, FftSection.File),
        (IntegrationProfileV2.CoordinationCode, P3ceqFile),
        (IntegrationProfileV2.PersonCentrednessCode, P3ceqFile),
        (IntegrationProfileV2.CarerQualityOfLifeCode, Ascof1DFile),
        (IntegrationProfileV2.SocialCareQualityOfLifeCode, Ascof1AFile),
    ];

    /// <summary>Profile 2.0's survey components: the file and the measure each is the mean of (<see cref="IntegrationProfileV2.SurveyValue"/>).</summary>
    private static readonly Dictionary<string, (string File, SurveyScale Measure)> Surveys = new(StringComparer.Ordinal)
    {
        [IntegrationProfileV2.CoordinationCode] = (P3ceqFile, SurveyScale.P3ceqCoordination),
        [IntegrationProfileV2.PersonCentrednessCode] = (P3ceqFile, SurveyScale.P3ceqPersonCentredness),
        [IntegrationProfileV2.CarerQualityOfLifeCode] = (Ascof1DFile, SurveyScale.Ascof1D),
        [IntegrationProfileV2.SocialCareQualityOfLifeCode] = (Ascof1AFile, SurveyScale.Ascof1A),
    };

    public ReportSection Build(ReportFolder folder)
    {
        IndexSpecification spec = IntegrationProfiles.Default;
        bool ownSpec = folder.Has(SpecFile);
        if (ownSpec)
        {
            try
            {
                using FileStream stream = File.OpenRead(Path.Combine(folder.Path, SpecFile));
                spec = IndexSpecification.Load(stream);
            }
            catch (IndexSpecificationException ex)
            {
                return ReportSection.Unusable(Id, Title, $"{SpecFile} is not a valid index specification: {ex.Message}");
            }
        }

        bool fromFile = folder.Has(ComponentsFile);
        var notRead = new List<string>();
        var sources = new List<(string Code, string From)>();
        var values = new List<ComponentValue>();
        bool madeUp = false;
        if (fromFile)
        {
            if (ReadComponents(folder, spec, values, notRead) is { } problem)
            {
                return ReportSection.Unusable(Id, Title, problem);
            }
        }
        else
        {
            madeUp = ComputeComponents(folder, spec, values, sources);
        }

        if (NoIndex(spec, fromFile, values, notRead, sources) is { } missing)
        {
            return missing;
        }

        IndexRun r = IndexRun.Compute(spec, ownSpec, fromFile, values, folder.Settings.Index);
        var write = new SectionWriter();
        Introduce(write, r, madeUp, sources);
        IndexTable(write, r);
        Charts(write, r);
        Breakdown(write, r);
        write.RowsNotRead(ComponentsFile, notRead);
        About(write, r);
        IndexUnitResult top = r.Result.Units[r.Order[0]];
        int ranked = r.Result.Units.Count(u => u.Rank is not null);
        return new ReportSection(Id, Title, write.Blocks)
        {
            Summary = $"{Text.N(r.Result.Units.Count(u => u.HasIndex))} of {Text.Count(r.Result.Units.Length, r.UnitsWord, r.UnitsWord + "s")} have an index and {Text.N(ranked)} {(ranked == 1 ? "is" : "are")} ranked; "
                + (top.Rank is not null && top.Coverage.IsComplete ? $"highest of those with all {Text.N(spec.Components.Length)} components: "
                    : top.Rank is not null ? $"none has all {Text.N(spec.Components.Length)} components; highest of those with the most ({Text.N(top.ComponentsUsed)} of {Text.N(spec.Components.Length)}): "
                    : $"none has all {Text.N(spec.Components.Length)} components, so none is ranked (the specification ranks only {r.UnitsWord}s with every component)")
                + (top.Rank is not null ? $"{top.Unit}, {Text.Num(top.Index, r.Format)}" : "") + ". Comparisons are exploratory.",
        };
    }

    /// <summary>The section that says why there is no index: no values, or no unit with enough components; none when there is one.</summary>
    private ReportSection? NoIndex(IndexSpecification spec, bool fromFile, List<ComponentValue> values, List<string> notRead, List<(string Code, string From)> sources)
    {
        string unitsWord = fromFile ? "unit" : "team";
        if (values.Count == 0)
        {
            return ReportSection.Missing(Id, Title, fromFile
                ? $"{ComponentsFile} has no usable rows, so there is no integration index." + (notRead.Count > 0 ? $" {string.Join("; ", notRead.Take(5))}." : "")
                : $"There are no inputs for the integration index in the folder. It is computed from the responses (outcomes from core10.csv or yp-core.csv, quality of life from dialog.csv, activation from pam-13.csv with pam-13-calibration.json, experience from fft-responses.csv, care coordination and person-centredness from {P3ceqFile}, carers' quality of life from {Ascof1DFile}, social care users' quality of life from {Ascof1AFile}), "
                  + $"or read from {ComponentsFile} (unit,component,value,n,se, as the index command reads). " + string.Join(" ", sources.Select(s => $"{Name(spec, s.Code)}: {s.From}.")));
        }

        IndexResult result = CompositeIndex.Compute(spec, values);
        if (!result.Units.Any(u => u.HasIndex))
        {
            return ReportSection.Missing(Id, Title, $"No {unitsWord} has enough components for an index ({spec.Name}, version {spec.Version}, needs {Availability(spec)}): "
                + string.Join("; ", result.Units.Select(u => $"{u.Unit}: {u.Explanation}")) + ". "
                + (fromFile ? $"Add their other components to {ComponentsFile}." : "Add the files of the other components: " + string.Join("; ", sources.Select(s => $"{Name(spec, s.Code)}: {s.From}")) + "."));
        }

        return null;
    }

    /// <summary>A caution for a made-up calibration, what the index is, and where its values come from.</summary>
    private static void Introduce(SectionWriter write, IndexRun r, bool madeUp, List<(string Code, string From)> sources)
    {
        (IndexSpecification spec, _, bool fromFile, _, _, _, _, _, _) = r;
        string unitsWord = r.UnitsWord;
        bool zScores = r.ZScores;
        string profile = r.Profile;
        write.Paragraph(CoverageRule(r));
        if (madeUp && spec.FindComponent(IntegrationProfile.ActivationCode) is not null)
        {
            write.Caution($"The activation component is computed with the PAM-13 calibration in this folder, which is made up: its values are not real PAM-13 scores, so neither are the indices that use them. Use your licensed calibration for real figures.");
        }

        write.Paragraph($"The integration index combines {Text.Count(spec.Components.Length, "measure", "measures")} of each {unitsWord} into one number "
            + (zScores ? "(a mean of z-scores, higher is better)" : "from 0 to 100 (higher is better)") + ": "
            + Text.And([.. spec.Components.Select(c => c.Name)]) + $". It uses the specification {profile}. "
            + "No national integration index has been published: this is a documented starting point that can be explained and defended, not an NHS measure (docs/integration-index.md).");
        write.Paragraph(fromFile
            ? $"The component values are read from {ComponentsFile}, as given (value, n and standard error per {unitsWord} and component)."
            : "The component values are computed from this folder's responses over the whole period they cover, each person counted in the team of their first form:");
        if (!fromFile)
        {
            write.Table(
                "Where each component comes from",
                ["Component", spec.HasDomains ? "Pillar (its share of the index)" : "Weight", "Normalised with", "Computed from"],
                spec.Components.Select(c => new[]
                {
                    c.Name, spec.HasDomains ? PillarShare(spec, c) : Text.Num(c.Weight, "0.##"), Normalisation(c),
                    sources.FirstOrDefault(s => s.Code == c.Code).From ?? $"not computed from the report's files: give {ComponentsFile} with its values",
                }));
        }

    }

    /// <summary>
    /// The section's first sentence: whose view each pillar is (with pillars) and the specification's coverage rule, as the library applies
    /// it (<see cref="DataAvailability"/>, <see cref="IncompleteRanking"/>); then which units fall short of full coverage, with the library's
    /// "k of n components, pillars missing" (issue 20, item 3: the library decides, the report shows).
    /// </summary>
    private static string CoverageRule(IndexRun r)
    {
        IndexSpecification spec = r.Spec;
        string unitsWord = r.UnitsWord;
        int all = spec.Components.Length;
        string views = spec.HasDomains
            ? $"The index has {Text.Count(spec.Domains.Length, "pillar", "pillars")}, each one group's view: " + Text.And([.. spec.Domains.Select(Pillar)]) + "; "
            : $"The index combines {Text.Count(all, "component", "components")}; ";
        string[] required = spec.Availability.RequiredDomains.IsDefaultOrEmpty ? [] : [.. spec.Availability.RequiredDomains.Select(c => Pillar(spec.Domains.First(d => string.Equals(d.Code, c, StringComparison.OrdinalIgnoreCase))))];
        string needs = $"a {unitsWord} gets an index only with {(required.Length > 0 ? $"a value in {(required.Length == 2 ? "both" : "each")} of the pillars {Text.And(required)} and " : "")}{Availability(spec)}";
        string ranking = spec.Availability.IncompleteUnits switch
        {
            IncompleteRanking.NotRanked => $", and only {unitsWord}s with all {Text.N(all)} components are ranked: the others show their index and what they lack, unranked.",
            IncompleteRanking.RankedSeparately => $", and {unitsWord}s without all {Text.N(all)} components are ranked only among themselves, apart from those with all {Text.N(all)}.",
            _ => $"; every {unitsWord} with an index is ranked in one list, so read a rank with how many components it rests on.",
        };
        IndexUnitResult[] incomplete = [.. r.Order.Select(i => r.Result.Units[i]).Where(u => u.HasIndex && !u.Coverage.IsComplete)];
        string here = incomplete.Length == 0
            ? $" Here every {unitsWord} with an index has all {Text.N(all)}."
            : (incomplete.Length == r.Result.Units.Count(u => u.HasIndex) ? $" Here no {unitsWord} has all {Text.N(all)}: " : " Here ")
                + Text.And([.. incomplete.Select(u => $"{u.Unit} has {Coverage(spec, u)}")]) + ".";
        return views + needs + ranking + here;
    }

    /// <summary>The library's coverage of a unit in words: "7 of 8 components, pillars missing: none" with pillar names.</summary>
    /// <summary>
    /// What a unit's index is made of, in one cell: the coverage as every index result words it ("7 of 8 components, pillars
    /// missing: none", issue 20) and the components it lacks ("; without Quality of life (DIALOG SQOL mean).").
    /// </summary>
    private static string Components(IndexSpecification spec, IndexUnitResult u)
    {
        string[] without = [.. u.MissingComponents.Select(c => Name(spec, c.Component))];
        return Coverage(spec, u) + (without.Length == 0 ? "" : "; without " + Text.And(without)) + ".";
    }

    private static string Coverage(IndexSpecification spec, IndexUnitResult u) =>
        $"{Text.N(u.Coverage.ComponentsPresent)} of {Text.N(u.Coverage.ComponentsTotal)} components"
        + (u.Coverage.HasDomains ? ", pillars missing: " + (u.Coverage.MissingDomains.IsEmpty ? "none" : Text.And([.. u.Coverage.MissingDomains.Select(c => Pillar(spec.Domains.First(d => d.Code == c)))])) : "");

    /// <summary>A component's pillar, whose view it is, and the pillar's nominal share of the index (its weight over all pillars' weights).</summary>
    private static string PillarShare(IndexSpecification spec, IndexComponent component)
    {
        return spec.Domains.FirstOrDefault(d => string.Equals(d.Code, component.Domain, StringComparison.OrdinalIgnoreCase)) is { } domain
            ? $"{Pillar(domain)} ({Text.Pct(domain.Weight / spec.Domains.Sum(d => d.Weight))})"
            : "-";
    }

    /// <summary>A pillar and whose view it is: "carer-reported quality of life (carers' view)" (the name's part after "Carers: ").</summary>
    private static string Pillar(IndexDomain domain)
    {
        int colon = domain.Name.IndexOf(": ", StringComparison.Ordinal);
        string what = Lower(colon >= 0 ? domain.Name[(colon + 2)..] : domain.Name);
        return domain.Perspective switch
        {
            Perspective.Patient => $"{what} (patients' view)",
            Perspective.Carer => $"{what} (carers' view)",
            Perspective.SocialCareUser => $"{what} (social care users' view)",
            Perspective.Public => $"{what} (the public's view)",
            _ => $"{what} (whose view is not stated)",
        };
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>The index of each unit with its sampling interval, rank and rank intervals.</summary>
    private static void IndexTable(SectionWriter write, IndexRun r)
    {
        (IndexSpecification spec, _, _, IndexResult result, SamplingUncertainty sampling, MethodUncertainty method, _, _, _) = r;
        string unitsWord = r.UnitsWord;
        string format = r.Format;
        string confidence = r.Confidence;
        string lowerPercentile = r.LowerPercentile, upperPercentile = r.UpperPercentile;
        int[] order = r.Order;
        write.Heading($"Index by {unitsWord}");
        // Four columns, so that rows stay one or two lines on A4 and scroll little on a phone: the interval beside the index,
        // the rank intervals beside the rank, and what a unit lacks in one cell (the ranking rule is the section's first sentence).
        write.Table(
            $"The index of each {unitsWord}, {unitsWord}s with more components first, with its {confidence} sampling interval; its rank (1 = highest) under the specification's coverage rule, with the interval of its rank over the sampling draws and over the method runs ({lowerPercentile} to {upperPercentile} percentile) and its median rank over the method runs; and the components behind it",
            [Capital(unitsWord), $"Index ({confidence} interval)", "Rank (sampling; method interval, median)", "Components"],
            order.Select(i =>
            {
                IndexUnitResult u = result.Units[i];
                UnitSamplingInterval s = sampling.Units[i];
                UnitRankStability m = method.Units[i];
                return u.HasIndex
                    ? new[]
                    {
                        u.Unit, $"{Text.Num(u.Index, format)} ({Text.Num(s.IndexLower, format)} to {Text.Num(s.IndexUpper, format)})",
                        u.Rank is { } rank ? $"{Text.N(rank)} ({Range(s.RankLower, s.RankUpper)}; {Range(m.RankLower, m.RankUpper)}, median {Text.Num(m.MedianRank, "0.#")})" : "-",
                        Components(spec, u) + (u.Rank is null ? " Not ranked." : ""),
                    }
                    : [u.Unit, "-", "-", $"{Components(spec, u)} No index: {u.Explanation}"];
            }));

    }

    /// <summary>The breakdown chart and the rank chart, with their captions, and the note that comparisons are exploratory.</summary>
    private static void Charts(SectionWriter write, IndexRun r)
    {
        (IndexSpecification spec, _, _, IndexResult result, SamplingUncertainty sampling, MethodUncertainty method, _, SamplingOptions samplingOptions, MethodUncertaintyOptions methodOptions) = r;
        string unitsWord = r.UnitsWord;
        bool zScores = r.ZScores;
        string confidence = r.Confidence;
        string lowerPercentile = r.LowerPercentile, upperPercentile = r.UpperPercentile;
        string aggregations = r.Aggregations;
        string profile = r.Profile;
        int rows = result.Units.Length;
        var breakdown = new IndexBreakdownChart(result, sampling) { UnitsName = unitsWord + "s", Title = $"Integration index by {unitsWord}" };
        write.Figure(
            breakdown,
            (breakdown.IsStacked
                ? $"Each bar is a {unitsWord}'s index, made of its components' contributions: each component's normalised value ({(zScores ? "a z-score" : "0-100")}) times its weight, so the coloured parts add up to the index. "
                : $"Each bar is a {unitsWord}'s index. Under the {IndexChartName(spec.Aggregation)} the components' weighted values do not add up to the index, so they are not stacked; the breakdown table gives each one. ")
            + $"The black line is the {confidence} sampling interval: where the index could plausibly lie given how many people are behind each component ({Text.N(samplingOptions.Draws)} bootstrap draws, seed {samplingOptions.Seed.ToString(CultureInfo.InvariantCulture)}). "
            + $"Weights are trade-offs, not statements of importance: {WeightsInWords(spec)}. {Capital(unitsWord)}s without enough components have no bar. Specification {profile}. {breakdown.Description}",
            900,
            Math.Clamp(220 + (60 * rows), 360, 2400));

        var ranks = new IndexRankChart(result, sampling, method) { UnitsName = unitsWord + "s", Title = $"Integration index: rank of each {unitsWord} and its intervals" };
        write.Figure(
            ranks,
            $"Each dot is a {unitsWord}'s rank by the index (1 = highest). The solid blue line is the {confidence} interval of its rank over {Text.N(samplingOptions.Draws)} draws that allow for sampling error; "
            + $"the dashed orange line the {lowerPercentile} to {upperPercentile} percentile of its rank over {Text.N(methodOptions.Runs)} runs in which every weight varies by up to \u00B1{Text.Num(methodOptions.NoiseFactor * 100, "0")}% and the index uses {aggregations} (seed {methodOptions.Seed.ToString(CultureInfo.InvariantCulture)}). "
            + $"Where lines overlap, the data or the choices made in building the index cannot tell those {unitsWord}s apart: comparisons are exploratory. {ranks.Description}",
            900,
            Math.Clamp(200 + (55 * rows), 340, 2400));
        write.Note($"Comparisons between {unitsWord}s are exploratory: {unitsWord}s see different people, nothing adjusts for case mix, and a rank says less than its interval. "
            + $"A {unitsWord} with fewer components has an index of fewer measures (see \"Components\"), so its index says less about it. "
            + "Under the arithmetic mean a strong component can hide a weak one: read the breakdown below as well as the index. NHS England asks that FFT results are not used to rank providers; the experience component is here for the service's own learning.");

    }

    /// <summary>Each unit's components, and what leaving each component out does to the ranks.</summary>
    private static void Breakdown(SectionWriter write, IndexRun r)
    {
        (IndexSpecification spec, _, _, IndexResult result, _, _, LeaveOneOut leaveOneOut, _, _) = r;
        string unitsWord = r.UnitsWord;
        bool zScores = r.ZScores;
        string format = r.Format;
        int[] order = r.Order;
        write.Heading("Breakdown by component");
        write.Table(
            $"Each {unitsWord}'s components: the value on the measure's own scale and the number it is over, the normalised value ({(zScores ? "z-score" : "0-100, higher is better")}), the weight after sharing it over the components the {unitsWord} has, and "
            + (result.IsAdditive ? "the contribution (weight x normalised value; contributions add up to the index)" : "the weighted value (weight x normalised value; under this mean these do not add up to the index)"),
            [Capital(unitsWord), "Component", "Value", "n", "Normalised", "Weight", result.IsAdditive ? "Contribution" : "Weighted value", "Missing because"],
            order.SelectMany(i => result.Units[i].Components.Select(c => new[]
            {
                result.Units[i].Unit, Name(spec, c.Component), Value(spec, c), c.Count is { } n ? Text.N(n) : "-", Text.Num(c.Normalised, format),
                c.IsMissing || !result.Units[i].HasIndex ? "-" : Text.Pct(c.Weight), Text.Num(c.Contribution, format), c.Explanation ?? "",
            })));

        write.Table(
            $"What leaving each component out does to the ranks: the mean change in rank (in places) of the {unitsWord}s ranked both ways",
            ["Component left out", "Mean change in rank", $"{Capital(unitsWord)}s compared"],
            leaveOneOut.Components.Select(c => new[] { Name(spec, c.Component), Text.Num(c.MeanAbsoluteRankShift, "0.00"), Text.N(c.UnitsCompared) }));

    }

    /// <summary>The method (the outcomes criteria from the definitions), the settings used and the sources.</summary>
    private static void About(SectionWriter write, IndexRun r)
    {
        (IndexSpecification spec, bool ownSpec, bool fromFile, _, _, _, _, SamplingOptions samplingOptions, MethodUncertaintyOptions methodOptions) = r;
        string unitsWord = r.UnitsWord;
        string confidence = r.Confidence;
        string lowerPercentile = r.LowerPercentile, upperPercentile = r.UpperPercentile;
        string aggregations = r.Aggregations;
        write.About(
            [
                $"Method (OECD/JRC Handbook on Constructing Composite Indicators): each component is oriented so higher is better and normalised ({string.Join("; ", spec.Components.Select(c => $"{c.Name}: {Normalisation(c)}"))}); "
                + $"the weights are shared over the components a {unitsWord} has; the index is the {IndexChartName(spec.Aggregation)} of the weighted values. A {unitsWord} needs {Availability(spec)}; missing components are never filled in.",
                fromFile
                    ? $"Component values are read from {ComponentsFile} as given. A value without a standard error is held fixed in the sampling draws, so its interval is too narrow."
                    : "Component values are computed with the library's helpers from the folder's files, over the whole period they cover, each person counted in the team of their first form. "
                      + $"Outcomes: the share of people with two computable scores (first and last, by date) whose change is a reliable improvement (CORE-10: {Text.Num(ChangeCriteria.For(Core10.Instrument).ReliableChange.Threshold, "0.##")} points; YP-CORE: the index computed from the service's own first forms, as in the YP-CORE section), with its Wilson standard error. "
                      + "Quality of life: the mean SQOL of each person's latest DIALOG with a computable SQOL, with SE = SD / \u221An. Activation: the mean score of each person's latest scored PAM-13 (licensed calibration), with SE = SD / \u221An. "
                      + "Experience: the FFT share positive of all responses (Don't know included), with its Wilson standard error. "
                      + "P3CEQ coordination (items 5-9, 0-15, item 8 scored like the others: flagged, as its exception was not found) and person-centredness (items 1-5 and 8-10, 0-24): the mean of each person's latest complete subscale as a share of its range, with SE = SD / \u221An over that range; \"don't know\" answers leave a subscale out, never counted as 0. "
                      + "ASCOF 1A (eight questions, 3/2/1/0 by the option's position, 0-24) and ASCOF 1D (six questions, 2/1/0, 0-12): the mean of each respondent's latest complete form (the council score is the mean of respondents' scores), with SE = SD / \u221An; the national 1D figure weights responses, this local mean does not. "
                      + "Rows that cannot be read are left out, as in their own sections.",
                $"Sampling uncertainty: {Text.N(samplingOptions.Draws)} parametric bootstrap draws, each value replaced by value + SE x a standard normal, then normalised, combined and ranked again; the intervals are the {Percent((1 - samplingOptions.Confidence) / 2)} to {Percent((1 + samplingOptions.Confidence) / 2)} percentiles. "
                + $"Method uncertainty: {Text.N(methodOptions.Runs)} runs in which each weight is multiplied by 1 + {Text.Num(methodOptions.NoiseFactor, "0.##")} x U (U uniform from -1 to 1) and the index uses {aggregations}; the method interval is the {lowerPercentile} to {upperPercentile} percentile rank. Both draw from random sources seeded with {samplingOptions.Seed.ToString(CultureInfo.InvariantCulture)}, so the same files give the same numbers. "
                + "Leave one out: the ranks again without each component in turn.",
                "Caveats: this is not a national measure; weights are value judgements about trade-offs (equal weights are a choice too); under the arithmetic mean good experience can make up for poor outcomes; ranks exaggerate small differences; intervals are only as good as the standard errors; case mix is not adjusted.",
            ],
            [
                new("Input", fromFile ? $"{ComponentsFile}: columns unit, component, value, n, se" : $"core10.csv, yp-core.csv, dialog.csv, pam-13.csv with pam-13-calibration.json, fft-responses.csv (each as in its own section), {P3ceqFile}, {Ascof1DFile} and {Ascof1AFile} (id, team, date, item1... as score reads them)"),
                new("Specification", $"{spec.Name}, version {spec.Version}" + (ownSpec ? $" ({SpecFile})" : $" (default profile; put an {SpecFile} in the folder to use another)")),
                new("Aggregation", IndexChartName(spec.Aggregation)),
                new("Data availability", Availability(spec)),
                new("Sampling intervals", $"{confidence}, {Text.N(samplingOptions.Draws)} draws, seed {samplingOptions.Seed.ToString(CultureInfo.InvariantCulture)}"),
                new("Method intervals", $"{lowerPercentile} to {upperPercentile} percentile rank, {Text.N(methodOptions.Runs)} runs, seed {methodOptions.Seed.ToString(CultureInfo.InvariantCulture)}, weights \u00B1{Text.Num(methodOptions.NoiseFactor * 100, "0")}%, {aggregations}"),
            ],
            [
                "Nardo M, Saisana M, Saltelli A, Tarantola S, Hoffman A, Giovannini E (2008) Handbook on Constructing Composite Indicators: Methodology and User Guide. OECD/JRC",
                "Saisana M, Saltelli A, Tarantola S (2005) Uncertainty and sensitivity analysis techniques as tools for the quality assessment of composite indicators. JRSS A 168:307-323",
                "COINr (European Commission JRC): fixed-range rescaling, means, noisy weights and uncertainty analysis",
                "NHS Long Term Plan (2019): the call for an integration index; none was published",
                "Jacobson NS, Truax P (1991) J Consult Clin Psychol 59:12-19 (reliable change); Priebe S et al. (2012) BMC Psychiatry 12:113 (DIALOG); Hibbard JH et al. (2004) Health Serv Res 39:1005-1026 (PAM)",
                "NHS England, Friends and Family Test guidance (2019); Wilson EB (1927) J Am Stat Assoc 22:209-212",
                "Lloyd H, Fosh B, Whalley B, Byng R, Close J (2019) P3CEQ validation. Int J Qual Health Care; Mercadal-Orfila G et al. (2024) Health Serv Insights, doi 10.1177/11786329241258856 (P3CEQ subscales)",
                "LG Inform Plus metric definitions 1091 (ASCOF 1A social care-related quality of life) and 10671 (ASCOF 1D carer-reported quality of life), NHS Digital",
            ]);

    }

    /// <summary>
    /// Reads index-components.csv with the index command's reader (<see cref="ComponentRows"/>); returns the problem when the file cannot be
    /// used: a required column missing, a period column, or a unit and component given twice (an error, as in the index command). Rows that
    /// cannot be read go to <paramref name="notRead"/>, in row order; a component code not in the specification is one of them.
    /// </summary>
    private static string? ReadComponents(ReportFolder folder, IndexSpecification spec, List<ComponentValue> values, List<string> notRead)
    {
        CsvTable table = folder.Csv(ComponentsFile)!;
        var rows = new ComponentRows(spec, table.Header);
        if (rows.MissingColumns.Length > 0)
        {
            return $"{ComponentsFile} has no {Text.And(rows.MissingColumns)} column; it needs unit, component and value (n and se optional), as the index command reads.";
        }

        if (rows.HasPeriods)
        {
            return $"{ComponentsFile} has a period column; the report shows one period, so give that period's rows without the column (the index command handles several periods).";
        }

        foreach (CsvRow row in table.Rows)
        {
            if (!rows.Add(row.Number, row.Cells, malformed: null))
            {
                return $"{ComponentsFile}: {rows.Duplicate} The index command refuses such a file too, because it cannot know which value is meant.";
            }
        }

        string components = string.Join(", ", spec.Components.Select(x => x.Code));
        notRead.AddRange(table.Problems);
        notRead.AddRange(rows.NotUsed.Select(r => (r.Row, Text: r.Problem))
            .Concat(rows.Unknown.Select(u => (u.Row, Text: $"component '{u.Code}' is not in the specification (its components are {components})")))
            .OrderBy(r => r.Row)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"row {r.Row}: {r.Text}")));
        values.AddRange(rows.Values);
        return null;
    }

    /// <summary>
    /// Computes the profile's components the specification has from the folder's responses, per team, and says where each came from
    /// (or why it could not be computed). Returns whether the PAM-13 calibration is made up.
    /// </summary>
    private static bool ComputeComponents(ReportFolder folder, IndexSpecification spec, List<ComponentValue> values, List<(string Code, string From)> sources)
    {
        bool madeUp = false;
        foreach ((string code, _) in Inputs.Where(i => spec.FindComponent(i.Code) is not null))
        {
            string from = code switch
            {
                IntegrationProfile.OutcomesCode => Outcomes(folder, values),
                IntegrationProfile.QualityOfLifeCode => QualityOfLife(folder, values),
                IntegrationProfile.ActivationCode => Activation(folder, values, out madeUp),
                IntegrationProfile.ExperienceCode => Experience(folder, values),
                _ => Survey(folder, code, values),
            };
            sources.Add((code, from));
        }

        // A team with no data in a component's file gets that component as missing, with the reason, rather than "no value given".
        string[] teams = [.. values.Select(v => v.Unit).Distinct(StringComparer.Ordinal)];
        foreach ((string code, string from) in sources)
        {
            string file = Inputs.First(i => i.Code == code).Files;
            string reason = from.StartsWith(NotComputed, StringComparison.Ordinal) ? from[NotComputed.Length..] : $"none of the team's people in {file}";
            values.AddRange(teams.Where(t => !values.Any(v => v.Unit == t && v.Component == code)).Select(t => new ComponentValue(t, code, null) { MissingReason = reason }));
        }

        return madeUp;
    }

    private static string Outcomes(ReportFolder folder, List<ComponentValue> values)
    {
        var pairs = new List<(string Team, ChangePair Pair)>();
        var teams = new List<string>();
        var used = new List<string>();
        var problems = new List<string>();
        if (folder.Csv(Core10Section.File) is { } table)
        {
            string[] missing = table.Missing(Forms.IdColumn, Forms.DateColumn);
            if (Forms.Bind(table, FormLayout.For(Core10.Instrument), out FormReader? reader) is { } problem)
            {
                problems.Add(problem);
            }
            else if (missing.Length > 0)
            {
                problems.Add($"{Core10Section.File} has no {Text.And(missing)} column, so change cannot be followed");
            }
            else
            {
                ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
                var episodes = ChangeReporting.Episodes([.. Forms.Read(table, reader!, [])
                    .Select(f => (f, Core10.Instrument.Score(f.Answers).Primary.ClinicalScore))]);
                teams.AddRange(episodes.Select(e => e.Team));
                pairs.AddRange(episodes.Where(e => e.Episode.Status == EpisodeStatus.Paired).Select(e => (e.Team, criteria.Classify(e.Episode.Baseline, e.Episode.FollowUp))));
                used.Add($"{Core10Section.File} (reliable change {Text.Num(criteria.ReliableChange.Threshold, "0.#")} points)");
            }
        }

        (YpCoreData? youngPeople, string? ypProblem) = YpCoreSection.Read(folder);
        if (ypProblem is not null)
        {
            problems.Add(ypProblem);
        }
        else if (youngPeople is not null)
        {
            YpCoreChange change = YpCoreSection.ClassifyChange(youngPeople);
            if (change.Rci is { } rci)
            {
                teams.AddRange(youngPeople.Episodes.Select(e => e.Team));
                pairs.AddRange(change.Pairs);
                used.Add($"{YpCoreSection.File} (reliable change {Text.Num(rci.Threshold, "0.0")} points, computed from the service's own first forms)");
            }
            else
            {
                problems.Add($"{YpCoreSection.File}: change is not classified ({change.WhyNot})");
            }
        }

        Dictionary<string, ChangeSummary> summaries = ChangeCohort.Summarise(pairs.Select(p => ((string?)p.Team, p.Pair))).ToDictionary(s => s.Group!, StringComparer.Ordinal);
        foreach (string team in teams.Distinct(StringComparer.Ordinal))
        {
            values.Add(summaries.TryGetValue(team, out ChangeSummary? summary)
                ? IntegrationProfile.OutcomesValue(team, summary)
                : new ComponentValue(team, IntegrationProfile.OutcomesCode, null) { MissingReason = "nobody has two computable scores yet" });
        }

        string found = used.Count == 0 ? NotComputed + $"there is no usable {Core10Section.File} or {YpCoreSection.File}" : "reliable improvement from " + Text.And(used);
        return found + (problems.Count > 0 ? $" ({string.Join("; ", problems)})" : "");
    }

    private static string QualityOfLife(ReportFolder folder, List<ComponentValue> values)
    {
        (List<(Form Form, DialogResponse Response)>? responses, string? problem) = DialogSection.Read(folder, []);
        if (problem is not null)
        {
            return NotComputed + $"{problem}";
        }

        if (responses is null)
        {
            return NotComputed + $"there is no {DialogSection.File} in the folder";
        }

        // One value per person: the SQOL of their latest DIALOG with one, in the team of their first form (docs/cohorts.md).
        DialogResult[] results = [.. responses.Select(r => Dialog.Score(r.Response))];
        foreach (TeamMean team in Cohort.TeamMeans(Forms.Administrations(responses.Select((r, i) => (r.Form, results[i].QualityOfLife.Mean)))))
        {
            values.Add(IntegrationProfile.QualityOfLifeValue(team.Team, team.Positions.Select(i => results[i])));
        }

        return $"mean SQOL of each person's latest DIALOG in {DialogSection.File}";
    }

    private static string Activation(ReportFolder folder, List<ComponentValue> values, out bool madeUp)
    {
        madeUp = false;
        ICalibration? calibration;
        List<(Form Form, Pam13Result Result)>? scored;
        string? missing, problem;
        try
        {
            (calibration, scored, missing, problem) = Pam13Section.Read(folder, []);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException or JsonException or FormatException)
        {
            return NotComputed + $"{Pam13Section.CalibrationFile} could not be used ({ex.Message})";
        }

        if (problem is not null || missing is not null || calibration is null || scored is null)
        {
            return NotComputed + $"{problem ?? FirstSentence(missing)}";
        }

        madeUp = Pam13Section.IsMadeUp(calibration);
        // One value per person: the score of their latest scored PAM-13, in the team of their first form (docs/cohorts.md).
        foreach (TeamMean team in Cohort.TeamMeans(Forms.Administrations(scored.Select(s => (s.Form, s.Result.Score)))))
        {
            values.Add(IntegrationProfile.ActivationValue(team.Team, team.Positions.Select(i => scored[i].Result)));
        }

        return $"mean score of each person's latest scored PAM-13 in {Pam13Section.File}, with the calibration \"{calibration.Name}\"" + (madeUp ? " (made up: not real scores)" : "");
    }

    private static string Experience(ReportFolder folder, List<ComponentValue> values)
    {
        FftQuestion question = folder.Settings.Fft.Asked;
        (CsvTable? table, List<FftPeriodCounts> rows, string? problem) = FftSection.Read(folder, question, []);
        if (problem is not null)
        {
            return NotComputed + $"{problem}";
        }

        if (table is null)
        {
            return NotComputed + $"there is no {FftSection.File} in the folder";
        }

        // A team the FFT section suppresses (strict disclosure) gives no value, as index-components leaves a suppressed row blank.
        var suppressed = FftSection.WholePeriod(rows, question).Where(r => r.HidesCounts).Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);
        foreach (IGrouping<string, FftPeriodCounts> team in rows.GroupBy(r => r.Unit, StringComparer.Ordinal).Where(t => !suppressed.Contains(t.Key)))
        {
            values.Add(IntegrationProfile.ExperienceValue(team.Key, team.Aggregate(default(FftCounts), (sum, r) => sum + r.Counts)));
        }

        return $"share positive of all responses in {FftSection.File}" + (suppressed.Count > 0 ? " (teams whose FFT figures are suppressed give none)" : "");
    }

    /// <summary>
    /// A profile 2.0 survey component (P3CEQ coordination or person-centredness, ASCOF 1D, ASCOF 1A) from its file: each form read and scored
    /// with the instrument's definition, then one score per person (their latest with one, in the team of their first form) through
    /// <see cref="SurveyComponents.TeamMeans"/> and <see cref="IntegrationProfileV2.SurveyValue"/>, as index-components does from the score
    /// command's output.
    /// </summary>
    private static string Survey(ReportFolder folder, string code, List<ComponentValue> values)
    {
        (string file, SurveyScale measure) = Surveys[code];
        if (folder.Csv(file) is not { } table)
        {
            return NotComputed + $"there is no {file} in the folder";
        }

        if (Forms.Bind(table, FormLayout.For(measure.Instrument), out FormReader? reader) is { } problem)
        {
            return NotComputed + problem;
        }

        List<Form> forms = Forms.Read(table, reader!, []);
        values.AddRange(SurveyComponents.TeamMeans(Forms.Administrations(forms.Select(f => (f, measure.ValueOf(measure.Instrument.Score(f.Answers))))), measure)
            .Select(IntegrationProfileV2.SurveyValue));
        bool share = code is IntegrationProfileV2.CoordinationCode or IntegrationProfileV2.PersonCentrednessCode;
        return $"mean {measure.Score.Name.ToLowerInvariant()} score ({Text.Num(measure.Minimum, "0")}-{Text.Num(measure.Maximum, "0")}) of each person's latest complete form in {file}"
            + (share ? ", as a share of that range" : "");
    }

    private static string FirstSentence(string? text) => text is null ? "" : text[..(text.IndexOf(". ", StringComparison.Ordinal) is int end and >= 0 ? end : text.Length)].TrimEnd('.');

    private static string Name(IndexSpecification spec, string code) => spec.FindComponent(code)?.Name ?? code;

    private static string Normalisation(IndexComponent component)
    {
        Normalisation n = component.Normalisation;
        string direction = component.Direction == IndexDirection.HigherIsBetter ? "higher is better" : "lower is better";
        return n.Method switch
        {
            NormalisationMethod.Goalposts => $"rescaled so that {Text.Num(n.Lower!.Value, "0.###")} is 0 and {Text.Num(n.Upper!.Value, "0.###")} is 100, {direction}",
            NormalisationMethod.DistanceToTarget => $"distance to the target {Text.Num(n.Target!.Value, "0.###")}, {direction}",
            _ => $"{IndexCommand.Name(n.Method)}, {direction}",
        };
    }

    /// <summary>A raw value on its own scale: shares (rescaled from 0 to 1) as percentages.</summary>
    private static string Value(IndexSpecification spec, ComponentResult c)
    {
        if (c.Value is not { } value)
        {
            return "-";
        }

        Normalisation? n = spec.FindComponent(c.Component)?.Normalisation;
        // As each measure is written in its own section: shares as percentages, 1-7 rating means (DIALOG) to two decimals, wider
        // scores (PAM-13 0-100) to one.
        return n is { Method: NormalisationMethod.Goalposts, Lower: 0, Upper: 1 } ? Text.Pct(value)
            : n is { Method: NormalisationMethod.Goalposts, Upper: <= 10 } ? Text.Num(value, "0.00")
            : Text.Num(value, "0.0");
    }

    private static string WeightsInWords(IndexSpecification spec) =>
        spec.Components.Select(c => c.Weight).Distinct().Count() == 1
            ? "with equal weights, a point of one component's normalised value makes up for a point of another's"
            : "a component with twice the weight of another needs half the change in its normalised value to move the index as much";

    private static string Availability(IndexSpecification spec) =>
        $"at least {Text.Count(spec.Availability.MinimumComponents, "component", "components")} carrying at least {Text.Pct(spec.Availability.MinimumWeightShare)} of the weight";

    private static string IndexChartName(Aggregation aggregation) => aggregation.Method switch
    {
        AggregationMethod.Arithmetic => "weighted arithmetic mean",
        AggregationMethod.Geometric => "weighted geometric mean",
        AggregationMethod.Harmonic => "weighted harmonic mean",
        _ => $"weighted power mean (p = {Text.Num(aggregation.Exponent, "0.###")})",
    };

    private static string Whole(int? value) => value is { } v ? Text.N(v) : "-";

    private static string Range(int? low, int? high) => low is { } l && high is { } h ? (l == h ? Text.N(l) : $"{Text.N(l)}-{Text.N(h)}") : "-";

    private static string Percent(double share) => Text.Num(share * 100, "0.#") + "%";

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}

/// <summary>
/// The index of one report and its uncertainty: the specification, where the values came from, the index, the sampling bootstrap, the method
/// runs and leave one out, with the settings used and how they are written.
/// </summary>
internal sealed record IndexRun(
    IndexSpecification Spec,
    bool OwnSpec,
    bool FromFile,
    IndexResult Result,
    SamplingUncertainty Sampling,
    MethodUncertainty Method,
    LeaveOneOut LeaveOneOut,
    SamplingOptions SamplingOptions,
    MethodUncertaintyOptions MethodOptions)
{
    /// <summary>Computes the index, its sampling and method uncertainty (seed, draws and runs from report.json) and leave one out.</summary>
    public static IndexRun Compute(IndexSpecification spec, bool ownSpec, bool fromFile, List<ComponentValue> values, IndexReportSettings settings)
    {
        var samplingOptions = new SamplingOptions { Seed = settings.Seed, Draws = settings.Draws };
        var methodOptions = new MethodUncertaintyOptions
        {
            Seed = settings.Seed,
            Runs = settings.Runs,
            Aggregations = UsesZScores(spec) ? [] : [Aggregation.Arithmetic, Aggregation.Geometric],
        };
        return new IndexRun(
            spec,
            ownSpec,
            fromFile,
            CompositeIndex.Compute(spec, values),
            CompositeIndex.SamplingUncertainty(spec, values, samplingOptions),
            CompositeIndex.MethodUncertainty(spec, values, methodOptions),
            CompositeIndex.LeaveOneOut(spec, values),
            samplingOptions,
            methodOptions);
    }

    /// <summary>Gets what a unit is called: a unit of index-components.csv, or a team.</summary>
    public string UnitsWord => FromFile ? "unit" : "team";

    /// <summary>Gets whether a component is normalised as z-scores (then the index is a mean of z-scores).</summary>
    public bool ZScores => UsesZScores(Spec);

    /// <summary>Gets how index values are written.</summary>
    public string Format => ZScores ? "0.00" : "0.0";

    /// <summary>Gets the sampling intervals' confidence, as a percentage.</summary>
    public string Confidence => Text.Num(SamplingOptions.Confidence * 100, "0.#") + "%";

    /// <summary>Gets the lower percentile of the method interval (for example "2.5th").</summary>
    public string LowerPercentile => Ordinal((1 - MethodOptions.Coverage) / 2 * 100);

    /// <summary>Gets the upper percentile of the method interval (for example "97.5th").</summary>
    public string UpperPercentile => Ordinal((1 + MethodOptions.Coverage) / 2 * 100);

    /// <summary>Gets the means the method runs use, in words.</summary>
    public string Aggregations => ZScores ? "the specification's mean" : "the arithmetic or the geometric mean";

    /// <summary>Gets the specification's name and version, and where it came from.</summary>
    public string Profile => $"\"{Spec.Name}\", version {Spec.Version}" + (OwnSpec ? $" (from {IndexSection.SpecFile})" : " (this library's default profile; profile 1.0 stays available by name)");

    /// <summary>Gets the units in the order the tables show them: those with an index by how many components they use (most first), then rank; then the others.</summary>
    public int[] Order =>
    [
        .. Enumerable.Range(0, Result.Units.Length).Where(i => Result.Units[i].HasIndex).OrderByDescending(i => Result.Units[i].ComponentsUsed)
            .ThenBy(i => Result.Units[i].Rank is null ? 1 : 0).ThenBy(i => Result.Units[i].Rank ?? int.MaxValue),
        .. Enumerable.Range(0, Result.Units.Length).Where(i => !Result.Units[i].HasIndex),
    ];

    private static bool UsesZScores(IndexSpecification spec) => spec.Components.Any(c => c.Normalisation.Method == NormalisationMethod.ZScore);

    private static string Ordinal(double percentile)
    {
        double p = Math.Round(percentile, 1);
        int whole = (int)p;
        string suffix = p != whole || whole % 100 is 11 or 12 or 13 ? "th" : (whole % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Text.Num(p, "0.#") + suffix;
    }
}
