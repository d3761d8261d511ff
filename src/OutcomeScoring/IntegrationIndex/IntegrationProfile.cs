using System.Collections.Immutable;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// The library's documented default profile for an integration index per unit (team, service) and period, built from this
/// library's measures: outcomes (share of CORE-10 / YP-CORE episodes with reliable improvement), quality of life (mean DIALOG SQOL),
/// activation (mean PAM-13 score) and experience (FFT % positive), each normalised with goalposts at its natural range, equal weights,
/// the weighted arithmetic mean, and a unit needing at least two components that carry at least half the weight. Also the helpers that
/// turn library results into component values with standard errors.
/// </summary>
/// <remarks>
/// <para>
/// The NHS Long Term Plan (2019) asked for an integration index from the point of view of patients, carers and the public; none with
/// fixed domains, items or weights was published. This profile is therefore the project's documented starting point, not an NHS
/// measure: its choices and their reasons are in docs/integration-index.md, and its <see cref="Version"/> is recorded in every result.
/// Add caller-supplied components (for example a coordination survey item, given as value, n and standard error) with
/// <c>Specification with { Components = [.. Specification.Components, myComponent] }</c>.
/// </para>
/// <para>
/// PAM-13 scores need a licensed calibration (none is shipped); without one, drop the activation component. Sources: composite sheet;
/// Nardo et al. 2008; change, DIALOG, activation and FFT sheets for the measures. Immutable and thread-safe.
/// </para>
/// </remarks>
public static class IntegrationProfile
{
    /// <summary>The profile's version, recorded in every result computed with it.</summary>
    public const string Version = "1.0";

    /// <summary>The code of the outcomes component.</summary>
    public const string OutcomesCode = "outcomes";

    /// <summary>The code of the quality-of-life component.</summary>
    public const string QualityOfLifeCode = "quality_of_life";

    /// <summary>The code of the activation component.</summary>
    public const string ActivationCode = "activation";

    /// <summary>The code of the experience component.</summary>
    public const string ExperienceCode = "experience";

    /// <summary>The code of the alternative activation component (share at level 3 or 4), not in the default profile.</summary>
    public const string ActivationLevel3Or4Code = "activation_level_3_4";

    /// <summary>Gets the outcomes component: the share (0-1) of paired CORE-10 / YP-CORE episodes with reliable improvement; goalposts 0 and 1.</summary>
    public static IndexComponent Outcomes { get; } = new(OutcomesCode, "Reliable improvement (CORE-10 / YP-CORE)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 1))
    {
        Description = "Share (0-1) of the unit's paired episodes (first and last computable score) with reliable improvement on CORE-10 or YP-CORE (Jacobson & Truax 1991; ChangeCohort reliable_improvement), with its Wilson standard error.",
    };

    /// <summary>Gets the quality-of-life component: the mean DIALOG SQOL score (1-7) of the unit's people; goalposts 1 and 7.</summary>
    public static IndexComponent QualityOfLife { get; } = new(QualityOfLifeCode, "Quality of life (DIALOG SQOL mean)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(1, 7))
    {
        Description = "Mean DIALOG subjective quality of life (mean of items 1-8, 1-7; Priebe et al. 2012) over the unit's people with a computable score, with SE = SD / sqrt(n).",
    };

    /// <summary>Gets the activation component: the mean PAM-13 activation score (0-100) of the unit's people; goalposts 0 and 100.</summary>
    public static IndexComponent Activation { get; } = new(ActivationCode, "Patient activation (PAM-13 mean score)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 100))
    {
        Description = "Mean PAM-13 activation score (0-100, from a licensed calibration; Hibbard et al. 2004) over the unit's people with a computable score, with SE = SD / sqrt(n).",
    };

    /// <summary>Gets the experience component: the FFT share (0-1) of positive responses (Very good or Good); goalposts 0 and 1.</summary>
    public static IndexComponent Experience { get; } = new(ExperienceCode, "Experience (FFT % positive)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 1))
    {
        Description = "Friends and Family Test positive share (Very good + Good) of all responses, Don't know included (NHS England), with its Wilson standard error.",
    };

    /// <summary>
    /// Gets an alternative activation component, not in the default profile: the share (0-1) of the unit's people at PAM level 3 or 4
    /// (Hibbard et al. 2010 cut points by default); goalposts 0 and 1. Swap it for <see cref="Activation"/> when levels are what you report.
    /// </summary>
    public static IndexComponent ActivationLevel3Or4 { get; } = new(ActivationLevel3Or4Code, "Patient activation (share at PAM level 3 or 4)", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 1))
    {
        Description = "Share (0-1) of the unit's people with a computable PAM-13 score at level 3 or 4, with its Wilson standard error.",
    };

    /// <summary>Gets the default profile's specification (version <see cref="Version"/>).</summary>
    public static IndexSpecification Specification { get; } = new()
    {
        Name = "OutcomeScoring default integration profile",
        Version = Version,
        Description = "Outcomes, quality of life, activation and experience per unit and period; goalposts at each measure's natural range; equal weights; weighted arithmetic mean; a unit needs at least two components carrying at least half the weight. No national integration index was published: this is a documented starting point (docs/integration-index.md), not an NHS measure.",
        Components = [Outcomes, QualityOfLife, Activation, Experience],
        Aggregation = Aggregation.Arithmetic,
        Availability = new DataAvailability { MinimumWeightShare = 0.5, MinimumComponents = 2 },
    };

    /// <summary>The outcomes value of a unit: reliable improvement among its computable pairs, with the Wilson SE.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="summary">The unit's change summary (from <see cref="ChangeCohort.Summarise"/>).</param>
    /// <returns>The component value (missing, with the reason, when the unit has no computable pair).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static ComponentValue OutcomesValue(string unit, ChangeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        CategoryRate improvement = summary.ReliableChange.First(r => r.Category == "reliable_improvement");
        ComponentValue value = ComponentValue.ForProportion(unit, OutcomesCode, improvement.Count, improvement.Denominator);
        return value.Value is null ? value with { MissingReason = "no paired episode with both scores" } : value;
    }

    /// <summary>The quality-of-life value of a unit: the mean SQOL over its people with a computable SQOL, with SE = SD / sqrt(n).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="results">The unit's scored DIALOG administrations (one per person for the period).</param>
    /// <returns>The component value (missing, with the reason, when no SQOL is computable).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static ComponentValue QualityOfLifeValue(string unit, IEnumerable<DialogResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ComponentValue value = ComponentValue.ForMean(unit, QualityOfLifeCode, results.Select(r => r.QualityOfLife.Mean).OfType<double>());
        return value.Value is null ? value with { MissingReason = "no computable DIALOG SQOL score" } : value;
    }

    /// <summary>The activation value of a unit: the mean PAM-13 score over its people with a computable score, with SE = SD / sqrt(n).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="results">The unit's PAM-13 results (one per person for the period).</param>
    /// <returns>The component value (missing, with the reason, when no score is computable).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static ComponentValue ActivationValue(string unit, IEnumerable<Pam13Result> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ComponentValue value = ComponentValue.ForMean(unit, ActivationCode, results.Select(r => r.Score).OfType<double>());
        return value.Value is null ? value with { MissingReason = "no computable PAM-13 score" } : value;
    }

    /// <summary>The alternative activation value: the share of people with a computable PAM-13 score who are at level 3 or 4, with the Wilson SE.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="results">The unit's PAM-13 results (scored with the level cut points you report).</param>
    /// <returns>The component value for <see cref="ActivationLevel3Or4Code"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static ComponentValue ActivationLevel3Or4Value(string unit, IEnumerable<Pam13Result> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ImmutableArray<Pam13Result> computable = [.. results.Where(r => r.IsComputable)];
        ComponentValue value = ComponentValue.ForProportion(unit, ActivationLevel3Or4Code, computable.Count(r => r.Level >= 3), computable.Length);
        return value.Value is null ? value with { MissingReason = "no computable PAM-13 score" } : value;
    }

    /// <summary>The experience value of a unit: the FFT positive share of all responses (Don't know included), with the Wilson SE.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="counts">The unit's FFT counts for the period.</param>
    /// <returns>The component value (missing, with the reason, for zero responses).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static ComponentValue ExperienceValue(string unit, FftCounts counts)
    {
        counts.Validate();
        ComponentValue value = ComponentValue.ForProportion(unit, ExperienceCode, counts.Positive, counts.Total);
        return value.Value is null ? value with { MissingReason = "no FFT responses" } : value;
    }
}
