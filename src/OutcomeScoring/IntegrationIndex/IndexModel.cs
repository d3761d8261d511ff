using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Statistics;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>How one evaluation of the index differs from the specification (Monte Carlo runs, leave one out).</summary>
/// <param name="Normalisation">A method applied to every component instead of its own, or <see langword="null"/> for each component's own.</param>
/// <param name="Aggregation">The aggregation at every level instead of the specification's, or <see langword="null"/>.</param>
/// <param name="Weights">Component weights (specification order).</param>
/// <param name="DomainWeights">Domain weights (specification order; empty without domains).</param>
/// <param name="Excluded">A component left out for every unit, or -1.</param>
internal readonly record struct RunSettings(NormalisationMethod? Normalisation, Aggregation? Aggregation, double[] Weights, double[] DomainWeights, int Excluded);

/// <summary>
/// A specification and its data compiled into flat arrays: one cell per unit and period (in order of first appearance), one slot
/// per cell and component. Which components each cell has, and which cells get an index, are decided once from the data and the
/// nominal specification; every evaluation (nominal, bootstrap draw, Monte Carlo run, leave one out) reuses them and the work buffers,
/// so the loops allocate nothing. Not thread-safe: one model per call.
/// </summary>
internal sealed class IndexModel
{
    private readonly double[] _keys;
    private readonly int[] _items;
    private readonly double[] _values;
    private readonly double[] _weights;
    private readonly double[] _domainValues;
    private readonly double[] _domainWeights;

    private IndexModel(IndexSpecification spec, List<(string Unit, string? Period)> cells, int periods)
    {
        Spec = spec;
        J = spec.Components.Length;
        D = spec.HasDomains ? spec.Domains.Length : 0;
        C = cells.Count;
        Units = [.. cells.Select(c => c.Unit)];
        Periods = [.. cells.Select(c => c.Period)];
        Raw = new double[C * J];
        Array.Fill(Raw, double.NaN);
        StandardErrors = new double[C * J];
        Array.Fill(StandardErrors, double.NaN);
        Counts = new long?[C * J];
        Given = new bool[C * J];
        Present = new bool[C * J];
        MissingCodes = new ComponentMissingReason[C * J];
        MissingReasons = new string?[C * J];
        Eligible = new bool[C];
        GivenValues = new double[C * J];
        Array.Fill(GivenValues, double.NaN);
        Winsorised = new bool[C * J];
        CellShare = new double[C];
        CellCount = new int[C];
        Complete = new bool[C];
        MissingRequired = new string?[C];
        NoIndexCodes = new NoIndexReason[C];
        NoIndexReasons = new string?[C];
        DomainOf = new int[J];
        Sign = new double[J];
        NominalWeights = new double[J];
        NominalDomainWeights = new double[D];
        NominalShare = new double[J];
        PeriodCount = periods;
        _keys = new double[C];
        _items = new int[C];
        _values = new double[Math.Max(J, D)];
        _weights = new double[Math.Max(J, D)];
        _domainValues = new double[Math.Max(D, 1)];
        _domainWeights = new double[Math.Max(D, 1)];
    }

    public IndexSpecification Spec { get; }

    /// <summary>Gets the number of components.</summary>
    public int J { get; }

    /// <summary>Gets the number of domains (0 without a domain level).</summary>
    public int D { get; }

    /// <summary>Gets the number of cells (unit and period).</summary>
    public int C { get; }

    public int PeriodCount { get; }

    public string[] Units { get; }

    public string?[] Periods { get; }

    /// <summary>Gets the raw values, cell-major (NaN when none was given).</summary>
    public double[] Raw { get; }

    public double[] StandardErrors { get; }

    public long?[] Counts { get; }

    /// <summary>Gets whether a value was given (even if it is then left out, for example for a small count).</summary>
    public bool[] Given { get; }

    /// <summary>Gets whether the slot takes part in the index.</summary>
    public bool[] Present { get; }

    /// <summary>Gets why each slot is missing (<see cref="ComponentMissingReason.None"/> when present).</summary>
    public ComponentMissingReason[] MissingCodes { get; }

    /// <summary>Gets why each slot is missing, in words (<see langword="null"/> when present).</summary>
    public string?[] MissingReasons { get; }

    public bool[] Eligible { get; }

    /// <summary>Gets the raw values as given, before any winsorising (NaN when none was given).</summary>
    public double[] GivenValues { get; }

    /// <summary>Gets whether each slot's raw value was clamped by the winsorising rule (<see cref="Raw"/> then holds the treated value).</summary>
    public bool[] Winsorised { get; }

    /// <summary>Gets each cell's share of the nominal weight among its present components.</summary>
    public double[] CellShare { get; }

    /// <summary>Gets each cell's number of present components.</summary>
    public int[] CellCount { get; }

    /// <summary>Gets whether each cell has every component (full coverage).</summary>
    public bool[] Complete { get; }

    /// <summary>Gets each cell's required pillars with no component present, as a list, or <see langword="null"/>.</summary>
    public string?[] MissingRequired { get; }

    /// <summary>Gets each cell's ranking list in <see cref="RankGroups"/>, or -1 when it is not ranked.</summary>
    public int[] RankGroupOf { get; private set; } = [];

    /// <summary>Gets why each cell has no index (<see cref="NoIndexReason.None"/> when it has one).</summary>
    public NoIndexReason[] NoIndexCodes { get; }

    /// <summary>Gets why each cell has no index, in words (<see langword="null"/> when it has one).</summary>
    public string?[] NoIndexReasons { get; }

    public int[] DomainOf { get; }

    public double[] Sign { get; }

    public double[] NominalWeights { get; }

    public double[] NominalDomainWeights { get; }

    /// <summary>Gets each component's share of the total weight when every component is present.</summary>
    public double[] NominalShare { get; }

    /// <summary>Gets the ranking lists: the cells of each period that get an index, split by coverage as the specification says.</summary>
    public int[][] RankGroups { get; private set; } = [];

    /// <summary>Gets the cells of each period.</summary>
    public int[] PeriodOf { get; private set; } = [];

    public RunSettings Nominal => new(null, null, NominalWeights, NominalDomainWeights, -1);

    /// <summary>Compiles the specification and values; throws for values that break the contract (unknown code, duplicate, not finite).</summary>
    public static IndexModel Build(IndexSpecification spec, IEnumerable<ComponentValue> values)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(values);
        spec.Validate();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < spec.Components.Length; j++)
        {
            codes[spec.Components[j].Code] = j;
        }

        var cellOf = new Dictionary<(string, string?), int>();
        var cells = new List<(string Unit, string? Period)>();
        var periodOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var cellPeriods = new List<int>();
        var rows = new List<(int Cell, int Component, ComponentValue Value, int Position)>();
        var seen = new Dictionary<(int, int), int>();
        int position = 0;
        foreach (ComponentValue value in values)
        {
            int at = position++;
            string where = string.Create(CultureInfo.InvariantCulture, $"Value {at}");
            if (string.IsNullOrWhiteSpace(value.Unit))
            {
                throw new ArgumentException($"{where} has no unit.", nameof(values));
            }

            where = string.Create(CultureInfo.InvariantCulture, $"Value {at} (unit '{value.Unit}'{(value.Period is null ? "" : $", period '{value.Period}'")}, component '{value.Component}')");
            if (value.Component is null || !codes.TryGetValue(value.Component, out int j))
            {
                throw new ArgumentException(
                    $"{where}: component '{value.Component}' is not in the specification '{spec.Name}' (components: {string.Join(", ", spec.Components.Select(c => c.Code))}).",
                    nameof(values));
            }

            if (value.Period is { } p && string.IsNullOrWhiteSpace(p))
            {
                throw new ArgumentException($"{where}: the period is blank; give a period or null.", nameof(values));
            }

            if (value.Value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{where}: the value is {v}; it must be finite (or null when missing)."), nameof(values));
            }

            if (value.StandardError is { } se && !(double.IsFinite(se) && se >= 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{where}: the standard error is {se}; it must be a finite number, 0 or more (or null when unknown)."), nameof(values));
            }

            if (value.Count is < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{where}: the count is {value.Count}; it must be 0 or more (or null when unknown)."), nameof(values));
            }

            if (value.MissingReason is not null && value.Value is not null)
            {
                throw new ArgumentException($"{where}: a missing reason ('{value.MissingReason}') goes only with a missing (null) value.", nameof(values));
            }

            if (!cellOf.TryGetValue((value.Unit, value.Period), out int cell))
            {
                cell = cells.Count;
                cellOf[(value.Unit, value.Period)] = cell;
                cells.Add((value.Unit, value.Period));
                string periodKey = value.Period ?? "";
                if (!periodOf.TryGetValue(periodKey, out int period))
                {
                    period = periodOf.Count;
                    periodOf[periodKey] = period;
                }

                cellPeriods.Add(period);
            }

            if (!seen.TryAdd((cell, j), at))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Values {seen[(cell, j)]} and {at} both give unit '{value.Unit}'{(value.Period is null ? "" : $", period '{value.Period}'")}, component '{value.Component}'; give one value per unit, period and component."),
                    nameof(values));
            }

            rows.Add((cell, j, value, at));
        }

        var model = new IndexModel(spec, cells, periodOf.Count) { PeriodOf = [.. cellPeriods] };
        model.Load(rows);
        return model;
    }

    private void Load(List<(int Cell, int Component, ComponentValue Value, int Position)> rows)
    {
        foreach ((int cell, int j, ComponentValue value, _) in rows)
        {
            int slot = (cell * J) + j;
            Given[slot] = true;
            Counts[slot] = value.Count;
            MissingReasons[slot] = value.MissingReason;
            if (value.Value is { } v)
            {
                Raw[slot] = v;
                GivenValues[slot] = v;
                StandardErrors[slot] = value.StandardError ?? double.NaN;
            }
        }

        // Weights and shares with every component present.
        double totalDomain = 0;
        for (int d = 0; d < D; d++)
        {
            NominalDomainWeights[d] = Spec.Domains[d].Weight;
            totalDomain += NominalDomainWeights[d];
        }

        for (int j = 0; j < J; j++)
        {
            IndexComponent component = Spec.Components[j];
            Sign[j] = (int)component.Direction;
            NominalWeights[j] = component.Weight;
            DomainOf[j] = D == 0 ? -1 : Spec.Domains.IndexOf(Spec.Domains.First(d => string.Equals(d.Code, component.Domain, StringComparison.OrdinalIgnoreCase)));
        }

        for (int j = 0; j < J; j++)
        {
            double within = 0;
            for (int k = 0; k < J; k++)
            {
                within += DomainOf[k] == DomainOf[j] ? NominalWeights[k] : 0;
            }

            NominalShare[j] = NominalWeights[j] / within * (D == 0 ? 1 : NominalDomainWeights[DomainOf[j]] / totalDomain);
        }

        // Which slots take part: a value, a large enough count, and a normalisation defined for the data.
        for (int slot = 0; slot < Present.Length; slot++)
        {
            IndexComponent component = Spec.Components[slot % J];
            if (double.IsNaN(Raw[slot]))
            {
                (MissingCodes[slot], MissingReasons[slot]) = MissingReasons[slot] is { } given ? (ComponentMissingReason.GivenAsMissing, given)
                    : Given[slot] ? (ComponentMissingReason.NoValue, "no value")
                    : (ComponentMissingReason.NotGiven, "no value given");
                continue;
            }

            if (component.MinimumCount is { } minimum && Counts[slot] is null)
            {
                MissingCodes[slot] = ComponentMissingReason.NoCount;
                MissingReasons[slot] = string.Create(CultureInfo.InvariantCulture, $"no count (n) given; the component needs n of at least {minimum}");
                continue;
            }

            if (component.MinimumCount is { } least && Counts[slot] < least)
            {
                MissingCodes[slot] = ComponentMissingReason.CountBelowMinimum;
                MissingReasons[slot] = string.Create(CultureInfo.InvariantCulture, $"n = {Counts[slot]} is below the component's minimum count of {least}");
                continue;
            }

            Present[slot] = true;
        }

        double[] normalised = new double[C * J];
        for (int j = 0; j < J; j++)
        {
            if (Normalise(j, Raw, Spec.Components[j].Normalisation.Method, normalised) is { } undefined)
            {
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        Present[slot] = false;
                        MissingCodes[slot] = ComponentMissingReason.NormalisationUndefined;
                        MissingReasons[slot] = undefined;
                    }
                }
            }
        }

        Winsorise();

        // The availability threshold, with the nominal weights, and the pillars a unit must have.
        for (int c = 0; c < C; c++)
        {
            double share = 0;
            int count = 0;
            for (int j = 0; j < J; j++)
            {
                if (Present[(c * J) + j])
                {
                    share += NominalShare[j];
                    count++;
                }
            }

            CellShare[c] = share;
            CellCount[c] = count;
            Complete[c] = count == J;
            MissingRequired[c] = MissingRequiredDomains(c);
            NoIndexReason code = Check(c, Spec.Availability.MinimumWeightShare, out string? reason);
            NoIndexCodes[c] = code;
            NoIndexReasons[c] = reason;
            Eligible[c] = code == NoIndexReason.None;
        }

        RankGroups = Groups(Eligible, out int[] groupOf);
        RankGroupOf = groupOf;
    }

    /// <summary>The availability rule for cell <paramref name="c"/> with a minimum weight share (the specification's, or a sensitivity alternative).</summary>
    public NoIndexReason Check(int c, double minimumShare, out string? reason)
    {
        NoIndexReason code = (Spec.Availability with { MinimumWeightShare = minimumShare }).Check(CellCount[c], CellShare[c], out reason, () => PresentCodes(c));
        if (code == NoIndexReason.None && MissingRequired[c] is { } missing)
        {
            reason = $"pillar(s) the specification requires have no component present: {missing}";
            return NoIndexReason.RequiredDomainMissing;
        }

        return code;
    }

    /// <summary>
    /// The ranking lists: per period, the eligible cells, split by coverage as the specification says (complete and incomplete cells
    /// apart, or incomplete cells not ranked at all). <paramref name="groupOf"/> gives each cell's list, or -1.
    /// </summary>
    public int[][] Groups(bool[] eligible, out int[] groupOf)
    {
        IncompleteRanking rule = Spec.Availability.IncompleteUnits;
        int lists = rule == IncompleteRanking.RankedSeparately ? 2 : 1;
        var groups = new List<int>[PeriodCount * lists];
        for (int g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
        }

        groupOf = new int[C];
        for (int c = 0; c < C; c++)
        {
            groupOf[c] = -1;
            if (eligible[c] && (Complete[c] || rule != IncompleteRanking.NotRanked))
            {
                groupOf[c] = (PeriodOf[c] * lists) + (lists == 2 && !Complete[c] ? 1 : 0);
                groups[groupOf[c]].Add(c);
            }
        }

        return [.. groups.Select(g => g.ToArray())];
    }

    /// <summary>Clamps each component's present raw values to the winsorising quantiles (MathNet, type 7), recording each treated value.</summary>
    private void Winsorise()
    {
        if (Spec.Winsorising is not { } rule)
        {
            return;
        }

        for (int j = 0; j < J; j++)
        {
            double[] present = [.. Enumerable.Range(0, C).Select(c => (c * J) + j).Where(s => Present[s]).Select(s => Raw[s])];
            if (present.Length == 0)
            {
                continue;
            }

            double lower = Statistics.QuantileCustom(present, rule.Share, QuantileDefinition.R7);
            double upper = Statistics.QuantileCustom(present, 1 - rule.Share, QuantileDefinition.R7);
            for (int c = 0; c < C; c++)
            {
                int slot = (c * J) + j;
                if (Present[slot] && (Raw[slot] < lower || Raw[slot] > upper))
                {
                    Raw[slot] = Math.Clamp(Raw[slot], lower, upper);
                    Winsorised[slot] = true;
                }
            }
        }
    }

    /// <summary>The required pillars of cell <paramref name="c"/> with no component present, as a list of codes, or <see langword="null"/>.</summary>
    private string? MissingRequiredDomains(int c)
    {
        ImmutableArray<string> required = Spec.Availability.RequiredDomains;
        if (required.IsDefaultOrEmpty)
        {
            return null;
        }

        HashSet<string> absent = new(MissingDomainIndices(c).Select(d => Spec.Domains[d].Code), StringComparer.OrdinalIgnoreCase);
        string[] missing = [.. required.Where(absent.Contains)];
        return missing.Length == 0 ? null : string.Join(", ", missing);
    }

    /// <summary>The domains of cell <paramref name="c"/> with no component present (none without a domain level).</summary>
    public IEnumerable<int> MissingDomainIndices(int c) =>
        Enumerable.Range(0, D).Where(d => !Enumerable.Range(0, J).Any(j => DomainOf[j] == d && Present[(c * J) + j]));

    private string PresentCodes(int c) =>
        string.Join(", ", Enumerable.Range(0, J).Where(j => Present[(c * J) + j]).Select(j => Spec.Components[j].Code));

    /// <summary>
    /// Normalises component <paramref name="j"/> of every present cell from <paramref name="raw"/> into <paramref name="output"/>, with
    /// <paramref name="method"/> (each component's own parameters); returns why it is undefined for these data, or <see langword="null"/>.
    /// </summary>
    public string? Normalise(int j, double[] raw, NormalisationMethod method, double[] output)
    {
        IndexComponent component = Spec.Components[j];
        double sign = Sign[j];
        switch (method)
        {
            case NormalisationMethod.Goalposts:
            {
                double lower = component.Normalisation.Lower!.Value, upper = component.Normalisation.Upper!.Value, span = upper - lower;
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        double x = raw[slot];
                        output[slot] = Math.Clamp(100 * (sign > 0 ? x - lower : upper - x) / span, 0, 100);
                    }
                }

                return null;
            }

            case NormalisationMethod.MinMax:
            {
                double min = double.PositiveInfinity, max = double.NegativeInfinity;
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        double y = sign * raw[slot];
                        min = Math.Min(min, y);
                        max = Math.Max(max, y);
                    }
                }

                if (!(max > min))
                {
                    return double.IsInfinity(min) ? null : "every unit and period has the same value, so min-max normalisation is undefined";
                }

                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        output[slot] = 100 * ((sign * raw[slot]) - min) / (max - min);
                    }
                }

                return null;
            }

            case NormalisationMethod.ZScore:
            {
                int n = 0;
                double sum = 0;
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        sum += sign * raw[slot];
                        n++;
                    }
                }

                if (n < 2)
                {
                    return n == 0 ? null : "only one unit and period has a value, so z-scores are undefined";
                }

                double mean = sum / n, squares = 0;
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        double d = (sign * raw[slot]) - mean;
                        squares += d * d;
                    }
                }

                double sd = Math.Sqrt(squares / (n - 1));
                if (!(sd > 0))
                {
                    return "every unit and period has the same value, so z-scores are undefined";
                }

                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        output[slot] = ((sign * raw[slot]) - mean) / sd;
                    }
                }

                return null;
            }

            case NormalisationMethod.PercentileRank:
            {
                int m = 0;
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        _keys[m] = sign * raw[slot];
                        _items[m++] = slot;
                    }
                }

                if (m < 2)
                {
                    return m == 0 ? null : "only one unit and period has a value, so percentile ranks are undefined";
                }

                Array.Sort(_keys, _items, 0, m);
                for (int i = 0; i < m;)
                {
                    int k = i + 1;
                    while (k < m && _keys[k] == _keys[i])
                    {
                        k++;
                    }

                    // Mid-rank of the tied run i..k-1 (0-based), scaled so the lowest is 0 and the highest 100.
                    double percentile = 100 * ((i + k - 1) / 2.0) / (m - 1);
                    for (int t = i; t < k; t++)
                    {
                        output[_items[t]] = percentile;
                    }

                    i = k;
                }

                return null;
            }

            default:
            {
                double target = sign * component.Normalisation.Target!.Value, worst = double.PositiveInfinity;
                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        worst = Math.Min(worst, sign * raw[slot]);
                    }
                }

                for (int c = 0; c < C; c++)
                {
                    int slot = (c * J) + j;
                    if (Present[slot])
                    {
                        double y = sign * raw[slot];
                        output[slot] = y >= target ? 100 : 100 * (y - worst) / (target - worst);
                    }
                }

                return null;
            }
        }
    }

    /// <summary>
    /// Evaluates the index of every eligible cell (NaN for the others) from <paramref name="raw"/> with <paramref name="settings"/>;
    /// fills <paramref name="normalised"/> and, when given, <paramref name="domainValues"/> (cell-major, NaN when missing).
    /// </summary>
    /// <param name="raw">The raw values.</param>
    /// <param name="settings">The run's settings.</param>
    /// <param name="normalised">Receives the normalised values.</param>
    /// <param name="index">Receives the index of each cell.</param>
    /// <param name="domainValues">Receives the domain values, when given.</param>
    /// <param name="eligible">Which cells get an index, when not <see cref="Eligible"/> (a sensitivity run with another threshold).</param>
    public void Evaluate(double[] raw, in RunSettings settings, double[] normalised, double[] index, double[]? domainValues = null, bool[]? eligible = null)
    {
        for (int j = 0; j < J; j++)
        {
            NormalisationMethod method = settings.Normalisation ?? Spec.Components[j].Normalisation.Method;
            if (j == settings.Excluded || Normalise(j, raw, method, normalised) is not null)
            {
                for (int c = 0; c < C; c++)
                {
                    normalised[(c * J) + j] = double.NaN;
                }
            }
        }

        Aggregation top = settings.Aggregation ?? Spec.Aggregation;
        Aggregation within = settings.Aggregation ?? Spec.EffectiveDomainAggregation;
        for (int c = 0; c < C; c++)
        {
            if (domainValues is not null)
            {
                for (int d = 0; d < D; d++)
                {
                    domainValues[(c * D) + d] = double.NaN;
                }
            }

            if (!Eligible[c] && domainValues is null)
            {
                index[c] = double.NaN;
                continue;
            }

            double value;
            if (D == 0)
            {
                int n = 0;
                for (int j = 0; j < J; j++)
                {
                    double x = normalised[(c * J) + j];
                    if (Present[(c * J) + j] && !double.IsNaN(x))
                    {
                        _values[n] = x;
                        _weights[n++] = settings.Weights[j];
                    }
                }

                value = n == 0 ? double.NaN : IndexMath.Mean(_values, _weights, n, top);
            }
            else
            {
                int present = 0;
                for (int d = 0; d < D; d++)
                {
                    int n = 0;
                    for (int j = 0; j < J; j++)
                    {
                        double x = normalised[(c * J) + j];
                        if (DomainOf[j] == d && Present[(c * J) + j] && !double.IsNaN(x))
                        {
                            _values[n] = x;
                            _weights[n++] = settings.Weights[j];
                        }
                    }

                    if (n > 0)
                    {
                        double domain = IndexMath.Mean(_values, _weights, n, within);
                        if (domainValues is not null)
                        {
                            domainValues[(c * D) + d] = domain;
                        }

                        _domainValues[present] = domain;
                        _domainWeights[present++] = settings.DomainWeights[d];
                    }
                }

                value = present == 0 ? double.NaN : IndexMath.Mean(_domainValues, _domainWeights, present, top);
            }

            index[c] = (eligible ?? Eligible)[c] ? value : double.NaN;
        }
    }

    /// <summary>Ranks the cells of each period by <paramref name="index"/> (1 = highest; 0 = no rank).</summary>
    public void Rank(double[] index, Span<int> ranks) => IndexMath.Rank(index, RankGroups, ranks, _keys, _items);

    /// <summary>Ranks the cells of each of <paramref name="groups"/> by <paramref name="index"/> (1 = highest; 0 = no rank).</summary>
    public void Rank(double[] index, int[][] groups, Span<int> ranks) => IndexMath.Rank(index, groups, ranks, _keys, _items);
}
