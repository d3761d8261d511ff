using System.Globalization;
using OutcomeScoring.Engine;

namespace OutcomeScoring.Experience;

/// <summary>
/// P3CEQ, the Person-Centred Coordinated Care Experience Questionnaire (11 items, 0-3): a person-centredness subscale
/// (items 1-5 and 8-10, 0-24) and a care-coordination subscale (items 5-9, 0-15), higher is better. There is no total
/// score. The built-in definition is <c>Definitions/p3ceq.json</c>.
/// </summary>
/// <remarks>
/// <para>Items are scored 0-3; dichotomous items are scored 0 or 3 so that they weigh the same (Lloyd et al. 2019): record a
/// dichotomous answer as 0 or 3. Which items are dichotomous was not found, so every item accepts 0-3. A subscale is the sum
/// of its item scores (Lloyd et al. 2019); items 5, 8 and 9 count in both (Mercadal-Orfila et al. 2024); item 11 is in
/// neither. No source defines a total across all items, so none is given.</para>
/// <para>Coordination is scored like person-centredness "except Q8", and what the exception is was not found: item 8 is
/// <b>flagged</b> (<see cref="Item8Flag"/>). By default it is scored like the other items; <see cref="With"/> with
/// <see cref="CoordinationItem8.LeftOut"/> leaves it out of coordination (items 5, 6, 7 and 9, 0-12).</para>
/// <para>"Don't know" / "not relevant" (<see cref="Answer.NotApplicable"/>, <c>NA</c> on the command line) is treated as not
/// answered but counted apart from blanks (<see cref="ScoreDefinition.CountsNotApplicable"/>: <see cref="Score.ItemsNotApplicable"/>,
/// the <c>pc_dont_know</c> and <c>cc_dont_know</c> columns), and the items used are reported (<see cref="Score.ItemsAnswered"/>,
/// <c>pc_items</c>, <c>cc_items</c>). Missing-data rule: none was published; by default a subscale needs all its items
/// (<see cref="P3ceqMissingData.CompleteOnly"/>); <see cref="P3ceqMissingData.ProrateFromEightyPercent"/> prorates (mean of the
/// answered items x item count) when at least 80% are answered, and <see cref="Score.IsProrated"/> says so.</para>
/// <para>Reliability (Lloyd et al. 2019, Rasch, UK primary care): person-centredness alpha 0.829, coordination alpha 0.783.
/// Norms, cut-offs, reliable change, codes and worked examples: not found. Licence not found (developers at Plymouth and
/// Exeter); no item text is shipped. Source of every fact: specs/integration-experience-utility.md, section 1.</para>
/// </remarks>
public static class P3ceq
{
    /// <summary>The coordination item whose scoring exception was not found (flagged).</summary>
    public const int FlaggedCoordinationItem = 8;

    /// <summary>The share of a subscale's items that must be answered for the optional prorating rule: 80%.</summary>
    public const double ProratingMinimumShare = 0.8;

    /// <summary>What the definition and every document say about item 8 in the coordination subscale.</summary>
    public const string Item8Flag =
        "P3CEQ care coordination: item 8 is scored like the other items, but the source says coordination is scored the same way "
        + "except Q8 and what that exception is was not found (specs/integration-experience-utility.md, section 1); "
        + "leave it out with CoordinationItem8.LeftOut.";

    /// <summary>The P3CEQ definition: complete subscales only, item 8 scored in coordination (flagged).</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("p3ceq");

    /// <summary>The person-centredness subscale: items 1-5 and 8-10, sum 0-24.</summary>
    public static ScoreDefinition PersonCentredness => Instrument.Scores[0];

    /// <summary>The care-coordination subscale: items 5-9, sum 0-15 (item 8 flagged).</summary>
    public static ScoreDefinition Coordination => Instrument.Scores[1];

    /// <summary>The P3CEQ with a missing-data rule and a handling of coordination's item 8 chosen by the caller.</summary>
    /// <param name="missingData">Complete subscales only (the default of <see cref="Instrument"/>) or prorating from 80% answered.</param>
    /// <param name="item8">Whether item 8 is scored in coordination (the default) or left out of it.</param>
    /// <returns>The definition, validated; its scores' sources say which choices were made.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A choice is not a defined value.</exception>
    public static Instrument With(P3ceqMissingData missingData, CoordinationItem8 item8)
    {
        if (!Enum.IsDefined(missingData))
        {
            throw new ArgumentOutOfRangeException(nameof(missingData), missingData, "Choose CompleteOnly or ProrateFromEightyPercent.");
        }

        if (!Enum.IsDefined(item8))
        {
            throw new ArgumentOutOfRangeException(nameof(item8), item8, "Choose ScoredLikeOthers or LeftOut.");
        }

        ScoreDefinition coordination = item8 == CoordinationItem8.LeftOut
            ? Coordination with
            {
                Name = "Care coordination (item 8 left out)",
                Items = [.. Coordination.Items.Where(n => n != FlaggedCoordinationItem)],
                Source = "Items 5, 6, 7 and 9, item 8 left out by the caller because its scoring exception was not found; " + Coordination.Source,
            }
            : Coordination;
        ScoreDefinition[] scores = [PersonCentredness, coordination];
        if (missingData == P3ceqMissingData.ProrateFromEightyPercent)
        {
            scores = [.. scores.Select(Prorated)];
        }

        return new Instrument(
            Instrument.Id, Instrument.Name, Instrument.Source, Instrument.Scale, Instrument.Items, scores,
            Instrument.ClinicalMultiplier, Instrument.Direction, Instrument.Interpretation, Instrument.ResultColumns);
    }

    /// <summary>How many of a subscale's items may be missing under the 80% rule: its items less the 80% (rounded up) that must be answered.</summary>
    /// <param name="itemCount">The subscale's number of items.</param>
    /// <returns>For 8 items 1, for 5 items 1, for 4 items 0.</returns>
    public static int MaximumMissingFromEightyPercent(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(itemCount);
        return itemCount - (int)Math.Ceiling(Math.Round(itemCount * ProratingMinimumShare, 9));
    }

    private static ScoreDefinition Prorated(ScoreDefinition score) => score with
    {
        Aggregate = ScoreAggregate.ProratedSum,
        MaximumMissing = MaximumMissingFromEightyPercent(score.Items.Length),
        Source = string.Create(
            CultureInfo.InvariantCulture,
            $"Prorated (caller option): mean of the answered items x {score.Items.Length} when at least 80% are answered (at most {MaximumMissingFromEightyPercent(score.Items.Length)} not answered); ") + score.Source,
    };
}
