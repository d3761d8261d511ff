using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>The variance-based sensitivity analysis of the ranks (<see cref="Sensitivity"/>).</summary>
public static partial class CompositeIndex
{
    /// <summary>
    /// Variance-based sensitivity of each unit's rank to each uncertain choice that varies (weights, normalisation, aggregation,
    /// availability threshold): first-order and total-effect indices by the Saltelli/Jansen estimators over a seeded Saltelli design of
    /// N x (d + 2) runs.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="values">The component values.</param>
    /// <param name="options">The seed, N, noise factor and alternatives.</param>
    /// <returns>The indices per unit and choice, and their means over the units.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">N, the noise factor or a weight share is out of range.</exception>
    /// <exception cref="ArgumentException">
    /// Nothing would vary; a list has one alternative or repeats one; goalposts or distance to target is an alternative while a component
    /// lacks its own; z-scores would meet a mean other than the arithmetic.
    /// </exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    /// <remarks>
    /// Each run draws every choice independently (the uniform inputs of the design map to a weight factor 1 + f(2u - 1) per weight and to
    /// an alternative per list, each with equal chance), recomputes which units get an index under the run's threshold (with the
    /// nominal weights), ranks them in their coverage lists, and records each nominally ranked unit's rank; a unit that loses its index
    /// takes the rank after the last one ranked in its list. Units not ranked nominally get no indices.
    /// </remarks>
    [Pure]
    public static SensitivityAnalysis Sensitivity(IndexSpecification specification, IEnumerable<ComponentValue> values, SensitivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(specification);
        CheckCount(options.BaseSamples, nameof(SensitivityOptions.BaseSamples), SensitivityOptions.MinimumBaseSamples, SensitivityOptions.MaximumBaseSamples);
        ImmutableArray<SensitivityChoice> choices = CheckSensitivityOptions(specification, options);
        IndexModel model = IndexModel.Build(specification, values);
        int c = model.C, j = model.J, d = model.D;
        double[] normalised = new double[c * j], index = new double[c];
        int[] nominal = new int[c], ranks = new int[c];
        model.Evaluate(model.Raw, model.Nominal, normalised, index);
        model.Rank(index, nominal);

        NormalisationMethod[] normalisations = [.. options.Normalisations.IsDefault ? [] : options.Normalisations];
        Aggregation[] aggregations = [.. options.Aggregations.IsDefault ? [] : options.Aggregations];
        double[] shares = [.. options.WeightShares.IsDefault ? [] : options.WeightShares];
        int[] sizes = [.. choices.Select(choice => choice == SensitivityChoice.Weights ? j + d : 1)];
        double[] weights = new double[j], domainWeights = new double[d];
        bool[] eligible = new bool[c];
        void Run(double[] u, double[] output)
        {
            Array.Copy(model.NominalWeights, weights, j);
            Array.Copy(model.NominalDomainWeights, domainWeights, d);
            (NormalisationMethod? normalisation, Aggregation? aggregation, double share) = Draw(u, choices, options.NoiseFactor, weights, domainWeights, normalisations, aggregations, shares);
            share = double.IsNaN(share) ? model.Spec.Availability.MinimumWeightShare : share;
            for (int cell = 0; cell < c; cell++)
            {
                eligible[cell] = model.Check(cell, share, out _) == NoIndexReason.None;
            }

            int[][] groups = model.Groups(eligible, out _);
            model.Evaluate(model.Raw, new RunSettings(normalisation, aggregation, weights, domainWeights, -1), normalised, index, null, eligible);
            model.Rank(index, groups, ranks);
            for (int cell = 0; cell < c; cell++)
            {
                int list = model.RankGroupOf[cell];
                output[cell] = list < 0 ? 0 : ranks[cell] > 0 ? ranks[cell] : groups[list].Count(x => ranks[x] > 0) + 1;
            }
        }

        SobolEstimator.Estimate[] estimates = SobolEstimator.Run(sizes, c, Run, options.BaseSamples, new Random(options.Seed), out double[] variances);
        return Summarise(model, options, choices, nominal, estimates, variances);
    }

    /// <summary>
    /// One run's choices from its uniform inputs, in the order of <paramref name="choices"/>: perturbs the weights in place and picks the
    /// alternatives (NaN for the share when the threshold does not vary).
    /// </summary>
    private static (NormalisationMethod? Normalisation, Aggregation? Aggregation, double Share) Draw(
        double[] u, ImmutableArray<SensitivityChoice> choices, double noise, double[] weights, double[] domainWeights, NormalisationMethod[] normalisations, Aggregation[] aggregations, double[] shares)
    {
        int at = 0;
        (NormalisationMethod? normalisation, Aggregation? aggregation, double share) = (null, null, double.NaN);
        foreach (SensitivityChoice choice in choices)
        {
            switch (choice)
            {
                case SensitivityChoice.Weights:
                    for (int k = 0; k < weights.Length + domainWeights.Length; k++)
                    {
                        double factor = 1 + (noise * ((2 * u[at++]) - 1));
                        if (k < weights.Length)
                        {
                            weights[k] *= factor;
                        }
                        else
                        {
                            domainWeights[k - weights.Length] *= factor;
                        }
                    }

                    break;
                case SensitivityChoice.Normalisation:
                    normalisation = normalisations[Pick(u[at++], normalisations.Length)];
                    break;
                case SensitivityChoice.Aggregation:
                    aggregation = aggregations[Pick(u[at++], aggregations.Length)];
                    break;
                default:
                    share = shares[Pick(u[at++], shares.Length)];
                    break;
            }
        }

        return (normalisation, aggregation, share);
    }

    /// <summary>An alternative's position from a uniform input on [0, 1).</summary>
    private static int Pick(double u, int count) => Math.Min((int)(u * count), count - 1);

    private static SensitivityAnalysis Summarise(IndexModel model, SensitivityOptions options, ImmutableArray<SensitivityChoice> choices, int[] nominal, SobolEstimator.Estimate[] estimates, double[] variances)
    {
        int d = choices.Length;
        static double? Finite(double x) => double.IsFinite(x) ? x : null;
        var units = ImmutableArray.CreateBuilder<UnitSensitivity>(model.C);
        for (int cell = 0; cell < model.C; cell++)
        {
            bool ranked = nominal[cell] > 0;
            ImmutableArray<ChoiceSensitivity> indices = [.. choices.Select((choice, g) =>
            {
                SobolEstimator.Estimate e = estimates[(cell * d) + g];
                return ranked ? new ChoiceSensitivity(choice, Finite(e.FirstOrder), Finite(e.TotalEffect), Finite(e.FirstOrderError), Finite(e.TotalEffectError))
                    : new ChoiceSensitivity(choice, null, null, null, null);
            })];
            string? explanation = !ranked ? "not ranked in the nominal ranking, so no rank to analyse"
                : indices.All(i => i.FirstOrder is null) ? "the rank is the same in every run, so no choice changes it"
                : null;
            units.Add(new UnitSensitivity(model.Units[cell], model.Periods[cell], ranked ? nominal[cell] : null, ranked ? variances[cell] : null, indices, explanation));
        }

        ImmutableArray<UnitSensitivity> built = units.MoveToImmutable();
        ImmutableArray<ChoiceSensitivity> means = [.. choices.Select((choice, g) =>
        {
            ChoiceSensitivity[] with = [.. built.Select(u => u.Choices[g]).Where(x => x.FirstOrder is not null)];
            return with.Length == 0 ? new ChoiceSensitivity(choice, null, null, null, null)
                : new ChoiceSensitivity(choice, with.Average(x => x.FirstOrder!.Value), with.Average(x => x.TotalEffect!.Value), with.Average(x => x.FirstOrderError!.Value), with.Average(x => x.TotalEffectError!.Value));
        })];
        return new SensitivityAnalysis(model.Spec, options, choices, options.BaseSamples * (d + 2), built, means);
    }

    /// <summary>The choices that vary, in order; throws for settings that do nothing or cannot work.</summary>
    private static ImmutableArray<SensitivityChoice> CheckSensitivityOptions(IndexSpecification specification, SensitivityOptions options)
    {
        ImmutableArray<NormalisationMethod> normalisations = options.Normalisations.IsDefault ? [] : options.Normalisations;
        ImmutableArray<Aggregation> aggregations = options.Aggregations.IsDefault ? [] : options.Aggregations;
        ImmutableArray<double> shares = options.WeightShares.IsDefault ? [] : options.WeightShares;
        foreach ((string name, int count) in new[] { ("normalisation", normalisations.Length), ("aggregation", aggregations.Length), ("availability-threshold", shares.Length) })
        {
            if (count == 1)
            {
                throw new ArgumentException($"One {name} alternative was given; a choice varies only with two or more alternatives (list the specification's own too).", nameof(options));
            }
        }

        foreach (double share in shares)
        {
            if (!(share > 0 && share <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(options), share, string.Create(CultureInfo.InvariantCulture, $"A minimum weight share alternative is {share}; each must be above 0 and at most 1."));
            }
        }

        if (shares.Length != shares.Distinct().Count())
        {
            throw new ArgumentException("An availability-threshold alternative is listed twice; each alternative must appear once (they are drawn with equal chance).", nameof(options));
        }

        if (options.NoiseFactor == 0 && normalisations.IsEmpty && aggregations.IsEmpty && shares.IsEmpty)
        {
            throw new ArgumentException("The sensitivity analysis would vary nothing: give a noise factor above 0, or two or more normalisation, aggregation or availability-threshold alternatives.", nameof(options));
        }

        CheckMethodOptions(specification, new MethodUncertaintyOptions { Seed = options.Seed, NoiseFactor = options.NoiseFactor, Normalisations = normalisations, Aggregations = aggregations }, requireVariation: false);
        var choices = ImmutableArray.CreateBuilder<SensitivityChoice>();
        if (options.NoiseFactor > 0)
        {
            choices.Add(SensitivityChoice.Weights);
        }

        if (!normalisations.IsEmpty)
        {
            choices.Add(SensitivityChoice.Normalisation);
        }

        if (!aggregations.IsEmpty)
        {
            choices.Add(SensitivityChoice.Aggregation);
        }

        if (!shares.IsEmpty)
        {
            choices.Add(SensitivityChoice.AvailabilityThreshold);
        }

        return choices.ToImmutable();
    }
}
