using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using OutcomeScoring.Change;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>The multivariate check (<see cref="Correlations"/>).</summary>
public static partial class CompositeIndex
{
    /// <summary>
    /// The multivariate check before aggregating: per pillar (domain), the Pearson correlations of its components' normalised values and
    /// Cronbach's alpha of its components (every component as one group without domains). Winsorising, when specified, applies first.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="values">The component values.</param>
    /// <returns>The correlations and alpha per pillar.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    /// <exception cref="ArgumentException">A value breaks the input contract (see <see cref="Compute"/>).</exception>
    [Pure]
    public static MultivariateCheck Correlations(IndexSpecification specification, IEnumerable<ComponentValue> values)
    {
        IndexModel model = IndexModel.Build(specification, values);
        int c = model.C, j = model.J;
        double[] normalised = new double[c * j], index = new double[c];
        model.Evaluate(model.Raw, model.Nominal, normalised, index);
        double? At(int cell, int k) => model.Present[(cell * j) + k] && double.IsFinite(normalised[(cell * j) + k]) ? normalised[(cell * j) + k] : null;

        IEnumerable<(string? Domain, int[] Members)> groups = model.D == 0
            ? [(null, [.. Enumerable.Range(0, j)])]
            : Enumerable.Range(0, model.D).Select(d => ((string?)model.Spec.Domains[d].Code, Enumerable.Range(0, j).Where(k => model.DomainOf[k] == d).ToArray()));
        var pillars = ImmutableArray.CreateBuilder<PillarCorrelations>();
        foreach ((string? domain, int[] members) in groups)
        {
            int m = members.Length;
            var correlations = new double?[m * m];
            int[] pairs = new int[m * m];
            for (int a = 0; a < m; a++)
            {
                for (int b = 0; b < m; b++)
                {
                    int[] both = [.. Enumerable.Range(0, c).Where(cell => At(cell, members[a]) is not null && At(cell, members[b]) is not null)];
                    pairs[(a * m) + b] = both.Length;
                    double[] x = [.. both.Select(cell => At(cell, members[a])!.Value)], y = [.. both.Select(cell => At(cell, members[b])!.Value)];
                    double r = both.Length < 3 ? double.NaN : MathNet.Numerics.Statistics.Correlation.Pearson(x, y);
                    correlations[(a * m) + b] = double.IsFinite(r) ? Math.Clamp(r, -1, 1) : null;
                }
            }

            CronbachAlphaResult alpha = Reliability.CronbachAlpha(Enumerable.Range(0, c).Select(cell => (IReadOnlyList<double?>)[.. members.Select(k => At(cell, k))]));
            pillars.Add(new PillarCorrelations(domain, [.. members.Select(k => model.Spec.Components[k].Code)], [.. correlations], [.. pairs], alpha));
        }

        return new MultivariateCheck(model.Spec, pillars.ToImmutable());
    }
}
