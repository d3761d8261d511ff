using System.Globalization;

namespace OutcomeScoring.CoreFamily;

/// <summary>A CORE-6D health state and its utility, or why there is none.</summary>
public readonly record struct Core6DState
{
    internal Core6DState(double? utility, int? emotionalSum, int? physicalLevel, IReadOnlyList<int> missingItems)
    {
        Utility = utility;
        EmotionalSum = emotionalSum;
        PhysicalLevel = physicalLevel;
        MissingItems = missingItems;
    }

    /// <summary>Gets the utility from the tariff, or <see langword="null"/> when any of the six items is missing.</summary>
    public double? Utility { get; }

    /// <summary>Gets the sum of the five collapsed emotional levels (0-10), or <see langword="null"/>.</summary>
    public int? EmotionalSum { get; }

    /// <summary>Gets the collapsed physical level (0-2), or <see langword="null"/>.</summary>
    public int? PhysicalLevel { get; }

    /// <summary>Gets the CORE-OM numbers of the six items that were not answered (empty when none).</summary>
    public IReadOnlyList<int> MissingItems { get; }

    /// <summary>Gets whether a utility was computed.</summary>
    public bool IsComputable => Utility is not null;

    /// <summary>Gets the tariff's provenance, to be shown with every utility.</summary>
    public static string Provenance => Core6D.TariffProvenance;
}

/// <summary>
/// CORE-6D, a preference-based utility index from six CORE-OM items (Mavranezouli et al. 2011, Qual Life Res
/// 20:321-333, and 2013, Med Decis Making 33:381-395): five emotional items (CORE-OM 1, 15, 16, 21, 33) and one
/// physical item (CORE-OM 8), each collapsed to 3 levels; the utility depends on the sum of the emotional levels
/// and the physical level.
/// </summary>
/// <remarks>
/// Collapse of the scored value (after reversal, higher = worse): items 1, 15, 16, 33 and 8: 0 -> 0; 1, 2 -> 1;
/// 3, 4 -> 2. Item 21 (reverse scored in CORE-OM, so its reversed value is collapsed): 0, 1 -> 0; 2, 3 -> 1;
/// 4 -> 2. Any of the six items missing: no utility (no prorating). The tariff's provenance is
/// <see cref="TariffProvenance"/>: it is a single secondary source, not yet checked against the 2013 paper's tables.
/// </remarks>
public static class Core6D
{
    /// <summary>The tariff's provenance, exactly as the project's fact sheet (specs/core.md) gives it.</summary>
    public const string TariffProvenance =
        "Level collapsing and tariff from C. Evans' CORE-OM scoring app (github cpsyctc/shiny-server, apps/CORE-OM_scoring/app.R; " +
        "single secondary source, values not yet checked against the 2013 paper's tables); Mavranezouli et al. 2011 (Qual Life Res 20:321-333) " +
        "and 2013 (Med Decis Making 33:381-395): UK time trade-off valuation (n=220).";

    /// <summary>The CORE-OM numbers of the five emotional items.</summary>
    public static IReadOnlyList<int> EmotionalItems { get; } = [.. EmotionalItemNumbers];

    /// <summary>The CORE-OM number of the physical item.</summary>
    public const int PhysicalItem = 8;

    // The item numbers as constant data (no allocation when read), in CORE-OM order.
    private static ReadOnlySpan<int> EmotionalItemNumbers => [1, 15, 16, 21, 33];

    private static ReadOnlySpan<int> ScoredItemNumbers => [1, PhysicalItem, 15, 16, 21, 33];

    // Utility by physical level (row) and emotional sum 0-10 (column): specs/core.md.
    private static readonly double[,] Tariff =
    {
        { .95, .94, .87, .80, .72, .64, .55, .47, .38, .30, .24 },
        { .92, .90, .84, .77, .69, .61, .52, .43, .35, .26, .20 },
        { .81, .80, .73, .66, .58, .50, .41, .32, .24, .16, .10 },
    };

    /// <summary>Gets the tariff's utility for a state.</summary>
    /// <param name="emotionalSum">The sum of the collapsed emotional levels, 0-10.</param>
    /// <param name="physicalLevel">The collapsed physical level, 0-2.</param>
    /// <returns>The utility.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside its range.</exception>
    public static double Utility(int emotionalSum, int physicalLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(emotionalSum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(emotionalSum, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(physicalLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(physicalLevel, 2);
        return Tariff[physicalLevel, emotionalSum];
    }

    /// <summary>The CORE-6D state of a CORE-OM response.</summary>
    /// <param name="coreOmAnswers">All 34 CORE-OM raw answers, in CORE-OM order.</param>
    /// <returns>The state and utility, or the missing items.</returns>
    /// <exception cref="ArgumentException">Not 34 answers.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside 0-4; the message names the item.</exception>
    public static Core6DState FromCoreOm(ReadOnlySpan<Answer> coreOmAnswers)
    {
        if (!CoreOm.Instrument.TryScore(coreOmAnswers, out _, out ScoringError error))
        {
            throw error.ToException();
        }

        List<int>? missing = null;
        foreach (int item in ScoredItemNumbers)
        {
            if (!coreOmAnswers[item - 1].IsAnswered)
            {
                (missing ??= []).Add(item);
            }
        }

        if (missing is not null)
        {
            return new Core6DState(null, null, null, missing);
        }

        int emotional = 0;
        foreach (int item in EmotionalItemNumbers)
        {
            emotional += Collapse(item, coreOmAnswers[item - 1].Value!.Value);
        }

        int physical = Collapse(PhysicalItem, coreOmAnswers[PhysicalItem - 1].Value!.Value);
        return new Core6DState(Utility(emotional, physical), emotional, physical, []);
    }

    /// <summary>Collapses a raw CORE-OM answer on one of the six items to its level 0-2.</summary>
    /// <param name="coreOmItem">The CORE-OM item number (1, 8, 15, 16, 21 or 33).</param>
    /// <param name="rawAnswer">The raw answer, 0-4.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not one of the six items, or the answer is outside 0-4.</exception>
    public static int Collapse(int coreOmItem, int rawAnswer)
    {
        if (!ScoredItemNumbers.Contains(coreOmItem))
        {
            throw new ArgumentOutOfRangeException(nameof(coreOmItem), coreOmItem, "CORE-6D uses CORE-OM items 1, 8, 15, 16, 21 and 33.");
        }

        if (rawAnswer is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(rawAnswer), rawAnswer, string.Create(CultureInfo.InvariantCulture, $"CORE-OM item {coreOmItem}: answer {rawAnswer} is outside the response scale 0-4."));
        }

        if (coreOmItem == 21)
        {
            int reversed = 4 - rawAnswer;
            return reversed <= 1 ? 0 : reversed <= 3 ? 1 : 2;
        }

        return rawAnswer == 0 ? 0 : rawAnswer <= 2 ? 1 : 2;
    }
}
