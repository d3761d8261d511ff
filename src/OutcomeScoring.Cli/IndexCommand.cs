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
}

/// <summary>
/// <c>index</c>: a composite index per unit from one row per unit x component (<c>unit,component,value,n,se</c>, optional
/// <c>period</c>), with sampling intervals, and optionally the per-component breakdown, method uncertainty or leave-one-out
/// (a contract, docs/cli.md).
/// </summary>
internal static class IndexCommand
{
    private static readonly string[] Known = ["unit", "component", "value", "n", "se", "period"];

    /// <summary>Computes the index for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, IndexSpecification spec, IndexTable table, SamplingOptions sampling, MethodUncertaintyOptions? method)
    {
        string? malformed = null;
        using CsvReader reader = CsvInput.Open(input, record => malformed ??= CsvScorer.Describe(record.Reason));
        if (!CsvInput.TryReadHeader(reader, error, out string[] header))
        {
            return CliApp.UnusableInput;
        }

        int Find(string name) => CsvInput.Find(header, name);
        int unitColumn = Find("unit"), componentColumn = Find("component"), valueColumn = Find("value"), nColumn = Find("n"), seColumn = Find("se"), periodColumn = Find("period");
        string[] missing = [.. new[] { ("unit", unitColumn), ("component", componentColumn), ("value", valueColumn) }.Where(c => c.Item2 < 0).Select(c => c.Item1)];
        if (missing.Length > 0)
        {
            error.WriteLine($"error: the header lacks the column(s) {string.Join(", ", missing)}.");
            return CliApp.UnusableInput;
        }

        foreach (string unused in header.Where(h => !Known.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            error.WriteLine($"note: column '{unused.Trim()}' is not used (the index reads unit, component, value, n, se and period).");
        }

        bool periods = periodColumn >= 0;
        var units = new List<(string Unit, string? Period)>();
        var problems = new Dictionary<(string, string?), List<string>>();
        var values = new List<ComponentValue>();
        var firstRow = new Dictionary<(string, string?, string), int>();
        var unknown = new List<string>();
        int row = 0, notUsed = 0;
        malformed = null;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string Cell(int column) => column >= 0 && column < record.Length ? record[column].Trim() : "";
            string unit = Cell(unitColumn), component = Cell(componentColumn), period = Cell(periodColumn);
            string? problem = malformed is not null ? $"malformed CSV ({malformed})"
                : record.Length != header.Length ? string.Create(CultureInfo.InvariantCulture, $"row has {record.Length} fields but the header has {header.Length}")
                : unit.Length == 0 ? "no unit"
                : periods && period.Length == 0 ? "no period"
                : component.Length == 0 ? "no component"
                : null;
            malformed = null;
            (string, string?) key = (unit, periods ? period : null);
            if (unit.Length > 0 && (!periods || period.Length > 0) && !problems.ContainsKey(key))
            {
                problems[key] = [];
                units.Add(key);
            }

            if (problem is null && spec.FindComponent(component) is null)
            {
                unknown.Add(string.Create(CultureInfo.InvariantCulture, $"'{component}' (row {row})"));
                continue;
            }

            if (problem is null && !firstRow.TryAdd((unit, key.Item2, component), row))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: rows {firstRow[(unit, key.Item2, component)]} and {row} both give unit '{unit}'{(periods ? $", period '{period}'" : "")}, component '{component}'; give one row per unit{(periods ? ", period" : "")} and component."));
                return CliApp.UnusableInput;
            }

            double? value = null, se = null;
            long? n = null;
            if (problem is null)
            {
                string v = Cell(valueColumn), nCell = Cell(nColumn), seCell = Cell(seColumn);
                double parsedValue = 0, parsedSe = 0;
                long parsedN = 0;
                if (v.Length > 0 && !(double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out parsedValue) && double.IsFinite(parsedValue)))
                {
                    problem = $"value '{v}' is not a number";
                }
                else if (nCell.Length > 0 && !long.TryParse(nCell, NumberStyles.None, CultureInfo.InvariantCulture, out parsedN))
                {
                    problem = $"n '{nCell}' is not a whole number, 0 or more";
                }
                else if (seCell.Length > 0 && !(double.TryParse(seCell, NumberStyles.Float, CultureInfo.InvariantCulture, out parsedSe) && double.IsFinite(parsedSe) && parsedSe >= 0))
                {
                    problem = $"se '{seCell}' is not a number, 0 or more";
                }
                else
                {
                    value = v.Length > 0 ? parsedValue : null;
                    n = nCell.Length > 0 ? parsedN : null;
                    se = seCell.Length > 0 ? parsedSe : null;
                }
            }

            if (problem is not null)
            {
                notUsed++;
                string message = string.Create(CultureInfo.InvariantCulture, $"row {row}: {problem}");
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}{(unit.Length > 0 ? $" ({unit})" : "")}: {problem}; not used"));
                if (problems.TryGetValue(key, out List<string>? list))
                {
                    list.Add(message);
                    if (spec.FindComponent(component) is not null && record.Length == header.Length && (firstRow.TryAdd((unit, key.Item2, component), row) || firstRow[(unit, key.Item2, component)] == row))
                    {
                        values.Add(new ComponentValue(unit, component, null) { Period = key.Item2, MissingReason = message });
                    }
                }

                continue;
            }

            values.Add(new ComponentValue(unit, component, value, se, n)
            {
                Period = key.Item2,
                MissingReason = value is null ? string.Create(CultureInfo.InvariantCulture, $"blank value (row {row})") : null,
            });
        }

        if (unknown.Count > 0)
        {
            error.WriteLine($"error: component code(s) not in the specification '{spec.Name}' (components: {string.Join(", ", spec.Components.Select(c => c.Code))}): {string.Join(", ", unknown)}.");
            return CliApp.UnusableInput;
        }

        if (row == 0)
        {
            error.WriteLine("error: the input has no rows after the header.");
            return CliApp.UnusableInput;
        }

        try
        {
            using CsvWriter writer = CsvInput.CreateWriter(output);
            string? note = table switch
            {
                IndexTable.Details => WriteDetails(writer, spec, values, units, periods),
                IndexTable.MethodUncertainty => WriteMethod(writer, spec, values, units, periods, method!),
                IndexTable.LeaveOneOut => WriteLeaveOneOut(writer, spec, values),
                _ => WriteSummary(writer, spec, values, units, problems, periods, sampling),
            };
            writer.Flush();
            if (notUsed > 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {notUsed} of {row} rows were not used (see above); their components count as missing."));
            }

            error.WriteLine($"note: specification '{spec.Name}' version {spec.Version}. {note} Comparisons of units are exploratory.");
            return 0;
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CliApp.UnusableInput;
        }
    }

    private static string WriteSummary(CsvWriter writer, IndexSpecification spec, List<ComponentValue> values, List<(string Unit, string? Period)> units, Dictionary<(string, string?), List<string>> problems, bool periods, SamplingOptions sampling)
    {
        IndexResult result = CompositeIndex.Compute(spec, values);
        SamplingUncertainty intervals = CompositeIndex.SamplingUncertainty(spec, values, sampling);
        var at = new Dictionary<(string, string?), int>();
        for (int i = 0; i < result.Units.Length; i++)
        {
            at[(result.Units[i].Unit, result.Units[i].Period)] = i;
        }

        CsvInput.WriteRecord(writer, [.. Lead(periods), "unit", "index", "index_lower", "index_upper", "rank", "rank_lower", "rank_upper", "components_used", "error"]);
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
                if (u.Explanation is { } reason)
                {
                    messages.Add($"no index: {reason}");
                }
            }
            else
            {
                for (int c = 0; c < 6; c++)
                {
                    writer.WriteField("");
                }

                writer.WriteField("0");
                messages.Add("no index: no usable row");
            }

            writer.WriteField(string.Join("; ", messages));
            writer.EndRecord();
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"Sampling intervals ({sampling.Confidence:0.###} confidence) from {sampling.Draws} draws with seed {sampling.Seed}; {heldFixed} component value(s) of units with an index had no standard error and were held fixed.");
    }

    private static string WriteDetails(CsvWriter writer, IndexSpecification spec, List<ComponentValue> values, List<(string Unit, string? Period)> units, bool periods)
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

    private static string WriteMethod(CsvWriter writer, IndexSpecification spec, List<ComponentValue> values, List<(string Unit, string? Period)> units, bool periods, MethodUncertaintyOptions options)
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

    private static string WriteLeaveOneOut(CsvWriter writer, IndexSpecification spec, List<ComponentValue> values)
    {
        LeaveOneOut result = CompositeIndex.LeaveOneOut(spec, values);
        CsvInput.WriteRecord(writer, ["component", "mean_abs_rank_shift", "units_compared"]);
        foreach (ComponentInfluence influence in result.Components)
        {
            CsvInput.WriteRecord(writer, [influence.Component, RowScorer.Number(influence.MeanAbsoluteRankShift), RowScorer.Whole(influence.UnitsCompared)]);
        }

        return "Leave one out: each component dropped in turn (the other weights renormalised); ranks compared with the nominal ranking within each period.";
    }

    private static string[] Lead(bool periods) => periods ? ["period"] : [];

    /// <summary>The command-line name of a normalisation method.</summary>
    public static string Name(NormalisationMethod method) => method switch
    {
        NormalisationMethod.Goalposts => "goalposts",
        NormalisationMethod.MinMax => "min-max",
        NormalisationMethod.ZScore => "z-score",
        NormalisationMethod.PercentileRank => "percentile-rank",
        _ => "distance-to-target",
    };
}
