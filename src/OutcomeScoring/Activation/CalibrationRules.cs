using System.Globalization;
using System.Runtime.CompilerServices;

namespace OutcomeScoring.Activation;

/// <summary>The rules every calibration applies before converting: category range, minimum answered, uniform extremes.</summary>
internal static class CalibrationRules
{
    /// <summary>Checks the categories and the calibration's rules.</summary>
    /// <returns>A not-computable score when a rule fails; otherwise <see langword="null"/> with the raw score, maximum and count.</returns>
    public static CalibratedScore? Apply(ICalibration calibration, ReadOnlySpan<int?> categories, out int raw, out int max, out int answered)
    {
        if (categories.Length != calibration.ItemCount)
        {
            ThrowLength(calibration, categories.Length);
        }

        raw = max = answered = 0;
        bool allLowest = true, allHighest = true;
        for (int i = 0; i < categories.Length; i++)
        {
            if (!categories[i].HasValue)
            {
                continue;
            }

            int k = categories[i].GetValueOrDefault();
            int top = calibration.MaximumCategory(i + 1);
            if (k < 0 || k > top)
            {
                RaschModel.ThrowCategory(i + 1, k, top);
            }

            raw += k;
            max += top;
            answered++;
            allLowest &= k == 0;
            allHighest &= k == top;
        }

        if (answered < calibration.MinimumAnswered)
        {
            return new CalibratedScore(
                ActivationNotComputableReason.TooFewItemsAnswered,
                string.Create(CultureInfo.InvariantCulture, $"Not computable: {answered} of {calibration.ItemCount} items answered; calibration '{calibration.Name}' needs at least {calibration.MinimumAnswered}."),
                raw,
                max,
                answered,
                null);
        }

        if (calibration.RejectUniformExtremes && answered > 0 && (allLowest || allHighest))
        {
            return new CalibratedScore(
                ActivationNotComputableReason.UniformExtremePattern,
                string.Create(CultureInfo.InvariantCulture, $"Not computable: all {answered} answered items have the {(allLowest ? "lowest" : "highest")} answer, and calibration '{calibration.Name}' rejects a uniform extreme pattern."),
                raw,
                max,
                answered,
                null);
        }

        return null;
    }

    /// <summary>The rule both calibration forms share: the fewest answered items scored lies between 1 and the number of items.</summary>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? MinimumAnsweredProblem(string name, int minimumAnswered, int itemCount) =>
        minimumAnswered >= 1 && minimumAnswered <= itemCount
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Calibration '{name}': minimumAnswered is {minimumAnswered}; it must be between 1 and {itemCount} (the number of items).");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLength(ICalibration calibration, int length, string paramName = "categories") =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Calibration '{calibration.Name}' has {calibration.ItemCount} items but {length} categories were given; give one entry per item, null for an item not answered."),
            paramName);
}
