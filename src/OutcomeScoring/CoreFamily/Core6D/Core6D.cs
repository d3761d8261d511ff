using OutcomeScoring.Engine;
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

    /// <summary>The id of the value-set stage that gives the utility.</summary>
    public const string UtilityStage = "core-6d";

    /// <summary>The CORE-OM number of the physical item.</summary>
    public const int PhysicalItem = 8;

    /// <summary>
    /// Gets the CORE-6D definition (Definitions/core-6d.json): a CORE-OM form (its 34 items, scale and keying, and its
    /// all-items score) with the <c>core-6d</c> value-set stage, whose outputs are <c>value</c> (the utility),
    /// <c>physical</c> (level 0-2) and <c>emotional</c> (sum of levels 0-10).
    /// </summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("core-6d");

    private static ValueSetStage Stage { get; } = (ValueSetStage)Instrument.Stages[Instrument.IndexOfStage(UtilityStage)];

    /// <summary>The CORE-OM numbers of the five emotional items.</summary>
    public static IReadOnlyList<int> EmotionalItems { get; } = [.. Stage.Dimensions.Single(d => d.Id == "emotional").Items.Select(i => i.Item)];

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
        return Stage.ValueOf([physicalLevel, emotionalSum]);
    }

    /// <summary>The CORE-6D state of a CORE-OM response.</summary>
    /// <param name="coreOmAnswers">All 34 CORE-OM raw answers, in CORE-OM order.</param>
    /// <returns>The state and utility, or the missing items.</returns>
    /// <exception cref="ArgumentException">Not 34 answers.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside 0-4; the message names the item.</exception>
    public static Core6DState FromCoreOm(ReadOnlySpan<Answer> coreOmAnswers)
    {
        if (!Instrument.TryScore(coreOmAnswers, out InstrumentResult scored, out _))
        {
            // The same checks on the same form: CORE-OM's own run names it in the message.
            CoreOm.Instrument.TryScore(coreOmAnswers, out _, out ScoringError error);
            throw error.ToException();
        }

        StageResult state = scored.Stage(UtilityStage);
        if (!state.IsComputable)
        {
            var missing = new List<int>();
            foreach (int item in Stage.Items.Order())
            {
                if (!coreOmAnswers[item - 1].IsAnswered)
                {
                    missing.Add(item);
                }
            }

            return new Core6DState(null, null, null, missing);
        }

        return new Core6DState(state["value"], (int?)state["emotional"], (int?)state["physical"], []);
    }

    /// <summary>Collapses a raw CORE-OM answer on one of the six items to its level 0-2.</summary>
    /// <param name="coreOmItem">The CORE-OM item number (1, 8, 15, 16, 21 or 33).</param>
    /// <param name="rawAnswer">The raw answer, 0-4.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not one of the six items, or the answer is outside 0-4.</exception>
    public static int Collapse(int coreOmItem, int rawAnswer)
    {
        ItemLevels levels = Stage.Dimensions.SelectMany(d => d.Items).FirstOrDefault(i => i.Item == coreOmItem)
            ?? throw new ArgumentOutOfRangeException(nameof(coreOmItem), coreOmItem, "CORE-6D uses CORE-OM items 1, 8, 15, 16, 21 and 33.");
        ResponseScale scale = Instrument.Scale;
        if (!scale.Contains(rawAnswer))
        {
            throw new ArgumentOutOfRangeException(nameof(rawAnswer), rawAnswer, string.Create(CultureInfo.InvariantCulture, $"CORE-OM item {coreOmItem}: answer {rawAnswer} is outside the response scale {scale}."));
        }

        int keyed = Instrument.Items[coreOmItem - 1].Keying == ItemKeying.Reversed ? scale.Minimum + scale.Maximum - rawAnswer : rawAnswer;
        return levels.Levels[keyed - scale.Minimum];
    }
}
