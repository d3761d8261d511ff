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
internal static partial class IndexCommand
{
    private static readonly string[] Known = ["unit", "component", "value", "n", "se", "period"];

    /// <summary>Computes the index for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, IndexSpecification spec, IndexTable table, SamplingOptions sampling, MethodUncertaintyOptions? method)
    {
        var rows = new Rows();
        using CsvReader reader = CsvInput.Open(input, record => rows.Malformed ??= CsvScorer.Describe(record.Reason));
        if (!CsvInput.TryReadHeader(reader, error, out string[] header))
        {
            return CliApp.UnusableInput;
        }

        int Find(string name) => CsvInput.Find(header, name);
        var columns = new Columns(Find("unit"), Find("component"), Find("value"), Find("n"), Find("se"), Find("period"));
        string[] missing = [.. new[] { ("unit", columns.Unit), ("component", columns.Component), ("value", columns.Value) }.Where(c => c.Item2 < 0).Select(c => c.Item1)];
        if (missing.Length > 0)
        {
            error.WriteLine($"error: the header lacks the column(s) {string.Join(", ", missing)}.");
            return CliApp.UnusableInput;
        }

        foreach (string unused in header.Where(h => !Known.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            error.WriteLine($"note: column '{unused.Trim()}' is not used (the index reads unit, component, value, n, se and period).");
        }

        rows.Malformed = null;
        if (!Read(reader, header.Length, columns, spec, rows, error))
        {
            return CliApp.UnusableInput;
        }

        if (rows.Unknown.Count > 0)
        {
            error.WriteLine($"error: component code(s) not in the specification '{spec.Name}' (components: {string.Join(", ", spec.Components.Select(c => c.Code))}): {string.Join(", ", rows.Unknown)}.");
            return CliApp.UnusableInput;
        }

        if (rows.Count == 0)
        {
            error.WriteLine("error: the input has no rows after the header.");
            return CliApp.UnusableInput;
        }

        return Write(output, error, spec, table, sampling, method, rows, columns.Period >= 0);
    }

    /// <summary>Where the columns the index reads stand in the header (-1 for one not given).</summary>
    private sealed record Columns(int Unit, int Component, int Value, int N, int Se, int Period);

    /// <summary>What the rows gave: units in order of first appearance with their problems, the component values, and the rows not used.</summary>
    private sealed class Rows
    {
        public string? Malformed { get; set; }

        public List<(string Unit, string? Period)> Units { get; } = [];

        public Dictionary<(string, string?), List<string>> Problems { get; } = [];

        public List<ComponentValue> Values { get; } = [];

        public Dictionary<(string, string?, string), int> FirstRow { get; } = [];

        public List<string> Unknown { get; } = [];

        public int Count { get; set; }

        public int NotUsed { get; set; }
    }

    /// <summary>Reads every row; <see langword="false"/> (after the message) when two rows give the same unit, period and component.</summary>
    private static bool Read(CsvReader reader, int fields, Columns columns, IndexSpecification spec, Rows rows, TextWriter error)
    {
        bool periods = columns.Period >= 0;
        while (reader.Read())
        {
            int row = ++rows.Count;
            string[] record = reader.Current.ToArray();
            string Cell(int column) => column >= 0 && column < record.Length ? record[column].Trim() : "";
            string unit = Cell(columns.Unit), component = Cell(columns.Component), period = Cell(columns.Period);
            string? problem = rows.Malformed is not null ? $"malformed CSV ({rows.Malformed})"
                : record.Length != fields ? string.Create(CultureInfo.InvariantCulture, $"row has {record.Length} fields but the header has {fields}")
                : unit.Length == 0 ? "no unit"
                : periods && period.Length == 0 ? "no period"
                : component.Length == 0 ? "no component"
                : null;
            rows.Malformed = null;
            (string, string?) key = (unit, periods ? period : null);
            if (unit.Length > 0 && (!periods || period.Length > 0) && !rows.Problems.ContainsKey(key))
            {
                rows.Problems[key] = [];
                rows.Units.Add(key);
            }

            if (problem is null && spec.FindComponent(component) is null)
            {
                rows.Unknown.Add(string.Create(CultureInfo.InvariantCulture, $"'{component}' (row {row})"));
                continue;
            }

            if (problem is null && !rows.FirstRow.TryAdd((unit, key.Item2, component), row))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: rows {rows.FirstRow[(unit, key.Item2, component)]} and {row} both give unit '{unit}'{(periods ? $", period '{period}'" : "")}, component '{component}'; give one row per unit{(periods ? ", period" : "")} and component."));
                return false;
            }

            double? value = null, se = null;
            long? n = null;
            problem ??= ReadNumbers(Cell(columns.Value), Cell(columns.N), Cell(columns.Se), out value, out n, out se);
            if (problem is not null)
            {
                NotUsed(rows, row, key, component, problem, record.Length == fields, spec, error);
                continue;
            }

            rows.Values.Add(new ComponentValue(unit, component, value, se, n)
            {
                Period = key.Item2,
                MissingReason = value is null ? string.Create(CultureInfo.InvariantCulture, $"blank value (row {row})") : null,
            });
        }

        return true;
    }

    /// <summary>Reads a row's value, n and se (each may be blank); the first that cannot be read is the problem.</summary>
    private static string? ReadNumbers(string v, string nCell, string seCell, out double? value, out long? n, out double? se)
    {
        value = se = null;
        n = null;
        double parsedValue = 0, parsedSe = 0;
        long parsedN = 0;
        if (v.Length > 0 && !(double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out parsedValue) && double.IsFinite(parsedValue)))
        {
            return $"value '{v}' is not a number";
        }

        if (nCell.Length > 0 && !long.TryParse(nCell, NumberStyles.None, CultureInfo.InvariantCulture, out parsedN))
        {
            return $"n '{nCell}' is not a whole number, 0 or more";
        }

        if (seCell.Length > 0 && !(double.TryParse(seCell, NumberStyles.Float, CultureInfo.InvariantCulture, out parsedSe) && double.IsFinite(parsedSe) && parsedSe >= 0))
        {
            return $"se '{seCell}' is not a number, 0 or more";
        }

        value = v.Length > 0 ? parsedValue : null;
        n = nCell.Length > 0 ? parsedN : null;
        se = seCell.Length > 0 ? parsedSe : null;
        return null;
    }

    /// <summary>A row not used: reported, kept as its unit's problem, and (once per unit and component) a missing component value.</summary>
    private static void NotUsed(Rows rows, int row, (string Unit, string? Period) key, string component, string problem, bool fieldsMatch, IndexSpecification spec, TextWriter error)
    {
        rows.NotUsed++;
        string message = string.Create(CultureInfo.InvariantCulture, $"row {row}: {problem}");
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}{(key.Unit.Length > 0 ? $" ({key.Unit})" : "")}: {problem}; not used"));
        if (rows.Problems.TryGetValue(key, out List<string>? list))
        {
            list.Add(message);
            if (spec.FindComponent(component) is not null && fieldsMatch && (rows.FirstRow.TryAdd((key.Unit, key.Period, component), row) || rows.FirstRow[(key.Unit, key.Period, component)] == row))
            {
                rows.Values.Add(new ComponentValue(key.Unit, component, null) { Period = key.Period, MissingReason = message });
            }
        }
    }

    /// <summary>Writes the table asked for and the closing note; a specification that does not fit the data is an unusable input.</summary>
    private static int Write(TextWriter output, TextWriter error, IndexSpecification spec, IndexTable table, SamplingOptions sampling, MethodUncertaintyOptions? method, Rows rows, bool periods)
    {
        try
        {
            using CsvWriter writer = CsvInput.CreateWriter(output);
            string? note = table switch
            {
                IndexTable.Details => WriteDetails(writer, spec, rows.Values, rows.Units, periods),
                IndexTable.MethodUncertainty => WriteMethod(writer, spec, rows.Values, rows.Units, periods, method!),
                IndexTable.LeaveOneOut => WriteLeaveOneOut(writer, spec, rows.Values),
                _ => WriteSummary(writer, spec, rows.Values, rows.Units, rows.Problems, periods, sampling),
            };
            writer.Flush();
            if (rows.NotUsed > 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {rows.NotUsed} of {rows.Count} rows were not used (see above); their components count as missing."));
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
}
