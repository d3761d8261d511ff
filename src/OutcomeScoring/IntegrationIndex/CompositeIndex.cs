using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// Computes a composite index from an <see cref="IndexSpecification"/> and per-unit component values: the index, rank and
/// per-component breakdown (<see cref="Compute"/>); sampling uncertainty by parametric bootstrap (<see cref="SamplingUncertainty"/>);
/// method uncertainty by Monte Carlo over weights, normalisation and aggregation (<see cref="MethodUncertainty"/>); and
/// leave-one-component-out rank shifts (<see cref="LeaveOneOut"/>).
/// </summary>
/// <remarks>
/// <para>
/// Steps (OECD/JRC Handbook, Nardo et al. 2008): values are oriented by each component's direction and normalised (fixed goalposts
/// by default; sample-dependent methods over every unit and period together, so scores stay comparable across periods); a unit's
/// missing components are left out and the weights of those present renormalised (never imputed), and a unit whose components carry
/// less than the availability threshold gets no index, with the reason; components are aggregated (into domains, then the index, when
/// there is a domain level); units are ranked within each period, 1 = highest.
/// </para>
/// <para>
/// All randomness comes from <see cref="System.Random"/> seeded by the caller: the same data, specification and options give the same
/// numbers. Values that break the input contract (an unknown component code, a repeated unit/period/component, a value that is not
/// finite) are programmer errors and throw; missing data are results. Pure and thread-safe.
/// </para>
/// </remarks>
public static partial class CompositeIndex
{
    /// <summary>Computes the index of every unit and period.</summary>
    /// <param name="specification">The specification.</param>
    /// <param name="values">The component values, one per unit, period and component at most.</param>
    /// <returns>One result per unit and period, in order of first appearance, with the specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    /// <exception cref="ArgumentException">
    /// A value names a component the specification does not have, repeats a unit, period and component, has no unit, or has a value or
    /// standard error that is not finite (the message names the value's position, unit and component).
    /// </exception>
    [Pure]
    public static IndexResult Compute(IndexSpecification specification, IEnumerable<ComponentValue> values)
    {
        IndexModel model = IndexModel.Build(specification, values);
        int c = model.C, j = model.J, d = model.D;
        double[] normalised = new double[c * j], index = new double[c], domains = new double[Math.Max(c * d, 1)];
        int[] ranks = new int[c];
        model.Evaluate(model.Raw, model.Nominal, normalised, index, d == 0 ? null : domains);
        model.Rank(index, ranks);
        int lists = model.RankGroups.Length / Math.Max(model.PeriodCount, 1);

        var units = ImmutableArray.CreateBuilder<IndexUnitResult>(c);
        var components = ImmutableArray.CreateBuilder<ComponentResult>(j);
        var domainResults = ImmutableArray.CreateBuilder<DomainResult>(d);
        for (int cell = 0; cell < c; cell++)
        {
            bool eligible = model.Eligible[cell];
            double share = 0;
            int used = 0;
            double[] effective = EffectiveWeights(model, cell, out double[] domainShares);
            components.Clear();
            for (int k = 0; k < j; k++)
            {
                int slot = (cell * j) + k;
                bool present = model.Present[slot];
                if (present)
                {
                    share += model.NominalShare[k];
                    used++;
                }

                double? raw = double.IsNaN(model.GivenValues[slot]) ? null : model.GivenValues[slot];
                double? se = double.IsNaN(model.StandardErrors[slot]) ? null : model.StandardErrors[slot];
                double? value = present ? normalised[slot] : null;
                components.Add(new ComponentResult(
                    model.Spec.Components[k].Code,
                    raw,
                    se,
                    model.Counts[slot],
                    value,
                    effective[k],
                    model.NominalShare[k],
                    eligible && value is { } v ? effective[k] * v : null,
                    present ? ComponentMissingReason.None : model.MissingCodes[slot],
                    present ? null : model.MissingReasons[slot],
                    model.Winsorised[slot] ? model.Raw[slot] : null));
            }

            domainResults.Clear();
            for (int k = 0; k < d; k++)
            {
                double v = domains[(cell * d) + k];
                domainResults.Add(new DomainResult(
                    model.Spec.Domains[k].Code,
                    double.IsNaN(v) ? null : v,
                    domainShares[k],
                    double.IsNaN(v) ? DomainMissingReason.NoComponentPresent : DomainMissingReason.None,
                    double.IsNaN(v) ? "no component of the domain has a value" : null));
            }

            units.Add(new IndexUnitResult(
                model.Units[cell],
                model.Periods[cell],
                eligible ? index[cell] : null,
                eligible && ranks[cell] > 0 ? ranks[cell] : null,
                model.RankGroups.Length == 0 ? 0 : model.RankGroups[model.RankGroupOf[cell] >= 0 ? model.RankGroupOf[cell] : model.PeriodOf[cell] * lists].Length,
                used,
                share,
                components.ToImmutable(),
                domainResults.ToImmutable(),
                model.NoIndexCodes[cell],
                model.NoIndexReasons[cell],
                Coverage(model, cell)));
        }

        return new IndexResult(model.Spec, units.MoveToImmutable());
    }

    /// <summary>
    /// Sampling uncertainty by parametric bootstrap: in each draw every value with a standard error above 0 becomes value + SE x Z
    /// (Z standard normal, from a System.Random seeded with <see cref="SamplingOptions.Seed"/>); the index is normalised, aggregated and
    /// ranked again. Each unit's index and rank intervals are percentiles over the draws.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="values">The component values with their standard errors (values without one are held fixed).</param>
    /// <param name="options">The seed, number of draws and confidence level.</param>
    /// <returns>One interval per unit and period, in the order of <see cref="Compute"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draws are not 100 to 1,000,000, or the confidence is not strictly between 0 and 1.</exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    /// <exception cref="ArgumentException">A value breaks the input contract (see <see cref="Compute"/>).</exception>
    /// <remarks>
    /// A draw is not clamped to the component's natural range: goalposts truncate it to 0-100, the other methods take it as it is.
    /// Which components each unit has, and which units get an index, do not change between draws.
    /// </remarks>
    [Pure]
    public static SamplingUncertainty SamplingUncertainty(IndexSpecification specification, IEnumerable<ComponentValue> values, SamplingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckCount(options.Draws, nameof(SamplingOptions.Draws), SamplingOptions.MinimumDraws, SamplingOptions.MaximumDraws);
        CheckShare(options.Confidence, nameof(SamplingOptions.Confidence));
        IndexModel model = IndexModel.Build(specification, values);
        int c = model.C, j = model.J, draws = options.Draws;
        double[] normalised = new double[c * j], index = new double[c], raw = (double[])model.Raw.Clone();
        int[] ranks = new int[c];
        model.Evaluate(model.Raw, model.Nominal, normalised, index);
        model.Rank(index, ranks);
        double[] nominalIndex = (double[])index.Clone();
        int[] nominalRanks = (int[])ranks.Clone();

        // The slots that vary: present, with a standard error above 0.
        int[] varying = [.. Enumerable.Range(0, c * j).Where(s => model.Present[s] && model.StandardErrors[s] > 0)];
        double[] drawnIndex = new double[draws * c];
        int[] drawnRanks = new int[draws * c];
        var random = new Random(options.Seed);
        for (int r = 0; r < draws; r++)
        {
            // One standard normal per varying slot, in slot order (MathNet's single-value sampler: the array one allocates per call).
            for (int v = 0; v < varying.Length; v++)
            {
                int s = varying[v];
                raw[s] = model.Raw[s] + (model.StandardErrors[s] * Normal.Sample(random, 0, 1));
            }

            model.Evaluate(raw, model.Nominal, normalised, index);
            model.Rank(index, ranks);
            Array.Copy(index, 0, drawnIndex, r * c, c);
            Array.Copy(ranks, 0, drawnRanks, r * c, c);
        }

        double tail = (1 - options.Confidence) / 2;
        double[] column = new double[draws];
        int[] rankColumn = new int[draws];
        var units = ImmutableArray.CreateBuilder<UnitSamplingInterval>(c);
        for (int cell = 0; cell < c; cell++)
        {
            int heldFixed = 0;
            for (int k = 0; k < j; k++)
            {
                int slot = (cell * j) + k;
                heldFixed += model.Present[slot] && !(model.StandardErrors[slot] > 0) ? 1 : 0;
            }

            if (!model.Eligible[cell])
            {
                units.Add(new UnitSamplingInterval(model.Units[cell], model.Periods[cell], null, null, null, null, null, null, heldFixed));
                continue;
            }

            int n = 0, m = 0;
            for (int r = 0; r < draws; r++)
            {
                double x = drawnIndex[(r * c) + cell];
                if (double.IsFinite(x))
                {
                    column[n++] = x;
                }

                int rank = drawnRanks[(r * c) + cell];
                if (rank > 0)
                {
                    rankColumn[m++] = rank;
                }
            }

            Array.Sort(column, 0, n);
            Array.Sort(rankColumn, 0, m);
            units.Add(new UnitSamplingInterval(
                model.Units[cell],
                model.Periods[cell],
                nominalIndex[cell],
                n == 0 ? null : IndexMath.Quantile(column, n, tail),
                n == 0 ? null : IndexMath.Quantile(column, n, 1 - tail),
                nominalRanks[cell] > 0 ? nominalRanks[cell] : null,
                m == 0 ? null : IndexMath.RankQuantile(rankColumn, m, tail),
                m == 0 ? null : IndexMath.RankQuantile(rankColumn, m, 1 - tail),
                heldFixed));
        }

        return new SamplingUncertainty(model.Spec, options, units.MoveToImmutable());
    }

    /// <summary>
    /// Method uncertainty by Monte Carlo: each run perturbs every component and domain weight by a factor 1 + f x U (U uniform on
    /// -1 to 1) and, when alternatives are given, applies one normalisation to every component and one aggregation at every level, each
    /// drawn with equal chance; units are ranked again. Gives each unit's nominal rank, median rank, rank interval and mean absolute rank
    /// shift, and keeps every run's parameters.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="values">The component values.</param>
    /// <param name="options">The seed, number of runs, noise factor, alternatives and coverage.</param>
    /// <returns>The runs and the rank statistics per unit and period, in the order of <see cref="Compute"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The runs, noise factor or coverage are out of range.</exception>
    /// <exception cref="ArgumentException">
    /// Nothing would vary (noise factor 0 and no alternatives); an alternative repeats; goalposts or distance to target is an alternative
    /// while a component lacks its own goalposts or target; z-scores would meet a mean other than the arithmetic.
    /// </exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    [Pure]
    public static MethodUncertainty MethodUncertainty(IndexSpecification specification, IEnumerable<ComponentValue> values, MethodUncertaintyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(specification);
        CheckCount(options.Runs, nameof(MethodUncertaintyOptions.Runs), MethodUncertaintyOptions.MinimumRuns, MethodUncertaintyOptions.MaximumRuns);
        CheckShare(options.Coverage, nameof(MethodUncertaintyOptions.Coverage));
        CheckMethodOptions(specification, options);
        IndexModel model = IndexModel.Build(specification, values);
        int c = model.C, j = model.J, d = model.D, runs = options.Runs;
        double[] normalised = new double[c * j], index = new double[c];
        int[] nominalRanks = new int[c], ranks = new int[runs * c];
        model.Evaluate(model.Raw, model.Nominal, normalised, index);
        model.Rank(index, nominalRanks);

        NormalisationMethod[] normalisations = options.Normalisations.IsDefault ? [] : [.. options.Normalisations];
        Aggregation[] aggregations = options.Aggregations.IsDefault ? [] : [.. options.Aggregations];
        var random = new Random(options.Seed);
        var runList = ImmutableArray.CreateBuilder<MethodRun>(runs);
        double f = options.NoiseFactor;
        for (int r = 0; r < runs; r++)
        {
            double[] weights = new double[j], domainWeights = new double[d];
            for (int k = 0; k < j; k++)
            {
                weights[k] = model.NominalWeights[k] * (1 + (f * ((2 * random.NextDouble()) - 1)));
            }

            for (int k = 0; k < d; k++)
            {
                domainWeights[k] = model.NominalDomainWeights[k] * (1 + (f * ((2 * random.NextDouble()) - 1)));
            }

            NormalisationMethod? normalisation = normalisations.Length == 0 ? null : normalisations[random.Next(normalisations.Length)];
            Aggregation? aggregation = aggregations.Length == 0 ? null : aggregations[random.Next(aggregations.Length)];
            runList.Add(new MethodRun(r, ImmutableArray.Create(weights), ImmutableArray.Create(domainWeights), normalisation, aggregation));
            model.Evaluate(model.Raw, new RunSettings(normalisation, aggregation, weights, domainWeights, -1), normalised, index);
            model.Rank(index, ranks.AsSpan(r * c, c));
        }

        double tail = (1 - options.Coverage) / 2;
        int[] column = new int[runs];
        double[] sortedColumn = new double[runs];
        var units = ImmutableArray.CreateBuilder<UnitRankStability>(c);
        double shiftSum = 0;
        int shiftUnits = 0;
        for (int cell = 0; cell < c; cell++)
        {
            int nominal = nominalRanks[cell];
            int m = 0;
            double shift = 0;
            for (int r = 0; r < runs; r++)
            {
                int rank = ranks[(r * c) + cell];
                if (rank > 0)
                {
                    column[m++] = rank;
                    shift += Math.Abs(rank - nominal);
                }
            }

            if (nominal == 0 || m == 0)
            {
                units.Add(new UnitRankStability(model.Units[cell], model.Periods[cell], nominal == 0 ? null : nominal, null, null, null, null));
                continue;
            }

            Array.Sort(column, 0, m);
            for (int i = 0; i < m; i++)
            {
                sortedColumn[i] = column[i];
            }

            double meanShift = shift / m;
            shiftSum += meanShift;
            shiftUnits++;
            units.Add(new UnitRankStability(
                model.Units[cell],
                model.Periods[cell],
                nominal,
                IndexMath.Quantile(sortedColumn, m, 0.5),
                IndexMath.RankQuantile(column, m, tail),
                IndexMath.RankQuantile(column, m, 1 - tail),
                meanShift));
        }

        return new MethodUncertainty(model.Spec, options, runList.MoveToImmutable(), units.MoveToImmutable(), shiftUnits == 0 ? null : shiftSum / shiftUnits, ranks);
    }

    /// <summary>
    /// Leave one component out: for each component, the ranking recomputed with that component left out for every unit (the other
    /// weights renormalised) and the rank shift of each unit against the nominal ranking.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="values">The component values.</param>
    /// <returns>One entry per component, in the specification's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    /// <exception cref="ArgumentException">A value breaks the input contract (see <see cref="Compute"/>).</exception>
    [Pure]
    public static LeaveOneOut LeaveOneOut(IndexSpecification specification, IEnumerable<ComponentValue> values)
    {
        IndexModel model = IndexModel.Build(specification, values);
        int c = model.C, j = model.J;
        double[] normalised = new double[c * j], index = new double[c];
        int[] nominal = new int[c], ranks = new int[c];
        model.Evaluate(model.Raw, model.Nominal, normalised, index);
        model.Rank(index, nominal);
        var influences = ImmutableArray.CreateBuilder<ComponentInfluence>(j);
        for (int k = 0; k < j; k++)
        {
            model.Evaluate(model.Raw, model.Nominal with { Excluded = k }, normalised, index);
            model.Rank(index, ranks);
            var shifts = ImmutableArray.CreateBuilder<int?>(c);
            int compared = 0;
            double sum = 0;
            for (int cell = 0; cell < c; cell++)
            {
                if (nominal[cell] > 0 && ranks[cell] > 0)
                {
                    int shift = ranks[cell] - nominal[cell];
                    shifts.Add(shift);
                    sum += Math.Abs(shift);
                    compared++;
                }
                else
                {
                    shifts.Add(null);
                }
            }

            influences.Add(new ComponentInfluence(model.Spec.Components[k].Code, compared == 0 ? null : sum / compared, compared, shifts.MoveToImmutable()));
        }

        return new LeaveOneOut(model.Spec, influences.MoveToImmutable());
    }

    /// <summary>One cell's coverage, and what it meant for the cell's rank.</summary>
    private static IndexCoverage Coverage(IndexModel model, int cell)
    {
        IncompleteRanking rule = model.Spec.Availability.IncompleteUnits;
        string? note = !model.Eligible[cell] || model.Complete[cell] ? null : rule switch
        {
            IncompleteRanking.NotRanked => "not ranked: the specification ranks only units with every component",
            IncompleteRanking.RankedSeparately => "ranked only among units without every component, apart from complete units",
            _ => null,
        };
        return new IndexCoverage(
            model.CellCount[cell],
            model.J,
            [.. Enumerable.Range(0, model.J).Where(k => !model.Present[(cell * model.J) + k]).Select(k => model.Spec.Components[k].Code)],
            [.. model.MissingDomainIndices(cell).Select(d => model.Spec.Domains[d].Code)],
            model.D > 0,
            note);
    }

    /// <summary>Each component's weight in one cell's index, renormalised over the components (and domains) present.</summary>
    private static double[] EffectiveWeights(IndexModel model, int cell, out double[] domainShares)
    {
        int j = model.J, d = model.D;
        double[] result = new double[j];
        domainShares = new double[d];
        double[] within = new double[Math.Max(d, 1)];
        for (int k = 0; k < j; k++)
        {
            if (model.Present[(cell * j) + k])
            {
                within[d == 0 ? 0 : model.DomainOf[k]] += model.NominalWeights[k];
            }
        }

        double domainTotal = 0;
        for (int k = 0; k < d; k++)
        {
            domainTotal += within[k] > 0 ? model.NominalDomainWeights[k] : 0;
        }

        for (int k = 0; k < d; k++)
        {
            domainShares[k] = within[k] > 0 ? model.NominalDomainWeights[k] / domainTotal : 0;
        }

        for (int k = 0; k < j; k++)
        {
            if (model.Present[(cell * j) + k])
            {
                int domain = d == 0 ? 0 : model.DomainOf[k];
                result[k] = model.NominalWeights[k] / within[domain] * (d == 0 ? 1 : domainShares[domain]);
            }
        }

        return result;
    }

    private static void CheckMethodOptions(IndexSpecification specification, MethodUncertaintyOptions options, bool requireVariation = true)
    {
        if (!(double.IsFinite(options.NoiseFactor) && options.NoiseFactor >= 0 && options.NoiseFactor < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.NoiseFactor,
                string.Create(CultureInfo.InvariantCulture, $"The noise factor is {options.NoiseFactor}; it must be at least 0 and below 1 (0.25 perturbs each weight by up to 25% either way)."));
        }

        ImmutableArray<NormalisationMethod> normalisations = options.Normalisations.IsDefault ? [] : options.Normalisations;
        ImmutableArray<Aggregation> aggregations = options.Aggregations.IsDefault ? [] : options.Aggregations;
        if (requireVariation && options.NoiseFactor == 0 && normalisations.IsEmpty && aggregations.IsEmpty)
        {
            throw new ArgumentException("The method uncertainty would vary nothing: give a noise factor above 0, or normalisation or aggregation alternatives.", nameof(options));
        }

        if (normalisations.Length != normalisations.Distinct().Count() || aggregations.Length != aggregations.Distinct().Count())
        {
            throw new ArgumentException("An alternative is listed twice; each alternative must appear once (they are drawn with equal chance).", nameof(options));
        }

        if (aggregations.Any(a => a is null))
        {
            throw new ArgumentException("An aggregation alternative is null.", nameof(options));
        }

        foreach (NormalisationMethod method in normalisations)
        {
            if (!Enum.IsDefined(method))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{(int)method} is not a normalisation method."), nameof(options));
            }

            if (method is NormalisationMethod.Goalposts or NormalisationMethod.DistanceToTarget
                && specification.Components.FirstOrDefault(c => c?.Normalisation?.Method != method) is { } other)
            {
                throw new ArgumentException(
                    $"The alternative {method} uses each component's own {(method == NormalisationMethod.Goalposts ? "goalposts" : "target")}, but component '{other.Code}' has none (it uses {other.Normalisation}).",
                    nameof(options));
            }
        }

        bool zScores = normalisations.Contains(NormalisationMethod.ZScore)
            || (normalisations.IsEmpty && specification.Components.Any(c => c?.Normalisation?.Method == NormalisationMethod.ZScore));
        bool otherMeans = aggregations.IsEmpty ? !specification.IsAdditive : aggregations.Any(a => !a.IsArithmetic);
        if (zScores && otherMeans)
        {
            throw new ArgumentException("Z-scores can be negative and combine only with the arithmetic mean, but the runs would use another mean; drop one of them.", nameof(options));
        }
    }

    private static void CheckCount(int count, string name, int minimum, int maximum)
    {
        if (count < minimum || count > maximum)
        {
            throw new ArgumentOutOfRangeException(name, count, string.Create(CultureInfo.InvariantCulture, $"{name} is {count}; it must be between {minimum:N0} and {maximum:N0}."));
        }
    }

    private static void CheckShare(double share, string name)
    {
        if (!(share > 0 && share < 1))
        {
            throw new ArgumentOutOfRangeException(name, share, string.Create(CultureInfo.InvariantCulture, $"{name} is {share}; it must lie strictly between 0 and 1."));
        }
    }
}
