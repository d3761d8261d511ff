using System.Globalization;

namespace OutcomeScoring.Activation;

/// <summary>
/// A calibration given as Rasch item parameters (JSON form (a)): the model's thresholds per item, the estimator,
/// and the linear transform to the reporting scale with its bounds, plus the rules (minimum answered items,
/// whether an all-same extreme pattern is rejected).
/// </summary>
/// <remarks>
/// The score is <c>Transform.Apply(theta)</c> where theta is estimated from the answered items only, so missing
/// items are handled properly (the measure depends on which items were answered). The standard error on the
/// reporting scale is <c>Transform.Slope</c> times the measure's standard error in logits (not reduced when the
/// score is clamped to the bounds). Sources: Linacre, Rasch Measurement Transactions 10:2 and 12:2; Warm 1989.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ItemParameterCalibration : ICalibration
{
    /// <summary>Creates and validates a calibration.</summary>
    /// <param name="name">The calibration's name.</param>
    /// <param name="model">The Rasch model with the item thresholds.</param>
    /// <param name="estimation">How person measures are estimated (estimator, extreme-score adjustment, iteration controls).</param>
    /// <param name="transform">The transform from logits to the reporting scale.</param>
    /// <param name="minimumAnswered">The fewest answered items for which a score is computed (1 to the number of items).</param>
    /// <param name="rejectUniformExtremes">Whether all-lowest and all-highest answer patterns are not scored.</param>
    /// <exception cref="CalibrationException">A value is missing or out of range; the message says which.</exception>
    public ItemParameterCalibration(string name, RaschModel model, PersonEstimationOptions estimation, LinearTransform transform, int minimumAnswered, bool rejectUniformExtremes)
    {
        List<DefinitionProblem> problems = [.. PartProblems(name, model, estimation, transform), .. RuleProblems(name, estimation, minimumAnswered, model?.ItemCount)];
        if (problems.Count > 0)
        {
            throw new CalibrationException(problems, withPaths: false);
        }

        Name = name;
        Model = model!;
        Estimation = estimation!;
        Transform = transform!;
        MinimumAnswered = minimumAnswered;
        RejectUniformExtremes = rejectUniformExtremes;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Gets the Rasch model with the item thresholds.</summary>
    public RaschModel Model { get; }

    /// <summary>Gets how person measures are estimated.</summary>
    public PersonEstimationOptions Estimation { get; }

    /// <summary>Gets the transform from logits to the reporting scale.</summary>
    public LinearTransform Transform { get; }

    /// <inheritdoc/>
    public int ItemCount => Model.ItemCount;

    /// <inheritdoc/>
    public int MinimumAnswered { get; }

    /// <inheritdoc/>
    public bool RejectUniformExtremes { get; }

    /// <inheritdoc/>
    public int MaximumCategory(int itemNumber) => Model.MaximumCategory(itemNumber);

    /// <inheritdoc/>
    public CalibratedScore Score(ReadOnlySpan<int?> categories)
    {
        if (CalibrationRules.Apply(this, categories, out int raw, out int max, out int answered) is { } rejected)
        {
            return rejected;
        }

        PersonMeasure measure = Model.Estimate(categories, Estimation);
        return measure.IsSuccess
            ? new CalibratedScore(Transform.Apply(measure.Theta!.Value), Transform.Slope * measure.StandardError!.Value, raw, max, answered, measure)
            : new CalibratedScore(ActivationNotComputableReason.EstimationFailed, $"Not computable: {measure.Message}", raw, max, answered, measure);
    }

    /// <summary>
    /// Builds the lookup table this calibration implies for complete answers: one row (every item answered) with
    /// the score and standard error for each raw score. Needs every item to have the same number of categories.
    /// </summary>
    /// <param name="name">The table's name; by default this calibration's name with " (table)" added.</param>
    /// <returns>A table calibration with <see cref="ICalibration.MinimumAnswered"/> equal to the number of items.</returns>
    /// <exception cref="CalibrationException">
    /// Items have different numbers of categories, an estimate failed, or the transform's bounds clamp two raw
    /// scores to the same value (a table must increase strictly).
    /// </exception>
    public LookupTableCalibration ToLookupTable(string? name = null)
    {
        int top = Model.MaximumCategory(1);
        for (int i = 2; i <= ItemCount; i++)
        {
            Require(Model.MaximumCategory(i) == top, string.Create(CultureInfo.InvariantCulture, $"Calibration '{Name}': item {i} has {Model.MaximumCategory(i)} thresholds but item 1 has {top}; a lookup table needs the same number for every item."));
        }

        int max = top * ItemCount;
        var scores = new double[max + 1];
        var errors = new double[max + 1];
        for (int r = 0; r <= max; r++)
        {
            PersonMeasure measure = Model.EstimateFromRawScore(r, Estimation);
            Require(measure.IsSuccess, $"Calibration '{Name}': raw score {r}: {measure.Message}");
            scores[r] = Transform.Apply(measure.Theta!.Value);
            errors[r] = Transform.Slope * measure.StandardError!.Value;
        }

        return new LookupTableCalibration(
            name ?? Name + " (table)",
            ItemCount,
            top,
            [new LookupTableRow(ItemCount, scores, errors)],
            ItemCount,
            RejectUniformExtremes);
    }

    /// <summary>Returns the calibration's name and kind.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (item parameters, {Model.Kind}, {Estimation.Estimator}, {ItemCount} items)");

    /// <summary>The parts a calibration needs: a name, a model, estimation options and a transform.</summary>
    private static List<DefinitionProblem> PartProblems(string? name, RaschModel? model, PersonEstimationOptions? estimation, LinearTransform? transform)
    {
        var problems = new List<DefinitionProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new DefinitionProblem("$.name", "A calibration needs a name."));
        }

        if (model is null)
        {
            problems.Add(new DefinitionProblem("$.items", $"Calibration '{name}' needs a model."));
        }

        if (estimation is null)
        {
            problems.Add(new DefinitionProblem("$.estimator", $"Calibration '{name}' needs estimation options."));
        }

        if (transform is null)
        {
            problems.Add(new DefinitionProblem("$.transform", $"Calibration '{name}' needs a transform."));
        }

        return problems;
    }

    /// <summary>
    /// The rules on values, each at its path in the JSON form: estimation options in range (<c>$.extremeAdjustment</c>) and a
    /// minimum between 1 and the number of items (when that is known).
    /// </summary>
    internal static List<DefinitionProblem> RuleProblems(string? name, PersonEstimationOptions? estimation, int? minimumAnswered, int? itemCount)
    {
        var problems = new List<DefinitionProblem>();
        if (estimation?.Problem() is { } option)
        {
            string at = option.Option switch
            {
                nameof(PersonEstimationOptions.Estimator) => "$.estimator",
                nameof(PersonEstimationOptions.ExtremeScoreAdjustment) => "$.extremeAdjustment",
                _ => "$",
            };
            problems.Add(new DefinitionProblem(at, $"Calibration '{name}': {option.Message}"));
        }

        if (minimumAnswered is { } minimum && itemCount is { } count && CalibrationRules.MinimumAnsweredProblem(name ?? "", minimum, count) is { } problem)
        {
            problems.Add(new DefinitionProblem("$.minimumAnswered", problem));
        }

        return problems;
    }

    private static void Require([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new CalibrationException(message);
        }
    }
}
