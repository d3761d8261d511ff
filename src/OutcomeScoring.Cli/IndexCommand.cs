using System.Globalization;
using CsvHelper;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli;

/// <summary>Which table <c>index</c> writes.</summary>
internal enum IndexTable
{
    /// <summary>One row per unit: index, intervals, rank, rank interval (the default).</summary>
    Summary,

    /// <summary>One row per unit and component (<c>--details</c>).</summary>
    Details,

    /// <summary>One row per unit: rank stability over method runs (<c>--method-uncertainty</c>).</summary>
    MethodUncertainty,

    /// <summary>One row per component: rank shifts when it is left out (<c>--leave-one-out</c>).</summary>
    LeaveOneOut,

    /// <summary>One row per unit and choice: first-order and total-effect sensitivity indices of the rank (<c>--sensitivity</c>).</summary>
    Sensitivity,

    /// <summary>One row per pillar and pair of components, and per pillar for alpha (<c>--correlations</c>).</summary>
    Correlations,
}

/// <summary>
/// <c>index</c>: a composite index per unit from one row per unit x component (<c>unit,component,value,n,se</c>, optional
/// <c>period</c>), with sampling intervals, and optionally the per-component breakdown, method uncertainty or leave-one-out
/// (a contract, docs/cli.md).
/// </summary>
internal static partial class IndexCommand
{
    /// <summary>Computes the index for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, IndexSpecification spec, IndexTable table, SamplingOptions sampling, MethodUncertaintyOptions? method, SensitivityOptions? sensitivity = null)
    {
        string? malformed = null;
        using CsvReader reader = CsvInput.Open(input, record => malformed ??= CsvScorer.Describe(record.Reason));
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        var rows = new ComponentRows(spec, header);
        if (rows.MissingColumns.Length > 0)
        {
            error.WriteLine($"error: {CsvInput.LacksMessage(rows.MissingColumns, header)}");
            return CliApp.UnusableInput;
        }

        foreach (string unused in header.Where(h => !ComponentRows.Known.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            error.WriteLine($"note: column '{unused.Trim()}' is not used (the index reads unit, component, value, n, se and period).");
        }

        int row = 0, reported = 0;
        malformed = null;
        while (reader.Read())
        {
            row++;
            bool usable = rows.Add(row, reader.Current.ToArray(), malformed);
            malformed = null;
            for (; reported < rows.NotUsed.Count; reported++)
            {
                (int at, string unit, string problem) = rows.NotUsed[reported];
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {at}{(unit.Length > 0 ? $" ({unit})" : "")}: {problem}; not used"));
            }

            if (!usable)
            {
                error.WriteLine($"error: {rows.Duplicate}");
                return CliApp.UnusableInput;
            }
        }

        if (rows.Unknown.Count > 0)
        {
            string unknown = string.Join(", ", rows.Unknown.Select(u => string.Create(CultureInfo.InvariantCulture, $"'{u.Code}' (row {u.Row})")));
            error.WriteLine($"error: component code(s) not in the specification '{spec.Name}' (components: {string.Join(", ", spec.Components.Select(c => c.Code))}): {unknown}.");
            return CliApp.UnusableInput;
        }

        if (row == 0)
        {
            error.WriteLine("error: the input has no rows after the header.");
            return CliApp.UnusableInput;
        }

        return Write(output, error, spec, table, sampling, method, sensitivity, rows, row);
    }

    /// <summary>Writes the table asked for and the closing notes; a value the library refuses is an unusable input.</summary>
    private static int Write(TextWriter output, TextWriter error, IndexSpecification spec, IndexTable table, SamplingOptions sampling, MethodUncertaintyOptions? method, SensitivityOptions? sensitivity, ComponentRows rows, int row)
    {
        bool periods = rows.HasPeriods;
        try
        {
            using CsvOutput writer = CsvInput.CreateWriter(output);
            string? note = table switch
            {
                IndexTable.Details => WriteDetails(writer, spec, rows.Values, rows.Units, periods),
                IndexTable.MethodUncertainty => WriteMethod(writer, spec, rows.Values, rows.Units, periods, method!),
                IndexTable.LeaveOneOut => WriteLeaveOneOut(writer, spec, rows.Values),
                IndexTable.Sensitivity => WriteSensitivity(writer, spec, rows.Values, periods, sensitivity!),
                IndexTable.Correlations => WriteCorrelations(writer, spec, rows.Values),
                _ => WriteSummary(writer, spec, rows.Values, rows.Units, rows.Problems, periods, sampling),
            };
            writer.Flush();
            if (rows.NotUsed.Count > 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {rows.NotUsed.Count} of {row} rows were not used (see above); their components count as missing."));
            }

            error.WriteLine($"note: specification '{spec.Name}' version {spec.Version}{(spec.Winsorising is { } w ? $", {w}" : "")}. {note} Comparisons of units are exploratory.");
            if (spec.AspectsMeasured != CareAspects.None && !spec.AspectsMeasured.HasFlag(CareAspects.Anticipatory))
            {
                error.WriteLine("note: no component measures anticipatory care (no validated measure of it was found), so the index says nothing about it.");
            }

            return 0;
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CliApp.UnusableInput;
        }
    }

    private static string WriteSummary(CsvOutput writer, IndexSpecification spec, List<ComponentValue> values, List<(string Unit, string? Period)> units, Dictionary<(string, string?), List<string>> problems, bool periods, SamplingOptions sampling)
    {
        IndexResult result = CompositeIndex.Compute(spec, values);
        SamplingUncertainty intervals = CompositeIndex.SamplingUncertainty(spec, values, sampling);
        var at = new Dictionary<(string, string?), int>();
        for (int i = 0; i < result.Units.Length; i++)
        {
            at[(result.Units[i].Unit, result.Units[i].Period)] = i;
        }

        CsvInput.WriteRecord(writer, [.. Lead(periods), "unit", "index", "index_lower", "index_upper", "rank", "rank_lower", "rank_upper", "components_used", "coverage", "error"]);
        int heldFixed = 0;
        foreach ((string unit, string? period) in units)
        {
            if (periods)
            {
                writer.WriteField(period);
            }

            writer.WriteField(unit);
            List<string> messages = [.. problems[(unit, period)]];
            if (at.TryGetValue((unit, period), out int i))
            {
                IndexUnitResult u = result.Units[i];
                UnitSamplingInterval s = intervals.Units[i];
                heldFixed += u.HasIndex ? s.ComponentsHeldFixed : 0;
                writer.WriteField(RowScorer.Number(u.Index));
                writer.WriteField(RowScorer.Number(s.IndexLower));
                writer.WriteField(RowScorer.Number(s.IndexUpper));
                writer.WriteField(RowScorer.Whole(u.Rank));
                writer.WriteField(RowScorer.Whole(s.RankLower));
                writer.WriteField(RowScorer.Whole(s.RankUpper));
                writer.WriteField(RowScorer.Whole(u.ComponentsUsed));
                writer.WriteField(u.Coverage.Text);
                if (u.Explanation is { } reason)
                {
                    messages.Add($"no index: {reason}");
                }

                if (u.Coverage.RankingNote is { } note)
                {
                    messages.Add(note);
                }
            }
            else
            {
                for (int c = 0; c < 6; c++)
                {
                    writer.WriteField("");
                }

                writer.WriteField("0");
                writer.WriteField(string.Create(CultureInfo.InvariantCulture, $"0 of {spec.Components.Length} components"));
                messages.Add("no index: no usable row");
            }

            writer.WriteField(string.Join("; ", messages));
            writer.EndRecord();
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"Sampling intervals ({sampling.Confidence:0.###} confidence) from {sampling.Draws} draws with seed {sampling.Seed}; {heldFixed} component value(s) of units with an index had no standard error and were held fixed.");
    }

    private static string WriteDetails(CsvOutput writer, IndexSpecification spec, List<ComponentValue> values, List<(string Unit, string? Period)> units, bool periods)
    {
        IndexResult result = CompositeIndex.Compute(spec, values);
        CsvInput.WriteRecord(writer, [.. Lead(periods), "unit", "component", "value", "normalised", "weight", "contribution", "missing_reason"]);
        foreach ((string unit, string? period) in units)
        {
            IndexUnitResult? u = result.Find(unit, period);
            foreach (IndexComponent component in spec.Components)
            {
                if (periods)
                {
                    writer.WriteField(period);
                }

                writer.WriteField(unit);
                writer.WriteField(component.Code);
                ComponentResult? c = u?.Components.First(x => x.Component == component.Code);
                writer.WriteField(RowScorer.Number(c?.Value));
                writer.WriteField(RowScorer.Number(c?.Normalised));
                writer.WriteField(RowScorer.Number(c?.Weight ?? 0));
                writer.WriteField(RowScorer.Number(c?.Contribution));
                writer.WriteField(c?.Explanation ?? (u is null ? "no usable row" : ""));
                writer.EndRecord();
            }
        }

        return result.IsAdditive
            ? "Contributions (weight x normalised value) sum to each unit's index."
            : "The specification uses a mean other than the arithmetic, so contributions (weight x normalised value) do not sum to the index.";
    }

    private static string WriteMethod(CsvOutput writer, IndexSpecification spec, List<ComponentValue> values, List<(string Unit, string? Period)> units, bool periods, MethodUncertaintyOptions options)
    {
        MethodUncertainty result = CompositeIndex.MethodUncertainty(spec, values, options);
        var at = result.Units.Select((u, i) => (u, i)).ToDictionary(x => (x.u.Unit, x.u.Period), x => x.u);
        CsvInput.WriteRecord(writer, [.. Lead(periods), "unit", "nominal_rank", "median_rank", "rank_lower", "rank_upper", "mean_abs_rank_shift"]);
        foreach ((string unit, string? period) in units)
        {
            if (periods)
            {
                writer.WriteField(period);
            }

            writer.WriteField(unit);
            at.TryGetValue((unit, period), out UnitRankStability s);
            writer.WriteField(RowScorer.Whole(s.NominalRank));
            writer.WriteField(RowScorer.Number(s.MedianRank));
            writer.WriteField(RowScorer.Whole(s.RankLower));
            writer.WriteField(RowScorer.Whole(s.RankUpper));
            writer.WriteField(RowScorer.Number(s.MeanAbsoluteRankShift));
            writer.EndRecord();
        }

        string normalisations = options.Normalisations.IsEmpty ? "each component's own normalisation" : $"normalisations {string.Join(", ", options.Normalisations.Select(Name))}";
        string aggregations = options.Aggregations.IsEmpty ? "the specification's aggregation" : $"aggregations {string.Join(", ", options.Aggregations)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Method uncertainty from {options.Runs} runs with seed {options.Seed}: weight noise {options.NoiseFactor:0.###}, {normalisations}, {aggregations}; rank interval {(1 - options.Coverage) / 2 * 100:0.#}th-{(1 + options.Coverage) / 2 * 100:0.#}th percentile; mean absolute rank shift over all units {RowScorer.Number(result.MeanAbsoluteRankShift)}.");
    }

    private static string WriteLeaveOneOut(CsvOutput writer, IndexSpecification spec, List<ComponentValue> values)
    {
        LeaveOneOut result = CompositeIndex.LeaveOneOut(spec, values);
        CsvInput.WriteRecord(writer, ["component", "mean_abs_rank_shift", "units_compared"]);
        foreach (ComponentInfluence influence in result.Components)
        {
            CsvInput.WriteRecord(writer, [influence.Component, RowScorer.Number(influence.MeanAbsoluteRankShift), RowScorer.Whole(influence.UnitsCompared)]);
        }

        return "Leave one out: each component dropped in turn (the other weights renormalised); ranks compared with the nominal ranking within each period.";
    }

    private static string WriteSensitivity(CsvOutput writer, IndexSpecification spec, List<ComponentValue> values, bool periods, SensitivityOptions options)
    {
        SensitivityAnalysis result = CompositeIndex.Sensitivity(spec, values, options);
        CsvInput.WriteRecord(writer, [.. Lead(periods), "unit", "nominal_rank", "choice", "first_order", "first_order_se", "total_effect", "total_effect_se", "note"]);
        foreach (UnitSensitivity unit in result.Units)
        {
            foreach (ChoiceSensitivity choice in unit.Choices)
            {
                if (periods)
                {
                    writer.WriteField(unit.Period);
                }

                writer.WriteField(unit.Unit);
                writer.WriteField(RowScorer.Whole(unit.NominalRank));
                writer.WriteField(ChoiceName(choice.Choice));
                writer.WriteField(RowScorer.Number(choice.FirstOrder));
                writer.WriteField(RowScorer.Number(choice.FirstOrderError));
                writer.WriteField(RowScorer.Number(choice.TotalEffect));
                writer.WriteField(RowScorer.Number(choice.TotalEffectError));
                writer.WriteField(unit.Explanation ?? "");
                writer.EndRecord();
            }
        }

        string means = string.Join(", ", result.Means.Select(m => $"{ChoiceName(m.Choice)} {RowScorer.Number(m.FirstOrder)} / {RowScorer.Number(m.TotalEffect)}"));
        string shares = options.WeightShares.IsDefaultOrEmpty ? "" : $", availability thresholds {string.Join(", ", options.WeightShares.Select(x => x.ToString(CultureInfo.InvariantCulture)))}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Variance-based sensitivity of each unit's rank (Saltelli first order, Jansen total effect) from {result.Runs} runs (N = {options.BaseSamples}) with seed {options.Seed}: weight noise {options.NoiseFactor:0.###}{(options.Normalisations.IsDefaultOrEmpty ? "" : $", normalisations {string.Join(", ", options.Normalisations.Select(Name))}")}{(options.Aggregations.IsDefaultOrEmpty ? "" : $", aggregations {string.Join(", ", options.Aggregations)}")}{shares}; mean first order / total effect over units: {means}.");
    }

    private static string WriteCorrelations(CsvOutput writer, IndexSpecification spec, List<ComponentValue> values)
    {
        MultivariateCheck result = CompositeIndex.Correlations(spec, values);
        CsvInput.WriteRecord(writer, ["pillar", "statistic", "component", "other", "value", "units", "note"]);
        foreach (PillarCorrelations pillar in result.Pillars)
        {
            int k = pillar.Components.Length;
            for (int a = 0; a < k; a++)
            {
                for (int b = a + 1; b < k; b++)
                {
                    double? r = pillar.Correlations[(a * k) + b];
                    CsvInput.WriteRecord(writer, [pillar.Domain ?? "", "pearson", pillar.Components[a], pillar.Components[b], RowScorer.Number(r), RowScorer.Whole(pillar.Pairs[(a * k) + b]), r is null ? "fewer than 3 units with both, or a value that does not vary" : ""]);
                }
            }

            CsvInput.WriteRecord(writer, [pillar.Domain ?? "", "cronbach_alpha", string.Join(" ", pillar.Components), "", RowScorer.Number(pillar.Alpha.Alpha), RowScorer.Whole(pillar.Alpha.CompleteCaseCount), pillar.Alpha.Explanation ?? ""]);
        }

        return "Pearson correlations of the normalised, oriented components within each pillar (units and periods with both values) and Cronbach's alpha of each pillar's components (units and periods with all of them): check them before aggregating (OECD/JRC Handbook).";
    }

    /// <summary>The command-line name of a sensitivity choice.</summary>
    private static string ChoiceName(SensitivityChoice choice) => choice switch
    {
        SensitivityChoice.Weights => "weights",
        SensitivityChoice.Normalisation => "normalisation",
        SensitivityChoice.Aggregation => "aggregation",
        _ => "availability-threshold",
    };

    private static string[] Lead(bool periods) => periods ? ["period"] : [];
}
