using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace OutcomeScoring.Fhir;

/// <summary>
/// An explicit mapping from a FHIR <c>QuestionnaireResponse</c> to one instrument's answers: which linkId is which
/// item, how answer values become raw answers (<see cref="AnswerScheme"/>), which linkIds hold a per-item
/// "more help wanted?" yes/no (DIALOG), which linkIds are not items and are deliberately ignored, and optionally
/// which Questionnaire the response must say it answers.
/// </summary>
/// <remarks>
/// <para>Built-in mappings for common conventions are in <see cref="QuestionnaireMappings"/>; build one for any
/// <see cref="OutcomeScoring.Instrument"/> (including a caller-defined one) with <see cref="ForInstrument"/>, and
/// adjust any mapping with the <c>With...</c> methods, which return a new, validated mapping.</para>
/// <para>Every item of the instrument has exactly one linkId. Groups in the response (items with child items and
/// no answers) are read through, so their own linkIds need no mapping; questions nested under an answer are read
/// too. FHIR requires linkIds to be unique within a Questionnaire, which is what makes this flattening safe.</para>
/// <para>Validated when built; immutable and thread-safe afterwards.</para>
/// </remarks>
public sealed class QuestionnaireMapping
{
    private QuestionnaireMapping(
        string instrumentId,
        string instrumentName,
        int itemCount,
        ResponseScale scale,
        Instrument? instrument,
        ImmutableDictionary<string, int> linkIds,
        ImmutableDictionary<string, int> helpWantedLinkIds,
        ImmutableHashSet<string> ignoredLinkIds,
        AnswerScheme answers,
        string? questionnaire)
    {
        InstrumentId = instrumentId;
        InstrumentName = instrumentName;
        ItemCount = itemCount;
        Scale = scale;
        Instrument = instrument;
        LinkIds = linkIds;
        HelpWantedLinkIds = helpWantedLinkIds;
        IgnoredLinkIds = ignoredLinkIds;
        Answers = answers;
        Questionnaire = questionnaire;
        Validate();
    }

    /// <summary>Gets the id of the instrument the answers are for (for example "core-10", "pam-13", "fft").</summary>
    public string InstrumentId { get; }

    /// <summary>Gets the instrument's name, as messages use it (for example "CORE-10").</summary>
    public string InstrumentName { get; }

    /// <summary>Gets the number of items; answers are read into item order 1 to <see cref="ItemCount"/>.</summary>
    public int ItemCount { get; }

    /// <summary>Gets the response scale every answer value is checked against.</summary>
    public ResponseScale Scale { get; }

    /// <summary>
    /// Gets the instrument that scores the answers, or <see langword="null"/> when there is none (the Friends and Family
    /// Test has one answer and no per-person score).
    /// </summary>
    public Instrument? Instrument { get; }

    /// <summary>Gets each item's linkId and the item number (1 to <see cref="ItemCount"/>) it holds.</summary>
    public ImmutableDictionary<string, int> LinkIds { get; }

    /// <summary>Gets the linkIds of per-item "more help wanted?" yes/no questions and the item number each follows (DIALOG); empty when there are none.</summary>
    public ImmutableDictionary<string, int> HelpWantedLinkIds { get; }

    /// <summary>Gets linkIds that are not items and are deliberately not read (for example a free-text comment).</summary>
    public ImmutableHashSet<string> IgnoredLinkIds { get; }

    /// <summary>Gets how answer values become raw answers.</summary>
    public AnswerScheme Answers { get; }

    /// <summary>
    /// Gets the canonical URL of the Questionnaire the response must say it answers (compared without any
    /// <c>|version</c>), or <see langword="null"/> to accept any. A response that names no Questionnaire is accepted.
    /// </summary>
    public string? Questionnaire { get; }

    /// <summary>Creates a mapping for an instrument, with a linkId for each item given by a function of its number.</summary>
    /// <param name="instrument">The instrument (built-in or caller-defined).</param>
    /// <param name="linkIdOfItem">The linkId of item n (for example <c>n => $"q{n}"</c>).</param>
    /// <param name="answers">How answer values become raw answers (for example <see cref="AnswerScheme.Numbers"/>).</param>
    /// <returns>The validated mapping.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The function gives an empty or repeated linkId, or a coded answer lies outside the instrument's scale; the message names it.</exception>
    public static QuestionnaireMapping ForInstrument(Instrument instrument, Func<int, string> linkIdOfItem, AnswerScheme answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new QuestionnaireMapping(
            instrument.Id, instrument.Name, instrument.Items.Length, instrument.Scale, instrument,
            LinkIdsOf(instrument.Items.Length, linkIdOfItem), ImmutableDictionary<string, int>.Empty, [], Checked(answers), null);
    }

    /// <summary>Creates a mapping for answers that are not scored by an <see cref="OutcomeScoring.Instrument"/> (FFT).</summary>
    internal static QuestionnaireMapping ForAnswers(string instrumentId, string instrumentName, int itemCount, ResponseScale scale, AnswerScheme answers) =>
        new(instrumentId, instrumentName, itemCount, scale, null, LinkIdsOf(itemCount, ItemNumber), ImmutableDictionary<string, int>.Empty, [], answers, null);

    /// <summary>The default linkId of an item: its number as text ("1", "2", ...).</summary>
    internal static string ItemNumber(int item) => item.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns a copy with other linkIds for the items.</summary>
    /// <param name="linkIds">Each linkId and the item number it holds; every item exactly once.</param>
    /// <returns>The new, validated mapping.</returns>
    /// <exception cref="ArgumentException">An item has no linkId or more than one, or a number is not an item; the message names it.</exception>
    [Pure]
    public QuestionnaireMapping WithLinkIds(IEnumerable<KeyValuePair<string, int>> linkIds)
    {
        ArgumentNullException.ThrowIfNull(linkIds);
        return new(InstrumentId, InstrumentName, ItemCount, Scale, Instrument, ToDictionary(linkIds, nameof(linkIds)), HelpWantedLinkIds, IgnoredLinkIds, Answers, Questionnaire);
    }

    /// <summary>Returns a copy with other linkIds for the items, given by a function of the item number.</summary>
    /// <param name="linkIdOfItem">The linkId of item n.</param>
    /// <returns>The new, validated mapping.</returns>
    /// <exception cref="ArgumentException">The function gives an empty or repeated linkId.</exception>
    [Pure]
    public QuestionnaireMapping WithLinkIds(Func<int, string> linkIdOfItem) =>
        new(InstrumentId, InstrumentName, ItemCount, Scale, Instrument, LinkIdsOf(ItemCount, linkIdOfItem), HelpWantedLinkIds, IgnoredLinkIds, Answers, Questionnaire);

    /// <summary>Returns a copy with linkIds of per-item "more help wanted?" questions (replacing any there were).</summary>
    /// <param name="helpWantedLinkIds">Each linkId and the item number it follows; each item at most once.</param>
    /// <returns>The new, validated mapping.</returns>
    /// <exception cref="ArgumentException">A number is not an item, an item has two, or a linkId is also an item's; the message names it.</exception>
    [Pure]
    public QuestionnaireMapping WithHelpWantedLinkIds(IEnumerable<KeyValuePair<string, int>> helpWantedLinkIds)
    {
        ArgumentNullException.ThrowIfNull(helpWantedLinkIds);
        return new(InstrumentId, InstrumentName, ItemCount, Scale, Instrument, LinkIds, ToDictionary(helpWantedLinkIds, nameof(helpWantedLinkIds)), IgnoredLinkIds, Answers, Questionnaire);
    }

    /// <summary>Returns a copy that deliberately does not read the given linkIds (for example a free-text comment).</summary>
    /// <param name="ignoredLinkIds">The linkIds to ignore (replacing any there were).</param>
    /// <returns>The new, validated mapping.</returns>
    /// <exception cref="ArgumentException">A linkId is empty, or is also an item's or a help question's.</exception>
    [Pure]
    public QuestionnaireMapping WithIgnoredLinkIds(IEnumerable<string> ignoredLinkIds)
    {
        ArgumentNullException.ThrowIfNull(ignoredLinkIds);
        return new(InstrumentId, InstrumentName, ItemCount, Scale, Instrument, LinkIds, HelpWantedLinkIds, [.. ignoredLinkIds], Answers, Questionnaire);
    }

    /// <summary>Returns a copy that reads answer values another way.</summary>
    /// <param name="answers">The answer scheme.</param>
    /// <returns>The new, validated mapping.</returns>
    /// <exception cref="ArgumentException">A coded or labelled answer lies outside the scale.</exception>
    [Pure]
    public QuestionnaireMapping WithAnswers(AnswerScheme answers) =>
        new(InstrumentId, InstrumentName, ItemCount, Scale, Instrument, LinkIds, HelpWantedLinkIds, IgnoredLinkIds, Checked(answers), Questionnaire);

    /// <summary>Returns a copy that only reads responses to the given Questionnaire (or, with <see langword="null"/>, to any).</summary>
    /// <param name="questionnaire">The Questionnaire's canonical URL, without or with a <c>|version</c> (the version is not compared).</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentException"><paramref name="questionnaire"/> is empty or white space.</exception>
    [Pure]
    public QuestionnaireMapping WithQuestionnaire(string? questionnaire)
    {
        if (questionnaire is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(questionnaire);
        }

        return new(InstrumentId, InstrumentName, ItemCount, Scale, Instrument, LinkIds, HelpWantedLinkIds, IgnoredLinkIds, Answers, questionnaire);
    }

    /// <summary>
    /// Returns a copy that scores with another instrument of the same id, items and scale: typically the mapping's own
    /// instrument with something bound at scoring time, such as PAM-13 with a licensee's calibration
    /// (<c>QuestionnaireMappings.Pam13.WithInstrument(Pam13.WithCalibration(calibration))</c>).
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The instrument's id, number of items or scale differs from the mapping's; the message says which.</exception>
    [Pure]
    public QuestionnaireMapping WithInstrument(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Id != InstrumentId || instrument.Items.Length != ItemCount || instrument.Scale != Scale)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName} ('{InstrumentId}', {ItemCount} items, {Scale}) cannot score with {instrument.Name} ('{instrument.Id}', {instrument.Items.Length} items, {instrument.Scale}); build a mapping for it with QuestionnaireMapping.ForInstrument."),
                nameof(instrument));
        }

        return new(InstrumentId, InstrumentName, ItemCount, Scale, instrument, LinkIds, HelpWantedLinkIds, IgnoredLinkIds, Answers, Questionnaire);
    }

    /// <summary>Gets the linkId of an item.</summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <returns>The linkId.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemNumber"/> is not an item.</exception>
    public string LinkIdOf(int itemNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemNumber, ItemCount);
        return LinkIds.First(p => p.Value == itemNumber).Key;
    }

    /// <summary>Returns the instrument's name and the number of items.</summary>
    /// <returns>For example "CORE-10 (10 items, scale 0-4)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{InstrumentName} ({ItemCount} items, scale {Scale})");

    private static AnswerScheme Checked(AnswerScheme answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers;
    }

    private static ImmutableDictionary<string, int> LinkIdsOf(int itemCount, Func<int, string> linkIdOfItem)
    {
        ArgumentNullException.ThrowIfNull(linkIdOfItem);
        return ToDictionary(Enumerable.Range(1, itemCount).Select(n => KeyValuePair.Create(linkIdOfItem(n), n)), nameof(linkIdOfItem));
    }

    private static ImmutableDictionary<string, int> ToDictionary(IEnumerable<KeyValuePair<string, int>> pairs, string paramName)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach ((string linkId, int item) in pairs)
        {
            if (string.IsNullOrWhiteSpace(linkId))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {item} has an empty linkId."), paramName);
            }

            if (!builder.TryAdd(linkId, item))
            {
                throw new ArgumentException($"linkId '{linkId}' is given more than once.", paramName);
            }
        }

        return builder.ToImmutable();
    }

    private void Validate()
    {
        var itemsWithLinkId = new HashSet<int>();
        foreach ((string linkId, int item) in LinkIds)
        {
            RequireItem(linkId, item);
            if (!itemsWithLinkId.Add(item))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName}: item {item} has more than one linkId ('{string.Join("', '", LinkIds.Where(p => p.Value == item).Select(p => p.Key).Order(StringComparer.Ordinal))}')."));
            }
        }

        for (int item = 1; item <= ItemCount; item++)
        {
            if (!itemsWithLinkId.Contains(item))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName}: item {item} has no linkId; every one of its {ItemCount} items needs one."));
            }
        }

        var itemsWithHelp = new HashSet<int>();
        foreach ((string linkId, int item) in HelpWantedLinkIds)
        {
            RequireItem(linkId, item);
            if (LinkIds.ContainsKey(linkId))
            {
                Fail($"Mapping for {InstrumentName}: linkId '{linkId}' is both an item and a help question.");
            }

            if (!itemsWithHelp.Add(item))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName}: item {item} has more than one help question linkId."));
            }
        }

        foreach (string linkId in IgnoredLinkIds)
        {
            if (string.IsNullOrWhiteSpace(linkId))
            {
                Fail($"Mapping for {InstrumentName}: an ignored linkId is empty.");
            }

            if (LinkIds.ContainsKey(linkId) || HelpWantedLinkIds.ContainsKey(linkId))
            {
                Fail($"Mapping for {InstrumentName}: linkId '{linkId}' is mapped and also listed as ignored.");
            }
        }

        foreach ((AnswerCode code, Answer meaning) in Answers.Codes)
        {
            if (meaning.Value is { } v && !Scale.Contains(v))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName}: code {code} means {v}, which is outside the scale {Scale}."));
            }
        }

        foreach ((string label, Answer meaning) in Answers.Labels)
        {
            if (meaning.Value is { } v && !Scale.Contains(v))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName}: label '{label}' means {v}, which is outside the scale {Scale}."));
            }
        }
    }

    private void RequireItem(string linkId, int item)
    {
        if (item < 1 || item > ItemCount)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Mapping for {InstrumentName}: linkId '{linkId}' is mapped to item {item}, but the items are 1 to {ItemCount}."));
        }
    }

    private static void Fail(string message) => throw new ArgumentException(message);
}
