using OutcomeScoring.Engine;
using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.Forms;

namespace OutcomeScoring.DialogScale;

/// <summary>
/// DIALOG: satisfaction with eight life domains (subjective quality of life, SQOL) and three treatment aspects
/// (treatment satisfaction, TS), each rated 1 (totally dissatisfied) to 7 (totally satisfied), higher is better,
/// with an optional "more help wanted?" after each item.
/// </summary>
/// <remarks>
/// <para>Sources: ELFT DIALOG pages (dialog.elft.nhs.uk/DIALOG-scale); Priebe et al. 2012 (BMC Psychiatry 12:113);
/// NHS Digital MHSDS SNOMED CT reference data (item order and concept ids); nhsengland/MHSDS "CMH PROMs
/// Dashboard" (per-item change rule).</para>
/// <para>SQOL is the mean of items 1-8 and TS the mean of items 9-11 (ELFT). No minimum number of answered items
/// is published: the default here is at least 7 of 8 for SQOL and 2 of 3 for TS, configurable with
/// <see cref="WithMinimumAnswered"/>. "Not applicable" has no official rule: it is kept distinct in the data and
/// left out of the means like a missing rating. There is no "total out of 77": it has no official basis.</para>
/// </remarks>
public static class Dialog
{
    internal const int ItemCount = 11;

    private const string ElftSource = "ELFT DIALOG pages (dialog.elft.nhs.uk/DIALOG-scale); Priebe et al. 2012, BMC Psychiatry 12:113";

    /// <summary>The eleven items in MHSDS order, with subscale and SNOMED CT concept id (NHS Digital MHSDS reference data).</summary>
    public static ImmutableArray<DialogItem> Items { get; } =
    [
        new(DialogDomain.MentalHealth, DialogSubscale.QualityOfLife, "1037651000000100", "mental-health"),
        new(DialogDomain.PhysicalHealth, DialogSubscale.QualityOfLife, "1037661000000102", "physical-health"),
        new(DialogDomain.JobSituation, DialogSubscale.QualityOfLife, "1037671000000109", "job-situation"),
        new(DialogDomain.Accommodation, DialogSubscale.QualityOfLife, "1037681000000106", "accommodation"),
        new(DialogDomain.LeisureActivities, DialogSubscale.QualityOfLife, "1037691000000108", "leisure-activities"),
        new(DialogDomain.Friendships, DialogSubscale.QualityOfLife, "1037701000000108", "friendships"),
        new(DialogDomain.PartnerFamily, DialogSubscale.QualityOfLife, "1037711000000105", "partner-family"),
        new(DialogDomain.PersonalSafety, DialogSubscale.QualityOfLife, "1037721000000104", "personal-safety"),
        new(DialogDomain.Medication, DialogSubscale.TreatmentSatisfaction, "1037731000000102", "medication"),
        new(DialogDomain.PracticalHelp, DialogSubscale.TreatmentSatisfaction, "1037741000000106", "practical-help"),
        new(DialogDomain.Consultations, DialogSubscale.TreatmentSatisfaction, "1037751000000109", "consultations"),
    ];

    /// <summary>Subjective quality of life: mean of items 1-8; by default at least 7 answered (at most 1 missing).</summary>
    public static ScoreDefinition QualityOfLife => Instrument.Scores[0];

    /// <summary>Treatment satisfaction: mean of items 9-11; by default at least 2 answered (at most 1 missing).</summary>
    public static ScoreDefinition TreatmentSatisfaction => Instrument.Scores[1];

    /// <summary>The DIALOG definition: scale 1-7, higher is better, SQOL primary, items in MHSDS order.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("dialog");

    /// <summary>The id of the stage that gives the lowest rating among the life domains and which domains have it.</summary>
    public const string LowestRatedStage = "lowest-rated";

    /// <summary>
    /// The id of the stage that counts unmet needs: the items where more help was wanted (a <see cref="CompanionCountStage"/>
    /// over the companion question <see cref="HelpQuestion"/>; ELFT DIALOG pages).
    /// </summary>
    public const string UnmetNeedsStage = "unmet-needs";

    /// <summary>The id of the companion question "more help wanted in this area?" asked after each item; also the prefix of its columns (help1 to help11).</summary>
    public const string HelpQuestion = "help";

    /// <summary>The per-item change threshold NHS England uses: a change of at least 1 point (nhsengland/MHSDS CMH PROMs Dashboard).</summary>
    public const int NhsEnglandItemChangeThreshold = 1;

    /// <summary>Returns the DIALOG definition with other minimum numbers of answered items.</summary>
    /// <param name="qualityOfLife">Minimum answered of the 8 SQOL items (1-8).</param>
    /// <param name="treatmentSatisfaction">Minimum answered of the 3 TS items (1-3).</param>
    /// <returns>The validated instrument.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A minimum is outside its range.</exception>
    public static Instrument WithMinimumAnswered(int qualityOfLife, int treatmentSatisfaction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(qualityOfLife, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(qualityOfLife, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(treatmentSatisfaction, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(treatmentSatisfaction, 3);
        return Instrument.WithMaximumMissing("sqol", 8 - qualityOfLife).WithMaximumMissing("ts", 3 - treatmentSatisfaction);
    }

    /// <summary>
    /// The layout a form reader reads DIALOG with: columns item1 to item11 in <paramref name="order"/>
    /// (<see cref="FormLayout.ColumnItems"/>), every item offering "not applicable", ratings written 1-7 or, with
    /// <see cref="DialogCoding.ZeroToSix"/>, 0-6 (<see cref="FormLayout.WrittenScale"/>; read as rating = value + 1), the
    /// "more help wanted?" answers from help1 to help11 in the same order (<see cref="FormLayout.Companions"/>), and messages
    /// that name each column's item, for example <c>item2 (physical-health): '8' is not a rating; ratings are 1-7, NA or blank</c>.
    /// </summary>
    /// <param name="order">The position order of the item columns.</param>
    /// <param name="coding">How the ratings are written; the reader gives ratings 1-7 in item (MHSDS) order either way.</param>
    /// <returns>The layout.</returns>
    public static FormLayout Layout(DialogItemOrder order, DialogCoding coding)
    {
        FormLayout layout = FormLayout.For(Instrument, OrderName(order));
        return layout with
        {
            WrittenScale = coding == DialogCoding.ZeroToSix ? new ResponseScale(0, 6) : Instrument.Scale,
            AnswerName = "rating",
            Topics = [.. layout.ColumnItems.Select(item => Instrument.Items[item - 1].Topic)],
        };
    }

    /// <summary>
    /// The name of a position order among the column orders DIALOG's definition declares (dialog.json <c>columnOrders</c>:
    /// <c>mhsds</c>, <c>dialog-plus</c>; specs/dialog.md).
    /// </summary>
    internal static string OrderName(DialogItemOrder order) => order == DialogItemOrder.DialogPlusApp ? "dialog-plus" : "mhsds";

    /// <summary>The item numbers in column order of a position order, as DIALOG's definition declares it.</summary>
    private static ImmutableArray<int> ColumnItems(DialogItemOrder order) =>
        Instrument.ColumnOrders.First(o => o.Name == OrderName(order)).Items;

    /// <summary>Gets an item by meaning.</summary>
    /// <param name="domain">The item.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> is not a DIALOG item.</exception>
    public static DialogItem Item(DialogDomain domain) => Items[IndexOf(domain)];

    /// <summary>Gets the item at a position (1-11) in an order.</summary>
    /// <param name="position">The position, 1-11.</param>
    /// <param name="order">The order.</param>
    /// <returns>The item's meaning.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not 1-11.</exception>
    public static DialogDomain DomainAt(int position, DialogItemOrder order)
    {
        if (position is < 1 or > ItemCount)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "DIALOG positions are 1-11.");
        }

        return (DialogDomain)ColumnItems(order)[position - 1];
    }

    /// <summary>Gets the position (1-11) of an item in an order.</summary>
    /// <param name="domain">The item.</param>
    /// <param name="order">The order.</param>
    /// <returns>The position.</returns>
    public static int PositionOf(DialogDomain domain, DialogItemOrder order) => ColumnItems(order).IndexOf(IndexOf(domain) + 1) + 1;

    /// <summary>Scores one administration.</summary>
    /// <param name="response">The ratings and help answers.</param>
    /// <param name="instrument">A DIALOG definition (by default <see cref="Instrument"/>; see <see cref="WithMinimumAnswered"/>).</param>
    /// <returns>SQOL and TS (each computed or why not), unmet needs and the lowest-rated life domains.</returns>
    /// <exception cref="ArgumentException"><paramref name="instrument"/> is not a DIALOG definition with the scores "sqol" and "ts".</exception>
    public static DialogResult Score(DialogResponse response, Instrument? instrument = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        instrument ??= Instrument;
        if (!ReferenceEquals(instrument, Instrument) && !IsDialogDefinition(instrument))
        {
            throw new ArgumentException($"{instrument.Name} is not a DIALOG definition; use Dialog.Instrument or Dialog.WithMinimumAnswered.", nameof(instrument));
        }

        InstrumentResult scores = instrument.Score(response.Ratings.AsSpan(), response.HelpWanted.AsSpan());
        StageResult lowestRated = scores.Stage(LowestRatedStage);
        StageResult unmetNeeds = scores.Stage(UnmetNeedsStage);
        int? lowest = (int?)lowestRated["lowest"];
        ImmutableArray<int> marked = lowestRated.MarkedItems;
        ImmutableArray<DialogDomain>.Builder lowestRatedDomains = ImmutableArray.CreateBuilder<DialogDomain>(marked.Length);
        foreach (int item in marked)
        {
            lowestRatedDomains.Add(Items[item - 1].Domain);
        }

        int notApplicable = 0;
        foreach (Answer rating in response.Ratings)
        {
            notApplicable += rating.IsNotApplicable ? 1 : 0;
        }

        return new DialogResult(scores, (int?)unmetNeeds["count"], (int)unmetNeeds["answered"]!.Value, lowest, lowestRatedDomains.MoveToImmutable(), notApplicable);
    }

    private static bool IsDialogDefinition(Instrument instrument)
    {
        if (instrument.Id != Instrument.Id || instrument.Items.Length != ItemCount)
        {
            return false;
        }

        bool sqol = false, ts = false;
        foreach (ScoreDefinition score in instrument.Scores)
        {
            sqol |= score.Id == QualityOfLife.Id;
            ts |= score.Id == TreatmentSatisfaction.Id;
        }

        return sqol && ts && instrument.Stages.Any(s => s is LowestRatedStage && s.Id == LowestRatedStage)
            && instrument.Stages.Any(s => s is CompanionCountStage && s.Id == UnmetNeedsStage)
            && instrument.CompanionAnswerCount == ItemCount;
    }

    /// <summary>
    /// Compares each item between two administrations (NHS England rule): change = follow-up - baseline;
    /// reliable improvement when change &gt;= threshold, reliable deterioration when change &lt;= -threshold.
    /// Treatment items 9-11 are compared but marked as not counting toward outcome change.
    /// </summary>
    /// <param name="baseline">The first administration.</param>
    /// <param name="followUp">The later administration.</param>
    /// <param name="threshold">The change, in rating points, that counts as reliable (default 1, NHS England).</param>
    /// <returns>One comparison per item, in MHSDS order; an item without a rating on either occasion has no category.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not a positive number.</exception>
    public static ImmutableArray<DialogItemChange> CompareItems(DialogResponse baseline, DialogResponse followUp, double threshold = NhsEnglandItemChangeThreshold)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(followUp);
        if (!(threshold > 0) || !double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, string.Create(CultureInfo.InvariantCulture, $"The change threshold must be a positive number of rating points; got {threshold}."));
        }

        var changes = ImmutableArray.CreateBuilder<DialogItemChange>(ItemCount);
        foreach (DialogItem item in Items)
        {
            int? before = baseline.RatingOf(item.Domain).Value, after = followUp.RatingOf(item.Domain).Value;
            int? change = after - before;
            ReliableChangeCategory? category = change switch
            {
                null => null,
                { } c when c >= threshold => ReliableChangeCategory.ReliableImprovement,
                { } c when c <= -threshold => ReliableChangeCategory.ReliableDeterioration,
                _ => ReliableChangeCategory.NoReliableChange,
            };
            changes.Add(new DialogItemChange(item.Domain, before, after, change, category, item.Subscale == DialogSubscale.QualityOfLife));
        }

        return changes.MoveToImmutable();
    }

    internal static int IndexOf(DialogDomain domain)
    {
        if (domain is < DialogDomain.MentalHealth or > DialogDomain.Consultations)
        {
            throw new ArgumentOutOfRangeException(nameof(domain), domain, "Not a DIALOG item.");
        }

        return (int)domain - 1;
    }
}
